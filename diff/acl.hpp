// The owner/privilege address of each kind of object, shared by the differs (which emit
// SetOwner and ChangePrivileges) and codegen (which grants on freshly created objects).
#pragma once

#include "diff/change.hpp"
#include "schema/model.hpp"
#include "schema/privileges.hpp"

namespace pgmorph::diff {

inline AclTarget acl_target(const schema::Table& table) { return {AclObjectKind::table, table.name, ""}; }
inline AclTarget acl_target(const schema::View& view) {
  return {view.materialized ? AclObjectKind::materialized_view : AclObjectKind::view, view.name, ""};
}
inline AclTarget acl_target(const schema::Sequence& sequence) {
  return {AclObjectKind::sequence, sequence.name, ""};
}
inline AclTarget acl_target(const schema::Function& function) {
  return {function.is_procedure ? AclObjectKind::procedure : AclObjectKind::function, function.name,
          function.identity_args};
}
inline AclTarget acl_target(const schema::SchemaObject& object) {
  return {AclObjectKind::schema, {"", object.name}, ""};
}
inline AclTarget acl_target(const schema::EnumType& type) { return {AclObjectKind::type, type.name, ""}; }
inline AclTarget acl_target(const schema::CompositeType& type) {
  return {AclObjectKind::type, type.name, ""};
}
inline AclTarget acl_target(const schema::RangeType& type) { return {AclObjectKind::type, type.name, ""}; }
inline AclTarget acl_target(const schema::Domain& domain) { return {AclObjectKind::domain, domain.name, ""}; }

/// The ACL an object of `kind` has right after its CREATE (PostgreSQL's default, without
/// the owner's implicit entry): EXECUTE for PUBLIC on routines, USAGE on types, else none.
inline std::vector<schema::Grant> default_grants(AclObjectKind kind) {
  switch (kind) {
    case AclObjectKind::function:
    case AclObjectKind::procedure: return schema::default_routine_grants();
    case AclObjectKind::type:
    case AclObjectKind::domain: return schema::default_type_grants();
    default: return {};
  }
}

/// The privilege family of `kind` (what ALL expands to).
inline schema::AclKind acl_kind(AclObjectKind kind) {
  switch (kind) {
    case AclObjectKind::sequence: return schema::AclKind::sequence;
    case AclObjectKind::function:
    case AclObjectKind::procedure: return schema::AclKind::routine;
    case AclObjectKind::schema: return schema::AclKind::schema;
    case AclObjectKind::type:
    case AclObjectKind::domain: return schema::AclKind::type;
    default: return schema::AclKind::relation;
  }
}

}  // namespace pgmorph::diff
