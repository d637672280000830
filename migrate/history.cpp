#include "migrate/history.hpp"

#include "migrate/migration_dir.hpp"
#include "schema/names.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pgmorph::migrate {

std::optional<ServerError> ensure_history_table(SqlSession& session) {
  return session.execute(
      "CREATE SCHEMA IF NOT EXISTS pgmorph;\n"
      "CREATE TABLE IF NOT EXISTS pgmorph.schema_migrations (\n"
      "  version text PRIMARY KEY,\n"
      "  name text NOT NULL,\n"
      "  checksum text NOT NULL,\n"
      "  applied_at timestamptz,\n"
      "  duration_ms bigint NOT NULL DEFAULT 0,\n"
      "  statements_applied integer NOT NULL DEFAULT 0,\n"
      "  statements_total integer NOT NULL,\n"
      "  status text NOT NULL CHECK (status IN ('applied', 'baseline', 'failed', 'running'))\n"
      ")");
}

std::optional<ServerError> read_history(SqlSession& session, std::vector<HistoryRow>& rows) {
  rows.clear();
  std::string exists;
  if (auto error = session.query_value(
          "SELECT to_regclass('pgmorph.schema_migrations') IS NOT NULL", exists))
    return error;
  if (exists != "t") return std::nullopt;
  std::vector<std::vector<std::string>> table;
  if (auto error =
          session.query_rows("SELECT version, name, checksum, status, statements_applied, "
                             "statements_total, duration_ms, "
                             "coalesce(applied_at::text, '') FROM pgmorph.schema_migrations",
                             table)) {
    return error;
  }
  for (const auto& r : table) {
    rows.push_back(HistoryRow{r[0], r[1], r[2], r[3], std::stoi(r[4]), std::stoi(r[5]),
                              std::stoll(r[6]), r[7]});
  }
  std::sort(rows.begin(), rows.end(), [](const HistoryRow& a, const HistoryRow& b) {
    return compare_versions(a.version, b.version) < 0;
  });
  return std::nullopt;
}

std::string upsert_history_sql(const HistoryRow& row) {
  using schema::quote_literal;
  const std::string applied_at = counts_as_applied(row.status) ? "clock_timestamp()" : "NULL";
  return fmt::format(
      "INSERT INTO pgmorph.schema_migrations AS h (version, name, checksum, applied_at, "
      "duration_ms, "
      "statements_applied, statements_total, status) VALUES ({}, {}, {}, {}, {}, {}, {}, {})\n"
      "ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, "
      "applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms, "
      "statements_applied = EXCLUDED.statements_applied, statements_total = "
      "EXCLUDED.statements_total, "
      "status = EXCLUDED.status",
      quote_literal(row.version), quote_literal(row.name), quote_literal(row.checksum), applied_at,
      row.duration_ms, row.statements_applied, row.statements_total, quote_literal(row.status));
}

std::string delete_history_sql(const std::string& version) {
  return "DELETE FROM pgmorph.schema_migrations WHERE version = " + schema::quote_literal(version);
}

}  // namespace pgmorph::migrate
