#include "introspect/pg_source.hpp"

#include "introspect/connection.hpp"
#include "introspect/ddl_writer.hpp"
#include "introspect/read_rows.hpp"
#include "parser/parse.hpp"
#include "schema/stage_timer.hpp"

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <thread>

namespace pgmorph::introspect {

namespace {

std::size_t count_errors(const schema::Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const schema::Diagnostic& d) {
        return d.severity == schema::Severity::error;
      }));
}

std::string first_line(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  for (std::string_view prefix : {"ERROR:  ", "FATAL:  "})
    if (line.starts_with(prefix)) line.remove_prefix(prefix.size());
  return std::string(line);
}


struct ParsedPart {
  std::optional<schema::Catalog> catalog;
  schema::Diagnostics diagnostics;
};

ParsedPart parse_part(const std::string& ddl, const std::string& label) {
  ParsedPart parsed;
  if (ddl.empty())
    parsed.catalog.emplace();
  else
    parsed.catalog = parser::parse_sql(ddl, label, parsed.diagnostics);
  return parsed;
}

/// Moves every object of `part` into `into`. The parts hold disjoint objects by
/// construction (write_ddl_parts); a clash is a bug.
template <typename Map>
void merge_map(Map& into, Map& part) {
  into.merge(part);
  if (!part.empty()) throw schema::InternalError("introspection wrote an object in two DDL parts");
}

void merge_into(schema::Catalog& into, schema::Catalog&& part) {
  merge_map(into.schemas, part.schemas);
  merge_map(into.extensions, part.extensions);
  merge_map(into.tables, part.tables);
  merge_map(into.indexes, part.indexes);
  merge_map(into.sequences, part.sequences);
  merge_map(into.enums, part.enums);
  merge_map(into.composite_types, part.composite_types);
  merge_map(into.range_types, part.range_types);
  merge_map(into.collations, part.collations);
  merge_map(into.domains, part.domains);
  merge_map(into.views, part.views);
  merge_map(into.functions, part.functions);
  merge_map(into.triggers, part.triggers);
  merge_map(into.policies, part.policies);
  merge_map(into.rules, part.rules);
  merge_map(into.statistics, part.statistics);
}

void error(schema::Diagnostics& diagnostics, std::string code, std::string message) {
  diagnostics.push_back(
      {schema::Severity::error, std::move(code), std::move(message), std::nullopt});
}

/// The second connection could not be opened or could not adopt the snapshot; the caller
/// then runs its queries on the first connection.
struct SecondConnectionUnavailable {};

/// Begins the REPEATABLE READ transaction of `tx` and returns the id of its snapshot, for a
/// second session to share; empty when the server refuses to export one (the transaction
/// is then begun again without). Must come first: PostgreSQL exports a snapshot only at
/// the top level of a transaction, not from inside a savepoint.
std::optional<std::string> begin_exported_snapshot(pqxx::transaction_base& tx) {
  tx.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const pqxx::result result = tx.exec("SELECT pg_catalog.pg_export_snapshot()");
    return std::string(result[0][0].c_str());
  } catch (const pqxx::sql_error&) {
    tx.exec("ROLLBACK");
    tx.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return std::nullopt;
  }
}

/// Runs the second group of catalog queries on a new connection that imports `snapshot`,
/// so both connections see the same moment (what pg_dump --jobs does). The catalog
/// queries are CPU-bound on the server, so two sessions take about half the time.
/// Throws SecondConnectionUnavailable when the session cannot be set up; query errors pass.
void read_with_snapshot(const std::string& conninfo, const std::string& snapshot, int version,
                        CatalogRows& rows) {
  std::unique_ptr<pqxx::connection> connection;
  std::optional<pqxx::nontransaction> tx;
  try {
    connection = std::make_unique<pqxx::connection>(conninfo);
    connection->set_client_encoding("UTF8");
    tx.emplace(*connection);
    tx->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    tx->exec("SET TRANSACTION SNAPSHOT " + tx->quote(snapshot));
    tx->exec(std::string(k_session_settings));
  } catch (const std::exception&) {
    throw SecondConnectionUnavailable{};
  }
  read_catalog_rows(*tx, version, QueryGroup::second, rows);
  tx->exec("COMMIT");
}

}  // namespace

