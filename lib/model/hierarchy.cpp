// Rebuilding classification codes: full codes, split columns, carried-down levels and
// runs of partial codes placed by hints, arithmetic and rule.
#include "model/hierarchy.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace budgetpdf::detail {

namespace {

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ---------------------------------------------------------------------------------------------
// Amounts as integers, per column at the column's finest printed scale
// ---------------------------------------------------------------------------------------------

struct row_values {
  bool known = false;
  std::vector<std::int64_t> v;
};

struct value_table {
  std::vector<bool> excluded;  // percentage columns take no part in sums
  std::vector<row_values> rows;
  bool nonnegative = true;  // every known amount >= 0: sums may prune early
};

bool scale_up(std::int64_t m, int by, std::int64_t& out) {
  for (int i = 0; i < by; ++i)
    if (__builtin_mul_overflow(m, 10, &m)) return false;
  out = m;
  return true;
}

value_table make_values(const std::vector<printed_code>& rows) {
  value_table t;
  std::size_t ncols = 0;
  for (const auto& r : rows) ncols = std::max(ncols, r.values.size());
  t.excluded.assign(ncols, false);
  std::vector<int> scale(ncols, 0);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.values.size(); ++c)
      if (r.values[c]) {
        if (r.values[c]->percent) t.excluded[c] = true;
        scale[c] = std::max(scale[c], r.values[c]->scale);
      }
  t.rows.resize(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& vals = rows[i].values;
    if (vals.empty()) continue;
    row_values rv;
    rv.known = true;
    rv.v.assign(ncols, 0);
    for (std::size_t c = 0; c < vals.size() && rv.known; ++c) {
      if (!vals[c] || t.excluded[c]) continue;
      if (!scale_up(vals[c]->mantissa, scale[c] - vals[c]->scale, rv.v[c])) rv.known = false;
      if (rv.v[c] < 0) t.nonnegative = false;
    }
    if (rv.known) t.rows[i] = std::move(rv);
  }
  return t;
}

// A running sum of children.
struct accumulator {
  std::vector<std::int64_t> sum;
  int n = 0;
  bool unknown = false;

  void add(const row_values* r) {
    ++n;
    if (!r || !r->known) {
      unknown = true;
      return;
    }
    if (sum.size() < r->v.size()) sum.resize(r->v.size(), 0);
    for (std::size_t c = 0; c < r->v.size(); ++c)
      if (__builtin_add_overflow(sum[c], r->v[c], &sum[c])) unknown = true;
  }
};

// Tolerance of a sum of n printed (rounded) addends: one unit of the last decimal each.
std::int64_t tolerance(const accumulator& a) { return std::max(1, a.n); }

// Does the parent's amount equal the children's sum? Unknown amounts fit anything.
bool matches(const row_values* parent, const accumulator& a, const value_table& t) {
  if (!parent || !parent->known || a.unknown) return true;
  const std::int64_t tol = tolerance(a);
  for (std::size_t c = 0; c < parent->v.size(); ++c) {
    if (t.excluded[c]) continue;
    const std::int64_t s = c < a.sum.size() ? a.sum[c] : 0;
    std::int64_t d = 0;
    if (__builtin_sub_overflow(parent->v[c], s, &d)) return false;
    if (d > tol || d < -tol) return false;
  }
  return true;
}

