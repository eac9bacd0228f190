// Boost-free facade: runs the separately compiled X3 rules and interprets their spans.
#include "grammar/cell_grammar.hpp"

#include "grammar/amount.hpp"
#include "grammar/code.hpp"
#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/heading.hpp"
#include "grammar/label.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace budgetpdf::detail {

namespace {

using grammar::iterator_type;

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0' || c == U'\u3000'; }

std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::u32string strip_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (!is_space(c)) out.push_back(c);
  return out;
}

bool contains(std::u32string_view s, std::u32string_view what) {
  return s.find(what) != std::u32string_view::npos;
}

bool ends_with(std::u32string_view s, std::u32string_view what) {
  return s.size() >= what.size() && s.substr(s.size() - what.size()) == what;
}

/// Digits are ASCII by construction of the rules.
std::string ascii(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) out.push_back(static_cast<char>(c));
  return out;
}

/// Runs `rule` over the whole of `text` (the rules anchor themselves with eoi where
/// they must). Expectation failures count as "no match"; diagnose() reports them.
template <class Rule, class Attr>
bool run(const Rule& rule, std::u32string_view text, Attr& attr) {
  iterator_type first = text.data();
  const iterator_type last = text.data() + text.size();
  try {
    return grammar::x3::parse(first, last, rule, attr);
  } catch (const grammar::x3::expectation_failure<iterator_type>&) {
    return false;
  }
}

template <class Rule>
bool run(const Rule& rule, std::u32string_view text) {
  iterator_type first = text.data();
  const iterator_type last = text.data() + text.size();
  try {
    return grammar::x3::parse(first, last, rule);
  } catch (const grammar::x3::expectation_failure<iterator_type>&) {
    return false;
  }
}

/// ast::number -> amount; nullopt if the digits do not fit in int64.
std::optional<amount> to_amount(const grammar::ast::number& n) {
  constexpr auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
  std::uint64_t m = 0;
  int scale = 0;
  auto add = [&](char32_t c) {
    if (c < U'0' || c > U'9') return true;
    auto d = std::uint64_t(c - U'0');
    if (m > (max - d) / 10) return false;
    m = m * 10 + d;
    return true;
  };
  for (char32_t c : n.integer)
    if (!add(c)) return std::nullopt;
  for (char32_t c : n.fraction) {
    if (c == U'.') continue;
    if (!add(c)) return std::nullopt;
    ++scale;
  }
  amount a;
  a.mantissa = n.sign == U"-" ? -std::int64_t(m) : std::int64_t(m);
  a.scale = scale;
  a.percent = n.percent;
  return a;
}

std::optional<grammar::ast::number> number_ast(std::u32string_view text) {
  grammar::ast::number n;
  iterator_type first = text.data();
  const iterator_type last = text.data() + text.size();
  try {
    if (grammar::x3::parse(first, last, grammar::number(), n) && first == last) return n;
  } catch (const grammar::x3::expectation_failure<iterator_type>&) {
  }
  return std::nullopt;
}

/// "万元" -> ten_thousand_yuan; recognized but unmodelled units -> unknown; else nullopt.
std::optional<unit> unit_value(std::u32string_view v) {
  if (v.starts_with(U"人民币")) v.remove_prefix(3);
  // A remark in brackets after the unit: "万元（保留两位小数）".
  if (!v.empty() && (v.back() == U'）' || v.back() == U')'))
    if (auto open = v.find_first_of(U"（("); open != std::u32string_view::npos && open > 0)
      v = v.substr(0, open);
  if (v == U"元") return unit::yuan;
  if (v == U"万元") return unit::ten_thousand_yuan;
  if (v == U"千元") return unit::thousand_yuan;
  if (v == U"亿元" || v == U"百万元" || v == U"十万元") return unit::unknown;
  return std::nullopt;
}

/// Drops one trailing close bracket that has no opening partner ("万元）" from "（单位：万元）").
std::u32string_view drop_unbalanced_close(std::u32string_view v) {
  if (v.empty() || (v.back() != U'）' && v.back() != U')')) return v;
  auto opens =
      std::count_if(v.begin(), v.end(), [](char32_t c) { return c == U'（' || c == U'('; });
  auto closes =
      std::count_if(v.begin(), v.end(), [](char32_t c) { return c == U'）' || c == U')'; });
  if (closes > opens) v.remove_suffix(1);
  return v;
}

std::optional<stage> stage_in(std::u32string_view s) {
  if (contains(s, U"决算")) return stage::final_accounts;
  if (contains(s, U"预算")) return stage::budget;
  return std::nullopt;
}

