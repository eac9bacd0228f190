// Writers: JSON fields and schema, CSV lines and quoting, text alignment by display width.
#include <budgetpdf/export.hpp>
#include <budgetpdf/version.hpp>

#include "export/export_private.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

using namespace budgetpdf;
using json = nlohmann::json;

namespace {

amount a(const char* printed) { return *parse_amount(printed); }

// A two-table document: a 元 table with codes, and a 万元 收入 | 支出 table whose names
// need CSV quoting.
document sample() {
  document doc;
  doc.department = "深圳市财政局";
  doc.year = 2026;
  doc.stage = stage::budget;
  doc.source = {"/data/in/sz_czj_2026_ys.pdf", std::string(64, 'a'), 123456};
  doc.page_count = 30;

  table t3;
  t3.kind = table_kind::expenditure_summary;
  t3.number = "表3";
  t3.title = "2026年部门支出预算总表";
  t3.pages = {10, 11};
  t3.declared_unit = unit::yuan;
  block b;
  b.columns = {{{"支出预算", "合计"}, "total"},
               {{"支出预算", "基本支出"}, "basic"},
               {{"支出预算", "项目支出"}, ""}};
  row r1;
  r1.code = "201";
  r1.levels = {"201"};
  r1.name = "一般公共服务支出";
  r1.values = {a("22186440.80"), a("16093326.00"), a("6093114.80")};
  r1.page = 10;
  r1.where = {56.5, 100.25, 540.125, 112.0};
  row r2;
  r2.code = "2010601";
  r2.levels = {"201", "06", "01"};
  r2.parent = "20106";
  r2.name = "行政运行";
  r2.values = {a("16231840.80"), std::nullopt, a("138514.80")};
  r2.page = 11;
  row total;
  total.name = "合计";
  total.values = {a("31214205.80"), a("25121091.00"), std::nullopt};
  b.rows = {r1, r2, total};
  t3.blocks = {b};

  table t1;
  t1.kind = table_kind::revenue_expenditure_summary;
  t1.number = "表1";
  t1.title = "收支总表";
  t1.pages = {5};
  t1.declared_unit = unit::ten_thousand_yuan;
  block in;
  in.label = "收入";
  in.columns = {{{"收入", "金额"}, "amount"}};
  row ri;
  ri.name = "一、财政拨款收入, \"本级\"";
  ri.values = {a("1343.76")};
  ri.page = 5;
  in.rows = {ri};
  block out;
  out.label = "支出";
  out.columns = {{{"支出", "金额"}, "amount"}, {{"支出", "占比"}, ""}};
  row ro;
  ro.name = "一、一般公共服务支出";
  ro.item = "信息化\n运维";
  ro.values = {a("0.05"), a("16.70%")};
  ro.page = 5;
  out.rows = {ro};
  t1.blocks = {in, out};

  doc.tables = {t3, t1};
  doc.diagnostics.push_back({diagnostic::severity::warning, diagnostic_code::sum_fails,
                             "合计 differs from its parts by 0.01", location{10, {1, 2, 3, 4}},
                             "表3"});
  doc.diagnostics.push_back({diagnostic::severity::info, diagnostic_code::image_only_pages,
                             "page 2 has no table", location{}, ""});
  return doc;
}

std::vector<std::string> split_lines(const std::string& text, const std::string& eol) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find(eol, start)) != std::string::npos;
       start = end + eol.size())
    lines.push_back(text.substr(start, end - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// ---------------------------------------------------------------------------------------
// A validator for the subset of JSON Schema that docs/json-schema.json uses. Any other
// keyword is reported as an error, so the schema cannot grow a rule this test ignores.
// ---------------------------------------------------------------------------------------
class schema_validator {
 public:
  explicit schema_validator(json root) : root_(std::move(root)) {}

  std::vector<std::string> validate(const json& instance) {
    errors_.clear();
    check(root_, instance, "$");
    return errors_;
  }

 private:
  static bool has_type(const json& v, const std::string& type) {
    if (type == "null") return v.is_null();
    if (type == "boolean") return v.is_boolean();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "string") return v.is_string();
    if (type == "array") return v.is_array();
    if (type == "object") return v.is_object();
    return false;
  }

  const json& resolve(const std::string& ref) {
    const std::string prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0) throw std::runtime_error("unsupported $ref " + ref);
    return root_.at("$defs").at(ref.substr(prefix.size()));
  }

  void fail(const std::string& where, const std::string& what) {
    errors_.push_back(where + ": " + what);
  }

  void check(const json& schema, const json& v, const std::string& where) {
    for (const auto& [keyword, rule] : schema.items()) {
      if (keyword == "$schema" || keyword == "$id" || keyword == "title" ||
          keyword == "description" || keyword == "$defs") {
        continue;
      } else if (keyword == "$ref") {
        check(resolve(rule.get<std::string>()), v, where);
      } else if (keyword == "type") {
        bool ok = false;
        if (rule.is_string())
          ok = has_type(v, rule.get<std::string>());
        else
          for (const auto& t : rule) ok = ok || has_type(v, t.get<std::string>());
        if (!ok) fail(where, "type is not " + rule.dump());
      } else if (keyword == "const") {
        if (v != rule) fail(where, "is not " + rule.dump());
      } else if (keyword == "enum") {
        if (std::find(rule.begin(), rule.end(), v) == rule.end())
          fail(where, v.dump() + " not in " + rule.dump());
      } else if (keyword == "required") {
        if (v.is_object())
          for (const auto& k : rule)
            if (!v.contains(k.get<std::string>())) fail(where, "missing " + k.dump());
      } else if (keyword == "properties") {
        if (v.is_object())
          for (const auto& [k, sub] : rule.items())
            if (v.contains(k)) check(sub, v.at(k), where + "." + k);
      } else if (keyword == "additionalProperties") {
        if (rule != false) throw std::runtime_error("only additionalProperties: false");
        if (v.is_object())
          for (const auto& [k, _] : v.items())
            if (!schema.contains("properties") || !schema["properties"].contains(k))
              fail(where, "unexpected property " + k);
      } else if (keyword == "items") {
        if (v.is_array())
          for (std::size_t i = 0; i < v.size(); ++i)
            check(rule, v[i], where + "[" + std::to_string(i) + "]");
      } else if (keyword == "minItems") {
        if (v.is_array() && v.size() < rule.get<std::size_t>()) fail(where, "too few items");
      } else if (keyword == "maxItems") {
        if (v.is_array() && v.size() > rule.get<std::size_t>()) fail(where, "too many items");
      } else if (keyword == "minimum") {
        if (v.is_number() && v.get<double>() < rule.get<double>()) fail(where, "below minimum");
      } else if (keyword == "pattern") {
        if (v.is_string() &&
            !std::regex_search(v.get<std::string>(), std::regex(rule.get<std::string>())))
          fail(where, v.dump() + " does not match " + rule.get<std::string>());
      } else {
        fail(where, "unsupported schema keyword " + keyword);
      }
    }
  }

  json root_;
  std::vector<std::string> errors_;
};

