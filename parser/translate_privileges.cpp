// GRANT / REVOKE on objects and OWNER TO: the owner and ACL of tables, views, sequences,
// functions and procedures, schemas, enum types and domains. Role memberships, default
// privileges and privileges on cluster-level objects stay outside the model; roles are
// cluster-level too and assumed to exist.
#include <algorithm>
#include <cctype>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"
#include "schema/privileges.hpp"

namespace pgmorph::parser {

namespace {

using schema::AclKind;
using schema::QualifiedName;

/// The owner and ACL of one object, as GRANT, REVOKE and OWNER TO address them.
struct AclTarget {
  AclKind kind = AclKind::relation;
  std::optional<std::string>* owner = nullptr;
  std::vector<schema::Grant>* grants = nullptr;
  const schema::Table* table = nullptr;  ///< for column checks (a view's columns are not known)
  std::string what;                      ///< for messages, e.g. `table "public.t"`
};

template <class Object>
AclTarget target_of(AclKind kind, Object& object, std::string what) {
  return {kind, &object.owner, &object.grants, nullptr, std::move(what)};
}

std::string quoted(const QualifiedName& name) { return "\"" + display_name(name) + "\""; }

std::optional<AclTarget> find_relation(Context& context, const QualifiedName& name) {
  auto& catalog = context.catalog();
  if (auto table = catalog.tables.find(name); table != catalog.tables.end()) {
    AclTarget target = target_of(AclKind::relation, table->second, "table " + quoted(name));
    target.table = &table->second;
    return target;
  }
  if (auto view = catalog.views.find(name); view != catalog.views.end())
    return target_of(AclKind::relation, view->second, "view " + quoted(name));
  if (auto sequence = catalog.sequences.find(name); sequence != catalog.sequences.end())
    return target_of(AclKind::sequence, sequence->second, "sequence " + quoted(name));
  return std::nullopt;
}

std::optional<AclTarget> find_type(Context& context, const PgQuery__Node* object, bool domain_only) {
  if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_LIST) return std::nullopt;
  const QualifiedName name = qualified_from_parts(str_list(object->list->items, object->list->n_items));
  auto& catalog = context.catalog();
  if (auto domain = catalog.domains.find(name); domain != catalog.domains.end())
    return target_of(AclKind::type, domain->second, "domain " + quoted(name));
  if (auto type = catalog.enums.find(name); !domain_only && type != catalog.enums.end())
    return target_of(AclKind::type, type->second, "type " + quoted(name));
  if (auto type = catalog.range_types.find(name); !domain_only && type != catalog.range_types.end())
    return target_of(AclKind::type, type->second, "type " + quoted(name));
  if (auto type = catalog.composite_types.find(name); !domain_only && type != catalog.composite_types.end())
    return target_of(AclKind::type, type->second, "type " + quoted(name));
  return std::nullopt;
}

/// FUNCTION accepts only functions, PROCEDURE only procedures, ROUTINE both.
std::optional<AclTarget> find_routine(Context& context, const PgQuery__Node* object, PgQuery__ObjectType type) {
  schema::Function* function = find_function(context, object);
  if (function == nullptr) return std::nullopt;
  if ((type == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION && function->is_procedure) ||
      (type == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE && !function->is_procedure))
    return std::nullopt;
  const std::string what = std::string(function->is_procedure ? "procedure " : "function ") +
                           display_name(function->name) + "(" + function->identity_args + ")";
  return target_of(AclKind::routine, *function, what);
}

/// The name an unresolved object is reported under.
std::string object_text(const PgQuery__Node* object) {
  if (object == nullptr) return "?";
  switch (object->node_case) {
    case PG_QUERY__NODE__NODE_RANGE_VAR: return display_name(qualified_from_range_var(object->range_var));
    case PG_QUERY__NODE__NODE_STRING: return std::string(str_val(object));
    case PG_QUERY__NODE__NODE_LIST:
      return display_name(qualified_from_parts(str_list(object->list->items, object->list->n_items)));
    case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS: {
      const auto* function = object->object_with_args;
      return display_name(qualified_from_parts(str_list(function->objname, function->n_objname))) + "(...)";
    }
    default: return "?";
  }
}

/// The object a GRANT or OWNER TO names; empty after a diagnostic (or silently when its
/// CREATE already failed).
std::optional<AclTarget> resolve(Context& context, PgQuery__ObjectType type, const PgQuery__Node* object) {
  std::optional<AclTarget> target;
  switch (type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) break;
      const QualifiedName name = qualified_from_range_var(object->range_var);
      if (context.failed(name)) return std::nullopt;
      target = find_relation(context, name);
      if (target && type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE && target->kind != AclKind::sequence) {
        context.error("wrong-object-type", quoted(name) + " is not a sequence", object->range_var->location);
        return std::nullopt;
      }
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
      target = find_routine(context, object, type);
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      auto found = context.catalog().schemas.find(std::string(str_val(object)));
      if (found != context.catalog().schemas.end())
        target = target_of(AclKind::schema, found->second, "schema \"" + found->first + "\"");
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
      target = find_type(context, object, type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN);
      break;
    default:
      break;
  }
  if (!target) {
    std::string kind = object_type_name(type);
    std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return std::tolower(c); });
    context.error("undefined-object", kind + " \"" + object_text(object) + "\" does not exist");
  }
  return target;
}

