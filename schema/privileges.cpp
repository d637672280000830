#include "schema/privileges.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace pgmorph::schema {

namespace {

// Every privilege pgmorph models, in the order lists are written (PostgreSQL accepts any).
constexpr std::array<std::string_view, 10> k_order = {
    "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "USAGE", "EXECUTE", "CREATE"};

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

const std::vector<std::string>& all_privileges(AclKind kind) {
  static const std::vector<std::string> relation = {"SELECT", "INSERT",     "UPDATE", "DELETE",
                                                    "TRUNCATE", "REFERENCES", "TRIGGER"};
  static const std::vector<std::string> sequence = {"SELECT", "UPDATE", "USAGE"};
  static const std::vector<std::string> routine = {"EXECUTE"};
  static const std::vector<std::string> schema = {"USAGE", "CREATE"};
  static const std::vector<std::string> type = {"USAGE"};
  switch (kind) {
    case AclKind::relation: return relation;
    case AclKind::sequence: return sequence;
    case AclKind::routine: return routine;
    case AclKind::schema: return schema;
    case AclKind::type: return type;
  }
  return type;
}

bool privilege_applies(AclKind kind, std::string_view privilege, bool column_level) {
  if (column_level) {
    return kind == AclKind::relation &&
           (privilege == "SELECT" || privilege == "INSERT" || privilege == "UPDATE" || privilege == "REFERENCES");
  }
  return contains(all_privileges(kind), privilege);
}

int privilege_rank(std::string_view privilege) {
  const auto found = std::find(k_order.begin(), k_order.end(), privilege);
  return static_cast<int>(found - k_order.begin());
}

AclMap expand_grants(const std::vector<Grant>& acl) {
  AclMap map;
  for (const auto& entry : acl) {
    auto add = [&](const std::string& column) {
      bool& with_grant_option = map[{entry.grantee, entry.privilege, column}];
      with_grant_option = with_grant_option || entry.with_grant_option;
    };
    if (entry.columns.empty()) add("");
    for (const auto& column : entry.columns) add(column);
  }
  return map;
}

std::vector<Grant> collapse_grants(const AclMap& map) {
  // (grantee, privilege, grant option) -> columns; "" stands for the whole object.
  std::map<std::tuple<std::string, std::string, bool>, std::vector<std::string>> groups;
  for (const auto& [key, with_grant_option] : map)
    groups[{key.grantee, key.privilege, with_grant_option}].push_back(key.column);
  std::vector<Grant> acl;
  for (const auto& [group, columns] : groups) {
    const auto& [grantee, privilege, with_grant_option] = group;
    Grant column_grant{grantee, privilege, {}, with_grant_option};
    for (const auto& column : columns) {
      if (column.empty())
        acl.push_back(Grant{grantee, privilege, {}, with_grant_option});
      else
        column_grant.columns.push_back(column);  // already sorted: map order
    }
    if (!column_grant.columns.empty()) acl.push_back(std::move(column_grant));
  }
  std::sort(acl.begin(), acl.end());
  return acl;
}

void grant(std::vector<Grant>& acl, const std::string& grantee, const std::string& privilege,
           const std::vector<std::string>& columns, bool with_grant_option) {
  AclMap map = expand_grants(acl);
  auto add = [&](const std::string& column) {
    bool& held = map[{grantee, privilege, column}];
    held = held || with_grant_option;
  };
  if (columns.empty()) add("");
  for (const auto& column : columns) add(column);
  acl = collapse_grants(map);
}

void revoke(std::vector<Grant>& acl, const std::string& grantee, const std::string& privilege,
            const std::vector<std::string>& columns, bool grant_option_only) {
  AclMap map = expand_grants(acl);
  for (auto it = map.begin(); it != map.end();) {
    const AclKey& key = it->first;
    const bool hit = key.grantee == grantee && key.privilege == privilege &&
                     (columns.empty() || contains(columns, key.column));
    if (hit && !grant_option_only) {
      it = map.erase(it);
      continue;
    }
    if (hit) it->second = false;
    ++it;
  }
  acl = collapse_grants(map);
}

void normalize_grants(std::vector<Grant>& acl, const std::optional<std::string>& owner) {
  AclMap map = expand_grants(acl);
  if (owner) std::erase_if(map, [&](const auto& entry) { return entry.first.grantee == *owner; });
  acl = collapse_grants(map);
}

}  // namespace pgmorph::schema