json load_schema() {
  std::ifstream in(test::source_dir() / "docs" / "json-schema.json");
  REQUIRE(in);
  return json::parse(in);
}

}  // namespace

TEST_CASE("JSON: document, table and row fields") {
  const std::string text = to_json(sample());
  const json j = json::parse(text);
  CHECK(j["schema"] == "budgetpdf/1");
  CHECK(j["generator"]["name"] == "budgetpdf");
  CHECK(j["generator"]["version"] == version());
  // Keys keep the documented order.
  CHECK(text.find("\"schema\"") < text.find("\"generator\""));
  CHECK(text.find("\"generator\"") < text.find("\"document\""));
  CHECK(text.find("\"document\"") < text.find("\"tables\""));
  CHECK(text.find("\"tables\"") < text.find("\"diagnostics\""));

  const json& d = j["document"];
  CHECK(d["file"] == "sz_czj_2026_ys.pdf");
  CHECK(d["department"] == "深圳市财政局");
  CHECK(d["year"] == 2026);
  CHECK(d["stage"] == "预算");
  CHECK(d["source"]["path"] == "/data/in/sz_czj_2026_ys.pdf");
  CHECK(d["source"]["bytes"] == 123456);
  CHECK(d["page_count"] == 30);

  REQUIRE(j["tables"].size() == 2);
  const json& t = j["tables"][0];
  CHECK(t["kind"] == "expenditure_summary");
  CHECK(t["number"] == "表3");
  CHECK(t["title"] == "2026年部门支出预算总表");
  CHECK(t["pages"] == json::array({10, 11}));
  CHECK(t["unit"] == "元");
  CHECK(t["empty"] == false);
  CHECK(t["notes"] == json::array({"合计 differs from its parts by 0.01"}));
  const json& b = t["blocks"][0];
  CHECK(b["label"].is_null());
  CHECK(b["columns"][0] ==
        json{{"header", {"支出预算", "合计"}}, {"key", "total"}, {"measure", "money"}});
  CHECK(b["columns"][2]["key"].is_null());
  const json& r = b["rows"][1];
  CHECK(r["code"] == "2010601");
  CHECK(r["levels"] == json::array({"201", "06", "01"}));
  CHECK(r["parent"] == "20106");
  CHECK(r["name"] == "行政运行");
  CHECK(r["item"].is_null());
  CHECK(r["values"] == json::array({"16231840.80", nullptr, "138514.80"}));
  CHECK(r["values_yuan"] == json::array({"16231840.80", nullptr, "138514.80"}));
  CHECK(r["page"] == 11);
  CHECK(r["box"].is_null());
  CHECK(b["rows"][0]["box"] == json::array({56.5, 100.25, 540.13, 112.0}));
  CHECK(b["rows"][2]["code"].is_null());
  CHECK(b["rows"][2]["parent"].is_null());

  const json& t1 = j["tables"][1];
  CHECK(t1["unit"] == "万元");
  CHECK(t1["notes"] == json::array());
  REQUIRE(t1["blocks"].size() == 2);
  CHECK(t1["blocks"][0]["label"] == "收入");
  CHECK(t1["blocks"][0]["rows"][0]["values_yuan"] == json::array({"13437600"}));
  CHECK(t1["blocks"][1]["rows"][0]["item"] == "信息化\n运维");
  // 0.05 万元 is 500 元; a percentage has no 元 value.
  CHECK(t1["blocks"][1]["rows"][0]["values_yuan"] == json::array({"500", nullptr}));

  REQUIRE(j["diagnostics"].size() == 2);
  CHECK(j["diagnostics"][0] == json{{"level", "warning"},
                                    {"code", "sum-fails"},
                                    {"message", "合计 differs from its parts by 0.01"},
                                    {"page", 10},
                                    {"box", {1, 2, 3, 4}},
                                    {"table", "表3"}});
  CHECK(j["diagnostics"][1]["page"].is_null());
  CHECK(j["diagnostics"][1]["table"].is_null());
}

