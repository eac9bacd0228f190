// Opens PDF bytes with poppler's core and reads each page's words and ruling lines in one pass.
//
// Why poppler's core and not poppler-cpp's page::text_list(): one interpretation of the page
// content serves both the words (TextOutputDev, the same extractor text_list() runs inside)
// and the vector graphics (stroke/fill callbacks that poppler-cpp does not expose). A second
// pass for the lines would double the dominant cost, content-stream interpretation.
//
// Measured on ../shared/corpus/pdf (54 files, 1661 pages; 105k words, 838k glyphs, 28k
// lines), one thread, RelWithDebInfo, CPU time (wall time was 1.5-2x on the shared machine):
//   this reader (words + glyph boxes + lines), reading order   ~ 450-540 pages/s
//   same with rawOrder = true                                  ~ 480-550 pages/s
//   `pdftotext -bbox` (words only, per-file processes)          ~ 470 pages/s
// Raw order is within noise of reading order, and its words are finer (114k vs 105k), but
// only reading order's coalesce step discards duplicated glyphs (fake bold, drop shadows;
// ~0.6% of the corpus's glyphs), which raw order would hand layout as doubled words. Layout
// sorts words itself, so the order poppler returns them in does not matter.
//
// Word cutting is poppler's: a word ends at white space (U+3000 included), when the gap
// exceeds ~0.1 x font size, or when the baseline, font size or writing mode changes. Cells
// printed less than that apart become one word; layout re-splits them with the glyph boxes,
// which end at each glyph's own advance (see record_advance). Judge a gap against the word's
// other gaps, not against a fixed size: justified or letter-spaced text in the corpus has a
// uniform 0.5-1.3 pt gap between every pair of glyphs of one word.
#include "pdf/pdf_reader.hpp"

#include "pdf/origin_map.hpp"
#include "pdf/poppler_core.hpp"
#include "pdf/poppler_global.hpp"
#include "pdf/xref_scan.hpp"
#include "text/normalize.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace budgetpdf::detail {

namespace {

// ---------------------------------------------------------------------------------------
// Sniffing non-PDF input
// ---------------------------------------------------------------------------------------

bool starts_with(std::span<const unsigned char> bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() &&
         std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

std::string lower_ascii(std::span<const unsigned char> bytes, std::size_t limit) {
  std::string out;
  const std::size_t n = std::min(bytes.size(), limit);
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = bytes[i];
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out;
}

/// The first bytes as a C-like escaped string, for error messages.
std::string quote_start(std::span<const unsigned char> bytes) {
  std::string out = "\"";
  const std::size_t n = std::min<std::size_t>(bytes.size(), 16);
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = bytes[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  out += bytes.size() > n ? "...\"" : "\"";
  return out;
}

bool looks_like_text(std::span<const unsigned char> bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t i = 0, printable = 0;
  while (i < n) {
    unsigned char c = bytes[i];
    if (c == 0) return false;
    if (c < 0x80) {
      if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ++printable;
      ++i;
      continue;
    }
    // A UTF-8 sequence (a cut-off one at the window's end is fine).
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0) return false;
    for (std::size_t k = 1; k < len && i + k < n; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return false;
    }
    printable += len;
    i += len;
  }
  return printable * 100 >= n * 95;
}

// ---------------------------------------------------------------------------------------
// PDF text strings (document information)
// ---------------------------------------------------------------------------------------

/// A PDF text string: UTF-16BE/LE with BOM, UTF-8 with BOM, or PDFDocEncoding. Producers
/// that write raw UTF-8 or GBK without a BOM are common in Chinese files; those are tried
/// before falling back to PDFDocEncoding.
std::string decode_text_string(const GooString* s) {
  if (!s) return {};
  std::string b = s->toStr();
  // Some producers (Distiller via PScript5) write a hex string's text "<BDAD...>" literally.
  if (b.size() >= 4 && b.size() % 2 == 0 && b.front() == '<' && b.back() == '>' &&
      std::all_of(b.begin() + 1, b.end() - 1,
                  [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
    std::string bytes;
    for (std::size_t i = 1; i + 1 < b.size(); i += 2) {
      bytes.push_back(static_cast<char>(std::stoi(b.substr(i, 2), nullptr, 16)));
    }
    b = std::move(bytes);
  }
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 2 &&
      ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE))) {
    const bool big_endian = byte(0) == 0xFE;
    std::u16string units;
    for (std::size_t i = 2; i + 1 < b.size(); i += 2) {
      units.push_back(big_endian ? static_cast<char16_t>(byte(i) << 8 | byte(i + 1))
                                 : static_cast<char16_t>(byte(i + 1) << 8 | byte(i)));
    }
    return to_utf8(from_utf16(units));
  }
  if (b.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
    return to_utf8(to_u32(std::string_view(b).substr(3)));
  }
  const bool ascii = std::all_of(b.begin(), b.end(), [](char c) { return (c & 0x80) == 0; });
  if (!ascii) {
    std::u32string as_utf8 = to_u32(b);
    if (as_utf8.find(U'\uFFFD') == std::u32string::npos) return b;
    icu::UnicodeString gb(b.data(), static_cast<int32_t>(b.size()), "GB18030");
    if (!gb.isBogus() && gb.indexOf(static_cast<UChar>(0xFFFD)) < 0 &&
        gb.indexOf(static_cast<UChar>(0x1A)) < 0) {
      std::string out;
      gb.toUTF8String(out);
      return out;
    }
  }
  std::u32string text;
  text.reserve(b.size());
  for (char c : b)
    text.push_back(static_cast<char32_t>(pdfDocEncoding[static_cast<unsigned char>(c)]));
  return to_utf8(text);
}

// ---------------------------------------------------------------------------------------
// The output device: words via TextOutputDev, ruling lines via stroke/fill
// ---------------------------------------------------------------------------------------

constexpr double axis_tolerance = 0.5;    ///< max drift across a segment to call it straight
constexpr double thin_limit = 3.0;        ///< filled rectangles thinner than this are lines
constexpr double min_line_length = 0.5;   ///< shorter pieces are dots, not rules
constexpr int max_fill_points = 6;        ///< filled shapes with more points are not rules
constexpr double min_image_rule = 10.0;   ///< thin images shorter than this are no rules
constexpr std::size_t max_shaded = 1024;  ///< shaded cells a page compares with each other
constexpr double merge_offset = 0.5;      ///< collinear if the coordinates differ less
constexpr double merge_gap = 1.0;         ///< collinear pieces closer than this join

struct page_limits {
  std::optional<pdf_reader::clock::time_point> deadline;
  std::size_t max_glyphs = 0;
  std::size_t max_words = 0;
  std::size_t max_paths = 0;
};

/// The quarter turn poppler's TextPage gives text drawn with `state`'s font matrix: 0 left to
/// right, 1 top to bottom, 2 upside down, 3 bottom to top (TextPage::beginWord's rule).
int text_rotation(GfxState* state) {
  double m[4];
  state->getFontTransMat(&m[0], &m[1], &m[2], &m[3]);
  if (std::abs(m[0] * m[3]) > std::abs(m[1] * m[2])) return (m[0] > 0 || m[3] < 0) ? 0 : 2;
  return m[2] > 0 ? 1 : 3;
}

bool is_blank(Unicode u) {
  return u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0xA0 || u == 0x3000;
}

/// A CID font whose codes are glyph numbers (Identity ordering) and that has no ToUnicode map:
/// poppler maps its codes to the same-numbered code points, which are not the text printed.
bool maps_to_no_text(const GfxFont& font) {
  if (!font.isCIDFont() || font.hasToUnicodeCMap()) return false;
  const GooString* collection = static_cast<const GfxCIDFont&>(font).getCollection();
  return collection && collection->toStr() == "Adobe-Identity";
}

/// One per document, reading page after page (begin() before each): poppler keeps the colour
/// transforms of ICC-based colour spaces per output device, and building them again for
/// every page (lcms, pow) cost about 2% of a parse; TextOutputDev starts each page afresh.
class page_device final : public TextOutputDev {
 public:
  // Diagonal text (more than about 6 degrees off the page's axes: poppler's threshold) is
  // dropped: it is a watermark or a stamp printed across the page, never a table's text,
  // and its glyphs would land in the cells under it.
  page_device()
      : TextOutputDev(nullptr, /*physLayout=*/false, /*fixedPitch=*/0, /*rawOrder=*/false,
                      /*append=*/false, /*discardDiag=*/true) {}

