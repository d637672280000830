// pgmorph.schema_migrations: one row per migration the runner has started. A row is written in
// the same transaction as a transactional unit's DDL; around a non-transactional statement it
// records intent (status running) before and completion after. statements_applied is how far
// the file got, so a rerun resumes there instead of asking a human to clear a "dirty" bit.
#pragma once

#include "migrate/sql_session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pgmorph::migrate {

struct HistoryRow {
  std::string version;
  std::string name;
  std::string checksum;            ///< content_checksum of the up file
  std::string status = "running";  ///< applied | baseline | failed | running
  int statements_applied = 0;      ///< statements of the up file committed so far
  int statements_total = 0;
  long long duration_ms = 0;
  std::string applied_at;  ///< as the server prints timestamptz; "" while not applied
};

/// applied, or baseline (recorded as applied by `pgmorph baseline` without running it).
inline bool counts_as_applied(const std::string& status) {
  return status == "applied" || status == "baseline";
}

/// Creates schema pgmorph and the history table when absent. Run under the advisory lock
/// (two concurrent CREATE ... IF NOT EXISTS can still collide in the catalog).
std::optional<ServerError> ensure_history_table(SqlSession& session);

/// Every row, in version order; an absent table reads as no rows.
std::optional<ServerError> read_history(SqlSession& session, std::vector<HistoryRow>& rows);

/// INSERT ... ON CONFLICT (version) DO UPDATE for `row`; applied_at becomes the statement's
/// clock time when the status is applied.
std::string upsert_history_sql(const HistoryRow& row);

/// DELETE of one version's row (rollback).
std::string delete_history_sql(const std::string& version);

}  // namespace pgmorph::migrate