std::optional<CatalogRows> fetch_catalog_rows(const std::string& conninfo,
                                              schema::Diagnostics& diagnostics) {
  const std::string where = mask_password(conninfo);
  if (auto problem = connection_string_problem(conninfo)) {
    diagnostics.push_back(*problem);
    return std::nullopt;
  }
  schema::StageTimer timer("introspect ");
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(conninfo);
    connection->set_client_encoding("UTF8");
    timer.lap("connect");
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
    const std::optional<std::string> snapshot = begin_exported_snapshot(tx);
    tx.exec(std::string(k_session_settings));
    CatalogRows rows;
    std::future<void> second_group;
    if (snapshot)
      second_group = std::async(std::launch::async, [&, id = *snapshot] {
        read_with_snapshot(conninfo, id, version, rows);
      });
    read_catalog_rows(tx, version, second_group.valid() ? QueryGroup::first : QueryGroup::all, rows);
    bool second_done = !second_group.valid();
    if (!second_done) {
      try {
        second_group.get();
        second_done = true;
      } catch (const SecondConnectionUnavailable&) {
        // No second session to be had (connection limit, pooler): read the rest here.
      }
    }
    if (!second_done) read_catalog_rows(tx, version, QueryGroup::second, rows);
    tx.exec("COMMIT");
    timer.lap("queries");
    return rows;
  } catch (const pqxx::insufficient_privilege& failure) {
    error(diagnostics, "insufficient-privilege",
          "insufficient privilege to read the catalog (" + where +
              "): " + scrub_secrets(first_line(failure.what()), conninfo));
  } catch (const pqxx::broken_connection& failure) {
    diagnostics.push_back(connection_diagnostic(failure.what(), conninfo));
  } catch (const pqxx::sql_error& failure) {
    error(diagnostics, "introspection-failed",
          "a catalog query failed (" + where +
              "): " + scrub_secrets(first_line(failure.what()), conninfo));
  }
  return std::nullopt;
}

PostgresSource::PostgresSource(std::string conninfo) : m_conninfo(std::move(conninfo)) {}

std::optional<schema::Catalog> PostgresSource::load(schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = count_errors(diagnostics);
  std::optional<CatalogRows> rows = fetch_catalog_rows(m_conninfo, diagnostics);
  if (!rows) return std::nullopt;
  schema::StageTimer timer("introspect ");
  // The DDL is parsed in parallel parts (one per hardware thread, plus the part that
  // holds everything but tables): parsing is the largest client-side cost.
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  const std::vector<std::string> parts = write_ddl_parts(*rows, threads, diagnostics);
  // Server facts the DDL cannot carry; set on the parsed extensions below.
  std::map<std::string, std::set<std::pair<std::string, std::string>>> update_paths;
  for (auto& extension : rows->extensions) update_paths[extension.name] = std::move(extension.update_paths);
  rows.reset();  // the rows are as large as the DDL; free them before parsing
  timer.lap("write");
  if (const char* path = std::getenv("PGMORPH_INTROSPECT_DDL"); path != nullptr && *path != '\0') {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const auto& part : parts) out << part;
  }
  const std::string label = mask_password(m_conninfo);
  std::vector<std::future<ParsedPart>> parsing;
  for (const auto& part : parts)
    parsing.push_back(
        std::async(std::launch::async, [&part, &label] { return parse_part(part, label); }));
  const std::size_t errors_before_parse = count_errors(diagnostics);
  schema::Catalog catalog;
  bool complete = true;
  int line_offset = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ParsedPart parsed = parsing[i].get();
    // Locations become lines of all parts concatenated (what PGMORPH_INTROSPECT_DDL holds).
    for (auto& diagnostic : parsed.diagnostics) {
      if (diagnostic.location) diagnostic.location->line += line_offset;
      diagnostics.push_back(std::move(diagnostic));
    }
    line_offset += static_cast<int>(std::count(parts[i].begin(), parts[i].end(), '\n'));
    if (parsed.catalog)
      merge_into(catalog, std::move(*parsed.catalog));
    else
      complete = false;
  }
  timer.lap("parse");
  if (count_errors(diagnostics) > errors_before_parse)
    diagnostics.push_back({schema::Severity::note, "introspection-ddl",
                           "the lines above are from the DDL pgmorph wrote from the catalog; set "
                           "PGMORPH_INTROSPECT_DDL=FILE to save all of it",
                           std::nullopt});
  if (!complete || count_errors(diagnostics) > errors_before) return std::nullopt;
  for (auto& [key, extension] : catalog.extensions)
    if (auto paths = update_paths.find(extension.name); paths != update_paths.end())
      extension.update_paths.pairs = std::move(paths->second);
  return catalog;
}

}  // namespace pgmorph::introspect