  /// Before a page is displayed: forgets the previous one. `may_turn`: when most text turns
  /// out sideways or upside down, skip the word building and set `turn` instead (the caller
  /// reads the page again, turned).
  void begin(const page_limits& limits, double width, double height, bool may_turn) {
    lines.clear();
    shaded_.clear();
    truncated = timed_out = has_images = false;
    glyphs = unreadable_glyphs = 0;
    turn = 0;
    limits_ = limits;
    advances_.clear();
    width_ = width;
    height_ = height;
    may_turn_ = may_turn;
    drawn_ = words_ = paths_ = 0;
    rotations_ = {};
    last_font_.reset();
    last_font_unmapped_ = false;
    last_end_.reset();
    last_rot_ = 0;
    last_size_ = 0;
  }

  /// Whether the page left an ActualText span open (unbalanced marked content): poppler's
  /// TextOutputDev would then gather the next page's text into it, so that device is not
  /// used again.
  bool left_actual_text_open() const { return open_actual_text_ != 0; }

  void beginActualText(GfxState* state, const GooString* text) override {
    ++open_actual_text_;
    TextOutputDev::beginActualText(state, text);
  }
  void endActualText(GfxState* state) override {
    --open_actual_text_;
    TextOutputDev::endActualText(state);
  }

  /// TextOutputDev builds lines, blocks and reading order here (TextPage::coalesce), at a cost
  /// that grows faster than the number of words: hence max_words, enforced in drawChar.
  void endPage() override {
    add_shaded_edges();
    if (may_turn_) {
      const auto most = std::max_element(rotations_.begin(), rotations_.end());
      const int dominant = static_cast<int>(most - rotations_.begin());
      if (dominant != 0 && *most > rotations_[0] && 2 * *most > glyphs) {
        turn = (4 - dominant) % 4;
        return;  // this pass is thrown away: no words needed
      }
    }
    TextOutputDev::endPage();
  }

