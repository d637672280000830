#include "diff/column_order.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pgmorph::diff {

void check_column_order(const ChangeSet& ordered, const schema::Catalog& from, const schema::Catalog& to,
                        const std::map<QualifiedName, std::string>& kept_in_place,
                        schema::Diagnostics& diagnostics) {
  std::map<QualifiedName, std::vector<std::string>> columns;
  for (const auto& [name, table] : from.tables)
    if (to.tables.contains(name))
      for (const auto& column : table.columns) columns[name].push_back(column.name);
  std::set<QualifiedName> recreated;
  for (const auto& change : ordered) {
    if (const auto* created = std::get_if<CreateTable>(&change)) recreated.insert(created->table.name);
    if (const auto* add = std::get_if<AddColumn>(&change)) {
      if (auto found = columns.find(add->table); found != columns.end()) found->second.push_back(add->column.name);
    } else if (const auto* drop = std::get_if<DropColumn>(&change)) {
      if (auto found = columns.find(drop->table); found != columns.end())
        std::erase(found->second, drop->old.name);
    }
  }
  for (const auto& [name, reached] : columns) {
    if (recreated.contains(name)) continue;
    std::vector<std::string> desired;
    for (const auto& column : to.tables.at(name).columns) desired.push_back(column.name);
    if (reached == desired) continue;
    auto why = kept_in_place.find(name);
    diagnostics.push_back(schema::Diagnostic{
        schema::Severity::warning, "column-order",
        "table " + schema::display_name(name) +
            ": the desired column order cannot be reached in place (PostgreSQL appends new columns, and "
            "columns the plan drops and adds again, at the end and cannot reorder them); they are added "
            "at the end. Reaching that order takes rebuilding the table and copying its rows; " +
            (why != kept_in_place.end() ? why->second : std::string("pgmorph does not rebuild it")),
        std::nullopt});
  }
}

}  // namespace pgmorph::diff
