// Column order in down.sql: re-added columns land at the end, so the down plan may need a
// rebuild the up plan does not (dropping a column from the middle is cheap; putting it back
// in its place is not).
#include "diff/down_column_order.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "diff/table_rebuild.hpp"

namespace pgmorph::diff {

namespace {

/// Tables whose name or columns the plan renames: their order is not replayed.
std::set<QualifiedName> renamed_tables(const ChangeSet& ordered) {
  std::set<QualifiedName> out;
  for (const auto& change : ordered) {
    if (const auto* rename = std::get_if<RenameTable>(&change)) {
      out.insert(rename->from);
      out.insert(rename->to);
    } else if (const auto* column = std::get_if<RenameColumn>(&change)) {
      out.insert(column->table);
    }
  }
  return out;
}

}  // namespace

ChangeSet down_column_order_fixups(const schema::Catalog& from, const schema::Catalog& to, const ChangeSet& ordered,
                                   schema::Diagnostics& diagnostics, DiffOptions options) {
  const std::set<QualifiedName> renamed = renamed_tables(ordered);
  std::set<QualifiedName> rebuilt;
  for (const auto& change : ordered)
    if (const auto* create = std::get_if<CreateTable>(&change); create && create->rebuild) rebuilt.insert(create->table.name);
  schema::Catalog reached = from;  // what down.sql leaves before the fix-ups
  bool differs = false;
  for (const auto& [name, old] : from.tables) {
    auto now = to.tables.find(name);
    if (now == to.tables.end() || rebuilt.contains(name) || renamed.contains(name) || old.partition_of) continue;
    // Replay the reverse of the plan's column changes on the order up.sql reaches.
    std::vector<std::string> order = column_names(now->second);
    for (auto it = ordered.rbegin(); it != ordered.rend(); ++it) {
      if (const auto* add = std::get_if<AddColumn>(&*it); add && add->table == name)
        std::erase(order, add->column.name);
      else if (const auto* drop = std::get_if<DropColumn>(&*it); drop && drop->table == name)
        order.push_back(drop->old.name);
    }
    const std::vector<std::string> wanted = column_names(old);
    if (!std::is_permutation(order.begin(), order.end(), wanted.begin(), wanted.end())) continue;
    auto& columns = reached.tables.at(name).columns;
    // DROP EXPRESSION cannot be undone in place: the reverse leaves a plain column, which the
    // fix-up plan turns back into the generated one (drop + add, or within a rebuild).
    for (const auto& change : ordered)
      if (const auto* alter = std::get_if<AlterColumn>(&change);
          alter && alter->table == name && alter->from.generated_expr && !alter->to.generated_expr)
        for (auto& column : columns)
          if (column.name == alter->from.name) {
            column.generated_expr.reset();
            differs = true;
          }
    if (order == wanted) continue;
    std::sort(columns.begin(), columns.end(), [&](const schema::Column& a, const schema::Column& b) {
      return std::find(order.begin(), order.end(), a.name) < std::find(order.begin(), order.end(), b.name);
    });
    differs = true;
  }
  if (!differs) return {};
  options.renames.clear();
  schema::Diagnostics inner;
  ChangeSet fixups = diff(reached, from, inner, options);
  for (auto& diagnostic : inner) {
    diagnostic.message = "down.sql: " + diagnostic.message;
    diagnostics.push_back(std::move(diagnostic));
  }
  return fixups;
}

}  // namespace pgmorph::diff
