#include "diff/renames.hpp"

#include <algorithm>
#include <map>

#include "diff/column_reads.hpp"
#include "schema/names.hpp"

namespace pgmorph::diff {

namespace {

using schema::Catalog;
using schema::QualifiedName;

std::string quoted(const QualifiedName& name) {
  return schema::quote_ident(name.schema) + "." + schema::quote_ident(name.name);
}

/// Replaces every occurrence of `from` in `text` by `to`.
std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

void report(schema::Diagnostics& diagnostics, schema::Severity severity, const std::string& code,
            const std::string& message) {
  diagnostics.push_back({severity, code, message, std::nullopt});
}

/// Moves the entry `from` of a catalog map to the key `to`, renaming the object with it.
template <class Map>
void rename_entry(Map& map, const QualifiedName& from, const QualifiedName& to) {
  auto node = map.extract(from);
  node.key() = to;
  node.mapped().name = to;
  map.insert(std::move(node));
}

/// Gives the table `from` the name `to` in `catalog`, with what refers to it by name.
void rename_table(Catalog& catalog, const QualifiedName& from, const QualifiedName& to) {
  rename_entry(catalog.tables, from, to);
  const std::string old_ref = "REFERENCES " + quoted(from) + " ";
  const std::string new_ref = "REFERENCES " + quoted(to) + " ";
  for (auto& [name, table] : catalog.tables)
    for (auto& constraint : table.constraints)
      if (constraint.referenced_table == from) {
        constraint.referenced_table = to;
        constraint.definition = replace_all(constraint.definition, old_ref, new_ref);
      }
  for (auto& [name, index] : catalog.indexes)
    if (index.table == from) {
      index.table = to;
      if (index.definition.starts_with(quoted(from) + " "))
        index.definition.replace(0, quoted(from).size(), quoted(to));
    }
  for (auto& [name, sequence] : catalog.sequences)
    if (sequence.owned_by_table == from) sequence.owned_by_table = to;
}

/// Gives column `from` of `table` the name `to` in `catalog`, rewriting the definitions of
/// that table (and the referenced side of foreign keys to it) that name the column.
void rename_column(Catalog& catalog, const QualifiedName& table_name, const std::string& from, const std::string& to) {
  schema::Table& table = catalog.tables.at(table_name);
  for (auto& column : table.columns) {
    if (column.name == from) column.name = to;
    if (column.default_expr) column.default_expr = rename_identifier(*column.default_expr, from, to);
    if (column.generated_expr) column.generated_expr = rename_identifier(*column.generated_expr, from, to);
  }
  for (auto& constraint : table.constraints) {
    std::replace(constraint.columns.begin(), constraint.columns.end(), from, to);
    // A foreign key's referenced columns belong to another table: only the local part.
    const auto references = constraint.definition.find(" REFERENCES ");
    const std::string local = constraint.definition.substr(0, references);
    constraint.definition = rename_identifier(local, from, to) +
                            (references == std::string::npos ? "" : constraint.definition.substr(references));
  }
  const std::string referenced = "REFERENCES " + quoted(table_name) + " ";
  for (auto& [name, other] : catalog.tables)
    for (auto& constraint : other.constraints) {
      if (constraint.referenced_table != table_name) continue;
      const auto at = constraint.definition.find(referenced);
      if (at == std::string::npos) continue;
      const auto list_end = constraint.definition.find(')', at);
      const std::size_t list_start = at + referenced.size();
      constraint.definition.replace(list_start, list_end + 1 - list_start,
                                    rename_identifier(constraint.definition.substr(list_start, list_end + 1 - list_start),
                                                      from, to));
    }
  for (auto& [name, index] : catalog.indexes) {
    if (index.table != table_name) continue;
    const std::size_t prefix = quoted(table_name).size();
    index.definition = index.definition.substr(0, prefix) + rename_identifier(index.definition.substr(prefix), from, to);
    std::replace(index.key_names.begin(), index.key_names.end(), from, to);
  }
  for (auto& [name, sequence] : catalog.sequences)
    if (sequence.owned_by_table == table_name && sequence.owned_by_column == from) sequence.owned_by_column = to;
  for (auto& grant : table.grants) std::replace(grant.columns.begin(), grant.columns.end(), from, to);
}

/// Constraints, indexes and owned sequences of `table` that `to` declares under another
/// name with the same definition (the name PostgreSQL derived from the old table or column
/// name): renamed, one to one, never guessed between two candidates.
void rename_derived(Catalog& catalog, const Catalog& to, const QualifiedName& table_name, ChangeSet& renames) {
  schema::Table& table = catalog.tables.at(table_name);
  const schema::Table& wanted = to.tables.at(table_name);
  auto has_constraint = [](const schema::Table& t, const std::string& name) {
    return std::any_of(t.constraints.begin(), t.constraints.end(), [&](const auto& c) { return c.name == name; });
  };
  for (auto& constraint : table.constraints) {
    if (has_constraint(wanted, constraint.name)) continue;
    const schema::Constraint* match = nullptr;
    int candidates = 0;
    for (const auto& other : wanted.constraints)
      if (!has_constraint(table, other.name) && other.kind == constraint.kind && other.definition == constraint.definition &&
          other.not_valid == constraint.not_valid) {
        match = &other;
        ++candidates;
      }
    if (candidates != 1) continue;
    const bool has_index = constraint.kind != schema::ConstraintKind::check &&
                           constraint.kind != schema::ConstraintKind::foreign_key;
    renames.push_back(RenameConstraint{table_name, constraint.name, match->name, has_index});
    constraint.name = match->name;
  }
  std::sort(table.constraints.begin(), table.constraints.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });

