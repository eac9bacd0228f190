// A flat open-addressing hash map from a glyph's origin (x, y in 1/1024 of a point) to its
// advance (dx, dy): the reader fills one per page with every glyph, and std::unordered_map
// (one allocation per entry, a linked bucket walk per look-up) cost about 2% of a parse.
// clear() keeps the table for the next page: a slot holds a key only if it carries the
// current generation, so emptying the map touches no memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace budgetpdf::detail {

class origin_map {
 public:
  using key = std::pair<std::int64_t, std::int64_t>;
  using value = std::pair<double, double>;

  /// Sets the value of `k` (inserted or overwritten).
  void set(const key& k, const value& v) { slot_for(k).first.v = v; }

  /// Sets the value of `k` only if it has none.
  void set_if_absent(const key& k, const value& v) {
    auto [s, inserted] = slot_for(k);
    if (inserted) s.v = v;
  }

  std::optional<value> find(const key& k) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t i = index(k);; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (s.generation != generation_) return std::nullopt;
      if (s.k == k) return s.v;
    }
  }

  std::size_t size() const { return size_; }

  /// Empties the map, keeping its table.
  void clear() {
    size_ = 0;
    if (++generation_ == 0) {  // wrapped: stamps of 2^32 clears ago would read as current
      for (slot& s : slots_) s.generation = 0;
      generation_ = 1;
    }
  }

 private:
  struct slot {
    key k{};
    value v{};
    std::uint32_t generation = 0;  // the key is here if this is the map's generation_
  };

  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
  }
  std::size_t index(const key& k) const {
    // Unsigned: keys of text placed far off the page overflow a signed product.
    const auto h = mix(static_cast<std::uint64_t>(k.first) * 0x9E3779B97F4A7C15ULL ^
                       static_cast<std::uint64_t>(k.second));
    return static_cast<std::size_t>(h) & mask_;
  }

  // The slot holding `k`, and whether it was inserted (with no value yet).
  std::pair<slot&, bool> slot_for(const key& k) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    for (std::size_t i = index(k);; i = (i + 1) & mask_) {
      slot& s = slots_[i];
      if (s.generation != generation_) {
        s.generation = generation_;
        s.k = k;
        ++size_;
        return {s, true};
      }
      if (s.k == k) return {s, false};
    }
  }

  void grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const slot& s : old) {
      if (s.generation != generation_) continue;
      slot_for(s.k).first.v = s.v;
    }
  }

  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;  // slots start at 0: empty
};

}  // namespace budgetpdf::detail