TEST_CASE("JSON: an empty document has nulls, not missing fields") {
  const json j = json::parse(to_json(document{}, false));
  CHECK(j["document"]["file"].is_null());
  CHECK(j["document"]["department"].is_null());
  CHECK(j["document"]["year"].is_null());
  CHECK(j["document"]["stage"].is_null());
  CHECK(j["document"]["source"]["sha256"].is_null());
  CHECK(j["tables"] == json::array());
  // Compact output is one line.
  CHECK(to_json(document{}, false).find('\n') == to_json(document{}, false).size() - 1);
}

TEST_CASE("JSON: invalid UTF-8 in a name is replaced, not thrown") {
  document doc = sample();
  doc.tables[0].blocks[0].rows[0].name = "bad\xff";
  std::string text;
  CHECK_NOTHROW(text = to_json(doc));
  CHECK(json::parse(text)["tables"][0]["blocks"][0]["rows"][0]["name"] == "bad\xEF\xBF\xBD");
}

TEST_CASE("JSON output validates against docs/json-schema.json") {
  schema_validator v(load_schema());
  for (const document& doc : {sample(), document{}}) {
    auto errors = v.validate(json::parse(to_json(doc)));
    for (const auto& e : errors) MESSAGE(e);
    CHECK(errors.empty());
  }
}