  std::vector<std::pair<QualifiedName, QualifiedName>> indexes;
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table != table_name || to.indexes.contains(name)) continue;
    std::vector<QualifiedName> candidates;
    for (const auto& [other_name, other] : to.indexes)
      if (!catalog.indexes.contains(other_name) && other.table == table_name && other.unique == index.unique &&
          other.definition == index.definition)
        candidates.push_back(other_name);
    if (candidates.size() == 1) indexes.emplace_back(name, candidates[0]);
  }
  for (const auto& [from_name, to_name] : indexes) {
    rename_entry(catalog.indexes, from_name, to_name);
    renames.push_back(RenameIndex{from_name, to_name});
  }

  std::vector<std::pair<QualifiedName, QualifiedName>> sequences;
  for (const auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by_table != table_name || to.sequences.contains(name)) continue;
    std::vector<QualifiedName> candidates;
    for (const auto& [other_name, other] : to.sequences) {
      schema::Sequence same = sequence;
      same.name = other_name;
      if (!catalog.sequences.contains(other_name) && other_name.schema == name.schema && same == other)
        candidates.push_back(other_name);
    }
    if (candidates.size() == 1) sequences.emplace_back(name, candidates[0]);
  }
  for (const auto& [from_name, to_name] : sequences) {
    rename_entry(catalog.sequences, from_name, to_name);
    renames.push_back(RenameSequence{from_name, to_name});
    // nextval('public.t_id_seq'::regclass): the literal names the sequence.
    for (auto& column : table.columns) {
      if (column.default_expr)
        column.default_expr = replace_all(*column.default_expr, schema::quote_literal(quoted(from_name)),
                                          schema::quote_literal(quoted(to_name)));
      for (auto& ref : column.refs)
        if (ref.kind == schema::RefKind::relation && ref.name == from_name) ref.name = to_name;
    }
  }
}

}  // namespace