  // Images must reach drawImage() so has_images can be set; shadings and tiling patterns
  // are skipped outright (Gfx would otherwise subdivide them into many fill() calls).
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

  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* colorMap, bool interpolate, const int* maskColors,
                 bool inlineImg) override {
    has_images = true;
    collect_image_rule(state, false);
    // The base class only skips an inline image's data; nothing is decoded.
    OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors,
                         inlineImg);
  }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inlineImg) override {
    has_images = true;
    collect_image_rule(state, true);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
  }
  void drawMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int,
                       int, bool, bool) override {
    has_images = true;
  }
  void drawSoftMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*,
                           int, int, GfxImageColorMap*, bool) override {
    has_images = true;
  }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double originX,
                double originY, CharCode c, int nBytes, const Unicode* u, int uLen) override {
    if (truncated || ++drawn_ > limits_.max_glyphs) {
      truncated = true;
      return;
    }
    if (clipped_away(state, x, y, dx, dy)) return;
    static constexpr Unicode replacement[] = {0xFFFD};
    const bool blank = uLen == 1 && is_blank(u[0]);
    if (!blank) {
      ++glyphs;
      const int rot = text_rotation(state);
      ++rotations_[static_cast<std::size_t>(rot)];
      bool unreadable = uLen == 0 || font_maps_to_no_text(state);
      bool replace = unreadable;
      for (int i = 0; i < uLen && !replace; ++i) {
        if (!is_unreadable_char(static_cast<char32_t>(u[i]))) continue;
        unreadable = true;
        // Controls would be dropped by normalize: U+FFFD keeps their place. Private-use
        // code points stay as printed.
        replace = u[i] < 0xA0;
      }
      if (unreadable) ++unreadable_glyphs;
      if (replace) {
        u = replacement;
        uLen = 1;
      }
      if (starts_word(state, x, y, rot) && ++words_ > limits_.max_words) {
        truncated = true;
        return;
      }
    } else {
      last_end_.reset();  // a space ends the word
    }
    record_advance(state, x, y, dx, dy, c, uLen);
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
  }

  /// Text drawn wholly outside the clip region is not printed: a cell's text overflowing
  /// a table cut at a page break, clipped away by the producer.
  static bool clipped_away(GfxState* state, double x, double y, double dx, double dy) {
    double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
    state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
    const double size = state->getTransformedFontSize();
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    state->transform(x, y, &x0, &y0);
    state->transform(x + dx, y + dy, &x1, &y1);
    const double left = std::min(x0, x1), right = std::max(x0, x1);
    // The glyph reaches from below its baseline to about a font size above it.
    const double top = std::min(y0, y1) - size, bottom = std::max(y0, y1) + 0.25 * size;
    // A glyph that only touches the clip's edge shows nothing.
    constexpr double touch = 0.01;
    return right <= cx0 + touch || left >= cx1 - touch || bottom < cy0 || top > cy1;
  }

  /// The glyph's own advance (device space) for a character whose origin TextWord recorded
  /// at (x, y), if drawChar saw it; see record_advance().
  std::optional<std::pair<double, double>> advance_at(double x, double y) const {
    return advances_.find(origin_key(x, y));
  }

  void stroke(GfxState* state) override {
    if (count_path()) collect_stroke(state);
    TextOutputDev::stroke(state);
  }
  void fill(GfxState* state) override {
    if (count_path()) collect_fill(state);
    TextOutputDev::fill(state);
  }
  void eoFill(GfxState* state) override {
    if (count_path()) collect_fill(state);
    TextOutputDev::eoFill(state);
  }

  /// Gfx's abort callback: stops interpretation at a limit or past the deadline.
  static bool abort_check(void* data) {
    auto* self = static_cast<page_device*>(data);
    if (self->truncated) return true;
    if (self->limits_.deadline && pdf_reader::clock::now() > *self->limits_.deadline) {
      self->timed_out = true;
      return true;
    }
    return false;
  }

  std::vector<ruling> lines;
  bool truncated = false;
  bool timed_out = false;
  bool has_images = false;
  std::size_t glyphs = 0;             ///< drawn, white space not counted
  std::size_t unreadable_glyphs = 0;  ///< of those, mapping to no readable character
  int turn = 0;                       ///< set by endPage when may_turn: quarter turns to read

 private:
  bool font_maps_to_no_text(GfxState* state) {
    const std::shared_ptr<GfxFont>& font = state->getFont();
    if (font != last_font_) {
      last_font_ = font;  // held, so its address cannot be reused by another font meanwhile
      last_font_unmapped_ = font && maps_to_no_text(*font);
    }
    return last_font_unmapped_;
  }

  /// Whether the glyph at (x, y) (text space) begins a new word, by about poppler's rule
  /// (TextPage::addChar): another direction or size, or a gap or overlap of more than a
  /// fraction of the font size from where the previous glyph ended. Only counts words for
  /// max_words; poppler still cuts the words.
  bool starts_word(GfxState* state, double x, double y, int rot) {
    double ox = 0, oy = 0;
    state->transform(x, y, &ox, &oy);
    const double size = state->getTransformedFontSize();
    const bool starts = !last_end_ || rot != last_rot_ || std::abs(size - last_size_) > 0.01 ||
                        std::abs(ox - last_end_->first) > 0.15 * size ||
                        std::abs(oy - last_end_->second) > 0.15 * size;
    last_rot_ = rot;
    last_size_ = size;
    last_end_.reset();  // record_advance sets it
    return starts;
  }

  bool count_path() {
    if (++paths_ > limits_.max_paths) {
      truncated = true;
      return false;
    }
    return true;
  }

  static bool is_white(const GfxRGB& rgb) {
    return colToDbl(rgb.r) > 0.95 && colToDbl(rgb.g) > 0.95 && colToDbl(rgb.b) > 0.95;
  }

  void add_line(double x0, double y0, double x1, double y1, double thickness, ruling::source kind) {
    const bool horizontal = std::abs(y1 - y0) <= axis_tolerance;
    const bool vertical = std::abs(x1 - x0) <= axis_tolerance;
    if (horizontal == vertical) return;  // diagonal, or a dot
    ruling r;
    r.thickness = thickness;
    r.kind = kind;
    if (horizontal) {
      r.y0 = r.y1 = (y0 + y1) / 2;
      r.x0 = std::max(0.0, std::min(x0, x1));
      r.x1 = std::min(width_, std::max(x0, x1));
      if (r.y0 < -1 || r.y0 > height_ + 1 || r.x1 - r.x0 < min_line_length) return;
    } else {
      r.x0 = r.x1 = (x0 + x1) / 2;
      r.y0 = std::max(0.0, std::min(y0, y1));
      r.y1 = std::min(height_, std::max(y0, y1));
      if (r.x0 < -1 || r.x0 > width_ + 1 || r.y1 - r.y0 < min_line_length) return;
    }
    lines.push_back(r);
  }

  void collect_stroke(GfxState* state) {
    if (state->getStrokeOpacity() <= 0) return;
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (is_white(rgb)) return;
    const double thickness = state->getTransformedLineWidth();
    const GfxPath* path = state->getPath();
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      double px = 0, py = 0;
      for (int j = 0; j < sub->getNumPoints(); ++j) {
        double x = 0, y = 0;
        state->transform(sub->getX(j), sub->getY(j), &x, &y);
        // A segment is straight when neither end is a Bézier control point.
        if (j > 0 && !sub->getCurve(j) && !sub->getCurve(j - 1)) {
          add_line(px, py, x, y, thickness, ruling::source::stroke);
        }
        px = x;
        py = y;
      }
    }
  }

  /// A picture drawn as a thin bar is a rule: some producers paint table borders as
  /// one-pixel images. A stencil mask paints the fill colour, so a white one is no rule.
  void collect_image_rule(GfxState* state, bool stencil) {
    if (stencil) {
      GfxRGB rgb;
      state->getFillRGB(&rgb);
      if (is_white(rgb)) return;
    }
    double xs[4], ys[4];
    state->transform(0, 0, &xs[0], &ys[0]);
    state->transform(1, 0, &xs[1], &ys[1]);
    state->transform(0, 1, &xs[2], &ys[2]);
    state->transform(1, 1, &xs[3], &ys[3]);
    const double x0 = *std::min_element(xs, xs + 4), x1 = *std::max_element(xs, xs + 4);
    const double y0 = *std::min_element(ys, ys + 4), y1 = *std::max_element(ys, ys + 4);
    const double w = x1 - x0, h = y1 - y0;
    if (std::min(w, h) >= thin_limit || std::max(w, h) < min_image_rule) return;
    if (!count_path()) return;
    if (w >= h)
      add_line(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, h, ruling::source::thin_fill);
    else
      add_line((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, w, ruling::source::thin_fill);
  }

  void collect_fill(GfxState* state) {
    if (state->getFillOpacity() <= 0) return;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (is_white(rgb)) return;  // page and cell backgrounds; a white rule shows nothing
    const GfxPath* path = state->getPath();
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      int n = sub->getNumPoints();
      if (n < 3 || n > max_fill_points) continue;
      double xs[max_fill_points], ys[max_fill_points];
      bool curved = false;
      for (int j = 0; j < n; ++j) {
        curved = curved || sub->getCurve(j);
        state->transform(sub->getX(j), sub->getY(j), &xs[j], &ys[j]);
      }
      if (curved) continue;
      // A closing point repeating the first adds nothing.
      if (n > 3 && std::abs(xs[n - 1] - xs[0]) <= axis_tolerance &&
          std::abs(ys[n - 1] - ys[0]) <= axis_tolerance)
        --n;
      const double x0 = *std::min_element(xs, xs + n), x1 = *std::max_element(xs, xs + n);
      const double y0 = *std::min_element(ys, ys + n), y1 = *std::max_element(ys, ys + n);
      const double w = x1 - x0, h = y1 - y0;
      if (std::max(w, h) < min_line_length) continue;
      // A thin filled shape is a rule whatever its outline: a rectangle, or a border
      // drawn as a mitred trapezoid whose ends slant into the neighbouring borders.
      if (std::min(w, h) < thin_limit) {
        if (w >= h) {
          add_line(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, h, ruling::source::thin_fill);
        } else {
          add_line((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, w, ruling::source::thin_fill);
        }
        continue;
      }
      // A larger shape counts only as an axis-aligned rectangle (a shaded cell): every
      // point at a corner of the bounding box, and consecutive points sharing x or y.
      if (n != 4) continue;
      auto near = [](double a, double b) { return std::abs(a - b) <= axis_tolerance; };
      bool rectangle = true;
      for (int j = 0; j < 4 && rectangle; ++j) {
        const int k = (j + 1) % 4;
        rectangle = (near(xs[j], x0) || near(xs[j], x1)) && (near(ys[j], y0) || near(ys[j], y1)) &&
                    (near(xs[j], xs[k]) || near(ys[j], ys[k]));
      }
      if (!rectangle) continue;
      // A shaded area as big as the page is a background, not a cell.
      if (w > 0.9 * width_ && h > 0.5 * height_) continue;
      if (shaded_.size() < max_shaded) {
        shaded_.push_back({x0, y0, x1, y1, rgb});
      } else {  // past that many, each rectangle's edges stand alone (add_shaded_edges: n²)
        add_line(x0, y0, x1, y0, 0, ruling::source::fill_edge);
        add_line(x0, y1, x1, y1, 0, ruling::source::fill_edge);
        add_line(x0, y0, x0, y1, 0, ruling::source::fill_edge);
        add_line(x1, y0, x1, y1, 0, ruling::source::fill_edge);
      }
    }
  }

  /// A shaded rectangle's edges are rules where the colour changes across them. Spreadsheets
  /// fill each shaded cell of a header on its own: between two cells of one colour there
  /// is no visible edge (a header shaded cell by cell over a table without rules is no
  /// grid; family f97).
  void add_shaded_edges() {
    constexpr double across = 0.5;  // a gap narrower than this shows no background
    const auto same = [](const GfxRGB& a, const GfxRGB& b) {
      const auto near = [](GfxColorComp u, GfxColorComp v) {
        return std::abs(colToDbl(u) - colToDbl(v)) <= 0.02;
      };
      return near(a.r, b.r) && near(a.g, b.g) && near(a.b, b.b);
    };
    std::vector<std::pair<double, double>> covered;
    // The stretches of [from, to] along an edge at `at` (horizontal or not) where the other
    // side, `at` + `side` × across, shows another rectangle of the same colour.
    const auto emit = [&](const shaded_rect& r, bool horizontal, double at, double side,
                          double from, double to) {
      covered.clear();
      const double probe = at + side * across;
      for (const auto& o : shaded_) {
        if (&o == &r || !same(o.rgb, r.rgb)) continue;
        const bool over =
            horizontal ? (o.y0 <= probe && probe <= o.y1) : (o.x0 <= probe && probe <= o.x1);
        if (!over) continue;
        const double a = std::max(from, horizontal ? o.x0 : o.y0);
        const double b = std::min(to, horizontal ? o.x1 : o.y1);
        if (a < b) covered.emplace_back(a, b);
      }
      std::sort(covered.begin(), covered.end());
      double start = from;
      const auto piece = [&](double a, double b) {
        if (b - a < min_line_length) return;
        if (horizontal)
          add_line(a, at, b, at, 0, ruling::source::fill_edge);
        else
          add_line(at, a, at, b, 0, ruling::source::fill_edge);
      };
      for (const auto& [a, b] : covered) {
        if (a > start) piece(start, a);
        start = std::max(start, b);
      }
      if (start < to) piece(start, to);
    };
    for (const auto& r : shaded_) {
      emit(r, true, r.y0, -1, r.x0, r.x1);
      emit(r, true, r.y1, +1, r.x0, r.x1);
      emit(r, false, r.x0, -1, r.y0, r.y1);
      emit(r, false, r.x1, +1, r.y0, r.y1);
    }
    shaded_.clear();
  }

  static std::pair<std::int64_t, std::int64_t> origin_key(double x, double y) {
    return {std::llround(x * 1024), std::llround(y * 1024)};
  }

  /// TextWord keeps only where each character starts (edge[i]); its char boxes end where
  /// the next character starts, which hides the gap between two cells glued into one
  /// word. So remember each glyph's own advance, computed exactly as TextPage::addChar
  /// does (character and word spacing removed), keyed by the character's device origin.
  void record_advance(GfxState* state, double x, double y, double dx, double dy, CharCode c,
                      int uLen) {
    double spacing = state->getCharSpace();
    if (c == static_cast<CharCode>(0x20)) spacing += state->getWordSpace();
    double sx = 0, sy = 0;
    state->textTransformDelta(spacing * state->getHorizScaling(), 0, &sx, &sy);
    double w = 0, h = 0, ox = 0, oy = 0;
    state->transformDelta(dx - sx, dy - sy, &w, &h);
    state->transform(x, y, &ox, &oy);
    last_end_.emplace(ox + w, oy + h);
    const int n = std::max(uLen, 1);
    w /= n;
    h /= n;
    for (int i = 0; i < n; ++i) advances_.set(origin_key(ox + i * w, oy + i * h), {w, h});
    // Text drawn in reverse order is flipped by TextPage: origin at the far end.
    advances_.set_if_absent(origin_key(ox + n * w, oy + n * h), {-w, -h});
  }

  page_limits limits_;
  origin_map advances_;
  struct shaded_rect {
    double x0, y0, x1, y1;
    GfxRGB rgb;
  };
  std::vector<shaded_rect> shaded_;  ///< shaded cells of the page, edges added at its end
  double width_ = 0, height_ = 0;
  bool may_turn_ = false;
  long open_actual_text_ = 0;  ///< ActualText spans begun and not ended, on any page
  std::size_t drawn_ = 0;      ///< every glyph, white space included (max_glyphs)
  std::size_t words_ = 0;      ///< estimated word starts (max_words)
  std::size_t paths_ = 0;
  std::array<std::size_t, 4> rotations_{};  ///< glyphs per text_rotation()
  std::shared_ptr<GfxFont> last_font_;
  bool last_font_unmapped_ = false;
  std::optional<std::pair<double, double>> last_end_;  ///< where the previous glyph ended
  int last_rot_ = 0;
  double last_size_ = 0;
};

