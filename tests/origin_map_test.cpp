// The reader's flat hash map of glyph origins against std::map, through its growth.
#include "pdf/origin_map.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <utility>

using budgetpdf::detail::origin_map;

TEST_CASE("origin_map sets, keeps the first value when asked, and finds as std::map does") {
  origin_map m;
  std::map<origin_map::key, origin_map::value> want;
  CHECK_FALSE(m.find({0, 0}));
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    // Few distinct keys so that keys repeat; some far off the page (overflowing products).
    std::int64_t x = static_cast<std::int64_t>(rng() % 3000) - 1500;
    std::int64_t y = static_cast<std::int64_t>(rng() % 40);
    if (i % 97 == 0) x = std::numeric_limits<std::int64_t>::min() + static_cast<std::int64_t>(i);
    const origin_map::value v{double(i), -double(i)};
    if (rng() % 3 == 0) {
      m.set_if_absent({x, y}, v);
      want.try_emplace({x, y}, v);
    } else {
      m.set({x, y}, v);
      want[{x, y}] = v;
    }
  }
  CHECK(m.size() == want.size());
  for (const auto& [k, v] : want) {
    const auto got = m.find(k);
    REQUIRE(got);
    CHECK(*got == v);
  }
  CHECK_FALSE(m.find({5000, 5000}));
}

TEST_CASE("origin_map::clear empties the map and keeps it usable") {
  origin_map m;
  for (std::int64_t i = 0; i < 5000; ++i) m.set({i, -i}, {double(i), 0});
  m.clear();
  CHECK(m.size() == 0);
  CHECK_FALSE(m.find({1, -1}));
  m.set_if_absent({1, -1}, {7, 7});
  m.set_if_absent({1, -1}, {8, 8});
  CHECK(m.size() == 1);
  CHECK(*m.find({1, -1}) == origin_map::value{7, 7});
  CHECK_FALSE(m.find({2, -2}));
}
