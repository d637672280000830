// CREATE POLICY, ALTER POLICY (TO / USING / WITH CHECK) and ALTER POLICY ... RENAME TO.
// The checks are PostgreSQL's (commands/policy.c), so a file the server would reject is an
// error here too.
#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

using schema::Policy;
using schema::PolicyCommand;

PolicyCommand command_of(std::string_view name) {
  // The grammar gives the lower-case keyword; no FOR clause is "all".
  if (name == "select") return PolicyCommand::select;
  if (name == "insert") return PolicyCommand::insert;
  if (name == "update") return PolicyCommand::update;
  if (name == "delete") return PolicyCommand::delete_;
  return PolicyCommand::all;
}

/// The roles of a TO list; false after a diagnostic.
bool roles_of(Context& context, PgQuery__Node** nodes, std::size_t count, std::vector<std::string>& roles) {
  roles.clear();
  for (std::size_t i = 0; i < count; ++i) {
    const PgQuery__RoleSpec* role = nodes[i]->role_spec;
    switch (role->roletype) {
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: roles.emplace_back(schema::k_public_grantee); break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING: {
        const std::string_view name = role->rolename;
        if (name == schema::k_public_grantee || name == schema::k_current_user_role) {
          // Indistinguishable from the keyword in the model, and hardly ever meant.
          context.error("unsupported-feature", "a role named \"" + std::string(name) + "\" is not supported",
                        role->location);
          return false;
        }
        roles.emplace_back(name);
        break;
      }
      default:
        // CURRENT_USER, CURRENT_ROLE, SESSION_USER: PostgreSQL stores the role running the
        // statement, which the migration role is when a plan creates the policy.
        roles.emplace_back(schema::k_current_user_role);
    }
  }
  return true;
}

/// PostgreSQL's rules on which expressions a command takes; false after a diagnostic.
bool check_clauses(Context& context, const Policy& policy, int32_t location) {
  if (policy.command == PolicyCommand::insert && policy.using_expr) {
    context.error("syntax-error", "only WITH CHECK expression allowed for INSERT", location);
    return false;
  }
  if ((policy.command == PolicyCommand::select || policy.command == PolicyCommand::delete_) &&
      policy.check_expr) {
    context.error("syntax-error", "WITH CHECK cannot be applied to SELECT or DELETE", location);
    return false;
  }
  return true;
}

/// Adds what the canonical expression `text` reads (columns, functions, relations, types)
/// to the policy. Read back from the text, so that an expression ALTER POLICY replaced
/// leaves nothing behind.
void add_uses(Context& context, Policy& policy, const std::string& text) {
  const std::string sql = "SELECT " + text;
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  if (parsed.error != nullptr) {
    pg_query_free_protobuf_parse_result(parsed);
    throw schema::InternalError("cannot reparse policy expression: " + text);
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      context.arena().allocator(), parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  PgQuery__Node* expr = tree->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val;
  canonical_expression_text(context, expr, policy.refs);
  for (auto& column : referenced_columns(&expr->base)) policy.columns.push_back(std::move(column));
}

void recompute_uses(Context& context, Policy& policy) {
  policy.refs.clear();
  policy.columns.clear();
  if (policy.using_expr) add_uses(context, policy, *policy.using_expr);
  if (policy.check_expr) add_uses(context, policy, *policy.check_expr);
}

std::string expression_text(Context& context, PgQuery__Node* expr) {
  std::vector<schema::ObjectRef> ignored;  // recompute_uses() reads them from the text
  return canonical_expression_text(context, expr, ignored);
}

std::string exists_message(const schema::PolicyKey& key, std::string_view how) {
  return "policy \"" + key.name + "\" for table \"" + display_name(key.table) + "\" " + std::string(how);
}

/// The policy `name` on `relation`; null after a diagnostic.
Policy* find_policy(Context& context, PgQuery__RangeVar* relation, const std::string& name) {
  const schema::PolicyKey key{qualified_from_range_var(relation), name};
  auto found = context.catalog().policies.find(key);
  if (found != context.catalog().policies.end()) return &found->second;
  if (!context.failed(key.table)) context.error("undefined-object", exists_message(key, "does not exist"), relation->location);
  return nullptr;
}

}  // namespace

void translate_create_policy(Context& context, PgQuery__CreatePolicyStmt* stmt) {
  Policy policy;
  policy.name = stmt->policy_name;
  policy.table = qualified_from_range_var(stmt->table);
  if (context.catalog().tables.count(policy.table) == 0) {
    if (context.failed(policy.table)) return;
    const bool other = context.relation_exists(policy.table);
    return context.error(other ? "wrong-object-type" : "undefined-object",
                         "relation \"" + display_name(policy.table) + (other ? "\" is not a table" : "\" does not exist"),
                         stmt->table->location);
  }
  const schema::PolicyKey key{policy.table, policy.name};
  if (context.catalog().policies.count(key) != 0)
    return context.error("duplicate-object", exists_message(key, "already exists"), stmt->table->location);
  policy.permissive = stmt->permissive;
  policy.command = command_of(stmt->cmd_name != nullptr ? stmt->cmd_name : "");
  if (!roles_of(context, stmt->roles, stmt->n_roles, policy.roles)) return;
  if (stmt->qual != nullptr) policy.using_expr = expression_text(context, stmt->qual);
  if (stmt->with_check != nullptr) policy.check_expr = expression_text(context, stmt->with_check);
  if (!check_clauses(context, policy, stmt->table->location)) return;
  recompute_uses(context, policy);
  context.catalog().policies.emplace(key, std::move(policy));
}

void translate_alter_policy(Context& context, PgQuery__AlterPolicyStmt* stmt) {
  Policy* found = find_policy(context, stmt->table, stmt->policy_name);
  if (found == nullptr) return;
  Policy policy = *found;
  if (stmt->n_roles > 0 && !roles_of(context, stmt->roles, stmt->n_roles, policy.roles)) return;
  if (stmt->qual != nullptr) policy.using_expr = expression_text(context, stmt->qual);
  if (stmt->with_check != nullptr) policy.check_expr = expression_text(context, stmt->with_check);
  if (!check_clauses(context, policy, stmt->table->location)) return;
  recompute_uses(context, policy);
  *found = std::move(policy);
}

void translate_rename_policy(Context& context, PgQuery__RenameStmt* stmt) {
  Policy* found = find_policy(context, stmt->relation, stmt->subname);
  if (found == nullptr) return;
  const schema::PolicyKey key{found->table, stmt->newname};
  auto& policies = context.catalog().policies;
  if (policies.count(key) != 0)
    return context.error("duplicate-object", exists_message(key, "already exists"), stmt->relation->location);
  Policy policy = std::move(*found);
  policies.erase({policy.table, policy.name});
  policy.name = key.name;
  policies.emplace(key, std::move(policy));
}

}  // namespace pgmorph::parser