// Has the children's sum gone past the parent (only meaningful without negative amounts)?
bool exceeds(const row_values* parent, const accumulator& a, const value_table& t) {
  if (!t.nonnegative || !parent || !parent->known || a.unknown) return false;
  const std::int64_t tol = tolerance(a);
  for (std::size_t c = 0; c < parent->v.size() && c < a.sum.size(); ++c)
    if (!t.excluded[c] && a.sum[c] > parent->v[c] + tol) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// What a row prints
// ---------------------------------------------------------------------------------------------

enum class shape { none, full, opaque, partial, positional };

struct analysed {
  shape kind = shape::none;
  std::string code;                 // full / opaque / partial (2 or 4 digits)
  std::vector<std::string> cols;    // positional: normalized column texts
  std::vector<std::string> others;  // further classifications
};

bool positional_shape(const std::vector<std::string>& cols) {
  if (cols.size() < 2 || cols.size() > 3) return false;
  bool any = false;
  for (std::size_t j = 0; j < cols.size(); ++j) {
    if (cols[j].empty()) continue;
    any = true;
    if (!is_digits(cols[j]) || cols[j].size() != (j == 0 ? 3u : 2u)) return false;
  }
  return any;
}

analysed analyse(const printed_code& p) {
  analysed a;
  std::vector<std::string> cols;
  for (const auto& s : p.parts) cols.push_back(normalize_code_text(s));
  if (positional_shape(cols)) {
    a.kind = shape::positional;
    a.cols = std::move(cols);
    return a;
  }
  std::vector<std::string> codes;
  for (auto& c : cols)
    if (!c.empty()) codes.push_back(std::move(c));
  if (codes.empty()) return a;
  a.code = codes.front();
  a.others.assign(codes.begin() + 1, codes.end());
  if (!is_digits(a.code))
    a.kind = shape::opaque;
  else if (a.code.size() == 3 || a.code.size() == 5 || a.code.size() == 7)
    a.kind = shape::full;
  else if (a.code.size() == 2 || a.code.size() == 4)
    a.kind = shape::partial;
  else
    a.kind = shape::opaque;
  return a;
}

// ---------------------------------------------------------------------------------------------
// Where the block stands: the current 类 and 款 and what has been summed under them
// ---------------------------------------------------------------------------------------------

struct context {
  std::string last_code;  // the previous full digit code
  std::string cls;
  const row_values* cls_val = nullptr;
  accumulator cls_children;
  std::string cls_last_kuan;  // own part of the last 款 under cls
  std::string kuan;
  const row_values* kuan_val = nullptr;
  accumulator kuan_children;
  std::string kuan_last_item;

  void enter(const std::string& code, const row_values* val) {
    if (code.size() != 3 && (cls.empty() || code.compare(0, 3, cls) != 0))
      enter(code.substr(0, 3), nullptr);  // a 类 not printed: its amount is unknown
    last_code = code;
    if (code.size() == 3) {
      cls = code;
      cls_val = val;
      cls_children = {};
      cls_last_kuan.clear();
      kuan.clear();
      kuan_val = nullptr;
      kuan_children = {};
      kuan_last_item.clear();
      return;
    }
    if (code.size() == 5) {
      cls_children.add(val);
      cls_last_kuan = code.substr(3, 2);
      kuan = code;
      kuan_val = val;
      kuan_children = {};
      kuan_last_item.clear();
      return;
    }
    if (code.compare(0, 5, kuan) != 0 || kuan.empty()) {
      cls_children.add(nullptr);  // a 款 not printed: its amount is unknown
      cls_last_kuan = code.substr(3, 2);
      kuan = code.substr(0, 5);
      kuan_val = nullptr;
      kuan_children = {};
      kuan_last_item.clear();
    }
    kuan_children.add(val);
    kuan_last_item = code.substr(5, 2);
  }
};

// ---------------------------------------------------------------------------------------------
// Placing a run of 2-digit parts
// ---------------------------------------------------------------------------------------------

enum choice : int { unset = 0, as_kuan = 1, as_item = 2 };

struct run_problem {
  std::vector<std::string> parts;
  std::vector<const row_values*> vals;
  std::vector<int> forced;  // choice fixed by depth or indentation, else unset
  std::string cls;
  const row_values* cls_val = nullptr;
  accumulator cls_children;
  std::string cls_last_kuan;
  bool has_kuan = false;
  std::string kuan;
  const row_values* kuan_val = nullptr;
  accumulator kuan_children;
  std::string kuan_last_item;
  std::string next_code;  // the code (or its known prefix) of the row after the run
  bool next_is_boundary = true;
  bool next_is_item_only = false;  // next row fills only the 项 column
  bool economic = false;
};

struct run_config {
  bool arithmetic = true;
  bool order = true;
};

class run_solver {
 public:
  run_solver(const run_problem& p, const value_table& t) : p_(p), t_(t) {}

  // The first reading (in order of preference) that fits; none if none does.
  std::optional<std::vector<int>> solve(run_config cfg, const std::vector<int>& forced,
                                        bool* capped = nullptr) {
    cfg_ = cfg;
    forced_ = &forced;
    nodes_ = 0;
    capped_ = false;
    choice_.assign(p_.parts.size(), unset);
    used_.clear();
    state s;
    s.has_kuan = p_.has_kuan;
    s.kuan = p_.kuan;
    s.kuan_val = p_.kuan_val;
    s.kuan_children = p_.kuan_children;
    s.kuan_last_item = p_.kuan_last_item;
    s.cls_children = p_.cls_children;
    s.cls_last_kuan = p_.cls_last_kuan;
    const bool ok = dfs(0, s);
    if (capped) *capped = capped_;
    if (!ok) return std::nullopt;
    return choice_;
  }

 private:
  struct state {
    bool has_kuan = false;
    std::string kuan;
    const row_values* kuan_val = nullptr;
    accumulator kuan_children;
    std::string kuan_last_item;
    accumulator cls_children;
    std::string cls_last_kuan;
  };

  static constexpr long node_cap = 20000;

  bool closable(const state& s) const {
    return !s.has_kuan || s.kuan_children.n == 0 || !cfg_.arithmetic ||
           matches(s.kuan_val, s.kuan_children, t_);
  }

  bool end_ok(const state& s) const {
    if (p_.next_is_item_only) return true;
    if (!p_.next_is_boundary && p_.next_code.size() == 7 && s.has_kuan &&
        p_.next_code.compare(0, 5, s.kuan) == 0)
      return true;
    if (!closable(s)) return false;
    if (p_.next_is_boundary && cfg_.arithmetic) return matches(p_.cls_val, s.cls_children, t_);
    return true;
  }

  bool used(const std::string& code) const {
    return std::find(used_.begin(), used_.end(), code) != used_.end();
  }

  bool dfs(std::size_t k, const state& s) {
    if (++nodes_ > node_cap) {
      capped_ = true;
      return false;
    }
    if (k == p_.parts.size()) return end_ok(s);
    const int order[2] = {p_.economic ? as_kuan : as_item, p_.economic ? as_item : as_kuan};
    const std::string& part = p_.parts[k];
    for (int opt : order) {
      if ((*forced_)[k] != unset && (*forced_)[k] != opt) continue;
      state t = s;
      std::string code;
      if (opt == as_kuan) {
        if (!closable(s)) continue;
        if (cfg_.order && !s.cls_last_kuan.empty() && part <= s.cls_last_kuan) continue;
        code = p_.cls + part;
        t.cls_children.add(p_.vals[k]);
        if (cfg_.arithmetic && exceeds(p_.cls_val, t.cls_children, t_)) continue;
        t.cls_last_kuan = part;
        t.has_kuan = true;
        t.kuan = code;
        t.kuan_val = p_.vals[k];
        t.kuan_children = {};
        t.kuan_last_item.clear();
      } else {
        if (!s.has_kuan) continue;
        if (cfg_.order && !s.kuan_last_item.empty() && part <= s.kuan_last_item) continue;
        code = s.kuan + part;
        t.kuan_children.add(p_.vals[k]);
        if (cfg_.arithmetic && exceeds(s.kuan_val, t.kuan_children, t_)) continue;
        t.kuan_last_item = part;
      }
      if (used(code)) continue;
      choice_[k] = opt;
      used_.push_back(code);
      if (dfs(k + 1, t)) return true;
      used_.pop_back();
      if (capped_) return false;
    }
    choice_[k] = unset;
    return false;
  }

  const run_problem& p_;
  const value_table& t_;
  run_config cfg_;
  const std::vector<int>* forced_ = nullptr;
  long nodes_ = 0;
  bool capped_ = false;
  std::vector<int> choice_;
  std::vector<std::string> used_;
};

diagnostic make_diag(diagnostic::severity level, diagnostic_code code, std::string message) {
  diagnostic d;
  d.level = level;
  d.code = code;
  d.message = std::move(message);
  return d;
}

// Indentation clusters over the block's partial rows: exactly two clusters give 款 (left)
// and 项 (right); anything else tells nothing.
std::vector<int> indentation_levels(const std::vector<printed_code>& rows,
                                    const std::vector<analysed>& an) {
  constexpr double tol = 2.0;
  std::vector<int> out(rows.size(), unset);
  std::vector<double> xs;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (an[i].kind == shape::partial && an[i].code.size() == 2 && rows[i].indent)
      xs.push_back(*rows[i].indent);
  if (xs.empty()) return out;
  std::sort(xs.begin(), xs.end());
  std::vector<double> starts{xs.front()};
  for (std::size_t j = 1; j < xs.size(); ++j)
    if (xs[j] - xs[j - 1] > tol) starts.push_back(xs[j]);
  if (starts.size() != 2) return out;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (an[i].kind == shape::partial && an[i].code.size() == 2 && rows[i].indent)
      out[i] = *rows[i].indent >= starts[1] ? as_item : as_kuan;
  return out;
}

class resolver {
 public:
  explicit resolver(const std::vector<printed_code>& rows)
      : rows_(rows), values_(make_values(rows)) {
    for (const auto& r : rows) an_.push_back(analyse(r));
    indent_ = indentation_levels(rows, an_);
    fold_repeats();
    out_.rows.resize(rows.size());
  }

  hierarchy_result run() {
    for (std::size_t i = 0; i < rows_.size();) {
      out_.rows[i].other_codes = an_[i].others;
      if (an_[i].kind == shape::partial && an_[i].code.size() == 2) {
        std::size_t j = i;
        while (j < rows_.size() && an_[j].kind == shape::partial && an_[j].code.size() == 2) {
          out_.rows[j].other_codes = an_[j].others;
          ++j;
        }
        place_run(i, j);
        i = j;
        continue;
      }
      single(i);
      ++i;
    }
    return std::move(out_);
  }

 private:
  void set_code(std::size_t i, const std::string& code) {
    auto& r = out_.rows[i];
    r.code = code;
    r.levels = split_code(code);
    r.parent = parent_code(code);
  }

  void note(std::size_t i, diagnostic d) { out_.notes.push_back({i, std::move(d)}); }

  // A partial code repeated on rows of one classification (one row per project) is one
  // child of its parent: the first row carries the amounts of all, the others follow it.
  void fold_repeats() {
    repeat_of_.assign(rows_.size(), std::nullopt);
    for (std::size_t i = 1; i < rows_.size(); ++i) {
      if (!rows_[i].repeats_previous || an_[i].kind != shape::partial ||
          an_[i - 1].kind != shape::partial || an_[i].code != an_[i - 1].code)
        continue;
      const std::size_t head = repeat_of_[i - 1].value_or(i - 1);
      repeat_of_[i] = head;
      row_values& sum = values_.rows[head];
      const row_values& add = values_.rows[i];
      if (!sum.known || !add.known) {
        sum.known = false;
        continue;
      }
      for (std::size_t c = 0; c < sum.v.size() && c < add.v.size(); ++c)
        if (__builtin_add_overflow(sum.v[c], add.v[c], &sum.v[c])) sum.known = false;
    }
  }

  void single(std::size_t i) {
    const analysed& a = an_[i];
    const row_values* val = &values_.rows[i];
    switch (a.kind) {
      case shape::none:
        return;
      case shape::opaque:
        out_.rows[i].code = a.code;
        out_.rows[i].levels = {a.code};
        if (is_digits(a.code))
          note(i, make_diag(diagnostic::severity::warning, diagnostic_code::unrecognized_code,
                            "code \"" + a.code +
                                "\" has neither 3, 5 nor 7 digits; kept as printed, without "
                                "levels or parent"));
        return;
      case shape::full:
        set_code(i, a.code);
        ctx_.enter(a.code, val);
        return;
      case shape::partial: {  // 4 digits: 款+项 under the current 类
        if (ctx_.cls.empty()) {
          no_class(i, a.code);
          return;
        }
        const std::string code = ctx_.cls + a.code;
        set_code(i, code);
        ctx_.enter(code, val);
        return;
      }
      case shape::positional: {
        auto code = carry_down(i, a.cols);
        if (!code) return;
        set_code(i, *code);
        ctx_.enter(*code, val);
        return;
      }
    }
  }

  void no_class(std::size_t i, const std::string& part) {
    out_.rows[i].levels = {part};
    note(i, make_diag(diagnostic::severity::error, diagnostic_code::code_without_class,
                      "partial code \"" + part +
                          "\" has no 类 code before it in the block; its full code is unknown"));
  }

  // Joins 类/款/项 columns, taking empty higher columns from the previous coded row.
  std::optional<std::string> carry_down(std::size_t i, const std::vector<std::string>& cols) {
    std::size_t last = 0;
    for (std::size_t j = 0; j < cols.size(); ++j)
      if (!cols[j].empty()) last = j;
    const auto prev = split_code(ctx_.last_code);
    std::string code;
    for (std::size_t j = 0; j <= last; ++j) {
      if (!cols[j].empty()) {
        code += cols[j];
        continue;
      }
      // An empty column above a filled one: carry it down, if the previous row agrees on
      // every level above it.
      const bool ok = is_digits(ctx_.last_code) && prev.size() > j &&
                      ctx_.last_code.compare(0, code.size(), code) == 0;
      if (!ok) {
        std::string printed;
        for (const auto& c : cols) printed += (c.empty() ? std::string("_") : c) + " ";
        printed.pop_back();
        out_.rows[i].levels = cols;
        note(i, make_diag(diagnostic::severity::error, diagnostic_code::code_carry_failed,
                          "code columns \"" + printed +
                              "\" leave a higher level empty and no previous row supplies it"));
        return std::nullopt;
      }
      code += prev[j];
    }
    return code;
  }

  // What follows the run, for the checks at its end.
  void describe_next(std::size_t j, run_problem& p) const {
    if (j >= rows_.size()) return;
    const analysed& a = an_[j];
    std::string code;
    if (a.kind == shape::full)
      code = a.code;
    else if (a.kind == shape::partial)  // 4 digits under the same 类
      code = p.cls + a.code;
    else if (a.kind == shape::positional) {
      if (!a.cols[0].empty()) {
        code = a.cols[0];
        for (std::size_t c = 1; c < a.cols.size() && !a.cols[c].empty(); ++c) code += a.cols[c];
      } else if (a.cols.size() > 1 && !a.cols[1].empty()) {
        code = p.cls + a.cols[1];
        if (a.cols.size() > 2) code += a.cols[2];
      } else {
        p.next_is_boundary = false;
        p.next_is_item_only = true;
        return;
      }
    } else {
      return;  // no code, or a code of another kind: the 类 ends here
    }
    if (code.size() == 3 || code.compare(0, 3, p.cls) != 0) return;
    p.next_is_boundary = false;
    p.next_code = code;
  }

  void place_run(std::size_t begin, std::size_t end) {
    if (ctx_.cls.empty()) {
      for (std::size_t i = begin; i < end; ++i) no_class(i, an_[i].code);
      return;
    }
    run_problem p;
    p.cls = ctx_.cls;
    p.cls_val = ctx_.cls_val;
    p.cls_children = ctx_.cls_children;
    p.cls_last_kuan = ctx_.cls_last_kuan;
    p.has_kuan = !ctx_.kuan.empty();
    p.kuan = ctx_.kuan;
    p.kuan_val = ctx_.kuan_val;
    p.kuan_children = ctx_.kuan_children;
    p.kuan_last_item = ctx_.kuan_last_item;
    p.economic = ctx_.cls[0] == '3' || ctx_.cls[0] == '5';
    describe_next(end, p);
    std::vector<int> forced;
    std::vector<std::size_t> at;  // the row of each part: rows that repeat the one above have none
    for (std::size_t i = begin; i < end; ++i) {
      if (repeat_of_[i]) continue;
      at.push_back(i);
      p.parts.push_back(an_[i].code);
      p.vals.push_back(&values_.rows[i]);
      int f = indent_[i];
      if (rows_[i].depth == 1) f = as_kuan;
      if (rows_[i].depth == 2) f = as_item;
      forced.push_back(f);
    }
    p.forced = forced;

    bool amounts_known = true;
    for (auto* v : p.vals) amounts_known = amounts_known && v->known;

    run_solver solver(p, values_);
    const run_config configs[] = {{true, true}, {true, false}, {false, true}, {false, false}};
    std::optional<std::vector<int>> reading;
    run_config used{};
    for (const auto& cfg : configs) {
      if (!amounts_known && cfg.arithmetic) continue;
      reading = solver.solve(cfg, forced);
      if (reading) {
        used = cfg;
        break;
      }
    }
    // No reading at all: hints that contradict the structure, or a part printed twice
    // under one 款 (siblings never repeat). Follow the rule, and say that it is a guess.
    const bool by_rule_only = !reading;
    if (by_rule_only) {
      reading = std::vector<int>(p.parts.size(), unset);
      for (std::size_t k = 0; k < p.parts.size(); ++k) {
        const bool open = p.has_kuan || k > 0;
        (*reading)[k] = (p.economic || !open) ? as_kuan : as_item;
      }
      used = {false, false};
    }

    // Assign codes in order, keeping the context current.
    for (std::size_t k = 0; k < p.parts.size(); ++k) {
      const std::size_t i = at[k];
      const std::string code = (*reading)[k] == as_kuan ? ctx_.cls + p.parts[k]
                               : ctx_.kuan.empty()      ? ctx_.cls + p.parts[k]
                                                        : ctx_.kuan + p.parts[k];
      set_code(i, code);
      ctx_.enter(code, &values_.rows[i]);
    }
    for (std::size_t i = begin; i < end; ++i)
      if (repeat_of_[i] && out_.rows[*repeat_of_[i]].code)
        set_code(i, *out_.rows[*repeat_of_[i]].code);

    if (by_rule_only)
      for (std::size_t k = 0; k < p.parts.size(); ++k) {
        if (forced[k] != unset) continue;
        const std::size_t i = at[k];
        const bool is_kuan = (*reading)[k] == as_kuan;
        note(i, make_diag(diagnostic::severity::warning, diagnostic_code::code_level_guessed,
                          "code part \"" + p.parts[k] + "\" read as " + (is_kuan ? "款 " : "项 ") +
                              *out_.rows[i].code +
                              " by the printing order alone (no reading of the run fits: "
                              "a part printed twice?)"));
      }

    // Where the amounts chose another reading than the printing order alone would, say so:
    // the layout admitted two readings and the one that reconciles won.
    if (used.arithmetic)
      for (std::size_t k = 0; k < p.parts.size(); ++k) {
        if (forced[k] != unset) continue;
        const bool open = p.has_kuan || k > 0;
        const int by_rule = (p.economic || !open) ? as_kuan : as_item;
        if ((*reading)[k] == by_rule) continue;
        const std::size_t i = at[k];
        const bool is_kuan = (*reading)[k] == as_kuan;
        note(i, make_diag(diagnostic::severity::info, diagnostic_code::code_level_by_amounts,
                          "code part \"" + p.parts[k] + "\" read as " + (is_kuan ? "款 " : "项 ") +
                              *out_.rows[i].code + ": that reading reconciles with the amounts"));
      }

    // Which readings were a guess: those the other way round also fits.
    for (std::size_t k = 0; k < p.parts.size(); ++k) {
      if (forced[k] != unset) continue;
      std::vector<int> flipped = forced;
      flipped[k] = (*reading)[k] == as_kuan ? as_item : as_kuan;
      bool capped = false;
      const bool other_fits = solver.solve(used, flipped, &capped).has_value() || capped;
      if (!other_fits) continue;
      const std::size_t i = at[k];
      const std::string& code = *out_.rows[i].code;
      const bool is_kuan = (*reading)[k] == as_kuan;
      std::string why = !amounts_known    ? "no amounts to decide by"
                        : used.arithmetic ? "the amounts fit both readings"
                                          : "the amounts fit no reading";
      note(i,
           make_diag(diagnostic::severity::warning, diagnostic_code::code_level_guessed,
                     "code part \"" + p.parts[k] + "\" read as " + (is_kuan ? "款 " : "项 ") +
                         code + " rather than as " + (is_kuan ? "项" : "款") + " (" + why + ")"));
    }
  }

  const std::vector<printed_code>& rows_;
  value_table values_;
  std::vector<analysed> an_;
  std::vector<int> indent_;
  std::vector<std::optional<std::size_t>> repeat_of_;  // the row a repeating row follows
  context ctx_;
  hierarchy_result out_;
};

}  // namespace