/// "上海市财政局部门预算公开" -> "上海市财政局": the text before a closing stage phrase.
std::optional<std::u32string> department_before_stage(std::u32string_view s) {
  static constexpr std::u32string_view tails[] = {U"",         U"公开",     U"信息公开", U"说明",
                                                  U"公开说明", U"情况说明", U"草案",     U"报告"};
  static constexpr std::u32string_view stages[] = {U"部门预算", U"部门决算", U"单位预算",
                                                   U"单位决算", U"预算",     U"决算"};
  for (auto tail : tails) {
    if (!ends_with(s, tail)) continue;
    auto head = s.substr(0, s.size() - tail.size());
    for (auto st : stages)
      if (ends_with(head, st)) {
        auto dept = trim(head.substr(0, head.size() - st.size()));
        if (dept.empty()) return std::nullopt;
        return std::u32string(dept);
      }
  }
  return std::nullopt;
}

bool is_sentence(std::u32string_view t) {
  return contains(t, U"。") || contains(t, U"，") || contains(t, U"；");
}

bool not_a_title(std::u32string_view t) {
  return contains(t, U"。") || contains(t, U"，") || contains(t, U"；") || contains(t, U"详见") ||
         contains(t, U"……") || contains(t, U"..") || contains(t, U"…");
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Amounts

std::optional<amount> parse_amount_text(std::u32string_view text) {
  auto n = number_ast(text);
  if (!n) return std::nullopt;
  return to_amount(*n);
}

std::optional<amount_cell> parse_amount_cell(std::u32string_view cell) {
  grammar::ast::amount_cell c;
  if (!run(grammar::amount_cell(), cell, c)) return std::nullopt;
  amount_cell out;
  switch (c.kind) {
    case 0:
      out.empty = true;
      break;
    case 1:
      out.dash = true;
      break;
    case 2:
      out.value = to_amount(c.value);
      if (!out.value) return std::nullopt;
      break;
    default:
      return std::nullopt;
  }
  return out;
}

bool is_decimal_tail(std::u32string_view cell) {
  std::u32string digits;
  return run(grammar::decimal_tail(), cell, digits);
}

bool is_wrapped_head(std::u32string_view cell) {
  auto n = number_ast(trim(cell));
  return n && n->fraction.empty() && !n->percent && to_amount(*n);
}

std::optional<amount> join_wrapped_amount(std::u32string_view head, std::u32string_view tail) {
  if (!is_wrapped_head(head) || !is_decimal_tail(tail)) return std::nullopt;
  std::u32string joined(trim(head));
  joined += trim(tail);
  return parse_amount_text(joined);
}

// ---------------------------------------------------------------------------------------
// Codes

std::optional<code_family> classify_code(std::string_view d) {
  if (d.size() != 3 && d.size() != 5 && d.size() != 7) return std::nullopt;
  std::u32string wide(d.begin(), d.end());
  if (!parse_code_cell(wide)) return std::nullopt;
  switch (d.front()) {
    case '2':
      return code_family::functional;
    case '3':
      return code_family::economic_department;
    case '5':
      return code_family::economic_government;
    default:
      return std::nullopt;
  }
}

std::optional<std::string> parse_code_cell(std::u32string_view cell) {
  std::u32string code;
  if (!run(grammar::code_cell(), cell, code)) return std::nullopt;
  return ascii(code);
}

std::optional<std::vector<std::string>> parse_code_parts(std::u32string_view cell) {
  std::vector<std::u32string> parts;
  if (!run(grammar::code_parts(), cell, parts)) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& p : parts) out.push_back(ascii(p));
  return out;
}

std::optional<std::string> join_code_parts(const std::vector<std::string>& parts) {
  if (parts.size() == 1 && parts[0].size() != 2) return parts[0];
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 3) return std::nullopt;
  std::string code = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].size() != 2) return std::nullopt;
    code += parts[i];
  }
  return code;
}

std::optional<leading_codes> parse_leading_codes(std::u32string_view cell) {
  grammar::ast::code_list list;
  if (!run(grammar::leading_codes(), cell, list)) return std::nullopt;
  leading_codes out;
  for (const auto& c : list.codes) out.codes.push_back(ascii(c));
  out.rest = std::u32string(trim(list.rest));
  return out;
}

std::optional<code_and_name> parse_code_glued(std::u32string_view cell) {
  auto lead = parse_leading_codes(cell);
  if (!lead || lead->rest.empty()) return std::nullopt;
  for (const auto& c : lead->codes)
    if (c.size() == 2) return std::nullopt;  // "01 行政运行" is a part, not a glued code
  code_and_name out;
  out.code = lead->codes.front();
  out.more_codes.assign(lead->codes.begin() + 1, lead->codes.end());
  out.name = std::move(lead->rest);
  return out;
}

