// Owners and privileges: ALTER ... OWNER TO, GRANT and REVOKE.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "codegen/render_families.hpp"
#include "diff/acl.hpp"
#include "schema/privileges.hpp"

namespace pgmorph::codegen {

namespace {

using diff::AclObjectKind;
using diff::AclTarget;
using schema::AclKey;
using schema::AclMap;

/// `TABLE public.t`, `FUNCTION public.f(integer)`, `SCHEMA s`... as GRANT writes the object.
void grant_object(SqlBuilder& sql, const AclTarget& target) {
  switch (target.kind) {
    case AclObjectKind::table:
    case AclObjectKind::view:
    case AclObjectKind::materialized_view: sql.keyword("TABLE").qualified(target.name); break;
    case AclObjectKind::sequence: sql.keyword("SEQUENCE").qualified(target.name); break;
    case AclObjectKind::function:
    case AclObjectKind::procedure:
      sql.keyword(target.kind == AclObjectKind::function ? "FUNCTION" : "PROCEDURE")
          .qualified(target.name)
          .punct("(" + target.args + ")");
      break;
    case AclObjectKind::schema: sql.keyword("SCHEMA").ident(target.name.name); break;
    case AclObjectKind::type: sql.keyword("TYPE").qualified(target.name); break;
    case AclObjectKind::domain: sql.keyword("DOMAIN").qualified(target.name); break;
  }
}

std::string_view alter_keyword(AclObjectKind kind) {
  switch (kind) {
    case AclObjectKind::table: return "ALTER TABLE";
    case AclObjectKind::view: return "ALTER VIEW";
    case AclObjectKind::materialized_view: return "ALTER MATERIALIZED VIEW";
    case AclObjectKind::sequence: return "ALTER SEQUENCE";
    case AclObjectKind::function: return "ALTER FUNCTION";
    case AclObjectKind::procedure: return "ALTER PROCEDURE";
    case AclObjectKind::schema: return "ALTER SCHEMA";
    case AclObjectKind::type: return "ALTER TYPE";
    case AclObjectKind::domain: return "ALTER DOMAIN";
  }
  return "ALTER TABLE";
}

void grantee(SqlBuilder& sql, const std::string& role) {
  if (role == schema::k_public_grantee)
    sql.keyword("PUBLIC");
  else
    sql.ident(role);
}

/// `table public.t`, `function public.f(integer)`... for statement summaries.
std::string what(const AclTarget& target) {
  // "ALTER TABLE" -> "table", "ALTER MATERIALIZED VIEW" -> "materialized view"...
  std::string text(alter_keyword(target.kind).substr(6));
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  text += " ";
  text += target.kind == AclObjectKind::schema ? target.name.name : schema::display_name(target.name);
  if (target.kind == AclObjectKind::function || target.kind == AclObjectKind::procedure)
    text += "(" + target.args + ")";
  return text;
}

/// Privileges of one grantee in one GRANT or REVOKE: whole-object ones, then per privilege
/// the columns it applies to.
struct PrivilegeList {
  std::set<std::string> object;
  std::map<std::string, std::vector<std::string>> columns;

  void add(const AclKey& key) {
    if (key.column.empty())
      object.insert(key.privilege);
    else
      columns[key.privilege].push_back(key.column);
  }

