#include "diff/diff_inherits.hpp"

#include <algorithm>

#include "schema/inheritance.hpp"
#include "schema/names.hpp"

namespace pgmorph::diff {

namespace {

using schema::Column;
using schema::Table;

void refuse(DiffContext& context, const std::string& message) {
  context.diagnostics.push_back(
      schema::Diagnostic{schema::Severity::error, "unsupported-feature", message, std::nullopt});
}

}  // namespace

std::optional<Table> with_parent_changes(DiffContext& context, const Table& old, const Table& now) {
  if (old.inherits.empty() && now.inherits.empty()) return old;
  const std::string table = schema::display_name(now.name);
  if (old.inherits != now.inherits) {
    // ALTER TABLE ... INHERIT needs every parent column already in the child (they stay its
    // own) and NO INHERIT makes the inherited ones its own: neither reaches a table created
    // with the new INHERITS list.
    refuse(context, "table " + table +
                        ": changing its INHERITS list is not supported (PostgreSQL's INHERIT / NO INHERIT would "
                        "leave columns the child's own that a new table would only inherit); drop and create the "
                        "table, or keep the parents");
    return std::nullopt;
  }
  // What the parents give before and after the plan, resolved once.
  const std::vector<Column> given_before = schema::inherited_columns(context.from, old);
  const std::vector<Column> given_after = schema::inherited_columns(context.to, now);
  Table adjusted = old;
  bool ok = true;
  for (auto& column : adjusted.columns) {
    const Column* before = schema::find_column(given_before, column.name);
    const Column* after = schema::find_column(given_after, column.name);
    if (before && after && !schema::find_column(now.columns, column.name)) {
      refuse(context, "table " + table + ": column " + schema::quote_ident(column.name) +
                          " cannot stop being the child's own while a parent keeps it (PostgreSQL has no ALTER "
                          "for that); declare it in the child too");
      ok = false;
      continue;
    }
    if (!before || !after) continue;
    // ALTER TABLE on the parent recurses: the child's merged column follows each change.
    if (before->type != after->type) {
      column.type = after->type;
      column.collation = after->collation;
    }
    if (before->default_expr != after->default_expr) column.default_expr = after->default_expr;
    if (before->not_null != after->not_null) column.not_null = after->not_null;
  }
  for (const auto& column : now.columns) {
    if (schema::find_column(old.columns, column.name)) continue;
    if (schema::find_column(given_before, column.name) && schema::find_column(given_after, column.name)) {
      refuse(context, "table " + table + ": column " + schema::quote_ident(column.name) +
                          " it inherits cannot become the child's own while the parent keeps it (PostgreSQL has "
                          "no ALTER for that); drop and create the table");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return adjusted;
}

std::vector<QualifiedName> parents_with_column(const DiffContext& context, const Table& old, const Table& now,
                                               const std::string& column) {
  std::vector<QualifiedName> parents;
  auto collect = [&](const schema::Catalog& catalog, const Table& child) {
    for (const auto& parent_name : child.inherits) {
      auto parent = catalog.tables.find(parent_name);
      if (parent == catalog.tables.end()) continue;
      if (schema::find_column(schema::full_columns(catalog, parent->second), column) &&
          std::find(parents.begin(), parents.end(), parent_name) == parents.end())
        parents.push_back(parent_name);
    }
  };
  collect(context.from, old);
  collect(context.to, now);
  std::sort(parents.begin(), parents.end());
  return parents;
}

}  // namespace pgmorph::diff
