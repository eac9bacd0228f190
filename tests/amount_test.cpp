// Exact amounts: parsing printed forms, printing back, converting to 元.
#include <budgetpdf/amount.hpp>

#include <doctest/doctest.h>

using budgetpdf::parse_amount;
using budgetpdf::unit;

TEST_CASE("printed amounts parse exactly and print back without separators") {
  CHECK(parse_amount("1,343.76")->text() == "1343.76");
  CHECK(parse_amount("16231840.80")->text() == "16231840.80");
  CHECK(parse_amount("-3.50")->text() == "-3.50");
  CHECK(parse_amount("0.00")->text() == "0.00");
  CHECK(parse_amount("29,569.515638")->text() == "29569.515638");
  CHECK(parse_amount("16.70%")->percent);
  CHECK(parse_amount("16.70%")->text() == "16.70%");
  CHECK(parse_amount("0.05")->text() == "0.05");
  CHECK(parse_amount("1,053.85%")->text() == "1053.85%");
  // Only the last three digits separated, as some budget software prints (family f17).
  CHECK(parse_amount("1851,801")->text() == "1851801");
  CHECK(parse_amount("120258,600.50")->text() == "120258600.50");
}

TEST_CASE("malformed amounts are refused") {
  for (const char* bad : {"", "-", ".5", "5.", "1,34.5", "1234,5678", "1234,567,890", "2019,2020",
                          "12,3456", "1.2.3", "abc", "1,343.76万", "%", "99999999999999999999"})
    CHECK_MESSAGE(!parse_amount(bad), bad);
}

TEST_CASE("conversion to yuan is exact") {
  CHECK(parse_amount("1,343.76")->in_yuan(unit::ten_thousand_yuan) == "13437600");
  CHECK(parse_amount("29,569.515638")->in_yuan(unit::ten_thousand_yuan) == "295695156.38");
  CHECK(parse_amount("0.05")->in_yuan(unit::ten_thousand_yuan) == "500");
  CHECK(parse_amount("-3.50")->in_yuan(unit::thousand_yuan) == "-3500");
  CHECK(parse_amount("12.34")->in_yuan(unit::yuan) == "12.34");
  CHECK(!parse_amount("12.34")->in_yuan(unit::unknown));
  CHECK(!parse_amount("16.70%")->in_yuan(unit::yuan));
}