std::string normalize_code_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        out += static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
      ++i;
      continue;
    }
    // Full-width digits and Latin capitals/small letters: EF BC 90..99, EF BC A1..BA,
    // EF BD 81..9A.
    if (c == 0xEF && i + 2 < s.size()) {
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      const auto c2 = static_cast<unsigned char>(s[i + 2]);
      if (c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99) out += static_cast<char>('0' + (c2 - 0x90));
      if (c1 == 0xBC && c2 >= 0xA1 && c2 <= 0xBA) out += static_cast<char>('A' + (c2 - 0xA1));
      if (c1 == 0xBD && c2 >= 0x81 && c2 <= 0x9A) out += static_cast<char>('A' + (c2 - 0x81));
    }
    // Skip the whole UTF-8 sequence.
    i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  }
  return out;
}

std::vector<std::string> split_code(std::string_view code) {
  if (!is_digits(code) || (code.size() != 3 && code.size() != 5 && code.size() != 7))
    return code.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(code)};
  std::vector<std::string> levels{std::string(code.substr(0, 3))};
  for (std::size_t at = 3; at < code.size(); at += 2) levels.emplace_back(code.substr(at, 2));
  return levels;
}

std::optional<std::string> parent_code(std::string_view code) {
  const auto levels = split_code(code);
  if (levels.size() < 2 || !is_digits(code)) return std::nullopt;
  return std::string(code.substr(0, code.size() - 2));
}

hierarchy_result resolve_hierarchy(const std::vector<printed_code>& rows) {
  return resolver(rows).run();
}

std::vector<row_note> apply_hierarchy(block& b, const std::vector<printed_code>& printed) {
  auto result = resolve_hierarchy(printed);
  const std::size_t n = std::min(b.rows.size(), result.rows.size());
  for (std::size_t i = 0; i < n; ++i) {
    b.rows[i].code = result.rows[i].code;
    b.rows[i].levels = result.rows[i].levels;
    b.rows[i].parent = result.rows[i].parent;
    b.rows[i].other_codes = result.rows[i].other_codes;
  }
  std::erase_if(result.notes, [n](const row_note& r) { return r.row >= n; });
  return std::move(result.notes);
}

}  // namespace budgetpdf::detail