RenamedFrom apply_renames(const Catalog& from, const Catalog& to, schema::Diagnostics& diagnostics) {
  RenamedFrom out{from, {}};
  Catalog& catalog = out.from;
  std::set<QualifiedName> touched;
  for (const auto& [name, table] : to.tables) {
    const auto& old = table.renamed_from.from;
    if (!old || *old == name) continue;
    const std::string what = "table " + schema::display_name(name) + " (renamed from " + schema::display_name(*old) + ")";
    if (to.tables.contains(*old)) {
      report(diagnostics, schema::Severity::error, "invalid-hint", what + ": the schema still declares " + schema::display_name(*old));
    } else if (catalog.tables.contains(name)) {
      if (catalog.tables.contains(*old))
        report(diagnostics, schema::Severity::error, "invalid-hint",
               what + ": both " + schema::display_name(*old) + " and " + schema::display_name(name) + " exist already");
    } else if (!catalog.tables.contains(*old)) {
      report(diagnostics, schema::Severity::warning, "rename-hint-unused",
             what + ": there is no table " + schema::display_name(*old) + " to rename; the table is created");
    } else if (old->schema != name.schema) {
      report(diagnostics, schema::Severity::error, "unsupported-change",
             what + ": renaming into another schema is not supported");
    } else {
      rename_table(catalog, *old, name);
      out.renames.push_back(RenameTable{*old, name});
      touched.insert(name);
    }
  }
  for (const auto& [name, table] : to.tables) {
    auto found = catalog.tables.find(name);
    if (found == catalog.tables.end()) continue;
    for (const auto& column : table.columns) {
      const auto& old = column.renamed_from.text;
      if (!old || *old == column.name) continue;
      auto has = [](const schema::Table& t, const std::string& c) {
        return std::any_of(t.columns.begin(), t.columns.end(), [&](const auto& col) { return col.name == c; });
      };
      const std::string what = "column " + schema::display_name(name) + "." + column.name + " (renamed from " + *old + ")";
      if (has(table, *old)) {
        report(diagnostics, schema::Severity::error, "invalid-hint", what + ": the table still declares " + *old);
      } else if (has(found->second, column.name)) {
        if (has(found->second, *old))
          report(diagnostics, schema::Severity::error, "invalid-hint",
                 what + ": both " + *old + " and " + column.name + " exist already");
      } else if (!has(found->second, *old)) {
        report(diagnostics, schema::Severity::warning, "rename-hint-unused",
               what + ": there is no column " + *old + " to rename; the column is added");
      } else {
        rename_column(catalog, name, *old, column.name);
        out.renames.push_back(RenameColumn{name, *old, column.name});
        touched.insert(name);
      }
    }
  }
  for (const auto& name : touched) rename_derived(catalog, to, name, out.renames);
  return out;
}

void suggest_renames(const ChangeSet& changes, schema::Diagnostics& diagnostics) {
  // Per table and column type: the columns dropped and the ones added.
  std::map<std::pair<QualifiedName, std::string>, std::pair<std::vector<std::string>, std::vector<std::string>>> columns;
  std::vector<const schema::Table*> dropped_tables, created_tables;
  for (const auto& change : changes) {
    if (const auto* drop = std::get_if<DropColumn>(&change)) columns[{drop->table, drop->old.type}].first.push_back(drop->old.name);
    if (const auto* add = std::get_if<AddColumn>(&change)) columns[{add->table, add->column.type}].second.push_back(add->column.name);
    if (const auto* drop = std::get_if<DropTable>(&change); drop && !drop->rebuild) dropped_tables.push_back(&drop->old);
    if (const auto* create = std::get_if<CreateTable>(&change); create && !create->rebuild) created_tables.push_back(&create->table);
  }
  for (const auto& [key, names] : columns) {
    const auto& [dropped, added] = names;
    if (dropped.size() != 1 || added.size() != 1 || dropped[0] == added[0]) continue;
    report(diagnostics, schema::Severity::warning, "rename-suggestion",
           "table " + schema::display_name(key.first) + ": column " + dropped[0] + " is dropped and " + added[0] +
               " (also " + key.second + ") is added; if it is a rename, put `-- pgmorph:renamed-from " + dropped[0] +
               "` on the line before " + added[0] + " to keep its data");
  }
  auto shape = [](const schema::Table& table) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& column : table.columns) out.emplace_back(column.name, column.type);
    return out;
  };
  for (const auto* created : created_tables) {
    std::vector<const schema::Table*> matches;
    for (const auto* dropped : dropped_tables)
      if (dropped->name.schema == created->name.schema && shape(*dropped) == shape(*created)) matches.push_back(dropped);
    if (matches.size() != 1) continue;
    report(diagnostics, schema::Severity::warning, "rename-suggestion",
           "table " + schema::display_name(matches[0]->name) + " is dropped and " + schema::display_name(created->name) +
               " with the same columns is created; if it is a rename, put `-- pgmorph:renamed-from " +
               matches[0]->name.name + "` on the line before CREATE TABLE " + created->name.name + " to keep its rows");
  }
}

}  // namespace pgmorph::diff
