// Catalog x Catalog -> ChangeSet. Both catalogs must already be normalized.
#pragma once

#include "diff/change.hpp"
#include "diff/renames.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// Choices the user makes about changes that lose data.
struct DiffOptions {
  /// A column type change PostgreSQL has no cast for (and no `-- pgmorph:using` hint
  /// covers) becomes drop + add of the column instead of a `no-cast` error.
  bool allow_drop_recreate = false;
  /// Changes on existing tables take the path that keeps the table readable and writable
  /// where PostgreSQL has one (SET NOT NULL through a validated CHECK, UNIQUE and PRIMARY
  /// KEY through a concurrently built index); off for a maintenance window (`--no-online`).
  bool online = true;
  /// A kept table whose desired column order cannot be reached in place (a column added
  /// between others, or one the plan drops and adds again) is rebuilt: created anew in that
  /// order and filled from the old one (`--column-order append` turns this off: the columns
  /// are appended and a `column-order` warning says so).
  bool rebuild_for_column_order = true;
  /// Renames declared outside the schema files ([renames] in pgmorph.toml); the caller sets
  /// them on `to` with apply_rename_directives() before normalizing.
  std::vector<RenameDirective> renames;
};

/// Computes the changes that turn `from` into `to`, in dependency order (diff::order is
/// applied). Changes PostgreSQL cannot make in place become drop + create; changes that
/// cannot be made at all are reported as errors in `diagnostics` (`unsupported-change`,
/// `no-cast`).
ChangeSet diff(const schema::Catalog& from, const schema::Catalog& to,
               schema::Diagnostics& diagnostics, const DiffOptions& options = {});

}  // namespace pgmorph::diff
