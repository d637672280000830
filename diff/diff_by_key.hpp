// The one generic matcher: pairs the objects of two keyed maps.
#pragma once

#include <map>

namespace pgmorph::diff {

/// Calls `on_drop(old)` for keys only in `from`, `on_create(new)` for keys only in `to`, and
/// `on_both(old, new)` for keys present in both (whether or not the values differ), each in
/// key order.
template <typename Key, typename Value, typename OnDrop, typename OnCreate, typename OnBoth>
void diff_by_key(const std::map<Key, Value>& from, const std::map<Key, Value>& to,
                 OnDrop&& on_drop, OnCreate&& on_create, OnBoth&& on_both) {
  for (const auto& [key, old_value] : from) {
    auto found = to.find(key);
    if (found == to.end())
      on_drop(old_value);
    else
      on_both(old_value, found->second);
  }
  for (const auto& [key, new_value] : to) {
    if (!from.contains(key)) on_create(new_value);
  }
}

}  // namespace pgmorph::diff
