// Access control lists: the privileges each kind of object has, and GRANT / REVOKE applied
// to a model ACL the way PostgreSQL applies them to pg_class.relacl and friends.
#pragma once

#include <compare>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/model.hpp"

namespace pgmorph::schema {

/// The privilege family of an object: what GRANT ... ON <kind> accepts.
enum class AclKind { relation, sequence, routine, schema, type };

/// The privileges `ALL [PRIVILEGES]` stands for on `kind` (PostgreSQL 15), in the order
/// privilege lists are written.
const std::vector<std::string>& all_privileges(AclKind kind);

/// True when `privilege` (upper case) can be granted on `kind`; on single columns (only
/// SELECT, INSERT, UPDATE and REFERENCES of relations) when `column_level`.
bool privilege_applies(AclKind kind, std::string_view privilege, bool column_level);

/// Position of `privilege` in the written order (unknown ones last), for sorting lists.
int privilege_rank(std::string_view privilege);

/// GRANT `privilege` [(columns)] ... TO `grantee` [WITH GRANT OPTION]; `acl` stays
/// canonical. Granting what is already held only adds a missing grant option.
void grant(std::vector<Grant>& acl, const std::string& grantee, const std::string& privilege,
           const std::vector<std::string>& columns, bool with_grant_option);

/// REVOKE [GRANT OPTION FOR] `privilege` [(columns)] ... FROM `grantee`; `acl` stays
/// canonical. Revoking on the whole object also revokes on every column, as PostgreSQL does.
void revoke(std::vector<Grant>& acl, const std::string& grantee, const std::string& privilege,
            const std::vector<std::string>& columns, bool grant_option_only);

/// The canonical form: one entry per grantee, privilege and grant option (the columns of
/// column-level entries merged into one sorted list), sorted; entries for `owner` dropped,
/// because the owner's privileges are implicit.
void normalize_grants(std::vector<Grant>& acl, const std::optional<std::string>& owner);

/// One privilege of one grantee on the whole object (`column` empty) or on one column.
struct AclKey {
  std::string grantee;
  std::string privilege;
  std::string column;

  auto operator<=>(const AclKey&) const = default;
  bool operator==(const AclKey&) const = default;
};

/// An ACL with one entry per privilege and column: key -> held WITH GRANT OPTION.
using AclMap = std::map<AclKey, bool>;

AclMap expand_grants(const std::vector<Grant>& acl);

/// The canonical entry list of `map` (see normalize_grants()).
std::vector<Grant> collapse_grants(const AclMap& map);

}  // namespace pgmorph::schema
