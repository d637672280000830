// Row-level security: ALTER TABLE ... ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY,
// CREATE POLICY, DROP POLICY and ALTER POLICY.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::Policy;

SqlBuilder alter_table(const schema::QualifiedName& table) {
  SqlBuilder sql;
  sql.keyword("ALTER TABLE").qualified(table);
  return sql;
}

Step enable_step(const schema::QualifiedName& table, bool enabled) {
  return step(alter_table(table).keyword(enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY"));
}

Step force_step(const schema::QualifiedName& table, bool forced) {
  return step(alter_table(table).keyword(forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY"));
}

/// The steps from one pair of flags to another; the two are independent in PostgreSQL.
std::vector<Step> row_security_steps(const schema::QualifiedName& table, bool from_enabled, bool to_enabled,
                                     bool from_forced, bool to_forced) {
  std::vector<Step> steps;
  if (from_enabled != to_enabled) steps.push_back(enable_step(table, to_enabled));
  if (from_forced != to_forced) steps.push_back(force_step(table, to_forced));
  return steps;
}

bool is_public_only(const Policy& policy) {
  return policy.roles.size() == 1 && policy.roles.front() == schema::k_public_grantee;
}

void role_list(SqlBuilder& sql, const std::vector<std::string>& roles) {
  for (std::size_t i = 0; i < roles.size(); ++i) {
    if (i > 0) sql.punct(",");
    if (roles[i] == schema::k_public_grantee || roles[i] == schema::k_current_user_role)
      sql.keyword(roles[i]);
    else
      sql.ident(roles[i]);
  }
}

void expression(SqlBuilder& sql, std::string_view clause, const std::string& text) {
  sql.keyword(clause).punct(" (").raw(text).punct(")");
}

SqlBuilder policy_head(std::string_view verb, const Policy& policy) {
  SqlBuilder sql;
  sql.keyword(verb).ident(policy.name).keyword("ON").qualified(policy.table);
  return sql;
}

Step create_policy_step(const Policy& policy) {
  SqlBuilder sql = policy_head("CREATE POLICY", policy);
  if (!policy.permissive) sql.keyword("AS RESTRICTIVE");
  if (policy.command != schema::PolicyCommand::all)
    sql.keyword("FOR").keyword(schema::policy_command_keyword(policy.command));
  if (!is_public_only(policy)) {
    sql.keyword("TO");
    role_list(sql, policy.roles);
  }
  if (policy.using_expr) expression(sql, "USING", *policy.using_expr);
  if (policy.check_expr) expression(sql, "WITH CHECK", *policy.check_expr);
  return step(sql);
}

Step drop_policy_step(const Policy& policy) { return step(policy_head("DROP POLICY", policy)); }

/// One ALTER POLICY with the clauses that differ (AlterPolicy guarantees the expressions
/// `to` has are the ones `from` has, so nothing is left to remove).
Step alter_policy_step(const Policy& from, const Policy& to) {
  SqlBuilder sql = policy_head("ALTER POLICY", to);
  if (from.roles != to.roles) {
    sql.keyword("TO");
    role_list(sql, to.roles);
  }
  if (to.using_expr && from.using_expr != to.using_expr) expression(sql, "USING", *to.using_expr);
  if (to.check_expr && from.check_expr != to.check_expr) expression(sql, "WITH CHECK", *to.check_expr);
  return step(sql);
}

std::string what(const Policy& policy) {
  return "policy " + policy.name + " on " + schema::display_name(policy.table);
}

}  // namespace

void append_row_security(std::vector<Step>& steps, const schema::Table& table) {
  for (auto& added : row_security_steps(table.name, false, table.row_security, false, table.force_row_security))
    steps.push_back(std::move(added));
}

std::vector<Step> create_policy_steps(const Policy& policy) {
  std::vector<Step> steps{create_policy_step(policy)};
  append_comment(steps, {diff::CommentKind::policy, policy.table, policy.name}, policy.comment);
  return steps;
}

Statements render_change(const diff::SetRowSecurity& change) {
  Statement statement;
  statement.summary = "set row level security of " + schema::display_name(change.table);
  statement.up = row_security_steps(change.table, change.from_enabled, change.to_enabled, change.from_forced,
                                    change.to_forced);
  statement.reverse = row_security_steps(change.table, change.to_enabled, change.from_enabled, change.to_forced,
                                         change.from_forced);
  statement.hazards.push_back({HazardCode::authz_change, "row level security of " + schema::display_name(change.table)});
  return {statement};
}

Statements render_change(const diff::CreatePolicy& change) {
  Statement statement;
  statement.summary = "create " + what(change.policy);
  statement.up = create_policy_steps(change.policy);
  statement.reverse = {drop_policy_step(change.policy)};
  statement.hazards.push_back({HazardCode::authz_change, what(change.policy)});
  return {statement};
}

Statements render_change(const diff::DropPolicy& change) {
  Statement statement;
  statement.summary = "drop " + what(change.old);
  statement.up = {drop_policy_step(change.old)};
  statement.reverse = create_policy_steps(change.old);
  statement.hazards.push_back({HazardCode::authz_change, what(change.old)});
  return {statement};
}

Statements render_change(const diff::AlterPolicy& change) {
  Statement statement = simple("alter " + what(change.to), alter_policy_step(change.from, change.to),
                               alter_policy_step(change.to, change.from));
  statement.hazards.push_back({HazardCode::authz_change, what(change.to)});
  return {statement};
}

}  // namespace pgmorph::codegen