TEST_CASE("the schema validator rejects documents that break the schema") {
  schema_validator v(load_schema());
  const json good = json::parse(to_json(sample()));
  REQUIRE(v.validate(good).empty());

  auto broken = [&](auto mutate) {
    json j = good;
    mutate(j);
    return v.validate(j).size();
  };
  CHECK(broken([](json& j) { j.erase("diagnostics"); }) > 0);
  CHECK(broken([](json& j) { j["schema"] = "budgetpdf/2"; }) > 0);
  CHECK(broken([](json& j) { j["document"]["year"] = "2026"; }) > 0);
  CHECK(broken([](json& j) { j["document"]["stage"] = "budget"; }) > 0);
  CHECK(broken([](json& j) { j["document"]["extra"] = 1; }) > 0);
  CHECK(broken([](json& j) { j["tables"][0]["unit"] = "亿元"; }) > 0);
  CHECK(broken([](json& j) { j["tables"][0]["blocks"][0]["rows"][0]["values"][0] = "1,343.76"; }) >
        0);
  CHECK(broken([](json& j) { j["tables"][0]["blocks"][0]["rows"][0]["values"][0] = 1343.76; }) > 0);
  CHECK(broken([](json& j) { j["tables"][0]["blocks"][0]["rows"][0]["code"] = "20106-01"; }) > 0);
  CHECK(broken([](json& j) { j["tables"][0]["blocks"][0]["rows"][0]["box"] = {1, 2, 3}; }) > 0);
  CHECK(broken([](json& j) { j["diagnostics"][0]["code"] = "Sum Mismatch"; }) > 0);
  CHECK(broken([](json& j) { j["tables"][0]["pages"][0] = 0; }) > 0);

  // A keyword the validator does not know is an error, not silently ignored.
  json schema = load_schema();
  schema["$defs"]["row"]["properties"]["name"]["minLength"] = 1;
  CHECK(schema_validator(schema).validate(good).size() > 0);
}

TEST_CASE("CSV: header, one line per amount, RFC 4180 quoting") {
  const std::string csv = to_csv(sample());
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) != 0);  // no BOM
  auto lines = split_lines(csv, "\r\n");
  REQUIRE(lines.size() == 1 + 7 + 3);  // header, 7 amounts in 表3, 3 in 表1
  CHECK(lines[0] ==
        "file,department,year,stage,table_number,table_kind,table_title,block,code,name,item,"
        "column_header,column_key,value,unit,value_yuan,page,table_id,row_id,row_index,levels,"
        "parent_row_id,source,ocr_confidence,column_measure");
  CHECK(lines[1] ==
        "sz_czj_2026_ys.pdf,深圳市财政局,2026,预算,表3,expenditure_summary,"
        "2026年部门支出预算总表,,201,一般公共服务支出,,支出预算/合计,total,22186440.80,元,"
        "22186440.80,10,aaaaaaaaaaaaaaaa:t0,aaaaaaaaaaaaaaaa:t0:b0:r0,0,201,,text_layer,,money");
  // The null 基本支出 of 行政运行 has no line: its 项目支出 follows its 合计.
  CHECK(lines[4] ==
        "sz_czj_2026_ys.pdf,深圳市财政局,2026,预算,表3,expenditure_summary,"
        "2026年部门支出预算总表,,2010601,行政运行,,支出预算/合计,total,16231840.80,元,"
        "16231840.80,11,aaaaaaaaaaaaaaaa:t0,aaaaaaaaaaaaaaaa:t0:b0:r1,1,201/06/"
        "01,,text_layer,,money");
  CHECK(lines[5].find(",支出预算/项目支出,,138514.80,元,138514.80,11") != std::string::npos);
  CHECK(lines[6].find(",,合计,,支出预算/合计,total,31214205.80,") != std::string::npos);
  CHECK(lines[8] ==
        "sz_czj_2026_ys.pdf,深圳市财政局,2026,预算,表1,revenue_expenditure_summary,收支总表,"
        "收入,,\"一、财政拨款收入, \"\"本级\"\"\",,收入/金额,amount,1343.76,万元,13437600,5,"
        "aaaaaaaaaaaaaaaa:t1,aaaaaaaaaaaaaaaa:t1:b0:r0,0,,,text_layer,,money");
  // A field with a line break is quoted and keeps it.
  CHECK(lines[9].find(",\"信息化\n运维\",支出/金额,amount,0.05,万元,500,5") != std::string::npos);
  CHECK(lines[10].find(",支出/占比,,16.70%,万元,,5") != std::string::npos);
  CHECK(csv.size() >= 2);
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
}