// ---------------------------------------------------------------------------------------
// Ordinals, titles, unit lines, headings

std::optional<std::pair<ordinal, std::u32string>> parse_ordinal_prefix(std::u32string_view text) {
  grammar::ast::ordinal o;
  if (!run(grammar::ordinal_prefix(), text, o) || o.level < 0) return std::nullopt;
  return std::pair{ordinal{o.text, o.level}, std::u32string(trim(o.rest))};
}

namespace {

// A bracket group closing the title: a table number ("收入总表(预算表 2)", "收支总表（表一）")
// or a unit ("收支总表（单位：万元）") moves out of the title into its own field.
void take_trailing_bracket(title_info& out) {
  auto& t = out.title;
  static constexpr std::u32string_view closes = U"）)】〕]", opens = U"（(【〔[";
  const auto kind = t.empty() ? std::u32string_view::npos : closes.find(t.back());
  if (kind == std::u32string_view::npos) return;
  const auto open = t.find_last_of(opens[kind]);
  if (open == std::u32string::npos || open == 0) return;
  const std::u32string inner = t.substr(open + 1, t.size() - open - 2);
  grammar::ast::numbered_title nt;
  if (!out.number && run(grammar::numbered_title(), inner, nt) && strip_spaces(nt.title).empty()) {
    out.number = strip_spaces(nt.number);
    t.resize(open);
    return;
  }
  if (auto u = parse_unit_line(inner); u && u->declared && !u->department) {
    out.declared = u->declared;
    t.resize(open);
  }
}

// "…支出表 表5", "部门收支总表公开01表": a title with its number printed after it on the
// line. The shortest number at the end whose words before it read as a title.
bool split_trailing_number(std::u32string_view line, std::optional<std::u32string>& number,
                           std::u32string& title) {
  const auto text = trim(line);
  if (text.empty()) return false;
  const char32_t last = text.back();
  if (!((last >= U'0' && last <= U'9') || last == U'表' ||
        std::u32string_view(U"一二三四五六七八九十").find(last) != std::u32string_view::npos))
    return false;
  for (std::size_t k = text.size() - 1; k > 0 && text.size() - k <= 12; --k) {
    grammar::ast::numbered_title nt;
    if (!run(grammar::numbered_title(), text.substr(k), nt) || !strip_spaces(nt.title).empty())
      continue;
    std::u32string before;
    if (!run(grammar::plain_title(), text.substr(0, k), before)) continue;
    number = strip_spaces(nt.number);
    title = std::move(before);
    return true;
  }
  return false;
}

std::optional<title_info> parse_title_only(std::u32string_view line) {
  title_info out;
  grammar::ast::numbered_title nt;
  std::u32string plain;
  if (run(grammar::numbered_title(), line, nt)) {
    if (not_a_title(nt.title)) return std::nullopt;
    out.number = strip_spaces(nt.number);
    out.title = strip_spaces(nt.title);
  } else if (split_trailing_number(line, out.number, plain) ||
             run(grammar::plain_title(), line, plain)) {
    if (not_a_title(plain)) return std::nullopt;
    out.title = strip_spaces(plain);
    if (auto o = parse_ordinal_prefix(out.title); o && o->first.level > 0) {
      out.ordinal = o->first.text;
      out.title = o->second;
    }
    if (out.title.size() < 4 || ends_with(out.title, U"空表")) return std::nullopt;
  } else {
    return std::nullopt;
  }
  take_trailing_bracket(out);
  out.year = parse_year(out.title);
  return out;
}

// Where a unit line's key ("单位：", "金额单位：", "编制部门：") starts after a title ending
// in 表 or a bracket: at white space, or right after the title's last character.
// "…支出表（续）", "…（续表）", "表3 续", "续表：…支出表": the mark comes off the title.
void take_continuation_mark(title_info& out) {
  auto& t = out.title;
  for (std::u32string_view mark : {U"（续表）", U"(续表)", U"（续）", U"(续)", U"续表", U"续"})
    if (t.ends_with(mark) && (t.size() == mark.size() || mark.size() > 1 || t.ends_with(U"表续"))) {
      t.resize(t.size() - mark.size());
      out.continued = true;
      return;
    }
  for (std::u32string_view mark : {U"续表：", U"续表:", U"续："})
    if (t.starts_with(mark)) {
      t.erase(0, mark.size());
      out.continued = true;
      return;
    }
}

std::optional<title_info> split_unit_tail(std::u32string_view line) {
  const auto key = line.find(U"单位");
  const auto dept = line.find(U"部门：");
  if (key == std::u32string_view::npos && dept == std::u32string_view::npos) return std::nullopt;
  for (std::size_t p = 1; p < line.size(); ++p) {
    const char32_t before = line[p - 1];
    if (!(before == U' ' || before == U'表' || before == U'）' || before == U')')) continue;
    const auto tail = trim(line.substr(p));
    static constexpr std::u32string_view keys[] = {
        U"单位", U"金额单位", U"计量单位", U"编制单位", U"编制部门", U"部门", U"预算单位"};
    if (std::none_of(std::begin(keys), std::end(keys),
                     [&](std::u32string_view k) { return tail.starts_with(k); }))
      continue;
    auto unit = parse_unit_line(tail);
    if (!unit) continue;
    auto head = parse_title_only(line.substr(0, p));
    if (!head || (head->title.empty() && !head->number)) continue;
    if (unit->declared && !head->declared) head->declared = unit->declared;
    return head;
  }
  return std::nullopt;
}

}  // namespace

