// The model stage against the hand-checked truth files: codes rebuilt from each way a page
// may print them, and column keys that never collide within a block.
#include "model/column_key.hpp"
#include "model/hierarchy.hpp"
#include "model/table_kind.hpp"
#include "test_paths.hpp"

#include <budgetpdf/amount.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

using json = nlohmann::json;
using budgetpdf::detail::printed_code;
using budgetpdf::detail::resolve_hierarchy;

namespace {

struct truth_block {
  std::string where;  // file, table title, block index
  std::vector<std::optional<std::string>> codes;
  std::vector<std::vector<std::optional<budgetpdf::amount>>> values;
  std::vector<std::vector<std::string>> columns;
};

std::vector<truth_block> load_blocks() {
  const auto dir = budgetpdf::test::require_shared() / "truth";
  std::vector<truth_block> out;
  std::set<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".json") files.insert(e.path());
  for (const auto& path : files) {
    std::ifstream in(path);
    const json doc = json::parse(in);
    for (const auto& t : doc.at("tables")) {
      std::size_t bi = 0;
      for (const auto& b : t.at("blocks")) {
        truth_block tb;
        tb.where = path.filename().string() + " / " + t.at("title").get<std::string>() + " / " +
                   std::to_string(bi++);
        for (const auto& c : b.at("columns"))
          tb.columns.push_back(c.get<std::vector<std::string>>());
        for (const auto& r : b.at("rows")) {
          const auto& c = r.at("code");
          tb.codes.push_back(c.is_null() ? std::nullopt
                                         : std::optional<std::string>(c.get<std::string>()));
          std::vector<std::optional<budgetpdf::amount>> vals;
          for (const auto& v : r.at("values"))
            vals.push_back(v.is_null() ? std::nullopt
                                       : budgetpdf::parse_amount(v.get<std::string>()));
          tb.values.push_back(std::move(vals));
        }
        out.push_back(std::move(tb));
      }
    }
  }
  return out;
}

bool digit_code(const std::optional<std::string>& c) {
  return c && !c->empty() && (*c)[0] >= '0' && (*c)[0] <= '9' &&
         (c->size() == 3 || c->size() == 5 || c->size() == 7);
}

// Every code's parent is the latest code printed at the parent's level, and no code repeats:
// the page could have printed each level's own part only.
bool well_nested(const truth_block& b) {
  std::map<std::size_t, std::string> latest;  // by length
  std::set<std::string> seen;
  bool any = false;
  for (const auto& c : b.codes) {
    if (!c) continue;
    if (!digit_code(c)) return false;
    any = true;
    if (!seen.insert(*c).second) return false;
    if (c->size() > 3 && latest[c->size() - 2] != c->substr(0, c->size() - 2)) return false;
    latest[c->size()] = *c;
    for (std::size_t len = c->size() + 2; len <= 7; len += 2) latest.erase(len);
  }
  return any;
}

std::string own_part(const std::string& c) { return c.size() == 3 ? c : c.substr(c.size() - 2); }

std::u32string to_u32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (int k = 1; k < n && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

}  // namespace

