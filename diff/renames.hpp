// Renames: `-- pgmorph:renamed-from` hints on tables and columns of the `to` side, and the
// constraints, indexes and owned sequences whose PostgreSQL-derived names follow them.
#pragma once

#include "diff/change.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// A rename declared outside the schema files (`[renames]` in pgmorph.toml): the object's name
/// in `to` and the name it had. It becomes the same hint a `-- pgmorph:renamed-from` line gives.
struct RenameDirective {
  schema::QualifiedName table;        ///< the table's new name
  std::optional<std::string> column;  ///< set: the column's new name (the table keeps its name)
  std::string old_name;               ///< old table name (same schema) or old column name
  std::optional<schema::SourceLocation> where;  ///< the key in pgmorph.toml
};

/// Sets the rename hints `directives` declare on the tables and columns of `to`. A directive
/// naming a table or column `to` does not declare, or one that contradicts a hint the schema
/// file already gives, is a `rename-config` error at its location.
void apply_rename_directives(schema::Catalog& to, const std::vector<RenameDirective>& directives,
                             schema::Diagnostics& diagnostics);

/// The `from` catalog as it stands after the renames, and the renames themselves.
struct RenamedFrom {
  schema::Catalog from;
  ChangeSet renames;
};

/// Applies the rename hints of `to` to a copy of `from`. A hint whose old name `from` does
/// not hold is ignored when the new name is already there (it was applied before) and
/// otherwise a `rename-hint-unused` warning; one whose old name `to` still declares, whose
/// old and new names both exist in `from`, or that moves a table to another schema is an
/// error. In the copy the renamed objects carry their new names, and the definitions that
/// name them (foreign keys, indexes, constraints, defaults, generated columns, owned
/// sequences) are rewritten to match, so the diff that follows compares like with like.
/// Views, triggers, policies and routine bodies keep the old text: where `to` differs they
/// are dropped before the rename and created after it.
RenamedFrom apply_renames(const schema::Catalog& from, const schema::Catalog& to, schema::Diagnostics& diagnostics);

/// A `rename-suggestion` warning for each drop + add in `changes` that looks like a rename
/// nobody declared: in one table, the only dropped and the only added column of one type;
/// a dropped and a created table in one schema with the same columns. It names the hint to
/// add and never changes the plan (a guess is not a rename).
void suggest_renames(const ChangeSet& changes, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::diff