/// Joins collinear pieces (same coordinate within merge_offset, gap up to merge_gap).
std::vector<ruling> merge_lines(std::vector<ruling> lines) {
  std::vector<ruling> out;
  out.reserve(lines.size());
  for (const bool horizontal : {true, false}) {
    // (position across the line, start, end) in a frame where the line runs along x.
    struct piece {
      double at, start, end, thickness;
      ruling::source kind;
    };
    std::vector<piece> pieces;
    for (const ruling& r : lines) {
      if (r.horizontal() != horizontal) continue;
      pieces.push_back(horizontal ? piece{r.y0, r.x0, r.x1, r.thickness, r.kind}
                                  : piece{r.x0, r.y0, r.y1, r.thickness, r.kind});
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const piece& a, const piece& b) { return a.at < b.at; });
    std::size_t i = 0;
    while (i < pieces.size()) {
      std::size_t end = i + 1;
      while (end < pieces.size() && pieces[end].at - pieces[end - 1].at <= merge_offset / 2 &&
             pieces[end].at - pieces[i].at <= merge_offset) {
        ++end;
      }
      std::sort(pieces.begin() + static_cast<std::ptrdiff_t>(i),
                pieces.begin() + static_cast<std::ptrdiff_t>(end),
                [](const piece& a, const piece& b) { return a.start < b.start; });
      std::size_t k = i;
      while (k < end) {
        piece merged = pieces[k];
        double weighted = merged.at * (merged.end - merged.start);
        double length = merged.end - merged.start;
        std::size_t m = k + 1;
        while (m < end && pieces[m].start <= merged.end + merge_gap) {
          merged.end = std::max(merged.end, pieces[m].end);
          merged.thickness = std::max(merged.thickness, pieces[m].thickness);
          merged.kind = std::min(merged.kind, pieces[m].kind);
          weighted += pieces[m].at * (pieces[m].end - pieces[m].start);
          length += pieces[m].end - pieces[m].start;
          ++m;
        }
        const double at = length > 0 ? weighted / length : merged.at;
        ruling r;
        r.thickness = merged.thickness;
        r.kind = merged.kind;
        if (horizontal) {
          r.x0 = merged.start;
          r.x1 = merged.end;
          r.y0 = r.y1 = at;
        } else {
          r.y0 = merged.start;
          r.y1 = merged.end;
          r.x0 = r.x1 = at;
        }
        out.push_back(r);
        k = m;
      }
      i = end;
    }
  }
  return out;
}

