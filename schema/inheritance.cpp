#include "schema/inheritance.hpp"

#include <algorithm>

namespace pgmorph::schema {

std::vector<Column> inherited_columns(const Catalog& catalog, const Table& table, int depth) {
  std::vector<Column> merged;
  if (depth > 32) return merged;
  for (const auto& parent_name : table.inherits) {
    auto parent = catalog.tables.find(parent_name);
    if (parent == catalog.tables.end()) continue;
    for (Column column : full_columns(catalog, parent->second, depth + 1)) {
      if (Column* seen = find_column(merged, column.name)) {
        seen->not_null = seen->not_null || column.not_null;
        if (!seen->default_expr) seen->default_expr = column.default_expr;
        continue;
      }
      // PostgreSQL 15 does not copy identity to a child; comments stay on the parent.
      column.identity = Identity::none;
      column.identity_options.clear();
      column.comment.reset();
      column.using_expr = {};
      column.renamed_from = {};
      merged.push_back(std::move(column));
    }
  }
  return merged;
}

std::optional<Column> inherited_column(const Catalog& catalog, const Table& table, std::string_view name) {
  if (table.inherits.empty()) return std::nullopt;
  const std::vector<Column> inherited = inherited_columns(catalog, table);
  if (const Column* column = find_column(inherited, name)) return *column;
  return std::nullopt;
}

std::vector<Column> full_columns(const Catalog& catalog, const Table& table, int depth) {
  std::vector<Column> columns = inherited_columns(catalog, table, depth);
  for (const auto& own : table.columns) {
    if (Column* inherited = find_column(columns, own.name))
      *inherited = own;
    else
      columns.push_back(own);
  }
  return columns;
}

Table with_inherited_columns(const Catalog& catalog, Table table) {
  if (!table.inherits.empty()) table.columns = full_columns(catalog, table);
  return table;
}

std::vector<QualifiedName> children_of(const Catalog& catalog, const QualifiedName& parent) {
  std::vector<QualifiedName> children;
  for (const auto& [name, table] : catalog.tables)
    if (std::find(table.inherits.begin(), table.inherits.end(), parent) != table.inherits.end())
      children.push_back(name);
  return children;
}

bool in_inheritance(const Catalog& catalog, const Table& table) {
  return !table.inherits.empty() || !children_of(catalog, table.name).empty();
}

}  // namespace pgmorph::schema
