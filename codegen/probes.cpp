#include "codegen/probes.hpp"

#include "codegen/sql_builder.hpp"

namespace pgmorph::codegen {

namespace {

using schema::QualifiedName;

std::string table_text(const QualifiedName& table) { return SqlBuilder().qualified(table).str(); }
std::string ident(const std::string& name) { return SqlBuilder().ident(name).str(); }

std::string joined(const std::vector<std::string>& columns, const std::string& separator,
                   const std::string& suffix = "") {
  std::string out;
  for (const auto& column : columns) {
    if (!out.empty()) out += separator;
    out += ident(column) + suffix;
  }
  return out;
}

/// `(a, b)` after `REFERENCES schema.table ` in a foreign key definition.
std::vector<std::string> referenced_columns(const std::string& definition) {
  const auto at = definition.find(" REFERENCES ");
  if (at == std::string::npos) return {};
  const auto open = definition.find('(', at);
  const auto close = definition.find(')', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> out;
  std::string current;
  bool quoted = false;
  for (std::size_t i = open + 1; i < close; ++i) {
    const char c = definition[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.push_back(current);
      current.clear();
    } else if (c != ' ' || quoted) {
      current += c;
    }
  }
  out.push_back(current);
  return out;
}

/// Key columns that are plain names (an expression key gives nothing).
bool plain_columns(const std::vector<std::string>& columns) {
  if (columns.empty()) return false;
  for (const auto& column : columns)
    if (column.empty() || column == "expr") return false;
  return true;
}

std::vector<Probe> duplicates(const QualifiedName& table, const std::vector<std::string>& columns, const std::string& what) {
  if (!plain_columns(columns)) return {};
  return {{"groups of rows of " + schema::display_name(table) + " sharing (" + joined(columns, ", ") + ") (" + what +
               " fails on them)",
           "SELECT count(*) FROM (SELECT 1 FROM " + table_text(table) + " WHERE " +
               joined(columns, " AND ", " IS NOT NULL") + " GROUP BY " + joined(columns, ", ") +
               " HAVING count(*) > 1) AS duplicates",
           true}};
}

}  // namespace

Probe null_rows(const QualifiedName& table, const std::string& column) {
  return {"rows of " + schema::display_name(table) + " where " + column + " is NULL (SET NOT NULL fails on them)",
          "SELECT count(*) FROM " + table_text(table) + " WHERE " + ident(column) + " IS NULL", true};
}

Probe all_rows(const QualifiedName& table, bool blocks, const std::string& why) {
  return {"rows of " + schema::display_name(table) + " (" + why + ")", "SELECT count(*) FROM " + table_text(table),
          blocks};
}

Probe values_in(const QualifiedName& table, const std::string& column) {
  return {"values in " + schema::display_name(table) + "." + column + " (the drop destroys them)",
          "SELECT count(*) FROM " + table_text(table) + " WHERE " + ident(column) + " IS NOT NULL", false};
}

std::vector<Probe> key_violations(const QualifiedName& table, const schema::Constraint& constraint) {
  const bool primary = constraint.kind == schema::ConstraintKind::primary_key;
  // NULLS NOT DISTINCT makes NULLs collide too; the plain count is a lower bound then.
  auto out = duplicates(table, constraint.columns, primary ? "the primary key" : "the unique constraint");
  if (primary && plain_columns(constraint.columns))
    out.push_back({"rows of " + schema::display_name(table) + " with a NULL key column (the primary key fails on them)",
                   "SELECT count(*) FROM " + table_text(table) + " WHERE " +
                       joined(constraint.columns, " OR ", " IS NULL"),
                   true});
  return out;
}

std::vector<Probe> unique_index_violations(const schema::Index& index) {
  // A partial index only constrains the rows its predicate selects: not probed.
  if (index.definition.find(" WHERE ") != std::string::npos) return {};
  return duplicates(index.table, index.key_names, "the unique index");
}

std::vector<Probe> orphan_rows(const QualifiedName& table, const schema::Constraint& constraint) {
  const auto referenced = referenced_columns(constraint.definition);
  if (!constraint.referenced_table || !plain_columns(constraint.columns) ||
      referenced.size() != constraint.columns.size())
    return {};
  std::string match;
  for (std::size_t i = 0; i < referenced.size(); ++i) {
    if (!match.empty()) match += " AND ";
    match += "p." + referenced[i] + " = c." + ident(constraint.columns[i]);
  }
  return {{"rows of " + schema::display_name(table) + " whose " + constraint.name + " finds no row in " +
               schema::display_name(*constraint.referenced_table) + " (validating it fails on them)",
           "SELECT count(*) FROM " + table_text(table) + " AS c WHERE " +
               [&] {
                 std::string all;
                 for (const auto& column : constraint.columns) {
                   if (!all.empty()) all += " AND ";
                   all += "c." + ident(column) + " IS NOT NULL";
                 }
                 return all;
               }() +
               " AND NOT EXISTS (SELECT 1 FROM " + table_text(*constraint.referenced_table) + " AS p WHERE " + match + ")",
           true}};
}

std::vector<Probe> check_violations(const QualifiedName& table, const schema::Constraint& constraint) {
  std::string expression = constraint.definition;
  if (!expression.starts_with("CHECK ")) return {};
  expression.erase(0, 6);
  if (expression.ends_with(" NO INHERIT")) expression.erase(expression.size() - 11);
  return {{"rows of " + schema::display_name(table) + " that " + constraint.name + " rejects (validating it fails on them)",
           "SELECT count(*) FROM " + table_text(table) + " WHERE NOT COALESCE(" + expression + ", true)", true}};
}

Probe conversion_failures(const QualifiedName& table, const schema::Column& from, const schema::Column& to) {
  const std::string column = ident(to.name);
  // An explicit cast to varchar(n) truncates instead of failing: count what is too long.
  const auto open = to.type.find('(');
  if ((to.type.starts_with("character varying(") || to.type.starts_with("character(")) && open != std::string::npos)
    return {"values of " + schema::display_name(table) + "." + to.name + " longer than " + to.type +
                " allows (the type change fails on them)",
            "SELECT count(*) FROM " + table_text(table) + " WHERE length(" + ident(from.name) + ") > " +
                to.type.substr(open + 1, to.type.find(')') - open - 1),
            true};
  const std::string converted = to.using_expr.text ? "(" + *to.using_expr.text + ")::" + to.type
                                                   : column + "::" + to.type;
  return {"values of " + schema::display_name(table) + "." + to.name + " that do not convert to " + to.type +
              " (an error here means the type change fails)",
          // count(v) makes the server convert every value; the result is 0 when all convert.
          "SELECT count(v) * 0 FROM (SELECT " + converted + " AS v FROM " + table_text(table) + ") AS converted",
          true};
}

}  // namespace pgmorph::codegen