/// Glyph i of `w`: the word's extent across the line, and along the line from where the
/// character starts to where its own advance ends (not where the next character starts).
box glyph_box(const page_device& dev, const TextWord& w, int i) {
  box b;
  w.getCharBBox(i, &b.x0, &b.y0, &b.x1, &b.y1);
  const int rot = w.getRotation();
  const double edge = w.getEdge(i), base = w.getBaseline();
  const auto advance = rot % 2 == 0 ? dev.advance_at(edge, base) : dev.advance_at(base, edge);
  if (!advance) return b;
  const auto [dx, dy] = *advance;
  switch (rot) {
    case 0:
      if (dx > 0) b.x1 = std::min(b.x1, edge + dx);
      break;
    case 1:
      if (dy > 0) b.y1 = std::min(b.y1, edge + dy);
      break;
    case 2:
      if (dx < 0) b.x0 = std::max(b.x0, edge + dx);
      break;
    default:
      if (dy < 0) b.y0 = std::max(b.y0, edge + dy);
      break;
  }
  return b;
}

std::vector<word> collect_words(page_device& dev) {
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  std::vector<word> words;
  if (!list) return words;
  const int count = list->getLength();
  words.reserve(static_cast<std::size_t>(count));
  std::u32string raw;
  std::vector<box> raw_boxes;
  std::vector<std::size_t> source;
  for (int i = 0; i < count; ++i) {
    const TextWord* w = list->get(i);
    const int len = w->getLength();
    raw.clear();
    raw_boxes.clear();
    for (int c = 0; c < len; ++c) {
      raw.push_back(static_cast<char32_t>(*w->getChar(c)));
      raw_boxes.push_back(glyph_box(dev, *w, c));
    }
    word out;
    out.text = normalize_text(raw, source);
    if (out.text.empty()) continue;
    out.glyphs.reserve(source.size());
    for (std::size_t s : source) out.glyphs.push_back(raw_boxes[s]);
    w->getBBox(&out.where.x0, &out.where.y0, &out.where.x1, &out.where.y1);
    out.rotation = w->getRotation();
    out.font_size = w->getFontSize();
    out.baseline = w->getBaseline();
    words.push_back(std::move(out));
  }
  return words;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// pdf_reader
// ---------------------------------------------------------------------------------------

std::string sniff_non_pdf(std::span<const unsigned char> bytes) {
  if (bytes.empty()) return "an empty file";
  const std::string head = lower_ascii(bytes, 1024);
  if (head.find("%pdf-") != std::string::npos) return "";
  std::size_t i = 0;
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' ||
                             head[i] == '\n' || head[i] == '\f')) {
    ++i;
  }
  const std::string_view rest = std::string_view(head).substr(i);
  if (rest.starts_with("<!doctype html") || rest.starts_with("<html") ||
      (rest.starts_with("<") &&
       (head.find("<html") != std::string::npos || head.find("<head") != std::string::npos ||
        head.find("<body") != std::string::npos))) {
    return "an HTML page";
  }
  if (rest.starts_with("<?xml")) return "an XML document";
  if (starts_with(bytes, "\x89PNG")) return "a PNG image";
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "a JPEG image";
  if (starts_with(bytes, "GIF8")) return "a GIF image";
  if (starts_with(bytes, std::string_view("II*\0", 4)) ||
      starts_with(bytes, std::string_view("MM\0*", 4))) {
    return "a TIFF image";
  }
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) {
    return "a ZIP archive (or an Office .docx/.xlsx/.ofd file)";
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0")) return "an old Office document (.doc/.xls/.wps)";
  if (starts_with(bytes, "Rar!")) return "a RAR archive";
  if (starts_with(bytes, "7z\xBC\xAF")) return "a 7-Zip archive";
  if (starts_with(bytes, "\x1F\x8B")) return "a gzip file";
  if (starts_with(bytes, "%!PS")) return "a PostScript file";
  if (starts_with(bytes, "{\\rtf")) return "an RTF document";
  if (looks_like_text(bytes)) return "plain text";
  return "binary data of unknown type";
}