TEST_CASE("CSV: parent_row_id names the nearest row above printing the parent code") {
  document doc = sample();
  auto& rows = doc.tables[0].blocks[0].rows;
  rows[1].parent = "201";  // 2010601 under 201, for this test
  rows.push_back(rows[1]);
  rows.back().parent = "999";  // no such row
  auto lines = split_lines(to_csv(doc), "\r\n");
  REQUIRE(lines.size() == 1 + 7 + 2 + 3);
  CHECK(lines[1].substr(lines[1].size() - 23) == ",201,,text_layer,,money");  // 201 has no parent
  CHECK(lines[4].find(",aaaaaaaaaaaaaaaa:t0:b0:r1,1,201/06/01,aaaaaaaaaaaaaaaa:t0:b0:r0") !=
        std::string::npos);
  CHECK(lines[8].find(",aaaaaaaaaaaaaaaa:t0:b0:r3,3,201/06/01,") != std::string::npos);
  CHECK(lines[8].substr(lines[8].size() - 29) == ",201/06/01,,text_layer,,money");
}

TEST_CASE("CSV: a document without tables is only the header line") {
  auto lines = split_lines(to_csv(document{}), "\r\n");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("file,department,", 0) == 0);
}

TEST_CASE("display width counts CJK and full-width characters as two columns") {
  using detail::display_width;
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("行政运行") == 8);
  CHECK(display_width("ＡＢ") == 4);     // full-width Latin
  CHECK(display_width("（一）") == 6);   // full-width parentheses
  CHECK(display_width("e\u0301") == 1);  // combining acute accent
  CHECK(display_width("…") == 1);        // ambiguous width counts one
  CHECK(display_width("\xff") == 1);     // an invalid byte counts one

  using detail::truncate_to_width;
  CHECK(truncate_to_width("行政运行", 8) == "行政运行");
  CHECK(truncate_to_width("行政运行", 7) == "行政运…");
  CHECK(truncate_to_width("行政运行", 6) == "行政…");
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(detail::pad("行政", 6, false) == "行政  ");
  CHECK(detail::pad("12", 5, true) == "   12");
}

