// Hostile PDFs made from nothing, for the robustness tests and docs/robustness.md: each one
// small, each aimed at one limit (time, memory, unreadable text, rendering). Header-only so
// that tests/robustness_test.cpp and tools/make_hostile.cpp share it.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace budgetpdf::hostile {

/// A PDF of `objects` (object i+1 is objects[i]) with a correct cross-reference table.
/// Object 1 must be the catalog.
inline std::string assemble(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    const std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<</Size " + std::to_string(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

inline std::string stream(const std::string& data) {
  return "<</Length " + std::to_string(data.size()) + ">>\nstream\n" + data + "\nendstream";
}

/// One page (595 x 842 pt) with `content`, font /F1 = `font` (object 5) and `extra` objects
/// from 6 on.
inline std::string one_page(const std::string& content, const std::string& font,
                            const std::vector<std::string>& extra = {},
                            const std::string& media_box = "0 0 595 842") {
  std::vector<std::string> objects = {"<</Type/Catalog/Pages 2 0 R>>",
                                      "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                      "<</Type/Page/Parent 2 0 R/MediaBox[" + media_box +
                                          "]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
                                      stream(content), font};
  objects.insert(objects.end(), extra.begin(), extra.end());
  return assemble(objects);
}

inline const char* helvetica = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";

/// `words` two-letter words scattered over one page, each placed on its own: poppler's word
/// building (TextPage::coalesce) takes time that grows faster than the number of words.
inline std::string word_bomb(std::size_t words) {
  std::string s = "BT /F1 2 Tf\n";
  char buf[96];
  for (std::size_t i = 0; i < words; ++i) {
    std::snprintf(buf, sizeof buf, "1 0 0 1 %.2f %.2f Tm (ab) Tj\n",
                  10 + double((i * 7309) % 57000) / 100, 10 + double((i * 3119) % 82000) / 100);
    s += buf;
  }
  s += "ET";
  return one_page(s, helvetica);
}

/// A few hundred bytes whose only object claims the number 30,000,000 and whose
/// cross-reference table is missing: poppler rebuilds the table and sizes it for 30 million
/// entries (1.2 GB) unless refused first.
inline std::string xref_bomb(unsigned long object_number = 30000000) {
  const std::string n = std::to_string(object_number);
  return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
         "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n" +
         n + " 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}

/// CID font descriptor objects for a Type0 font (object 5) with Identity-H encoding whose
/// descendant (object 6, descriptor 7) has Identity ordering, and `to_unicode` (object 8)
/// if not empty.
inline std::vector<std::string> identity_font_objects(const std::string& to_unicode,
                                                      std::string& font) {
  font = "<</Type/Font/Subtype/Type0/BaseFont/Hostile/Encoding/Identity-H/DescendantFonts[6 0 R]" +
         std::string(to_unicode.empty() ? "" : "/ToUnicode 8 0 R") + ">>";
  std::vector<std::string> extra = {
      "<</Type/Font/Subtype/CIDFontType2/BaseFont/Hostile/CIDSystemInfo<</Registry(Adobe)"
      "/Ordering(Identity)/Supplement 0>>/FontDescriptor 7 0 R/DW 600>>",
      "<</Type/FontDescriptor/FontName/Hostile/Flags 4/FontBBox[0 0 1000 1000]/ItalicAngle 0"
      "/Ascent 800/Descent -200/CapHeight 700/StemV 80>>"};
  if (!to_unicode.empty()) extra.push_back(stream(to_unicode));
  return extra;
}

/// A page of budget-table-like lines (a title, then rows of codes, names and amounts) drawn
/// in an Identity-H CID font without a ToUnicode map: every glyph maps to no text.
inline std::string unmapped_font(int rows = 30) {
  std::string font;
  const auto extra = identity_font_objects("", font);
  std::string s = "BT /F1 10 Tf\n";
  char buf[160];
  for (int r = 0; r < rows; ++r) {
    // Glyph numbers as codes: what a subset font without ToUnicode draws.
    std::snprintf(buf, sizeof buf,
                  "1 0 0 1 60 %d Tm <0021002200230024002500260027> Tj "
                  "1 0 0 1 300 %d Tm <0031003200330034> Tj\n",
                  780 - 20 * r, 780 - 20 * r);
    s += buf;
  }
  s += "ET";
  return one_page(s, font, extra);
}

/// The same page with a ToUnicode map that sends every code to the private-use area.
inline std::string private_use_font(int rows = 30) {
  std::string font;
  const auto extra = identity_font_objects(
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hostile def "
      "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <00FF> "
      "<E000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end",
      font);
  std::string s = "BT /F1 10 Tf\n";
  char buf[160];
  for (int r = 0; r < rows; ++r) {
    std::snprintf(buf, sizeof buf, "1 0 0 1 60 %d Tm <0021002200230024> Tj\n", 780 - 20 * r);
    s += buf;
  }
  s += "ET";
  return one_page(s, font, extra);
}

/// A letter-like page: `lines` lines of readable text (Helvetica, /F1) under a letterhead
/// rule drawn as `rule_glyphs` glyphs of a font whose ToUnicode map sends them to the
/// private-use area (/F2), as some government documents print theirs.
inline std::string letterhead_rule(int lines = 12, int rule_glyphs = 40) {
  std::string pua_font;
  auto extra = identity_font_objects(
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Rule def "
      "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <00FF> "
      "<E000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end",
      pua_font);
  std::string s = "BT /F2 10 Tf 1 0 0 1 60 800 Tm <";
  for (int i = 0; i < rule_glyphs; ++i) s += "0021";
  s += "> Tj ET\nBT /F1 10 Tf\n";
  char buf[128];
  for (int l = 0; l < lines; ++l) {
    std::snprintf(buf, sizeof buf, "1 0 0 1 60 %d Tm (A letter about nothing in particular.) Tj\n",
                  760 - 16 * l);
    s += buf;
  }
  s += "ET";
  std::vector<std::string> objects = {
      "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
      "/Resources<</Font<</F1 9 0 R/F2 5 0 R>>>>>>",
      stream(s), pua_font};
  objects.insert(objects.end(), extra.begin(), extra.end());  // objects 6-8
  objects.push_back(helvetica);                               // object 9
  return assemble(objects);
}

/// One page of `inches` x `inches` (14,400 is the largest a PDF may declare) with a line of
/// text: rendering it at any dpi is billions of pixels.
inline std::string huge_page(double inches = 14400) {
  const std::string side = std::to_string(static_cast<long>(inches * 72));
  return one_page("BT /F1 12 Tf 72 72 Td (huge) Tj ET", helvetica, {}, "0 0 " + side + " " + side);
}

/// An A3 portrait page (842 x 1191 pt) with a line of text: at 2400 dpi, 28,000 x 39,700
/// pixels.
inline std::string a3_page() {
  return one_page("BT /F1 12 Tf 72 1100 Td (A3) Tj ET", helvetica, {}, "0 0 842 1191");
}

/// Every hostile input by file name, for tools/make_hostile.
inline std::vector<std::pair<std::string, std::string>> all() {
  return {{"word_bomb_5k.pdf", word_bomb(5000)},
          {"word_bomb_10k.pdf", word_bomb(10000)},
          {"word_bomb_20k.pdf", word_bomb(20000)},
          {"word_bomb_40k.pdf", word_bomb(40000)},
          {"xref_bomb.pdf", xref_bomb()},
          {"unmapped_font.pdf", unmapped_font()},
          {"private_use_font.pdf", private_use_font()},
          {"letterhead_rule.pdf", letterhead_rule()},
          {"a3_page.pdf", a3_page()},
          {"huge_page.pdf", huge_page()}};
}

}  // namespace budgetpdf::hostile
