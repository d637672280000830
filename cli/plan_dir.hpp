// What `pgmorph plan` reads from and knows about a migration directory: its settings, the
// versions it holds, Alembic's head, and its current state replayed on a scratch server.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "codegen/migration_formats.hpp"
#include "migrate/scratch_database.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::cli {

enum class VersionStyle { timestamp, sequence };

/// The plan settings: filled from the command line today, from pgmorph.toml later.
struct PlanDirOptions {
  std::filesystem::path dir;
  std::string name;  ///< [a-z0-9_]+
  codegen::DirFormat format = codegen::DirFormat::pgmorph;
  /// timestamp: UTC `YYYYMMDDHHMMSS`; sequence: one above the highest version, 4 digits
  /// at least. Either way above every version the directory holds.
  VersionStyle version_style = VersionStyle::timestamp;
};

/// One migration the directory holds, for replay: its version and its up SQL.
struct ExistingMigration {
  std::string version;               ///< digits (Flyway: as written, dots allowed)
  std::filesystem::path file;
  std::string up_sql;  ///< dbmate: the `-- migrate:up` section, other lines blanked
};

/// The version of the next migration: `now_utc` (YYYYMMDDHHMMSS) or the next sequence
/// number, bumped above the highest numeric version prefix of the files in the directory.
std::string next_version(const PlanDirOptions& options, const std::string& now_utc,
                         const std::vector<std::string>& existing_versions);

/// The numeric version prefixes of the files of `options.dir` (`V`/`U` stripped for Flyway).
std::vector<std::string> existing_versions(const PlanDirOptions& options);

/// The up migrations of a pgmorph, Flyway, golang-migrate or dbmate directory in version
/// order (a pgmorph directory read by migrate::list_migrations, so a malformed name or an up
/// without its down is an error); empty after an error in `diagnostics`.
std::optional<std::vector<ExistingMigration>> existing_migrations(const PlanDirOptions& options,
                                                                  schema::Diagnostics& diagnostics);

/// The revision of an Alembic versions directory no other revision names as its
/// down_revision; "" for an empty directory. Two heads or an unreadable revision file are
/// errors (file:line:col) in `diagnostics`, and nothing is returned.
std::optional<std::string> alembic_head(const std::filesystem::path& dir, schema::Diagnostics& diagnostics);

/// Every migration applied in order to a new scratch database on `dev_url`; a failing
/// statement is an error `replay-failed` at its file:line.
std::unique_ptr<migrate::ScratchDatabase> replay(const std::vector<ExistingMigration>& migrations,
                                                 const std::string& dev_url, schema::Diagnostics& diagnostics);

/// `sha256:<hex>`: SHA-256 of the text `pgmorph dump` prints for `catalog` (normalized),
/// so two sources holding the same schema (files, a database, a snapshot) have the same
/// fingerprint. Empty after an error in `diagnostics`.
std::optional<std::string> schema_fingerprint(const schema::Catalog& catalog, schema::Diagnostics& diagnostics);

/// An empty .sql file standing for the empty schema (a plan's side), removed with this object.
struct EmptySchemaFile {
  std::filesystem::path path;
  EmptySchemaFile();
  ~EmptySchemaFile();
  EmptySchemaFile(const EmptySchemaFile&) = delete;
  EmptySchemaFile& operator=(const EmptySchemaFile&) = delete;
};

/// schema_fingerprint of SRC (a database while applying) as `pgmorph plan --from SRC` writes
/// it in `-- pgmorph:from`: the from side of plan_between towards the empty schema (so a live
/// source gets the same normalizing, bookkeeping removal and role adoption). What `apply`
/// compares with that header.
std::optional<std::string> source_fingerprint(const std::string& source, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::cli