std::vector<unsigned char> read_pdf_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(error_code::io_error, "cannot open " + path + ": " + std::strerror(errno));
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw error(error_code::io_error, "cannot read " + path + ": " + ec.message());
  // The header first: a 2 GB video named .pdf is not_a_pdf, and is not read whole to say so.
  std::vector<unsigned char> bytes(static_cast<std::size_t>(std::min<std::uintmax_t>(size, 4096)));
  in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(bytes.size()));
  if (in.bad() || std::size_t(in.gcount()) != bytes.size())
    throw error(error_code::io_error, "cannot read " + path + ": " + std::strerror(errno));
  // sniff_non_pdf looks at no more than the first 4 KiB: the same verdict as on the whole.
  if (std::string kind = sniff_non_pdf(bytes); !kind.empty()) {
    throw error(error_code::not_a_pdf,
                "not a PDF: the input looks like " + kind +
                    (bytes.empty() ? "" : " (starts with " + quote_start(bytes) + ")"));
  }
  if (size > max_bytes)
    throw error(error_code::too_large, path + " has " + std::to_string(size) +
                                           " bytes, over the limit of " +
                                           std::to_string(max_bytes) + " (--max-mb)");
  bytes.resize(static_cast<std::size_t>(size));
  const std::size_t head = std::min<std::size_t>(bytes.size(), 4096);
  in.read(reinterpret_cast<char*>(bytes.data() + head), std::streamsize(bytes.size() - head));
  if (in.bad() || std::size_t(in.gcount()) != bytes.size() - head)
    throw error(error_code::io_error, "cannot read " + path + ": " +
                                          (in.bad() ? std::strerror(errno) : "the file shrank"));
  return bytes;
}

