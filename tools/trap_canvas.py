"""Shared set-up of the trap PDF generators (gen_trap_pdfs.py, gen_layout_traps.py):
the embedded CJK font and a reproducible reportlab canvas."""
import pathlib

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = pathlib.Path(__file__).resolve().parent.parent
W, H = 600, 800
CJK = "WQY"
pdfmetrics.registerFont(
    TTFont(CJK, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))


def new_canvas(out_dir, name, title, creator, pagesize=(W, H)):
    """A canvas writing out_dir/name; invariant=1 keeps the bytes reproducible."""
    c = canvas.Canvas(str(out_dir / name), pagesize=pagesize, invariant=1)
    c.setTitle(title + name)
    c.setCreator(creator)
    return c