std::optional<title_info> parse_title_line(std::u32string_view line) {
  // "续表", "续表3", "续表 3": a continuation mark alone, with the table's number or not.
  const auto text = trim(line);
  if (text.starts_with(U"续表")) {
    const auto rest = strip_spaces(text.substr(2));
    if (rest.empty()) {
      title_info mark;
      mark.continued = true;
      return mark;
    }
    if (std::all_of(rest.begin(), rest.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      title_info mark;
      mark.number = U"表" + rest;
      mark.continued = true;
      return mark;
    }
  }
  // A title with its unit line printed after it on the same line ("2026年部门收支总表
  // 单位：万元"): the title from the words before, the unit from the rest.
  auto out = split_unit_tail(line);
  if (!out) out = parse_title_only(line);
  if (out) take_continuation_mark(*out);
  return out;
}

std::optional<unit_line> parse_unit_line(std::u32string_view line) {
  std::vector<grammar::ast::unit_entry> entries;
  if (!run(grammar::unit_entries(), line, entries)) return std::nullopt;
  unit_line out;
  bool keyed = false;
  for (const auto& e : entries) {
    if (is_sentence(e.value)) return std::nullopt;
    if (e.key.empty()) continue;
    keyed = true;
    auto value = drop_unbalanced_close(trim(e.value));
    bool unit_key = e.key == U"金额单位" || e.key == U"计量单位" || e.key == U"单位";
    if (auto u = unit_value(value); u && unit_key) {
      if (!out.declared) out.declared = *u;
    } else if (e.key != U"金额单位" && e.key != U"计量单位" && !value.empty()) {
      if (!out.department) out.department = std::u32string(value);
    }
  }
  if (!keyed) return std::nullopt;
  return out;
}

std::optional<int> parse_year(std::u32string_view text) {
  std::u32string digits;
  if (!run(grammar::year_search(), text, digits)) return std::nullopt;
  return std::stoi(ascii(digits));
}

std::optional<doc_heading> parse_document_heading(std::u32string_view line) {
  doc_heading out;
  grammar::ast::heading h;
  auto text = trim(line);
  if (run(grammar::heading(), text, h)) {
    out.year = std::stoi(ascii(h.year));
    auto before = trim(h.before);
    auto after = trim(h.after);
    out.st = stage_in(after);
    if (!out.st) out.st = stage_in(before);
    if (!before.empty())
      out.department = std::u32string(before);
    else
      out.department = department_before_stage(after);
  } else {
    out.st = stage_in(text);
    if (!out.st) return std::nullopt;
    out.department = department_before_stage(text);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Row labels

bool is_numbering_cell(std::u32string_view cell) {
  std::u32string number;
  return run(grammar::numbering_cell(), cell, number);
}

bool is_numbering_row(const std::vector<std::u32string>& cells) {
  int expected = 0, numbers = 0, first = 0, marks = 0;
  bool label = false, may_restart = true;
  for (const auto& cell : cells) {
    const auto text = trim(cell);
    if (text.empty()) continue;
    std::u32string number;
    if (!run(grammar::numbering_cell(), cell, number)) return false;
    if (number.empty()) {
      label = may_restart = true;
      marks += text == U"**" || text == U"*" || text == U"\u203B";
      continue;
    }
    int n = std::stoi(ascii(number));
    if (numbers == 0) first = n;
    if (!(numbers == 0 || n == expected || (may_restart && n == 1))) return false;
    expected = n + 1;
    may_restart = false;
    ++numbers;
  }
  // A row of nothing but ※ (or the asterisks standing for it), one under each column: the
  // template's numbering row without numbers.
  return (numbers > 0 && (label || (numbers >= 2 && first == 1))) || (numbers == 0 && marks >= 2);
}

bool is_total_label(std::u32string_view cell) {
  auto text = trim(cell);
  auto o = parse_ordinal_prefix(text);  // keeps the rest alive while `text` views it
  if (o && o->first.level > 0) text = o->second;
  grammar::ast::total_label t;
  return run(grammar::total_label(), text, t) && t.prefix.size() <= 16;
}

bool is_empty_table_note(std::u32string_view text) { return run(grammar::empty_note(), text); }

// ---------------------------------------------------------------------------------------
// Failures

std::string_view describe_rule(cell_rule rule) {
  switch (rule) {
    case cell_rule::amount:
      return "an amount like 1,343.76";
    case cell_rule::amount_cell:
      return "an amount like 1,343.76, a dash or an empty cell";
    case cell_rule::decimal_tail:
      return "a wrapped decimal tail like .81";
    case cell_rule::code_cell:
      return "a classification code like 201, 20106, 2010601 or a part like 06";
    case cell_rule::code_parts:
      return "classification code parts like 201 06 01";
    case cell_rule::code_glued:
      return "a classification code and a name, like 2010601-行政运行";
    case cell_rule::ordinal_prefix:
      return "an item number like 一、, （一）, 1. or （1）";
    case cell_rule::title_line:
      return "a table title like 表1 部门收支总表";
    case cell_rule::unit_line:
      return "a unit line like 编制部门：X 单位：万元";
    case cell_rule::document_heading:
      return "a heading like X2024年部门预算";
    case cell_rule::numbering_cell:
      return "a column number like 栏次 or 1";
    case cell_rule::total_label:
      return "a total label like 合计 or 收入总计";
    case cell_rule::empty_table_note:
      return "a note like 本表无数据";
  }
  return "";
}

namespace {

bool accepts(cell_rule rule, std::u32string_view text) {
  switch (rule) {
    case cell_rule::amount:
      return parse_amount_text(text).has_value();
    case cell_rule::amount_cell:
      return parse_amount_cell(text).has_value();
    case cell_rule::decimal_tail:
      return is_decimal_tail(text);
    case cell_rule::code_cell:
      return parse_code_cell(text).has_value();
    case cell_rule::code_parts:
      return parse_code_parts(text).has_value();
    case cell_rule::code_glued:
      return parse_code_glued(text).has_value();
    case cell_rule::ordinal_prefix:
      return parse_ordinal_prefix(text).has_value();
    case cell_rule::title_line:
      return parse_title_line(text).has_value();
    case cell_rule::unit_line:
      return parse_unit_line(text).has_value();
    case cell_rule::document_heading:
      return parse_document_heading(text).has_value();
    case cell_rule::numbering_cell:
      return is_numbering_cell(text);
    case cell_rule::total_label:
      return is_total_label(text);
    case cell_rule::empty_table_note:
      return is_empty_table_note(text);
  }
  return false;
}

/// For amounts the grammar can say more: which sub-rule an expectation wanted, or how far
/// a valid amount reached before something else followed ("12.3.4", "1,343.76万").
void locate_amount_failure(std::u32string_view text, cell_failure& f) {
  auto body = text;
  std::size_t offset = 0;
  while (!body.empty() && is_space(body.front())) body.remove_prefix(1), ++offset;
  iterator_type first = body.data();
  const iterator_type last = body.data() + body.size();
  grammar::ast::number n;
  try {
    if (grammar::x3::parse(first, last, grammar::number(), n)) {
      if (!to_amount(n)) {
        f.expected = "an amount that fits in 64 bits";
        return;
      }
      f.column = offset + std::size_t(first - body.data()) + 1;
    }
  } catch (const grammar::x3::expectation_failure<iterator_type>& e) {
    f.expected = grammar::describe_rule_name(e.which());
    f.column = offset + std::size_t(e.where() - body.data()) + 1;
  }
}

}  // namespace

std::optional<cell_failure> diagnose(cell_rule rule, std::u32string_view text) {
  if (accepts(rule, text)) return std::nullopt;
  cell_failure f;
  f.expected = std::string(describe_rule(rule));
  if (rule == cell_rule::amount || rule == cell_rule::amount_cell) locate_amount_failure(text, f);
  f.message = "expected " + f.expected;
  if (f.column > 1) f.message += " at column " + std::to_string(f.column);
  f.message += " in \"" + to_utf8(text) + "\"";
  return f;
}

std::string describe_failure(cell_rule rule, std::u32string_view text) {
  auto f = diagnose(rule, text);
  return f ? f->message : std::string();
}

}  // namespace budgetpdf::detail
