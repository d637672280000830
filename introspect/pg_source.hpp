// The live-database CatalogSource: reads the catalogs of a PostgreSQL 12-17 server in one
// consistent snapshot, renders them as DDL (ddl_writer) and parses that DDL with the same
// parser as the schema files, so both sides of a diff share one canonicalization.
#pragma once

#include "introspect/rows.hpp"
#include "schema/source.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pgmorph::introspect {

/// Oldest and newest server_version_num families the catalog queries are written for.
inline constexpr int k_min_server_version = 120000;
inline constexpr int k_max_tested_server_version = 179999;

/// Session settings that make the server's rendering independent of the role's defaults:
/// an empty search_path schema-qualifies every user object in pg_get_*def / format_type
/// output (pg_dump does the same), and constants print in ISO date style with exact floats.
/// A larger work_mem keeps the hash joins over pg_attribute out of temporary files.
inline constexpr std::string_view k_session_settings =
    "SET LOCAL search_path = ''; SET LOCAL datestyle = 'ISO, YMD'; "
    "SET LOCAL intervalstyle = 'postgres'; SET LOCAL extra_float_digits = 3; "
    "SET LOCAL statement_timeout = 0; SET LOCAL work_mem = '64MB'";

/// Reads a live database. `conninfo` is a URL or keyword/value string; libpq fills in what
/// it leaves out from the PG* environment variables. Messages never show the password.
class PostgresSource : public schema::CatalogSource {
 public:
  explicit PostgresSource(std::string conninfo);

  /// Connects, checks the server version, runs every catalog query inside one
  /// `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` transaction, writes the DDL and
  /// parses it. Connection problems, query failures and unsupported objects are errors.
  /// When the environment variable PGMORPH_INTROSPECT_DDL names a file, the generated DDL
  /// is written there (a debugging aid).
  std::optional<schema::Catalog> load(schema::Diagnostics& diagnostics) override;

 private:
  std::string m_conninfo;
};

/// Reads every catalog query's rows in one snapshot. Empty after a diagnostic when the
/// connection or a query fails. Exposed for tests and benchmarks.
std::optional<CatalogRows> fetch_catalog_rows(const std::string& conninfo,
                                              schema::Diagnostics& diagnostics);

}  // namespace pgmorph::introspect