/// Every object of `type` in the schemas listed (GRANT ... ON ALL TABLES IN SCHEMA s):
/// tables include views and materialized views, functions exclude procedures.
std::vector<AclTarget> all_in_schemas(Context& context, PgQuery__ObjectType type, PgQuery__Node** schemas,
                                      std::size_t count) {
  std::vector<AclTarget> targets;
  auto& catalog = context.catalog();
  for (const auto& schema_name : str_list(schemas, count)) {
    if (schema_name != schema::k_default_schema && catalog.schemas.count(schema_name) == 0) {
      context.error("undefined-object", "schema \"" + schema_name + "\" does not exist");
      continue;
    }
    auto in_schema = [&](const QualifiedName& name) { return name.schema == schema_name; };
    if (type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
      for (auto& [name, table] : catalog.tables)
        if (in_schema(name)) targets.push_back(*find_relation(context, name));
      for (auto& [name, view] : catalog.views)
        if (in_schema(name)) targets.push_back(target_of(AclKind::relation, view, "view " + quoted(name)));
    } else if (type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE) {
      for (auto& [name, sequence] : catalog.sequences)
        if (in_schema(name)) targets.push_back(target_of(AclKind::sequence, sequence, "sequence " + quoted(name)));
    } else {
      for (auto& [key, function] : catalog.functions) {
        if (!in_schema(key.name)) continue;
        if ((type == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION && function.is_procedure) ||
            (type == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE && !function.is_procedure))
          continue;
        targets.push_back(target_of(AclKind::routine, function, display_name(key.name)));
      }
    }
  }
  return targets;
}

bool is_managed(PgQuery__ObjectType type) {
  switch (type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
      return true;
    default:
      return false;
  }
}

bool names_public_schema(PgQuery__ObjectType type, const PgQuery__Node* object) {
  return type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA && str_val(object) == schema::k_default_schema;
}

/// One privilege as written: upper-case name (empty for ALL) and its column list.
struct Privilege {
  std::string name;
  std::vector<std::string> columns;
};

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

/// The privileges a statement's list means on `target` (ALL expanded); empty after a
/// diagnostic. Privileges a sequence lacks are dropped when it is addressed as a table,
/// which PostgreSQL only warns about.
std::optional<std::vector<Privilege>> privileges_for(Context& context, const AclTarget& target,
                                                     const std::vector<Privilege>& written, bool as_table) {
  std::vector<Privilege> out;
  for (const auto& privilege : written) {
    if (privilege.name.empty()) {
      for (const auto& name : schema::all_privileges(target.kind))
        if (privilege.columns.empty() || schema::privilege_applies(target.kind, name, true))
          out.push_back({name, privilege.columns});
      continue;
    }
    if (!schema::privilege_applies(target.kind, privilege.name, !privilege.columns.empty())) {
      if (as_table && target.kind == AclKind::sequence && privilege.columns.empty()) continue;
      context.error("invalid-grant-operation", "invalid privilege type " + privilege.name +
                                                   (privilege.columns.empty() ? " for " : " for column of ") +
                                                   target.what);
      return std::nullopt;
    }
    out.push_back(privilege);
  }
  for (const auto& privilege : out) {
    if (target.table == nullptr) continue;
    for (const auto& column : privilege.columns) {
      const auto& columns = target.table->columns;
      if (std::none_of(columns.begin(), columns.end(), [&](const schema::Column& c) { return c.name == column; })) {
        context.error("undefined-object", "column \"" + column + "\" of " + target.what + " does not exist");
        return std::nullopt;
      }
    }
  }
  return out;
}

}  // namespace

bool owner_of(Context& context, const PgQuery__RoleSpec* role, std::optional<std::string>& owner) {
  switch (role->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING:
      if (std::string_view(role->rolename) == schema::k_public_grantee) {
        // Indistinguishable from PUBLIC in the model, and hardly ever meant.
        context.error("unsupported-feature", "a role named \"PUBLIC\" is not supported", role->location);
        return false;
      }
      owner = role->rolename;
      return true;
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC:
      context.error("undefined-object", "role \"public\" does not exist", role->location);
      return false;
    default:
      // CURRENT_USER, CURRENT_ROLE, SESSION_USER: the role that runs the migration.
      owner.reset();
      return true;
  }
}