TEST_CASE("text: headings, aligned grid, truncated names, diagnostics") {
  document doc = sample();
  doc.tables[0].blocks[0].rows[1].name = std::string("机关服务") + "abc";
  std::string long_name;
  for (int i = 0; i < 30; ++i) long_name += "预";
  doc.tables[0].blocks[0].rows[0].name = long_name;
  const std::string text = to_text(doc);
  auto lines = split_lines(text, "\n");

  CHECK(lines[0] == "sz_czj_2026_ys.pdf  深圳市财政局  2026  预算  (30 pages, 2 tables)");
  auto heading =
      std::find(lines.begin(), lines.end(),
                "表3 2026年部门支出预算总表  [expenditure_summary; pages 10-11; unit 元]");
  REQUIRE(heading != lines.end());
  // Caption line, rule, three rows.
  const std::string& caption = *(heading + 1);
  const std::string& rule = *(heading + 2);
  std::vector<std::string> rows(heading + 3, heading + 6);
  CHECK(caption.rfind("code", 0) == 0);
  CHECK(caption.find("合计") != std::string::npos);
  CHECK(rule.find_first_not_of('-') == std::string::npos);
  // Long names are cut to 40 columns with an ellipsis.
  CHECK(rows[0].find(std::string(long_name.substr(0, 3 * 19)) + "…") != std::string::npos);
  CHECK(rows[0].find(long_name) == std::string::npos);
  // Right-aligned amounts: each row's 合计 ends at the same display column, whatever the
  // mix of CJK and ASCII in its name.
  auto end_of = [](const std::string& line, const std::string& value) {
    auto at = line.find(value);
    REQUIRE(at != std::string::npos);
    return detail::display_width(line.substr(0, at + value.size()));
  };
  const auto col = end_of(rows[0], "22186440.80");
  CHECK(end_of(rows[1], "16231840.80") == col);
  CHECK(end_of(rows[2], "31214205.80") == col);
  CHECK(end_of(caption, "合计") == col);
  // The last column is right-aligned too, and the rule spans the whole grid.
  CHECK(detail::display_width(rows[0]) == detail::display_width(rule));
  CHECK(detail::display_width(rows[1]) == detail::display_width(rule));

  // The 万元 table has labelled blocks, an item column and two-level captions only where
  // leaves repeat.
  auto label = std::find(lines.begin(), lines.end(), "[支出]");
  REQUIRE(label != lines.end());
  CHECK((label + 1)->find("item") != std::string::npos);
  CHECK((label + 1)->find("占比") != std::string::npos);
  CHECK(text.find("16.70%") != std::string::npos);

  CHECK(text.find("diagnostics: 2 (1 warning, 1 info)") != std::string::npos);
  CHECK(text.find("  warning sum-fails p.10 [表3]: 合计 differs from its parts by 0.01") !=
        std::string::npos);
  CHECK(text.find("page 2 has no table") == std::string::npos);  // infos only counted
}

TEST_CASE("text: an empty table says so") {
  document doc;
  table t;
  t.title = "政府性基金预算支出表";
  t.empty = true;
  t.blocks.push_back(block{std::nullopt, {{{"合计"}, "total"}}, {}});
  doc.tables.push_back(t);
  const std::string text = to_text(doc);
  CHECK(text.find("政府性基金预算支出表  [other; pages ?; unit ?]") != std::string::npos);
  CHECK(text.find("(empty table: printed without data)") != std::string::npos);
  CHECK(text.find("(memory)") == 0);
}

TEST_CASE("a column of counts has no value in 元 in JSON and CSV, and says what it measures") {
  document doc = sample();
  auto& columns = doc.tables[0].blocks[0].columns;
  columns[2] = {{"公务接待人次（人次）"}, "count", budgetpdf::column_measure::count};
  const json j = json::parse(to_json(doc));
  const json& b = j["tables"][0]["blocks"][0];
  CHECK(b["columns"][2]["measure"] == "count");
  CHECK(b["columns"][0]["measure"] == "money");
  CHECK(b["rows"][0]["values"][2] == "6093114.80");
  CHECK(b["rows"][0]["values_yuan"][2].is_null());
  CHECK(b["rows"][0]["values_yuan"][0] == "22186440.80");
  auto lines = split_lines(to_csv(doc), "\r\n");
  REQUIRE(lines.size() > 3);
  // 201's three amounts: 合计, 基本支出, then the count with an empty value_yuan.
  CHECK(lines[3].find(",公务接待人次（人次）,count,6093114.80,元,,10,") != std::string::npos);
  CHECK(lines[3].substr(lines[3].size() - 6) == ",count");
}