  void write(SqlBuilder& sql) const {
    auto by_rank = [](const std::string& a, const std::string& b) {
      return std::pair(schema::privilege_rank(a), a) < std::pair(schema::privilege_rank(b), b);
    };
    std::vector<std::string> names(object.begin(), object.end());
    std::sort(names.begin(), names.end(), by_rank);
    std::vector<std::string> column_names;
    for (const auto& [privilege, list] : columns) column_names.push_back(privilege);
    std::sort(column_names.begin(), column_names.end(), by_rank);
    bool first = true;
    auto comma = [&] {
      if (!first) sql.punct(",");
      first = false;
    };
    for (const auto& name : names) {
      comma();
      sql.keyword(name);
    }
    for (const auto& name : column_names) {
      comma();
      sql.keyword(name).ident_list(columns.at(name));
    }
  }
};

/// Steps keyed by (grantee, grant option) so each grantee gets one statement per kind.
using Groups = std::map<std::pair<std::string, bool>, PrivilegeList>;

}  // namespace

std::vector<Step> privilege_steps(const AclTarget& target, const std::vector<schema::Grant>& from,
                                  const std::vector<schema::Grant>& to, const std::optional<std::string>& owner) {
  const AclMap before = schema::expand_grants(from);
  const AclMap after = schema::expand_grants(to);
  Groups revokes;  // key: (grantee, grant option only)
  Groups grants;   // key: (grantee, WITH GRANT OPTION)
  // REVOKE on the whole object also takes the privilege (or its grant option) away from
  // every column, so column privileges that stay are granted again afterwards.
  std::set<std::pair<std::string, std::string>> wiped, wiped_option;
  for (const auto& [key, with_option] : before) {
    auto kept = after.find(key);
    if (!key.column.empty()) continue;
    if (kept == after.end()) {
      revokes[{key.grantee, false}].add(key);
      wiped.insert({key.grantee, key.privilege});
    } else if (with_option && !kept->second) {
      revokes[{key.grantee, true}].add(key);
      wiped_option.insert({key.grantee, key.privilege});
    }
  }
  for (const auto& [key, with_option] : before) {
    if (key.column.empty() || wiped.contains({key.grantee, key.privilege})) continue;
    auto kept = after.find(key);
    if (kept == after.end())
      revokes[{key.grantee, false}].add(key);
    else if (with_option && !kept->second && !wiped_option.contains({key.grantee, key.privilege}))
      revokes[{key.grantee, true}].add(key);
  }
  for (const auto& [key, with_option] : after) {
    auto held = before.find(key);
    const bool column_wiped = !key.column.empty() && wiped.contains({key.grantee, key.privilege});
    const bool option_wiped = !key.column.empty() && with_option && wiped_option.contains({key.grantee, key.privilege});
    if (held == before.end() || column_wiped || (with_option && (!held->second || option_wiped)))
      grants[{key.grantee, with_option}].add(key);
  }

  std::vector<Step> steps;
  bool revoked_from_role = false;
  for (const auto& [group, list] : revokes) {
    const auto& [role, option_only] = group;
    SqlBuilder sql;
    sql.keyword(option_only ? "REVOKE GRANT OPTION FOR" : "REVOKE");
    list.write(sql);
    sql.keyword("ON");
    grant_object(sql, target);
    sql.keyword("FROM");
    grantee(sql, role);
    steps.push_back(step(sql));
    revoked_from_role = revoked_from_role || (!option_only && !list.object.empty() && role != schema::k_public_grantee);
  }
  // With the owner unset the object belongs to the role running the migration, whose name
  // the plan does not know. If that is the role just revoked from, the revoke took the
  // owner's own privileges, which the model keeps implicit and whole: give them back (a
  // no-op for any other role).
  if (revoked_from_role && !owner) {
    SqlBuilder sql;
    sql.keyword("GRANT ALL ON");
    grant_object(sql, target);
    sql.keyword("TO CURRENT_USER");
    steps.push_back(step(sql));
  }
  for (const auto& [group, list] : grants) {
    const auto& [role, with_option] = group;
    SqlBuilder sql;
    sql.keyword("GRANT");
    list.write(sql);
    sql.keyword("ON");
    grant_object(sql, target);
    sql.keyword("TO");
    grantee(sql, role);
    if (with_option) sql.keyword("WITH GRANT OPTION");
    steps.push_back(step(sql));
  }
  return steps;
}

Step owner_step(const AclTarget& target, const std::optional<std::string>& owner) {
  SqlBuilder sql;
  sql.keyword(alter_keyword(target.kind));
  if (target.kind == AclObjectKind::schema)
    sql.ident(target.name.name);
  else
    sql.qualified(target.name);
  if (target.kind == AclObjectKind::function || target.kind == AclObjectKind::procedure)
    sql.punct("(" + target.args + ")");
  sql.keyword("OWNER TO");
  // Unset means the role that runs the migration (CURRENT_USER needs PostgreSQL 14).
  if (owner)
    sql.ident(*owner);
  else
    sql.keyword("CURRENT_USER");
  return step(sql);
}

void append_acl(std::vector<Step>& steps, const AclTarget& target, const std::optional<std::string>& owner,
                const std::vector<schema::Grant>& grants) {
  // Granted before the owner changes: the role running the migration may lose the right
  // to grant once it no longer owns the object.
  for (auto& s : privilege_steps(target, diff::default_grants(target.kind), grants, std::nullopt))
    steps.push_back(std::move(s));
  if (owner) steps.push_back(owner_step(target, owner));
}

Statements render_change(const diff::SetOwner& change) {
  return {simple("change owner of " + what(change.target), owner_step(change.target, change.to),
                 owner_step(change.target, change.from))};
}

Statements render_change(const diff::ChangePrivileges& change) {
  Statement statement;
  statement.summary = "change privileges on " + what(change.target);
  statement.up = privilege_steps(change.target, change.from, change.to, change.owner);
  statement.reverse = privilege_steps(change.target, change.to, change.from, change.owner);
  // Only taking a privilege away can break a client that holds it.
  auto revokes = [](const std::vector<schema::Grant>& before, const std::vector<schema::Grant>& after) {
    return std::any_of(before.begin(), before.end(), [&](const schema::Grant& g) {
      return std::find(after.begin(), after.end(), g) == after.end();
    });
  };
  const std::string revoked = "privileges revoked on " + what(change.target);
  if (revokes(change.from, change.to)) statement.hazards.push_back({HazardCode::authz_change, revoked});
  if (revokes(change.to, change.from)) statement.reverse_hazards.push_back({HazardCode::authz_change, revoked});
  return {statement};
}

}  // namespace pgmorph::codegen
