// The next migration of a migration directory, in the form the team's tool runs:
// pgmorph's own layout, Knex, Alembic, Flyway, golang-migrate or dbmate (docs/plan.md).
// Pure text: the caller chooses the version, reads the directory and writes the files.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codegen/plan.hpp"

namespace pgmorph::codegen {

enum class DirFormat { pgmorph, knex, alembic, flyway, golang_migrate, dbmate };

/// `pgmorph`, `knex`, `alembic`, `flyway`, `golang-migrate`, `dbmate`.
std::string_view dir_format_name(DirFormat format);
/// The format named `name` (as dir_format_name spells it), or nothing.
std::optional<DirFormat> parse_dir_format(std::string_view name);
/// Every format name, comma separated, for messages.
std::string dir_format_names();

/// What the migration records about itself.
struct MigrationHeader {
  std::string version;           ///< e.g. `20261205051500` or `0003`
  std::string name;              ///< e.g. `add_orders`
  std::string from_fingerprint;  ///< `sha256:<hex>` of the from schema (schema_fingerprint)
  std::string to_fingerprint;
  std::string from_label;  ///< the sources, passwords masked
  std::string to_label;
  std::string lock_timeout = "10s";
  std::string statement_timeout = "1h";
  /// Alembic: the revision this one follows (the directory's head); empty for the first.
  std::string down_revision;
};

/// One file to write, its path relative to the migration directory.
struct MigrationFile {
  std::string path;
  std::string text;
};

/// The files of the migration that turns `from` into `to` along `plan` (not empty), with
/// its down. Each step that must run outside a transaction is a call of its own; hazards,
/// irreversibility and probes appear as comments above their steps. pgmorph.sum is the
/// caller's (it covers the whole directory).
std::vector<MigrationFile> render_migration(const Plan& plan, DirFormat format, const MigrationHeader& header);

}  // namespace pgmorph::codegen
