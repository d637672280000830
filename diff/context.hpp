// State shared by the family differs while one diff runs.
#pragma once

#include <set>
#include <string>

#include "diff/change.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// Both catalogs, the changes found so far, and the facts later families need to decide on
/// cascades (a view over a table whose columns change must be recreated, and so on).
struct DiffContext {
  const schema::Catalog& from;
  const schema::Catalog& to;
  schema::Diagnostics& diagnostics;
  ChangeSet changes;

  /// Relations (tables, views) whose column set or column types change, or that are
  /// dropped and recreated: views reading them are recreated.
  std::set<QualifiedName> reshaped_relations;
  /// Functions dropped and recreated: triggers and views using them are recreated.
  std::set<QualifiedName> recreated_functions;
  /// Tables that exist only in `to` / only in `from`.
  std::set<QualifiedName> created_tables;
  std::set<QualifiedName> dropped_tables;

  void add(Change change) { changes.push_back(std::move(change)); }
  void unsupported(std::string message);
};

void diff_schemas(DiffContext& context);
void diff_extensions(DiffContext& context);
void diff_enums(DiffContext& context);
void diff_domains(DiffContext& context);
void diff_sequences(DiffContext& context);
void diff_functions(DiffContext& context);
void diff_tables(DiffContext& context);
void diff_indexes(DiffContext& context);
void diff_views(DiffContext& context);
void diff_triggers(DiffContext& context);

/// Adds SetComment when the comment of an object present on both sides changed.
void diff_comment(DiffContext& context, CommentTarget target,
                  const std::optional<std::string>& from, const std::optional<std::string>& to);

}  // namespace pgmorph::diff