void set_relation_owner(Context& context, PgQuery__RangeVar* relation, const PgQuery__RoleSpec* role,
                        bool missing_ok) {
  const QualifiedName name = qualified_from_range_var(relation);
  std::optional<std::string> owner;
  if (!owner_of(context, role, owner)) return;
  auto& catalog = context.catalog();
  if (auto table = catalog.tables.find(name); table != catalog.tables.end()) {
    table->second.owner = owner;
    // Sequences the table owns (serial columns) follow it, as in PostgreSQL.
    for (auto& [sequence_name, sequence] : catalog.sequences)
      if (sequence.owned_by_table == name) sequence.owner = owner;
    return;
  }
  if (auto target = find_relation(context, name)) {
    *target->owner = owner;
    return;
  }
  if (catalog.indexes.count(name) != 0)
    return translate_not_managed(context, "OWNER TO of an index", "an index always belongs to its table's owner");
  if (missing_ok || context.failed(name)) return;
  context.error("undefined-object", "relation " + quoted(name) + " does not exist", relation->location);
}

void translate_alter_owner(Context& context, PgQuery__AlterOwnerStmt* stmt) {
  const PgQuery__ObjectType type = stmt->object_type;
  if (!is_managed(type) || type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE)
    return translate_not_managed(context, "ALTER " + object_type_name(type) + " ... OWNER TO",
                                 "the owners of such objects are not managed");
  if (names_public_schema(type, stmt->object))
    return translate_not_managed(context, "ALTER SCHEMA public OWNER TO", "the public schema is not managed");
  std::optional<std::string> owner;
  if (!owner_of(context, stmt->newowner, owner)) return;
  if (auto target = resolve(context, type, stmt->object)) *target->owner = owner;
}

void translate_grant(Context& context, PgQuery__GrantStmt* stmt) {
  const std::string verb = stmt->is_grant ? "GRANT" : "REVOKE";
  const PgQuery__ObjectType type = stmt->objtype;
  if (!is_managed(type))
    return translate_not_managed(context, verb + " ON " + object_type_name(type),
                                 "privileges on such objects are not managed");
  if (stmt->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_DEFAULTS) return;  // ALTER DEFAULT PRIVILEGES
  const std::size_t errors_before = context.error_count();

  std::vector<AclTarget> targets;
  if (stmt->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA) {
    targets = all_in_schemas(context, type, stmt->objects, stmt->n_objects);
  } else {
    for (std::size_t i = 0; i < stmt->n_objects; ++i) {
      if (names_public_schema(type, stmt->objects[i])) {
        translate_not_managed(context, verb + " ON SCHEMA public", "the public schema is not managed");
        continue;
      }
      if (auto target = resolve(context, type, stmt->objects[i])) targets.push_back(std::move(*target));
    }
  }

  std::vector<Privilege> written;
  for (std::size_t i = 0; i < stmt->n_privileges; ++i) {
    const PgQuery__AccessPriv* access = stmt->privileges[i]->access_priv;
    const std::string name = access->priv_name != nullptr ? upper(access->priv_name) : "";
    std::vector<std::string> columns = str_list(access->cols, access->n_cols);
    std::sort(columns.begin(), columns.end());
    written.push_back({name == "ALL" ? "" : name, std::move(columns)});
  }
  if (written.empty()) written.push_back({"", {}});  // ALL [PRIVILEGES]

  std::vector<std::string> grantees;
  for (std::size_t i = 0; i < stmt->n_grantees; ++i) {
    const PgQuery__RoleSpec* role = stmt->grantees[i]->role_spec;
    if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC) {
      grantees.emplace_back(schema::k_public_grantee);
    } else if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING) {
      if (std::string_view(role->rolename) == schema::k_public_grantee)
        context.error("unsupported-feature", "a role named \"PUBLIC\" is not supported", role->location);
      grantees.emplace_back(role->rolename);
    } else {
      translate_not_managed(context, verb + " to the role running the migration",
                            "its privileges are those of an owner and not modeled");
    }
  }

  // Like PostgreSQL, a statement with an error changes nothing.
  std::vector<std::pair<AclTarget, std::vector<Privilege>>> work;
  for (const auto& target : targets) {
    auto privileges = privileges_for(context, target, written, type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE);
    if (privileges) work.emplace_back(target, std::move(*privileges));
  }
  if (context.error_count() != errors_before) return;
  for (auto& [target, privileges] : work) {
    for (const auto& grantee : grantees) {
      for (const auto& privilege : privileges) {
        if (stmt->is_grant)
          schema::grant(*target.grants, grantee, privilege.name, privilege.columns, stmt->grant_option);
        else
          schema::revoke(*target.grants, grantee, privilege.name, privilege.columns, stmt->grant_option);
      }
    }
  }
}

}  // namespace pgmorph::parser
