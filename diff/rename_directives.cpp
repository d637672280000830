// [renames] from pgmorph.toml: the same hints a `-- pgmorph:renamed-from` line sets.
#include "diff/renames.hpp"

#include <algorithm>

#include "schema/names.hpp"

namespace pgmorph::diff {

namespace {

void report(schema::Diagnostics& diagnostics, const RenameDirective& directive, const std::string& message) {
  diagnostics.push_back({schema::Severity::error, "rename-config", message, directive.where});
}

}  // namespace

void apply_rename_directives(schema::Catalog& to, const std::vector<RenameDirective>& directives,
                             schema::Diagnostics& diagnostics) {
  for (const auto& directive : directives) {
    auto table = to.tables.find(directive.table);
    if (table == to.tables.end()) {
      report(diagnostics, directive,
             "[renames] names table " + schema::display_name(directive.table) + ", which the target schema does not declare");
      continue;
    }
    if (!directive.column) {
      // The old name stays in the table's schema: PostgreSQL's RENAME does not move a table.
      const schema::QualifiedName old{directive.table.schema, directive.old_name};
      auto& hint = table->second.renamed_from.from;
      if (hint && *hint != old)
        report(diagnostics, directive,
               "[renames] says " + schema::display_name(directive.table) + " was " + schema::display_name(old) +
                   ", but the schema file's hint says " + schema::display_name(*hint));
      else
        hint = old;
      continue;
    }
    auto& columns = table->second.columns;
    auto column = std::find_if(columns.begin(), columns.end(),
                               [&](const schema::Column& c) { return c.name == *directive.column; });
    if (column == columns.end()) {
      report(diagnostics, directive,
             "[renames] names column " + *directive.column + " of " + schema::display_name(directive.table) +
                 ", which the target schema does not declare");
      continue;
    }
    auto& hint = column->renamed_from.text;
    if (hint && *hint != directive.old_name)
      report(diagnostics, directive,
             "[renames] says column " + *directive.column + " was " + directive.old_name +
                 ", but the schema file's hint says " + *hint);
    else
      hint = directive.old_name;
  }
}

}  // namespace pgmorph::diff
