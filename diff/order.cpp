// Ordering rules (see order.hpp for the key vocabulary):
//   creator(k)  -> needer(k)      an object exists before anything that uses it
//   releaser(k) -> destroyer(k)   users stop using an object before it goes away
//   destroyer(k) -> creator(k)    for a pure drop and a pure create of the same key
// Kahn's algorithm with a (priority, input position) heap keeps the output deterministic. A
// cycle cannot come from foreign keys (they are separate changes); should another appear,
// the smallest remaining change is emitted next so the plan is still complete.
#include "diff/order.hpp"

#include <map>
#include <queue>
#include <vector>

namespace pgmorph::diff {

namespace {

struct KeyUsers {
  std::vector<std::size_t> creators, destroyers, needers, releasers;
};

}  // namespace

ChangeSet order(ChangeSet changes) {
  const std::size_t count = changes.size();
  std::vector<ChangeKeys> keys;
  keys.reserve(count);
  for (const auto& change : changes) keys.push_back(keys_of(change));

  std::map<std::string, KeyUsers> users;
  for (std::size_t i = 0; i < count; ++i) {
    for (const auto& k : keys[i].creates) users[k].creators.push_back(i);
    for (const auto& k : keys[i].destroys) users[k].destroyers.push_back(i);
    for (const auto& k : keys[i].needs) users[k].needers.push_back(i);
    for (const auto& k : keys[i].releases) users[k].releasers.push_back(i);
  }

  std::vector<std::set<std::size_t>> successors(count);
  std::vector<int> pending(count, 0);
  auto edge = [&](std::size_t before, std::size_t after) {
    if (before != after && successors[before].insert(after).second) ++pending[after];
  };
  for (const auto& [key, u] : users) {
    for (auto c : u.creators)
      for (auto n : u.needers) edge(c, n);
    for (auto r : u.releasers)
      for (auto d : u.destroyers) edge(r, d);
    for (auto d : u.destroyers) {
      if (keys[d].creates.contains(key)) continue;
      for (auto c : u.creators)
        if (!keys[c].destroys.contains(key)) edge(d, c);
    }
  }

  using Entry = std::pair<int, std::size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
  for (std::size_t i = 0; i < count; ++i)
    if (pending[i] == 0) ready.push({keys[i].priority, i});

  std::vector<bool> done(count, false);
  ChangeSet ordered;
  ordered.reserve(count);
  while (ordered.size() < count) {
    std::size_t next = count;
    while (!ready.empty()) {
      auto [priority, index] = ready.top();
      ready.pop();
      if (!done[index]) {
        next = index;
        break;
      }
    }
    if (next == count) {
      // A cycle: take the smallest remaining change.
      Entry best{0, count};
      for (std::size_t i = 0; i < count; ++i)
        if (!done[i] && (best.second == count || Entry{keys[i].priority, i} < best))
          best = {keys[i].priority, i};
      next = best.second;
    }
    done[next] = true;
    ordered.push_back(std::move(changes[next]));
    for (auto after : successors[next])
      if (--pending[after] == 0 && !done[after]) ready.push({keys[after].priority, after});
  }
  return ordered;
}

}  // namespace pgmorph::diff