struct pdf_reader::members {
  std::unique_ptr<PDFDoc> doc;  // reads the caller's bytes: MemStream does not own its buffer
  parse_options options;
  bool repaired = false;                  // poppler rebuilt a damaged cross-reference table
  std::unordered_set<int> xobjects_seen;  // object numbers skip_jpx_decoding looked at
  std::unique_ptr<page_device> device;    // made on the first page read
};

namespace {

// An empty buffer for the stand-ins of JPEG 2000 pictures.
constexpr char no_bytes[1] = {0};

bool jpx_filtered(const Dict& dict) {
  const Object filter = dict.lookup("Filter");
  if (filter.isName("JPXDecode")) return true;
  if (!filter.isArray() || filter.arrayGetLength() < 1) return false;
  return filter.arrayGet(filter.arrayGetLength() - 1).isName("JPXDecode");
}

/// The JPEG 2000 pictures of `resources` (and of the forms it draws), each replaced in the
/// document by a stand-in: the same dictionary, no filter, no data. poppler decodes a JPX
/// picture whole just to learn its bit depth and colours (JPXStream::getImageParams, called
/// by Gfx::doImage before any drawImage), although reading text needs only where pictures
/// are drawn: 9% of the CPU of the corpus was libopenjp2. The stand-in is drawn with the
/// same drawImage calls at the same place (8 bits, the colour space of the dictionary), and
/// its data is never read. OCR renders pages from its own document (page_image), untouched.
void skip_jpx_decoding(XRef& xref, Dict* resources, std::unordered_set<int>& seen, int depth) {
  if (!resources || depth > 8) return;
  const Object xobjects = resources->lookup("XObject");
  if (!xobjects.isDict()) return;
  const Dict& dict = *xobjects.getDict();
  for (int i = 0; i < dict.getLength(); ++i) {
    const Object& ref = dict.getValNF(i);
    if (!ref.isRef() || !seen.insert(ref.getRefNum()).second) continue;
    Object x = dict.getVal(i);
    if (!x.isStream()) continue;
    Dict* d = x.streamGetDict();
    const Object subtype = d->lookup("Subtype");
    if (subtype.isName("Form")) {
      const Object form_resources = d->lookup("Resources");
      if (form_resources.isDict())
        skip_jpx_decoding(xref, form_resources.getDict(), seen, depth + 1);
      continue;
    }
    if (!subtype.isName("Image") || !jpx_filtered(*d)) continue;
    const bool has_colour_space = !d->lookup("ColorSpace").isNull() || !d->lookup("CS").isNull();
    // Without a colour space, poppler takes the decoded picture's; a Decode array sized for
    // it might not fit another: keep such a picture as it is.
    if (!has_colour_space && (!d->lookup("Decode").isNull() || !d->lookup("D").isNull())) continue;
    Dict* stand_in = d->copy(&xref);
    stand_in->remove("Filter");
    stand_in->remove("DecodeParms");
    stand_in->remove("DP");
    stand_in->set("BitsPerComponent", Object(8));  // what JPXStream always reports
    if (!has_colour_space) stand_in->set("ColorSpace", Object(objName, "DeviceGray"));
    const Object replacement(static_cast<Stream*>(new MemStream(no_bytes, 0, 0, Object(stand_in))));
    xref.setModifiedObject(&replacement, ref.getRef());
  }
}

}  // namespace

pdf_reader::pdf_reader(std::unique_ptr<members> m) : m_(std::move(m)) {}
pdf_reader::~pdf_reader() = default;

