// Domains.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using diff::CommentKind;
using schema::Domain;
using schema::DomainCheck;

SqlBuilder alter_domain(const Domain& domain) {
  SqlBuilder sql;
  sql.keyword("ALTER DOMAIN").qualified(domain.name);
  return sql;
}

Step add_check(const Domain& domain, const DomainCheck& check) {
  SqlBuilder sql = alter_domain(domain);
  sql.keyword("ADD CONSTRAINT").ident(check.name).raw(check.definition);
  if (check.not_valid) sql.keyword("NOT VALID");
  return step(sql);
}

Step drop_check(const Domain& domain, const DomainCheck& check) {
  return step(alter_domain(domain).keyword("DROP CONSTRAINT").ident(check.name));
}

Step drop_domain_step(const Domain& domain) {
  return step(SqlBuilder().keyword("DROP DOMAIN").qualified(domain.name));
}

const DomainCheck* find_check(const Domain& domain, const std::string& name) {
  for (const auto& check : domain.checks)
    if (check.name == name) return &check;
  return nullptr;
}

}  // namespace

std::vector<Step> create_domain_steps(const Domain& domain) {
  SqlBuilder sql;
  sql.keyword("CREATE DOMAIN").qualified(domain.name).keyword("AS").raw(domain.base_type);
  if (domain.collation) sql.keyword("COLLATE").raw(*domain.collation);
  if (domain.default_expr) sql.keyword("DEFAULT").raw(*domain.default_expr);
  if (domain.not_null) sql.keyword("NOT NULL");
  for (const auto& check : domain.checks)
    if (!check.not_valid) sql.keyword("CONSTRAINT").ident(check.name).raw(check.definition);
  std::vector<Step> steps{step(sql)};
  for (const auto& check : domain.checks)
    if (check.not_valid) steps.push_back(add_check(domain, check));
  append_comment(steps, {CommentKind::domain, domain.name, ""}, domain.comment);
  append_acl(steps, diff::acl_target(domain), domain.owner, domain.grants);
  return steps;
}

Statements render_change(const diff::CreateDomain& change) {
  Statement statement;
  statement.summary = "create domain " + schema::display_name(change.domain.name);
  statement.up = create_domain_steps(change.domain);
  statement.reverse = {drop_domain_step(change.domain)};
  return {statement};
}

Statements render_change(const diff::DropDomain& change) {
  Statement statement;
  statement.summary = "drop domain " + schema::display_name(change.old.name);
  statement.up = {drop_domain_step(change.old)};
  statement.reverse = create_domain_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_type, schema::display_name(change.old.name)});
  return {statement};
}

Statements render_change(const diff::AlterDomain& change) {
  const Domain& from = change.from;
  const Domain& to = change.to;
  const std::string what = " of domain " + schema::display_name(to.name);
  Statements out;
  auto set_default = [&](const Domain& d) {
    return step(alter_domain(d).keyword("SET DEFAULT").raw(*d.default_expr));
  };
  auto drop_default = [&](const Domain& d) { return step(alter_domain(d).keyword("DROP DEFAULT")); };
  if (from.default_expr != to.default_expr) {
    if (to.default_expr)
      out.push_back(simple("set default" + what, set_default(to),
                           from.default_expr ? set_default(from) : drop_default(from)));
    else
      out.push_back(simple("drop default" + what, drop_default(to), set_default(from)));
  }
  if (from.not_null != to.not_null) {
    auto nn = [&](bool set) { return step(alter_domain(to).keyword(set ? "SET NOT NULL" : "DROP NOT NULL")); };
    out.push_back(simple("change not null" + what, nn(to.not_null), nn(from.not_null)));
  }
  for (const auto& check : from.checks) {
    const DomainCheck* kept = find_check(to, check.name);
    if (!kept || kept->definition != check.definition || kept->not_valid != check.not_valid)
      out.push_back(simple("drop check " + check.name + what, drop_check(from, check), add_check(from, check)));
  }
  for (const auto& check : to.checks) {
    const DomainCheck* before = find_check(from, check.name);
    if (!before || before->definition != check.definition || before->not_valid != check.not_valid)
      out.push_back(simple("add check " + check.name + what, add_check(to, check), drop_check(to, check)));
  }
  return out;
}

}  // namespace pgmorph::codegen