TEST_CASE("truth codes survive every way of printing them") {
  const auto blocks = load_blocks();
  REQUIRE(!blocks.empty());
  int nested = 0, rows_checked = 0, guessed_with_amounts = 0, guessed_without_amounts = 0,
      wrong_without_amounts = 0;
  for (const auto& b : blocks) {
    // Printed in full: taken as is, parent = code minus its last level.
    std::vector<printed_code> full;
    for (const auto& c : b.codes)
      full.push_back({c ? std::vector<std::string>{*c} : std::vector<std::string>{}, {}, {}, {}});
    const auto rf = resolve_hierarchy(full);
    for (std::size_t i = 0; i < b.codes.size(); ++i) {
      CHECK_MESSAGE(rf.rows[i].code == b.codes[i], b.where, " row ", i);
      if (digit_code(b.codes[i]) && b.codes[i]->size() > 3)
        CHECK_MESSAGE(rf.rows[i].parent == b.codes[i]->substr(0, b.codes[i]->size() - 2), b.where);
    }
    if (!well_nested(b)) continue;
    ++nested;

    std::vector<printed_code> columns, parts, parts_bare;
    for (std::size_t i = 0; i < b.codes.size(); ++i) {
      printed_code col, part, bare;
      if (const auto& c = b.codes[i]) {
        const std::size_t level = (c->size() - 3) / 2;
        col.parts.assign(c->size() == 3 || (*c)[0] == '2' || c->size() == 7 ? 3 : 2, "");
        if (col.parts.size() <= level) col.parts.resize(level + 1);
        col.parts[level] = own_part(*c);
        part.parts = {own_part(*c)};
        bare.parts = part.parts;
      }
      part.values = b.values[i];
      columns.push_back(col);
      parts.push_back(part);
      parts_bare.push_back(bare);
    }
    const auto rc = resolve_hierarchy(columns);
    const auto rp = resolve_hierarchy(parts);
    const auto rb = resolve_hierarchy(parts_bare);
    std::set<std::size_t> flagged_bare;
    for (const auto& n : rb.notes) flagged_bare.insert(n.row);
    CHECK_MESSAGE(rc.notes.empty(), b.where);
    // With amounts, a guess remains only where the amounts are silent (empty 款 and 项);
    // readings the amounts decided against the printing order are reported as such.
    for (const auto& n : rp.notes) {
      if (n.diag.code == budgetpdf::diagnostic_code::code_level_by_amounts) continue;
      CHECK_MESSAGE(n.diag.code == budgetpdf::diagnostic_code::code_level_guessed, b.where, " row ",
                    n.row);
      CHECK_MESSAGE(n.diag.message.find("fit both readings") != std::string::npos, b.where);
      ++guessed_with_amounts;
    }
    for (std::size_t i = 0; i < b.codes.size(); ++i) {
      ++rows_checked;
      CHECK_MESSAGE(rc.rows[i].code == b.codes[i], b.where, " row ", i, " (columns)");
      CHECK_MESSAGE(rp.rows[i].code == b.codes[i], b.where, " row ", i, " (own parts, amounts)");
      // Without amounts a reading may be wrong, but never silently so.
      if (rb.rows[i].code != b.codes[i]) {
        ++wrong_without_amounts;
        CHECK_MESSAGE(flagged_bare.count(i) == 1, b.where, " row ", i, " misread unflagged");
      }
    }
    guessed_without_amounts += static_cast<int>(rb.notes.size());
  }
  MESSAGE("blocks ", blocks.size(), ", well nested ", nested, ", rows checked ", rows_checked,
          "; with amounts: ", guessed_with_amounts,
          " guesses, 0 wrong; without amounts: ", guessed_without_amounts, " guesses, ",
          wrong_without_amounts, " wrong");
  CHECK(nested >= 20);
  CHECK(guessed_with_amounts * 10 < rows_checked);
}

TEST_CASE("truth headers: keys never collide within a block, and most columns get one") {
  const auto blocks = load_blocks();
  REQUIRE(!blocks.empty());
  int columns = 0, keyed = 0;
  for (const auto& b : blocks) {
    std::vector<std::vector<std::u32string>> paths;
    for (const auto& c : b.columns) {
      std::vector<std::u32string> p;
      for (const auto& s : c) p.push_back(to_u32(s));
      paths.push_back(std::move(p));
    }
    const auto keys = budgetpdf::detail::column_keys(paths, budgetpdf::table_kind::other);
    REQUIRE(keys.size() == paths.size());
    std::set<std::string> seen;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      ++columns;
      if (keys[i].empty()) continue;
      ++keyed;
      CHECK_MESSAGE(seen.insert(keys[i]).second, b.where, " column ", i, " key ", keys[i]);
    }
  }
  MESSAGE("columns ", columns, ", keyed ", keyed);
  CHECK(keyed * 10 >= columns * 8);
}

TEST_CASE("what a column measures: scores and weights are never money (family f89)") {
  using budgetpdf::column_measure;
  using budgetpdf::detail::measure_of;
  CHECK(measure_of({"分值"}) == column_measure::count);
  CHECK(measure_of({"得分"}) == column_measure::count);
  CHECK(measure_of({"分值权重（90分）"}) == column_measure::rate);
  CHECK(measure_of({"指标权重(%)"}) == column_measure::rate);
  CHECK(measure_of({"全年执行数"}) == column_measure::money);
  CHECK(measure_of({"合计"}) == column_measure::money);
}
