#include "introspect/pg_source.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>

#include <pqxx/pqxx>

#include "introspect/connection.hpp"
#include "introspect/ddl_writer.hpp"
#include "introspect/read_rows.hpp"
#include "parser/parse.hpp"

namespace pgmorph::introspect {

namespace {

std::size_t count_errors(const schema::Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const schema::Diagnostic& d) { return d.severity == schema::Severity::error; }));
}

std::string first_line(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  for (std::string_view prefix : {"ERROR:  ", "FATAL:  "})
    if (line.starts_with(prefix)) line.remove_prefix(prefix.size());
  return std::string(line);
}

void error(schema::Diagnostics& diagnostics, std::string code, std::string message) {
  diagnostics.push_back({schema::Severity::error, std::move(code), std::move(message), std::nullopt});
}

/// Session settings that make the server's rendering independent of the role's defaults:
/// an empty search_path schema-qualifies every user object in pg_get_*def / format_type
/// output (pg_dump does the same), and constants print in ISO date style with exact floats.
constexpr std::string_view k_session_settings =
    "SET LOCAL search_path = ''; SET LOCAL datestyle = 'ISO, YMD'; "
    "SET LOCAL intervalstyle = 'postgres'; SET LOCAL extra_float_digits = 3; "
    "SET LOCAL statement_timeout = 0";

}  // namespace

std::optional<CatalogRows> fetch_catalog_rows(const std::string& conninfo,
                                              schema::Diagnostics& diagnostics) {
  const std::string where = mask_password(conninfo);
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(conninfo);
    connection->set_client_encoding("UTF8");
  } catch (const std::exception& failure) {
    diagnostics.push_back(connection_diagnostic(failure.what(), conninfo));
    return std::nullopt;
  }
  const int version = connection->server_version();
  if (version < k_min_server_version) {
    error(diagnostics, "unsupported-server-version",
          "PostgreSQL " + std::to_string(version / 10000) + " is not supported, 12 or later is (" +
              where + ")");
    return std::nullopt;
  }
  if (version > k_max_tested_server_version)
    diagnostics.push_back({schema::Severity::warning, "untested-server-version",
                           "PostgreSQL " + std::to_string(version / 10000) +
                               " has not been tested; the catalog queries are written for 12-17",
                           std::nullopt});
  try {
    pqxx::nontransaction tx(*connection);
    // One snapshot for every query, so the catalog is read as of a single moment.
    tx.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    tx.exec(std::string(k_session_settings));
    CatalogRows rows = read_catalog_rows(tx, version);
    tx.exec("COMMIT");
    return rows;
  } catch (const pqxx::insufficient_privilege& failure) {
    error(diagnostics, "insufficient-privilege",
          "insufficient privilege to read the catalog (" + where + "): " +
              scrub_secrets(first_line(failure.what()), conninfo));
  } catch (const pqxx::broken_connection& failure) {
    diagnostics.push_back(connection_diagnostic(failure.what(), conninfo));
  } catch (const pqxx::sql_error& failure) {
    error(diagnostics, "introspection-failed",
          "a catalog query failed (" + where + "): " + scrub_secrets(first_line(failure.what()), conninfo));
  }
  return std::nullopt;
}

PostgresSource::PostgresSource(std::string conninfo) : m_conninfo(std::move(conninfo)) {}

std::optional<schema::Catalog> PostgresSource::load(schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = count_errors(diagnostics);
  std::optional<CatalogRows> rows = fetch_catalog_rows(m_conninfo, diagnostics);
  if (!rows) return std::nullopt;
  const std::string ddl = write_ddl(*rows, diagnostics);
  rows.reset();  // the rows are as large as the DDL; free them before parsing
  if (const char* path = std::getenv("PGMORPH_INTROSPECT_DDL"); path != nullptr && *path != '\0')
    std::ofstream(path, std::ios::binary | std::ios::trunc) << ddl;
  const std::size_t errors_before_parse = count_errors(diagnostics);
  std::optional<schema::Catalog> catalog = parser::parse_sql(ddl, mask_password(m_conninfo), diagnostics);
  if (count_errors(diagnostics) > errors_before_parse)
    diagnostics.push_back({schema::Severity::note, "introspection-ddl",
                           "the lines above are from the DDL pgmorph wrote from the catalog; set "
                           "PGMORPH_INTROSPECT_DDL=FILE to save all of it",
                           std::nullopt});
  if (count_errors(diagnostics) > errors_before) return std::nullopt;
  return catalog;
}

}  // namespace pgmorph::introspect