std::unique_ptr<pdf_reader> pdf_reader::open(std::span<const unsigned char> bytes,
                                             const parse_options& options) {
  if (bytes.size() > options.max_bytes) {
    throw error(error_code::too_large,
                "the input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                    std::to_string(options.max_bytes) + " (parse_options::max_bytes)");
  }
  if (std::string kind = sniff_non_pdf(bytes); !kind.empty()) {
    throw error(error_code::not_a_pdf,
                "not a PDF: the input looks like " + kind +
                    (bytes.empty() ? "" : " (starts with " + quote_start(bytes) + ")"));
  }
  // poppler sizes its cross-reference index by the highest object number it meets, before
  // anything else can be checked: refuse absurd claims (a 246-byte file claiming 30 million
  // objects cost 1.2 GB) before poppler allocates for them.
  const std::uint64_t objects = highest_object_number(bytes);
  const std::uint64_t index_bytes = (objects + 1) * xref_entry_bytes();
  if (index_bytes + bytes.size() > options.max_memory) {
    throw error(error_code::too_large,
                "the file claims object numbers up to " + std::to_string(objects) +
                    ": indexing them would take " + std::to_string(index_bytes >> 20) +
                    " MiB, over the memory limit of " + std::to_string(options.max_memory >> 20) +
                    " MiB (parse_options::max_memory)");
  }
  ensure_poppler_initialized();
  auto m = std::make_unique<members>();
  m->options = options;
  auto* stream = new MemStream(reinterpret_cast<const char*>(bytes.data()), 0,
                               static_cast<Goffset>(bytes.size()), Object(objNull));
  std::optional<GooString> password;
  if (!options.password.empty()) password.emplace(options.password);
  // poppler rebuilds a damaged cross-reference table (now or when a page needs it) and
  // says so through this callback; the members outlive the document that holds it.
  members* raw = m.get();
  poppler_messages said(3);
  m->doc = std::make_unique<PDFDoc>(stream, password, password, nullptr,
                                    [raw] { raw->repaired = true; });  // owns stream
  // What poppler said while failing, for the message ("poppler syntax error at byte ...").
  std::string why;
  for (const auto& message : said.messages()) why += "; " + message;
  if (!m->doc->isOk()) {
    const int code = m->doc->getErrorCode();
    if (code == errEncrypted) {
      throw error(error_code::encrypted,
                  options.password.empty()
                      ? "the PDF is encrypted and needs a password (parse_options::password)"
                      : "the PDF is encrypted and the password given does not open it");
    }
    throw error(error_code::damaged_pdf,
                "poppler cannot open the PDF (" +
                    std::string(code == errDamaged      ? "damaged file structure"
                                : code == errBadCatalog ? "unreadable catalog"
                                                        : "error code " + std::to_string(code)) +
                    why + ")");
  }
  const int pages = m->doc->getNumPages();
  if (pages <= 0)
    throw error(error_code::damaged_pdf, "poppler cannot find any page in the PDF" +
                                             (why.empty() ? "" : " (" + why.substr(2) + ")"));
  if (pages > options.max_pages) {
    throw error(error_code::too_large,
                "the PDF has " + std::to_string(pages) + " pages, over the limit of " +
                    std::to_string(options.max_pages) + " (parse_options::max_pages)");
  }
  return std::unique_ptr<pdf_reader>(new pdf_reader(std::move(m)));
}

int pdf_reader::page_count() const { return m_->doc->getNumPages(); }

bool pdf_reader::repaired() const { return m_->repaired; }

page_content pdf_reader::read_page(int number, std::optional<clock::time_point> deadline) const {
  if (number < 1 || number > page_count()) {
    throw error(error_code::internal, "page " + std::to_string(number) + " does not exist (1.." +
                                          std::to_string(page_count()) + ")");
  }
  if (deadline && clock::now() > *deadline) {
    throw error(error_code::timed_out, "time limit reached before page " + std::to_string(number));
  }
  PDFDoc& doc = *m_->doc;
  page_content page;
  page.number = number;
  if (!doc.getPage(number)) {  // listed in the page tree, but its object cannot be read
    page.unreadable = true;
    return page;
  }
  page.rotate = ((doc.getPageRotate(number) % 360) + 360) % 360;
  skip_jpx_decoding(*doc.getXRef(), doc.getPage(number)->getResourceDict(), m_->xobjects_seen, 0);
  const double crop_width = doc.getPageCropWidth(number);
  const double crop_height = doc.getPageCropHeight(number);

  page_limits limits;
  limits.deadline = deadline;
  limits.max_glyphs = m_->options.max_glyphs_per_page;
  limits.max_words = m_->options.max_words_per_page;
  limits.max_paths = m_->options.max_paths_per_page;
  auto late = [&] {
    return error(error_code::timed_out,
                 "time limit reached while reading page " + std::to_string(number));
  };
  // Read in the displayed frame first; if most text runs another way there, read again
  // turned so that it reads left to right (poppler adds the turn to the page's /Rotate).
  for (int turns = 0;;) {
    const int degrees = (page.rotate + 90 * turns) % 360;
    page.width = degrees % 180 == 0 ? crop_width : crop_height;
    page.height = degrees % 180 == 0 ? crop_height : crop_width;
    if (!m_->device || m_->device->left_actual_text_open())
      m_->device = std::make_unique<page_device>();
    page_device& dev = *m_->device;
    dev.begin(limits, page.width, page.height, /*may_turn=*/turns == 0);
    doc.displayPage(&dev, number, 72, 72, /*rotate=*/90 * turns, /*useMediaBox=*/false,
                    /*crop=*/true, /*printing=*/false, &page_device::abort_check, &dev);
    // Word building runs after the last operator, where the abort callback cannot stop it.
    if (dev.timed_out || (deadline && clock::now() > *deadline)) throw late();
    if (dev.turn != 0) {
      turns = dev.turn;
      continue;
    }
    page.reading_turns = turns;
    page.words = collect_words(dev);
    page.lines = merge_lines(std::move(dev.lines));
    page.truncated = dev.truncated;
    page.has_images = dev.has_images;
    page.glyphs = dev.glyphs;
    page.unreadable_glyphs = dev.unreadable_glyphs;
    return page;
  }
}

box to_displayed_frame(const page_content& page, const box& b) {
  // The reading frame is the displayed one turned `reading_turns` times clockwise; one
  // clockwise turn maps displayed (x, y) to (H - y, x), H the displayed height.
  box out = b;
  double w = page.width, h = page.height;  // of the frame `out` is in
  for (int k = 0; k < ((4 - page.reading_turns) % 4); ++k) {
    // One more clockwise turn: (x, y) -> (h - y, x); the frame becomes h wide, w high.
    out = {h - out.y1, out.x0, h - out.y0, out.x1};
    std::swap(w, h);
  }
  return out;
}

std::string pdf_reader::producer() const {
  return decode_text_string(m_->doc->getDocInfoProducer().get());
}
std::string pdf_reader::creator() const {
  return decode_text_string(m_->doc->getDocInfoCreator().get());
}
std::string pdf_reader::title() const {
  return decode_text_string(m_->doc->getDocInfoTitle().get());
}

}  // namespace budgetpdf::detail
