// check_document(): parents against children, totals against top-level rows, column
// identities, 收入总计 = 支出总计 and identities between tables, in exact decimals.
#include <budgetpdf/check.hpp>

#include "base/decimal.hpp"
#include "model/column_key.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace budgetpdf {

namespace {

using wide = detail::wide_int;
using detail::decimal_text;
using detail::summed_columns;

using outcome = check_result::outcome;

// ---------------------------------------------------------------------------------------
// Exact arithmetic

wide pow10(int n) {
  wide p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

struct evaluation {
  outcome result = outcome::holds;
  std::string actual;
  std::string tolerance;
  bool expected_empty = false;  ///< the printed figure's cell is empty
  bool parts_empty = false;     ///< every part's cell is empty
};

// `expected` against the sum of `parts`. An empty cell counts as zero and brings no
// rounding. Nothing to check (all empty, a percentage, a scale beyond 12) -> nullopt.
std::optional<evaluation> evaluate(const std::optional<amount>& expected,
                                   const std::vector<std::optional<amount>>& parts) {
  int scale = expected ? expected->scale : 0;
  bool any_part = false;
  for (const auto& p : parts) {
    if (!p) continue;
    any_part = true;
    scale = std::max(scale, p->scale);
    if (p->percent) return std::nullopt;
  }
  if (!expected && !any_part) return std::nullopt;
  if ((expected && (expected->percent || expected->scale < 0)) || scale > 12) return std::nullopt;
  // Work at scale + 1 so half a unit of any printed decimal is a whole number.
  const int work = scale + 1;
  auto at_work = [&](const amount& a) { return wide(a.mantissa) * pow10(work - a.scale); };
  auto half_unit = [&](const amount& a) { return 5 * pow10(scale - a.scale); };
  wide sum = 0, tol = 0;
  for (const auto& p : parts) {
    if (!p || p->scale < 0) continue;
    sum += at_work(*p);
    tol += half_unit(*p);
  }
  wide want = 0;
  if (expected) {
    want = at_work(*expected);
    tol += half_unit(*expected);
  }
  evaluation e;
  e.expected_empty = !expected;
  e.parts_empty = !any_part;
  // The sum printed at the scale of the figures (it is a multiple of 10 at `work`).
  e.actual = decimal_text(sum / 10, scale);
  e.tolerance = decimal_text(tol, work);
  const wide diff = want > sum ? want - sum : sum - want;
  e.result = diff == 0     ? outcome::holds
             : diff <= tol ? outcome::holds_within_rounding
                           : outcome::fails;
  return e;
}

// ---------------------------------------------------------------------------------------
// Names and labels

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

const std::set<std::string, std::less<>>& total_labels() {
  static const std::set<std::string, std::less<>> s{
      "合计",     "总计",     "支出合计",     "支出总计",     "收入合计",
      "收入总计", "本年合计", "本年支出合计", "本年收入合计", "合计数"};
  return s;
}

bool is_total_row(const row& r) { return !r.code && total_labels().count(r.name) > 0; }

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_classification_code(const std::optional<std::string>& code) {
  return code && is_digits(*code) && (code->size() == 3 || code->size() == 5 || code->size() == 7);
}

// The name interpretation gives a table in its diagnostics.
std::string table_key(const table& t) { return t.number ? *t.number : t.title; }

// The name shown: the number, else the title, else where it is.
// A numbering row (栏次 1 2 3 …, or "**" / "※" with numbers) printed under the header:
// not data.
bool is_numbering_row(const row& r) {
  if (r.code) return false;
  if (r.name == "栏次" || r.name == "行次") return true;
  std::int64_t expect = 0;
  int present = 0;
  for (const auto& v : r.values) {
    if (!v) continue;
    if (v->scale != 0 || v->percent || (present > 0 && v->mantissa != expect)) return false;
    expect = v->mantissa + 1;
    ++present;
  }
  if (present >= 2) return true;
  std::string_view n = r.name;
  for (std::string_view mark : {"*", "※", "＊"})
    while (starts_with(n, mark)) n.remove_prefix(mark.size());
  return n.empty() && !r.name.empty();
}

std::string table_label(const table& t) {
  std::string s = table_key(t);
  if (s.empty())
    s = "(untitled table, page " +
        (t.pages.empty() ? std::string("?") : std::to_string(t.pages.front())) + ")";
  return s;
}

std::string row_label(const row& r) { return r.code ? *r.code + " " + r.name : r.name; }

// Rows printed alike in everything (code, further codes, name and figures), each where it
// stands on its own: not one printing read twice.
bool printed_alike(const row& a, const row& b) {
  const bool apart = a.page != b.page || a.where.y1 <= b.where.y0 || b.where.y1 <= a.where.y0;
  return apart && a.code == b.code && a.other_codes == b.other_codes && a.name == b.name &&
         a.values == b.values;
}

// The rows that repeat an earlier row of the list in everything printed: a page printing one
// row twice, which no misreading makes.
std::vector<const row*> printed_twice(const std::vector<const row*>& rows) {
  std::vector<const row*> out;
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (printed_alike(*rows[i], *rows[j])) {
        out.push_back(rows[i]);
        break;
      }
  return out;
}

// Whether two of the rows carry the same code and the same further codes, the rows printed
// twice (printed_twice of the same list) aside. Rows keyed by a functional code together
// with economic codes (one row per code pair) repeat the functional code by design; only a
// repeated key hints at a misread row.
bool repeats_a_key(const std::vector<const row*>& rows, const std::vector<const row*>& twice) {
  std::set<std::vector<std::string>> keys;
  for (const row* r : rows) {
    if (std::find(twice.begin(), twice.end(), r) != twice.end()) continue;
    std::vector<std::string> key{r->code.value_or("")};
    key.insert(key.end(), r->other_codes.begin(), r->other_codes.end());
    if (!keys.insert(std::move(key)).second) return true;
  }
  return false;
}

// " (2199901 其他支出 printed twice alike)" for the rows printed twice, or "".
std::string printed_twice_text(const std::vector<const row*>& twice) {
  std::string names;
  for (const row* r : twice) names += (names.empty() ? "" : ", ") + row_label(*r);
  return names.empty() ? "" : " (" + names + " printed twice alike)";
}

std::string column_label(const column& c) {
  std::string s;
  for (const auto& h : c.header) s += (s.empty() ? "" : "/") + h;
  return s.empty() ? c.key : s;
}

std::optional<amount> cell(const row& r, std::size_t col) {
  return col < r.values.size() ? r.values[col] : std::nullopt;
}

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// ---------------------------------------------------------------------------------------
// Extraction doubt: diagnostics of layout and interpretation near the rows involved

// Diagnostics that put the reading of the rows they point at in doubt.
bool row_doubt(diagnostic_code code) {
  using enum diagnostic_code;
  return code == unparsed_cell || code == code_level_guessed || code == code_without_class ||
         code == code_carry_failed || code == unrecognized_code;
}

// Of those, the ones that put the block's code structure (which rows are children) in doubt.
bool structure_doubt(diagnostic_code code) {
  using enum diagnostic_code;
  return code == code_level_guessed || code == code_without_class || code == code_carry_failed;
}

// Diagnostics that put the reading of their whole page in doubt: an amount that no cell
// holds may belong to any row there; a page cut off at a limit lost rows.
bool page_doubt(diagnostic_code code) {
  using enum diagnostic_code;
  return code == amount_outside_cells || code == page_truncated;
}

bool overlaps_vertically(const box& a, const box& b) {
  const bool a_zero = a.x0 == 0 && a.x1 == 0 && a.y0 == 0 && a.y1 == 0;
  const bool b_zero = b.x0 == 0 && b.x1 == 0 && b.y0 == 0 && b.y1 == 0;
  if (a_zero || b_zero) return true;  // unknown position: same page is all we know
  return a.y0 < b.y1 && b.y0 < a.y1;
}

class doubt_finder {
 public:
  doubt_finder(const document& doc, const table& t) : name_(table_key(t)) {
    for (const auto& d : doc.diagnostics) {
      if (!d.table.empty() && d.table != name_) continue;
      if (row_doubt(d.code) && !d.table.empty()) row_diags_.push_back(&d);
      if (page_doubt(d.code)) page_diags_.push_back(&d);
    }
  }

  // Why the rows' reading is in doubt, "" if it is not. `structure`: the check depends on
  // which rows are children (any code-level doubt in the block counts).
  std::string why(const std::vector<const row*>& rows, const block& b, bool structure) const {
    for (const diagnostic* d : row_diags_) {
      for (const row* r : rows)
        if (r->page == d->at.page && overlaps_vertically(r->where, d->at.where))
          return std::string(diagnostic_code_name(d->code)) + " on page " +
                 std::to_string(d->at.page) + ": " + d->message;
    }
    if (structure) {
      for (const diagnostic* d : row_diags_) {
        if (!structure_doubt(d->code)) continue;
        for (const row& r : b.rows)
          if (r.page == d->at.page && overlaps_vertically(r.where, d->at.where))
            return std::string(diagnostic_code_name(d->code)) + " in this block on page " +
                   std::to_string(d->at.page) + ": " + d->message;
      }
    }
    for (const diagnostic* d : page_diags_) {
      for (const row* r : rows)
        if (r->page == d->at.page)
          return std::string(diagnostic_code_name(d->code)) + " on page " +
                 std::to_string(d->at.page) + ": " + d->message;
    }
    return {};
  }

 private:
  std::string name_;
  std::vector<const diagnostic*> row_diags_;
  std::vector<const diagnostic*> page_diags_;
};

// OCR values read with less confidence than this put a failing sum over them in doubt
// (docs/ocr.md): Tesseract gives clean printed digits 90 and more.
constexpr float ocr_doubt_confidence = 80;

// Why an OCR reading of the cells a check involves is in doubt, naming the cell; "" if none
// is. The cells: column `col` of each row, or every value of the rows with `whole_rows`
// (column identities and balances compare columns).
std::string ocr_doubt(const block& b, const std::vector<const row*>& rows, std::size_t col,
                      bool whole_rows) {
  for (const row* r : rows) {
    if (r->source != value_source::ocr) continue;
    for (std::size_t c = 0; c < r->values.size(); ++c) {
      if ((!whole_rows && c != col) || !r->values[c]) continue;
      // -1: no printed word was matched to the value.
      const float conf =
          c < r->confidence.size() && r->confidence[c] ? r->confidence[c].value() : -1.0f;
      if (conf >= ocr_doubt_confidence) continue;
      const std::string where =
          "row " + row_label(*r) + ", column " +
          (c < b.columns.size() ? column_label(b.columns[c]) : std::to_string(c + 1)) + ", page " +
          std::to_string(r->page);
      if (conf < 0)
        return "OCR read " + r->values[c]->text() + " at " + where +
               " and its printed word was not found";
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.0f", double(conf));
      return "OCR read " + r->values[c]->text() + " at " + where + " with confidence " + buf;
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------------
// The checker

// whole = parts; where `narrower` is given, whole = narrower is the reading tried when the
// parts do not add up (identity_finder::siblings_of).
struct identity {
  std::size_t whole;
  std::vector<std::size_t> parts, narrower;
};

// The column identities of one block: by canonical key, within one key prefix
// ("budget.total" = "budget.basic" + "budget.project"), and a 小计 column = its siblings.
class identity_finder {
 public:
  identity_finder(const table& t, const block& b) : t_(t), b_(b) {
    std::set<std::string> repeated;
    for (std::size_t i = 0; i < b.columns.size(); ++i) {
      const auto& k = b.columns[i].key;
      if (k.empty()) unkeyed_ = true;
      if (k.empty()) continue;
      if (!by_key_.emplace(k, i).second) repeated.insert(k);
    }
    for (const auto& k : repeated) by_key_.erase(k);
    keyed();
    subtotals();
  }

  std::vector<identity> identities;
  std::set<std::size_t> split_groups;  // 小计 columns whose group continues in another block

 private:
  using column_index = std::optional<std::size_t>;

  column_index find(const std::string& prefix, const std::string& leaf) const {
    auto it = by_key_.find(prefix.empty() ? leaf : prefix + "." + leaf);
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
  }

  void add(column_index whole, std::vector<column_index> parts, std::size_t min_parts,
           std::vector<std::size_t> extra = {}) {
    if (!whole) return;
    std::vector<std::size_t> present;
    for (auto p : parts)
      if (p) present.push_back(*p);
    if (present.size() < min_parts) return;
    std::vector<std::size_t> narrower;
    if (!extra.empty()) {
      narrower = present;
      present.insert(present.end(), extra.begin(), extra.end());
      std::sort(present.begin(), present.end());
    }
    if (done_.insert({*whole, present}).second)
      identities.push_back({*whole, present, std::move(narrower)});
  }

  // Columns printed beside 基本支出 and 项目支出 at the same header level and under the same
  // group (单位预留机动经费, 结转下年资金, 上缴上级支出): further parts of the total. Not
  // 其中 columns, nor a second total.
  std::vector<std::size_t> siblings_of(column_index whole, column_index basic,
                                       column_index project) const {
    std::vector<std::size_t> out;
    if (!whole || !basic || !project) return out;
    const auto& h = b_.columns[*basic].header;
    if (h.empty() || b_.columns[*project].header.size() != h.size()) return out;
    for (std::size_t j = 0; j < b_.columns.size(); ++j) {
      if (j == *whole || j == *basic || j == *project) continue;
      const auto& g = b_.columns[j].header;
      if (g.size() != h.size() || !std::equal(h.begin(), h.end() - 1, g.begin())) continue;
      if (starts_with(g.back(), "其中") || g.back() == "合计" || g.back() == "小计" ||
          g.back() == "总计")
        continue;
      out.push_back(j);
    }
    return out;
  }

  void keyed() {
    std::set<std::string> prefixes{""};
    for (const auto& [k, i] : by_key_)
      for (std::size_t dot = k.find('.'); dot != std::string::npos; dot = k.find('.', dot + 1))
        prefixes.insert(k.substr(0, dot));
    const bool basic_table =
        t_.kind == table_kind::general_budget_basic || t_.kind == table_kind::basic_expenditure;
    for (const auto& p : prefixes) {
      // The whole of a prefix is "<p>.total", or "<p>" itself ("general_budget" beside
      // "general_budget.basic").
      auto whole = find(p, "total");
      if (!whole && !p.empty()) {
        auto it = by_key_.find(p);
        if (it != by_key_.end()) whole = it->second;
      }
      add(whole, {find(p, "basic"), find(p, "project")}, 2,
          siblings_of(whole, find(p, "basic"), find(p, "project")));
      add(find(p, "basic"), {find(p, "personnel"), find(p, "public_use")}, 2);
      if (basic_table && !find(p, "basic") && !find(p, "project"))
        add(whole, {find(p, "personnel"), find(p, "public_use")}, 2);
      // 财政拨款 = its three funds: all three printed, or two where every column is keyed.
      add(find(p, "fiscal_appropriation"),
          {find(p, "general_budget"), find(p, "gov_fund"), find(p, "state_capital")},
          unkeyed_ ? 3 : 2);
      add(find(p, "three_public"), {find(p, "outbound"), find(p, "reception"), find(p, "vehicles")},
          3);
      add(find(p, "vehicles"), {find(p, "vehicle_purchase"), find(p, "vehicle_operation")}, 2);
      if (t_.kind == table_kind::three_public && !find(p, "three_public") && !find(p, "meeting") &&
          !find(p, "training") && !find(p, "operating_costs"))
        add(whole, {find(p, "outbound"), find(p, "reception"), find(p, "vehicles")}, 3);
    }
  }

  // A 小计 column = the other columns under the same header group, where none of them is a
  // "其中" (of which) column.
  void subtotals() {
    for (std::size_t i = 0; i < b_.columns.size(); ++i) {
      const auto& h = b_.columns[i].header;
      if (h.size() < 2 || (h.back() != "小计" && h.back() != "合计")) continue;
      std::vector<std::size_t> siblings;
      const bool partial = !siblings_under(h, i, siblings);
      // The group's columns continue in another block of the table: the layout split them.
      for (const auto& other : t_.blocks) {
        if (&other == &b_) continue;
        for (const auto& c : other.columns)
          if (c.header.size() >= h.size() && std::equal(h.begin(), h.end() - 1, c.header.begin()))
            split_groups.insert(i);
      }
      if (!partial && siblings.size() >= 2) {
        std::vector<column_index> parts(siblings.begin(), siblings.end());
        add(i, parts, 2);
      }
    }
  }

  // The columns beside 小计 column `i` (header `h`) under the same group; false when the
  // group cannot be summed (a 其中 column, two totals, a deeper group without its 小计).
  bool siblings_under(const std::vector<std::string>& h, std::size_t i,
                      std::vector<std::size_t>& siblings) const {
    std::set<std::string> groups;
    bool whole = true;
    for (std::size_t j = 0; j < b_.columns.size(); ++j) {
      const auto& g = b_.columns[j].header;
      if (j == i || g.size() < h.size() || !std::equal(h.begin(), h.end() - 1, g.begin())) continue;
      if (starts_with(g[h.size() - 1], "其中")) whole = false;
      if (g.size() == h.size()) {
        if (g.back() == "小计" || g.back() == "合计") whole = false;  // two totals: unclear
        siblings.push_back(j);
        continue;
      }
      // A deeper group counts through its own 小计 column, which must be printed.
      const std::string& group = g[h.size() - 1];
      if (!groups.insert(group).second) continue;
      std::optional<std::size_t> sub;
      for (std::size_t k = 0; k < b_.columns.size(); ++k) {
        const auto& q = b_.columns[k].header;
        if (q.size() == h.size() + 1 && std::equal(h.begin(), h.end() - 1, q.begin()) &&
            q[h.size() - 1] == group && (q.back() == "小计" || q.back() == "合计"))
          sub = k;
      }
      if (sub)
        siblings.push_back(*sub);
      else
        whole = false;
    }
    return whole;
  }

  const table& t_;
  const block& b_;
  std::map<std::string, std::size_t> by_key_;
  bool unkeyed_ = false;
  std::set<std::pair<std::size_t, std::vector<std::size_t>>> done_;
};

class checker {
 public:
  explicit checker(const document& doc) : doc_(doc) {}

  check_summary run() {
    for (std::size_t ti = 0; ti < doc_.tables.size(); ++ti) {
      const table& t = doc_.tables[ti];
      // An untitled table right after this one may be its continuation, split off by the
      // layout: the rows that complete a parent may be there.
      continuation_.clear();
      if (ti + 1 < doc_.tables.size()) {
        const table& n = doc_.tables[ti + 1];
        if (!n.number && n.title.empty() && !n.empty)
          continuation_ = "an untitled table follows (" + table_label(n) +
                          "), possibly this table's continuation split off";
      }
      table_check tc;
      tc.table = table_label(t);
      tc.kind = t.kind;
      for (const auto& b : t.blocks)
        for (const auto& r : b.rows)
          if (is_classification_code(r.code)) tc.classification = true;
      out_.tables.push_back(tc);
      if (t.empty) continue;
      current_ = out_.tables.size() - 1;
      const doubt_finder doubts(doc_, t);
      for (std::size_t k = 0; k < t.blocks.size();) {
        const std::size_t end = continued_panels(t, k);
        if (end == k + 1) {
          children_sums(t, t.blocks[k], doubts);
        } else {
          block panels = t.blocks[k];
          for (std::size_t j = k + 1; j < end; ++j)
            panels.rows.insert(panels.rows.end(), t.blocks[j].rows.begin(), t.blocks[j].rows.end());
          children_sums(t, panels, doubts);
        }
        for (std::size_t j = k; j < end; ++j) {
          total_sums(t, t.blocks[j], doubts);
          column_identities(t, t.blocks[j], doubts);
        }
        k = end;
      }
      balance(t, doubts);
    }
    current_ = SIZE_MAX;
    continuation_.clear();
    systematic_failures();
    cross_tables();
    return std::move(out_);
  }

 private:
  struct figure {
    const table* t = nullptr;
    const block* b = nullptr;
    const row* r = nullptr;
    std::size_t col = 0;
    std::optional<amount> value() const { return cell(*r, col); }
  };

  // Records one check of `expected` (row `er`, column `ec`) against `parts`.
  void record(check_kind kind, const table& t, const block& b, const row& er, std::size_t ec,
              const std::vector<std::optional<amount>>& parts, const std::string& parts_text,
              const std::vector<const row*>& rows, const doubt_finder* doubts, bool structure,
              std::size_t table_index) {
    auto e = evaluate(cell(er, ec), parts);
    if (!e) return;
    check_result c;
    c.kind = kind;
    c.result = e->result;
    c.table = table_label(t);
    c.row = row_label(er);
    c.column = ec < b.columns.size() ? column_label(b.columns[ec]) : std::to_string(ec + 1);
    c.page = er.page;
    c.expected = cell(er, ec) ? cell(er, ec)->text() : "";
    c.actual = e->actual;
    c.tolerance = e->tolerance;
    c.parts = parts_text;
    if (c.result == outcome::fails) {
      if (e->expected_empty)
        c.doubt = "the cell is empty while its parts are not";
      else if (e->parts_empty)
        c.doubt = "every part's cell is empty";
      else if (doubts)
        c.doubt = doubts->why(rows, b, structure);
      if (c.doubt.empty()) {
        std::vector<const row*> cells = rows;
        if (std::find(cells.begin(), cells.end(), &er) == cells.end()) cells.push_back(&er);
        c.doubt = ocr_doubt(b, cells, ec,
                            kind != check_kind::children_sum && kind != check_kind::total_sum);
      }
      if (c.doubt.empty() && structure) c.doubt = continuation_;
    }
    const std::string where =
        c.table + ", row " + c.row + ", column " + c.column + ", page " + std::to_string(c.page);
    const std::string shown = c.expected.empty() ? "(empty)" : c.expected;
    switch (c.result) {
      case outcome::holds:
        c.message = where + ": " + shown + " = " + parts_text;
        break;
      case outcome::holds_within_rounding:
        c.message = where + ": printed " + shown + ", " + parts_text + " sum to " + c.actual +
                    " (within the rounding bound " + c.tolerance + ")";
        break;
      case outcome::fails:
        c.message = where + ": printed " + shown + ", but " + parts_text + " sum to " + c.actual +
                    " (beyond the rounding bound " + c.tolerance + ")" +
                    (c.doubt.empty() ? "" : "; reading in doubt: " + c.doubt);
        break;
    }
    count(c, table_index);
    out_.results.push_back(std::move(c));
    result_table_.push_back(table_index);
  }

  // A document's own errors are rare and isolated. An identity that fails on most of the
  // rows it was checked on, in one column of one table, says more about the reading (a
  // column taken for another, parts that are not what the header suggests) than about the
  // document: those failures are extraction doubts.
  void systematic_failures() {
    struct tally {
      int checked = 0, failed = 0;
    };
    using key = std::tuple<std::size_t, check_kind, std::string>;
    std::map<key, tally> groups;
    auto key_of = [&](std::size_t i) {
      const auto& c = out_.results[i];
      return key{result_table_[i], c.kind, c.column};
    };
    for (std::size_t i = 0; i < out_.results.size(); ++i) {
      auto& g = groups[key_of(i)];
      ++g.checked;
      if (out_.results[i].result == outcome::fails) ++g.failed;
    }
    for (std::size_t i = 0; i < out_.results.size(); ++i) {
      auto& c = out_.results[i];
      if (c.result != outcome::fails || !c.doubt.empty()) continue;
      const auto& g = groups[key_of(i)];
      if (g.failed < 3 || 2 * g.failed < g.checked) continue;
      c.doubt = std::string(check_kind_name(c.kind)) + " fails on " + std::to_string(g.failed) +
                " of the " + std::to_string(g.checked) + " rows checked in column " + c.column +
                ": a systematic misreading (or parts other than the header suggests) is more " +
                "likely than as many errors in the document";
      c.message += "; reading in doubt: " + c.doubt;
      --out_.document_errors;
      ++out_.extraction_doubts;
      const std::size_t t = result_table_[i];
      if (t < out_.tables.size()) {
        --out_.tables[t].document_errors;
        ++out_.tables[t].extraction_doubts;
      }
    }
  }

  void count(const check_result& c, std::size_t table_index) {
    auto bump = [&](table_check* tc) {
      if (!tc) return;
      ++tc->checks;
      switch (c.result) {
        case outcome::holds:
          ++tc->holds;
          break;
        case outcome::holds_within_rounding:
          ++tc->holds_within_rounding;
          break;
        case outcome::fails:
          ++(c.doubt.empty() ? tc->document_errors : tc->extraction_doubts);
          break;
      }
    };
    switch (c.result) {
      case outcome::holds:
        ++out_.holds;
        break;
      case outcome::holds_within_rounding:
        ++out_.holds_within_rounding;
        break;
      case outcome::fails:
        ++(c.doubt.empty() ? out_.document_errors : out_.extraction_doubts);
        break;
    }
    bump(table_index < out_.tables.size() ? &out_.tables[table_index] : nullptr);
  }

  // The end of the run of blocks from `first` that are panels of one list: side by side,
  // the same columns, no classification code in two of them (公用经费 continued in a third
  // panel: 302 in the second, 30213 … in the third). Parents and children are checked over
  // the run.
  static std::size_t continued_panels(const table& t, std::size_t first) {
    std::set<std::string> codes;
    const auto add_codes = [&codes](const block& b) {
      for (const auto& r : b.rows)
        if (is_classification_code(r.code) && !codes.insert(*r.code).second) return false;
      return true;
    };
    add_codes(t.blocks[first]);
    const auto same_columns = [](const block& a, const block& b) {
      if (a.columns.empty() || a.columns.size() != b.columns.size()) return false;
      for (std::size_t c = 0; c < a.columns.size(); ++c)
        if (a.columns[c].header != b.columns[c].header) return false;
      return true;
    };
    std::size_t end = first + 1;
    while (end < t.blocks.size() && same_columns(t.blocks[first], t.blocks[end]) &&
           add_codes(t.blocks[end]))
      ++end;
    return end;
  }

  // Each parent row = the sum of the rows whose parent it is, column by column. A row whose
  // parent is not printed (301 → 3010201 with no 30102 row) counts under its nearest
  // printed ancestor.
  void children_sums(const table& t, const block& b, const doubt_finder& doubts) {
    const auto summed = summed_columns(b.columns);
    std::map<std::string, std::vector<const row*>> by_code, kids;
    for (const auto& r : b.rows)
      if (is_classification_code(r.code)) by_code[*r.code].push_back(&r);
    for (const auto& r : b.rows) {
      if (!is_classification_code(r.code) || !r.parent) continue;
      std::string ancestor = *r.parent;
      while (!by_code.count(ancestor) && ancestor.size() > 3) ancestor.resize(ancestor.size() - 2);
      kids[ancestor].push_back(&r);
    }
    for (const auto& [parent, children] : kids) {
      auto it = by_code.find(parent);
      if (it == by_code.end() || it->second.size() != 1) continue;  // unprinted or ambiguous
      const row& p = *it->second.front();
      std::string parts_text;
      std::set<std::string> seen;
      for (const row* c : children)
        if (seen.insert(*c->code).second)
          parts_text += (parts_text.empty() ? "" : " + ") + *c->code;
      const auto twice = printed_twice(children);
      if (!twice.empty())
        parts_text += printed_twice_text(twice);
      else if (children.size() > seen.size())
        parts_text += " (rows repeated)";
      std::vector<const row*> rows{&p};
      rows.insert(rows.end(), children.begin(), children.end());
      const std::string saved = continuation_;
      if (repeats_a_key(children, twice))
        continuation_ = "child codes repeat in the block (several sections or units?)";
      for (std::size_t col = 0; col < b.columns.size(); ++col) {
        if (!summed[col]) continue;
        std::vector<std::optional<amount>> parts;
        for (const row* c : children) parts.push_back(cell(*c, col));
        record(check_kind::children_sum, t, b, p, col, parts, "the children " + parts_text, rows,
               &doubts, true, current_);
      }
      continuation_ = saved;
    }
  }

  // A 合计/总计 row = the sum of the block's top-level coded rows (those with no ancestor
  // printed in the block). Only where every coded row carries a classification code and
  // exactly one total row is printed.
  void total_sums(const table& t, const block& b, const doubt_finder& doubts) {
    std::set<std::string> codes;
    std::vector<const row*> totals;
    for (const auto& r : b.rows) {
      if (r.code && !is_classification_code(r.code)) return;
      if (r.code) codes.insert(*r.code);
      if (is_total_row(r)) totals.push_back(&r);
    }
    if (codes.empty() || totals.size() != 1) return;
    std::vector<const row*> roots;
    for (const auto& r : b.rows) {
      if (!r.code) continue;
      bool has_ancestor = false;
      for (std::size_t n : {3u, 5u})
        if (n < r.code->size() && codes.count(r.code->substr(0, n))) has_ancestor = true;
      if (!has_ancestor) roots.push_back(&r);
    }
    std::string parts_text;
    std::set<std::string> seen;
    for (const row* r : roots)
      if (seen.insert(*r->code).second) parts_text += (parts_text.empty() ? "" : " + ") + *r->code;
    if (roots.size() > 8) parts_text = std::to_string(roots.size()) + " top-level rows";
    const auto twice = printed_twice(roots);
    parts_text += printed_twice_text(twice);
    std::vector<const row*> rows{totals.front()};
    rows.insert(rows.end(), roots.begin(), roots.end());
    const std::string saved = continuation_;
    if (repeats_a_key(roots, twice))
      continuation_ = "a top-level code is printed on several rows (a misread code?)";
    const auto summed = summed_columns(b.columns);
    for (std::size_t col = 0; col < b.columns.size(); ++col) {
      if (!summed[col]) continue;
      std::vector<std::optional<amount>> parts;
      for (const row* r : roots) parts.push_back(cell(*r, col));
      record(check_kind::total_sum, t, b, *totals.front(), col, parts,
             "the top-level rows " + parts_text, rows, &doubts, true, current_);
    }
    continuation_ = saved;
  }

  // Column identities (identity_finder), checked row by row.
  void column_identities(const table& t, const block& b, const doubt_finder& doubts) {
    const identity_finder found(t, b);
    for (const auto& id : found.identities)
      check_identity(t, b, id, found.split_groups.count(id.whole) > 0, doubts);
  }

  void check_identity(const table& t, const block& b, const identity& id, bool split,
                      const doubt_finder& doubts) {
    auto text_of = [&](const std::vector<std::size_t>& parts) {
      std::string s;
      for (auto p : parts) s += (s.empty() ? "" : " + ") + column_label(b.columns[p]);
      return s;
    };
    for (const auto& r : b.rows) {
      if (is_numbering_row(r)) continue;
      auto values_of = [&](const std::vector<std::size_t>& parts) {
        std::vector<std::optional<amount>> values;
        for (auto p : parts) values.push_back(cell(r, p));
        return values;
      };
      // The reading under which the row adds up: every part, or the narrower one.
      const std::vector<std::size_t>* parts = &id.parts;
      if (!id.narrower.empty()) {
        auto wide = evaluate(cell(r, id.whole), values_of(id.parts));
        auto narrow = evaluate(cell(r, id.whole), values_of(id.narrower));
        if (wide && wide->result == outcome::fails && narrow && narrow->result != outcome::fails)
          parts = &id.narrower;
      }
      const std::string saved = continuation_;
      if (split)
        continuation_ = "the columns under " + column_label(b.columns[id.whole]) +
                        " continue in another block of the table (split by the layout)";
      record(check_kind::column_identity, t, b, r, id.whole, values_of(*parts), text_of(*parts),
             {&r}, &doubts, split, current_);
      continuation_ = saved;
    }
  }

  // 收支总表 / 财政拨款收支总表: 收入总计 = 支出总计 (first amount column of each side).
  void balance(const table& t, const doubt_finder& doubts) {
    if (t.kind != table_kind::revenue_expenditure_summary && t.kind != table_kind::fiscal_summary)
      return;
    const row* in = nullptr;
    const row* out = nullptr;
    const block* out_block = nullptr;
    for (const auto& b : t.blocks) {
      for (const auto& r : b.rows) {
        if (r.code || !ends_with(r.name, "总计")) continue;
        if (r.name == "收入总计" ||
            (r.name == "总计" && b.label && b.label->find("收入") != std::string::npos))
          in = &r;
        if (r.name == "支出总计" ||
            (r.name == "总计" && b.label && b.label->find("支出") != std::string::npos)) {
          out = &r;
          out_block = &b;
        }
      }
    }
    if (!in || !out || in == out) return;
    record(check_kind::balance, t, *out_block, *out, 0, {cell(*in, 0)}, "收入总计 " + in->name,
           {in, out}, &doubts, false, current_);
  }

  // The total row of a table of `kind` and its column keyed by one of `keys`.
  // With `label`, only a block whose label contains it (收入 | 支出 parts).
  std::optional<figure> total_figure(table_kind kind, const std::vector<std::string>& keys,
                                     int* tables_of_kind, const std::string& label = {}) const {
    std::optional<figure> found;
    *tables_of_kind = 0;
    for (const auto& t : doc_.tables) {
      if (t.kind != kind || t.empty) continue;
      ++*tables_of_kind;
      for (const auto& b : t.blocks) {
        if (!label.empty() && (!b.label || b.label->find(label) == std::string::npos)) continue;
        const row* total = nullptr;
        int totals = 0;
        for (const auto& r : b.rows)
          if (is_total_row(r)) {
            total = &r;
            ++totals;
          }
        if (totals != 1) continue;
        for (const auto& k : keys) {
          for (std::size_t i = 0; i < b.columns.size(); ++i)
            if (b.columns[i].key == k && !found) found = figure{&t, &b, total, i};
        }
      }
    }
    return found;
  }

  // Figures that two standard tables print both: compared only where each kind occurs once.
  void cross_tables() {
    struct rule {
      table_kind a;
      std::vector<std::string> a_keys;
      table_kind b;
      std::vector<std::string> b_keys;
      std::string b_label = {};  // the block of b to read, by label ("" = any)
    };
    const std::vector<rule> rules{
        // 一般公共预算支出表: its 基本支出 = the 一般公共预算基本支出表's total, its 人员经费
        // and 公用经费 = that table's; its total = the 经济分类 table's total.
        {table_kind::general_budget_functional,
         {"basic", "general_budget.basic"},
         table_kind::general_budget_basic,
         {"basic", "total"}},
        {table_kind::general_budget_functional,
         {"personnel"},
         table_kind::general_budget_basic,
         {"personnel"}},
        {table_kind::general_budget_functional,
         {"public_use"},
         table_kind::general_budget_basic,
         {"public_use"}},
        {table_kind::general_budget_functional,
         {"total", "general_budget"},
         table_kind::general_budget_economic,
         {"total"}},
        // 收支总表 against the 收入 and 支出 tables: each side's single total (a summary
        // printing 本年收入合计 and 收入总计 has two, and is not compared).
        {table_kind::revenue_summary,
         {"total"},
         table_kind::revenue_expenditure_summary,
         {"budget", "total", "final"},
         "收入"},
        {table_kind::expenditure_summary,
         {"total"},
         table_kind::revenue_expenditure_summary,
         {"budget", "total", "final"},
         "支出"},
        // 一般公共预算支出表's total = the 财政拨款收支总表's 一般公共预算 expenditure.
        {table_kind::general_budget_functional,
         {"total", "general_budget"},
         table_kind::fiscal_summary,
         {"general_budget"},
         "支出"},
    };
    for (const auto& ru : rules) {
      int na = 0, nb = 0;
      auto fa = total_figure(ru.a, ru.a_keys, &na);
      auto fb = total_figure(ru.b, ru.b_keys, &nb, ru.b_label);
      if (!fa || !fb || na != 1 || nb != 1) continue;
      std::size_t index = 0;
      for (; index < doc_.tables.size(); ++index)
        if (&doc_.tables[index] == fa->t) break;
      const doubt_finder doubts(doc_, *fa->t);
      const doubt_finder doubts_b(doc_, *fb->t);
      std::string why_b = doubts_b.why({fb->r}, *fb->b, false);
      const std::string parts_text =
          table_label(*fb->t) + " " + fb->r->name + " " + column_label(fb->b->columns[fb->col]);
      const std::size_t before = out_.results.size();
      record(check_kind::cross_table, *fa->t, *fa->b, *fa->r, fa->col, {fb->value()}, parts_text,
             {fa->r}, &doubts, false, index);
      if (out_.results.size() > before && !why_b.empty() &&
          out_.results.back().result == outcome::fails && out_.results.back().doubt.empty()) {
        // Re-count as a doubt: the other table's reading is in doubt.
        auto& c = out_.results.back();
        --out_.document_errors;
        --out_.tables[index].document_errors;
        c.doubt = why_b;
        c.message += "; reading in doubt: " + why_b;
        ++out_.extraction_doubts;
        ++out_.tables[index].extraction_doubts;
      }
    }
  }

  const document& doc_;
  check_summary out_;
  std::vector<std::size_t> result_table_;  // table index of each result
  std::size_t current_ = SIZE_MAX;
  std::string continuation_;
};

}  // namespace

const char* check_outcome_name(check_result::outcome o) noexcept {
  switch (o) {
    case outcome::holds:
      return "holds";
    case outcome::holds_within_rounding:
      return "holds_within_rounding";
    case outcome::fails:
      return "fails";
  }
  return "fails";
}

check_summary check_document(const document& doc) { return checker(doc).run(); }

const char* check_kind_name(check_kind k) noexcept {
  switch (k) {
    case check_kind::children_sum:
      return "children-sum";
    case check_kind::total_sum:
      return "total-sum";
    case check_kind::column_identity:
      return "column-identity";
    case check_kind::balance:
      return "balance";
    case check_kind::cross_table:
      return "cross-table";
  }
  return "children-sum";
}

std::vector<diagnostic> check_diagnostics(const check_summary& summary) {
  std::vector<diagnostic> out;
  for (const auto& c : summary.results) {
    if (c.result == outcome::holds) continue;
    diagnostic d;
    if (c.result == outcome::holds_within_rounding) {
      d.level = diagnostic::severity::info;
      d.code = diagnostic_code::sum_holds_within_rounding;
    } else {
      d.level = diagnostic::severity::warning;
      d.code = c.doubt.empty() ? diagnostic_code::sum_fails
                               : diagnostic_code::sum_fails_extraction_doubt;
    }
    d.message = std::string(check_kind_name(c.kind)) + ": " + c.message;
    d.at.page = c.page;
    d.table = c.table;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace budgetpdf
