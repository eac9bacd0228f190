// Configure-time check (cmake/poppler_api_check.cmake): compiles and links the parts of
// poppler's private core API that lib/pdf/ uses, with the signatures it uses them with. The
// core API is not stable between poppler releases, so this, not an exact version number,
// decides whether an installed poppler can build budgetpdf. Keep it in step with
// lib/pdf/pdf_reader.cpp and lib/pdf/poppler_global.cpp: a member function that changes
// there belongs here too. Never run, only built.
#include <poppler-config.h>

#include <Error.h>
#include <ErrorCodes.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Object.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <memory>
#include <optional>
#include <string>

namespace {

void quiet(ErrorCategory, Goffset, const char*) {}

// Every override of lib/pdf's page_device: `override` fails the build when one changes.
class device final : public TextOutputDev {
 public:
  device() : TextOutputDev(nullptr, false, 0, false, false) {}
  bool needNonText() override { return true; }
  bool useTilingPatternFill() override { return true; }
  bool tilingPatternFill(GfxState*, Gfx*, Catalog*, GfxTilingPattern*, const double*, int, int, int,
                         int, double, double) override {
    return true;
  }
  bool useShadedFills(int) override { return true; }
  bool functionShadedFill(GfxState*, GfxFunctionShading*) override { return true; }
  bool axialShadedFill(GfxState*, GfxAxialShading*, double, double) override { return true; }
  bool radialShadedFill(GfxState*, GfxRadialShading*, double, double) override { return true; }
  bool gouraudTriangleShadedFill(GfxState*, GfxGouraudTriangleShading*) override { return true; }
  bool patchMeshShadedFill(GfxState*, GfxPatchMeshShading*) override { return true; }
  void drawImage(GfxState* s, Object* ref, Stream* str, int w, int h, GfxImageColorMap* map,
                 bool interpolate, const int* mask, bool inl) override {
    OutputDev::drawImage(s, ref, str, w, h, map, interpolate, mask, inl);
  }
  void drawImageMask(GfxState* s, Object* ref, Stream* str, int w, int h, bool invert,
                     bool interpolate, bool inl) override {
    OutputDev::drawImageMask(s, ref, str, w, h, invert, interpolate, inl);
  }
  void drawMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int,
                       int, bool, bool) override {}
  void drawSoftMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*,
                           int, int, GfxImageColorMap*, bool) override {}
  void drawChar(GfxState* s, double x, double y, double dx, double dy, double ox, double oy,
                CharCode c, int n, const Unicode* u, int len) override {
    double a = s->getCharSpace() + s->getWordSpace() + s->getHorizScaling(), b = 0, e = 0, f = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = s->getTransformedFontSize();
    s->getClipBBox(&c0, &c1, &c2, &c3);
    s->textTransformDelta(a, 0, &b, &e);
    s->transformDelta(dx, dy, &b, &e);
    s->transform(x, y, &e, &f);
    TextOutputDev::drawChar(s, x, y, dx, dy, ox, oy, c, n, u, len);
  }
  void stroke(GfxState* s) override {
    paths(s, s->getStrokeOpacity() + s->getTransformedLineWidth());
    GfxRGB rgb;
    s->getStrokeRGB(&rgb);
    TextOutputDev::stroke(s);
  }
  void fill(GfxState* s) override {
    GfxRGB rgb;
    s->getFillRGB(&rgb);
    paths(s, s->getFillOpacity() + colToDbl(rgb.r));
    TextOutputDev::fill(s);
  }
  void eoFill(GfxState* s) override { TextOutputDev::eoFill(s); }

 private:
  static void paths(GfxState* s, double) {
    const GfxPath* path = s->getPath();
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      for (int j = 0; j < sub->getNumPoints(); ++j) {
        double x = 0, y = 0;
        if (!sub->getCurve(j)) s->transform(sub->getX(j), sub->getY(j), &x, &y);
      }
    }
  }
};

bool never_abort(void*) { return false; }

}  // namespace

int main(int argc, char** argv) {
  static GlobalParamsIniter initer(quiet);
  setErrorCallback(quiet);
  static char bytes[] = "%PDF-1.4";
  auto* stream = new MemStream(bytes, 0, static_cast<Goffset>(sizeof bytes - 1), Object(objNull));
  std::optional<GooString> password;
  if (argc > 1) password.emplace(std::string(argv[1]));
  bool repaired = false;
  PDFDoc doc(stream, password, password, nullptr, [&repaired] { repaired = true; });
  if (!doc.isOk()) {
    const int code = doc.getErrorCode();
    return code == errEncrypted || code == errDamaged || code == errBadCatalog ? 1 : 2;
  }
  const int n = doc.getNumPages();
  if (n < 1 || !doc.getPage(1)) return 3;
  double size = doc.getPageRotate(1) + doc.getPageCropWidth(1) + doc.getPageCropHeight(1);
  device dev;
  doc.displayPage(&dev, 1, 72, 72, 0, false, true, false, &never_abort, nullptr);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  for (int i = 0; list && i < list->getLength(); ++i) {
    const TextWord* w = list->get(i);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    w->getBBox(&x0, &y0, &x1, &y1);
    for (int c = 0; c < w->getLength(); ++c) {
      w->getCharBBox(c, &x0, &y0, &x1, &y1);
      size += *w->getChar(c) + w->getEdge(c);
    }
    size += w->getRotation() + w->getFontSize() + w->getBaseline();
  }
  const std::unique_ptr<GooString> producer = doc.getDocInfoProducer();
  const std::unique_ptr<GooString> creator = doc.getDocInfoCreator();
  const std::unique_ptr<GooString> title = doc.getDocInfoTitle();
  std::string text = producer ? producer->toStr() : std::string();
  size += pdfDocEncoding[0x41];
  return repaired || text.empty() || size < 0 || creator || title ? 0 : 4;
}
