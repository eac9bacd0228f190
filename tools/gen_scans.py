#!/usr/bin/python3
"""Makes an image-only "scan" of a PDF, for the OCR tests (tests/ocr_test.cpp):

    /usr/bin/python3 tools/gen_scans.py IN.pdf OUT.pdf [--dpi 200] [--skew 0.6] [--seed 1]
                                        [--quality 70] [--noise 6] [--turn-pages 2,3]

Each page is rendered by pdftoppm (poppler-utils) in grey, turned by a small angle (a page
fed crooked), given Gaussian noise and scattered specks (dust), and stored as a JPEG of the
given quality (its artefacts) in a PDF without text (Pillow's PDF writer). Pages listed in
--turn-pages are stored turned a quarter (a sideways scan). Deterministic for a given seed.
Needs python3-pil and poppler-utils (scripts/bootstrap.sh); run at test time, not committed.
"""
import argparse
import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter


def render(pdf, dpi, folder):
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-png", str(pdf), str(folder / "p")],
                   check=True)
    return sorted(folder.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))


def degrade(img, rng, skew, noise, quality, turn):
    img = img.convert("L")
    if skew:
        angle = rng.uniform(-skew, skew)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if noise:
        noise_img = Image.effect_noise(img.size, noise)
        img = Image.blend(img, noise_img.point(lambda v: v), 0.08)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 20000):  # dust
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randrange(0, 120)
    if turn:
        img = img.transpose(Image.ROTATE_90)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--skew", type=float, default=0.6, help="largest angle in degrees")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quality", type=int, default=70)
    ap.add_argument("--noise", type=float, default=6)
    ap.add_argument("--turn-pages", default="", help="1-based pages stored turned 90°")
    args = ap.parse_args()
    turned = {int(p) for p in args.turn_pages.split(",") if p}
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        pages = [
            degrade(Image.open(p), rng, args.skew, args.noise, args.quality, i + 1 in turned)
            for i, p in enumerate(render(args.input, args.dpi, Path(tmp)))
        ]
    if not pages:
        sys.exit("gen_scans: no pages rendered")
    pages[0].save(args.output, "PDF", save_all=True, append_images=pages[1:],
                  resolution=float(args.dpi))


if __name__ == "__main__":
    main()
