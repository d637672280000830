// Ordering rules (see order.hpp for the key vocabulary):
//   creator(k)  -> needer(k)      an object exists before anything that uses it
//   releaser(k) -> destroyer(k)   users stop using an object before it goes away
//   destroyer(k) -> creator(k)    for a pure drop and a pure create of the same key (a name
//                                 freed and reused; not a shape: columns change it apart)
// Kahn's algorithm with a (priority, input position) heap keeps the output deterministic. A
// cycle cannot come from foreign keys (they are separate changes); should another appear,
// it is reported with the changes in it, never broken silently.
#include "diff/order.hpp"

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <vector>

namespace pgmorph::diff {

namespace {

struct KeyUsers {
  std::vector<std::size_t> creators, destroyers, needers, releasers;
};

/// A change described by its keys, for error messages: `creates rel:public.v`.
std::string describe(const ChangeKeys& keys) {
  if (!keys.creates.empty()) return "creates " + *keys.creates.begin();
  if (!keys.destroys.empty()) return "drops " + *keys.destroys.begin();
  if (!keys.needs.empty()) return "changes " + *keys.needs.begin();
  return "a change";
}

/// One cycle among the changes not yet emitted (each has a predecessor left), as a path.
std::vector<std::size_t> find_cycle(const std::vector<std::set<std::size_t>>& successors,
                                    const std::vector<bool>& done) {
  const std::size_t count = successors.size();
  std::vector<int> state(count, 0);  // 0 unseen, 1 on the stack, 2 finished
  std::vector<std::size_t> stack;
  std::vector<std::size_t> cycle;
  auto visit = [&](auto& self, std::size_t node) -> bool {
    state[node] = 1;
    stack.push_back(node);
    for (auto next : successors[node]) {
      if (done[next]) continue;
      if (state[next] == 1) {
        cycle.assign(std::find(stack.begin(), stack.end(), next), stack.end());
        return true;
      }
      if (state[next] == 0 && self(self, next)) return true;
    }
    stack.pop_back();
    state[node] = 2;
    return false;
  };
  for (std::size_t i = 0; i < count; ++i)
    if (!done[i] && state[i] == 0 && visit(visit, i)) break;
  return cycle;
}

}  // namespace

ChangeSet order(ChangeSet changes, schema::Diagnostics& diagnostics) {
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
    // A shape is not a name: a dropped column and an added one change it independently.
    if (key.starts_with("shape:")) continue;
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

  // A relation dropped and created again (a view over a retyped column) is missing from its
  // drop to its re-creation; readers must never see that gap committed, nor a table without
  // a trigger, a policy or a rule it keeps (row level security without its policy hides every row).
  // While one is open, a ready change that would end the transaction block waits if any
  // other change is ready.
  std::map<std::string, std::size_t> creators_left;  // key dropped somewhere -> creators to come
  for (const auto& [key, u] : users)
    if ((key.starts_with("rel:") || key.starts_with("trigger:") || key.starts_with("policy:") ||
         key.starts_with("rule:")) &&
        !u.destroyers.empty() && !u.creators.empty())
      creators_left[key] = u.creators.size();
  std::set<std::string> gaps;  // relations dropped and not yet created again
  std::vector<bool> done(count, false);
  ChangeSet ordered;
  ordered.reserve(count);
  while (ordered.size() < count) {
    std::size_t next = count;
    std::vector<Entry> deferred;
    while (!ready.empty()) {
      auto [priority, index] = ready.top();
      ready.pop();
      if (done[index]) continue;
      if (!gaps.empty() && keys[index].outside_transaction) {
        deferred.push_back({priority, index});
        continue;
      }
      next = index;
      break;
    }
    if (next == count && !deferred.empty()) {  // nothing else can run: the gap cannot be avoided
      next = deferred.front().second;
      deferred.erase(deferred.begin());
    }
    for (const auto& entry : deferred) ready.push(entry);
    if (next == count) {
      std::string message = "the changes depend on each other in a cycle, so no order applies:";
      const auto cycle = find_cycle(successors, done);
      for (std::size_t i = 0; i < cycle.size(); ++i)
        message += (i == 0 ? " " : " -> ") + describe(keys[cycle[i]]);
      if (!cycle.empty()) message += " -> " + describe(keys[cycle.front()]);
      diagnostics.push_back(schema::Diagnostic{schema::Severity::error, "dependency-cycle",
                                               std::move(message), std::nullopt});
      return {};
    }
    done[next] = true;
    for (const auto& key : keys[next].destroys)
      if (creators_left.contains(key) && creators_left[key] > 0 && !keys[next].creates.contains(key)) gaps.insert(key);
    for (const auto& key : keys[next].creates) {
      auto left = creators_left.find(key);
      if (left == creators_left.end() || keys[next].destroys.contains(key)) continue;
      if (left->second > 0 && --left->second == 0) gaps.erase(key);
    }
    ordered.push_back(std::move(changes[next]));
    for (auto after : successors[next])
      if (--pending[after] == 0 && !done[after]) ready.push({keys[after].priority, after});
  }
  return ordered;
}

}  // namespace pgmorph::diff
