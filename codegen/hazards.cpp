#include "codegen/hazards.hpp"

#include <fmt/format.h>

#include "schema/diagnostic.hpp"

namespace pgmorph::codegen {

namespace {

using enum HazardSeverity;
constexpr std::string_view k_ael = "ACCESS EXCLUSIVE";

// Severities follow safety.md's default column (E error, W warning, O info); lock and cost
// facts are the ones it measured on PostgreSQL 15.
const std::vector<HazardInfo> k_hazards = {
    {HazardCode::drop_table, "D101", "drop-table", error, true, k_ael, "",
     "drops the table and all its rows; the reverse restores the structure, not the rows"},
    {HazardCode::drop_column, "D102", "drop-column", error, true, k_ael, "",
     "drops the column and its data; the reverse restores the column empty"},
    {HazardCode::drop_schema, "D103", "drop-schema", error, true, k_ael, "", "drops the schema"},
    {HazardCode::drop_sequence, "D108", "drop-sequence", warning, true, k_ael, "",
     "drops the sequence; its current value is lost"},
    {HazardCode::drop_constraint, "D109", "drop-constraint", warning, false, k_ael, "",
     "drops an integrity constraint (a foreign key also locks the referenced table)"},
    {HazardCode::drop_enum_value, "D110", "drop-enum-value", error, true, k_ael, "rewrite",
     "recreates the enum without some values and rewrites the columns using it; rows holding "
     "a removed value make it fail"},
    {HazardCode::drop_type, "D111", "drop-type", warning, false, "", "", "drops a type"},
    {HazardCode::drop_function, "D112", "drop-function", warning, false, "", "",
     "drops a function or procedure; callers the catalog cannot see fail at run time"},
    {HazardCode::drop_extension, "D113", "drop-extension", error, true, "", "",
     "drops an extension and the objects it owns"},
    {HazardCode::create_index_blocking, "L101", "create-index-non-concurrent", error, false,
     "SHARE", "index build", "builds an index while writes to the table wait"},
    {HazardCode::drop_index, "D114", "drop-index", warning, false, "", "",
     "queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)"},
    {HazardCode::column_type_change, "L113", "column-type-change-rewrite", error, false, k_ael,
     "rewrite", "rewrites the table and its indexes; values that do not convert or fit make it fail"},
    {HazardCode::set_not_null, "L108", "set-not-null-scan", error, false, k_ael, "scan",
     "SET NOT NULL scans the table and fails on NULLs"},
    {HazardCode::add_unique_or_pk, "L109", "add-unique-constraint-without-index", error, false, k_ael,
     "index build", "builds a unique index while the table is locked and fails on duplicates"},
    {HazardCode::add_exclusion, "L112", "add-exclusion-constraint", error, false, k_ael, "index build",
     "builds and checks an exclusion constraint while the table is locked"},
    {HazardCode::volatile_default, "L114", "add-column-volatile-default", error, false, k_ael, "rewrite",
     "a default PostgreSQL cannot store once (volatile or unknown function) rewrites the table"},
    {HazardCode::generated_stored, "L115", "add-column-generated-stored", error, false, k_ael, "rewrite",
     "a stored generated column rewrites the table"},
    {HazardCode::add_serial_or_identity, "L116", "add-column-serial-or-identity", error, false, k_ael,
     "rewrite", "a serial or identity column fills every row: the table is rewritten"},
    {HazardCode::detach_partition, "L118", "detach-partition-non-concurrent", warning, false, k_ael, "",
     "DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition"},
    {HazardCode::set_logged, "L119", "set-logged-unlogged", warning, false, k_ael, "rewrite",
     "SET LOGGED/UNLOGGED rewrites the table; an unlogged table is emptied after a crash"},
    {HazardCode::table_rebuild, "L120", "storage-rewrite", error, false, k_ael, "rewrite",
     "creates the table anew in the desired column order and copies every row into it (PostgreSQL "
     "cannot move a column): reads and writes wait for the copy"},
    {HazardCode::create_trigger, "L121", "create-trigger-existing-table", info, false,
     "SHARE ROW EXCLUSIVE", "", "changes write behaviour of an existing table"},
    {HazardCode::rename_table, "C101", "rename-table", error, false, k_ael, "",
     "clients that still use the old name fail until they are deployed with the new one"},
    {HazardCode::rename_column, "C102", "rename-column", error, false, k_ael, "",
     "clients that still use the old name fail until they are deployed with the new one"},
    {HazardCode::add_required_column, "C105", "add-required-column", error, false, k_ael, "",
     "a NOT NULL column without a default fails on a table with rows; old INSERTs fail"},
    {HazardCode::drop_not_null, "C106", "drop-not-null", warning, false, k_ael, "",
     "readers and code that assumed a value meet NULLs"},
    {HazardCode::unique_data_dependent, "C110", "unique-index-data-dependent", warning, false, "", "index build",
     "a new unique index fails on duplicates already in the table"},
    {HazardCode::extension_change, "C112", "extension-change", warning, false, "", "",
     "changes the extension's version: its behaviour or API may change"},
    {HazardCode::replica_identity_change, "C111", "replica-identity-change", warning, false, k_ael, "",
     "logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)"},
    {HazardCode::authz_change, "C113", "authz-change", warning, false, "", "",
     "changes who may read or write what (privileges, row level security, policies)"},
    {HazardCode::identity_restart, "C115", "identity-restart", error, true, "", "",
     "new identity bounds exclude the sequence's position, so it restarts at its new start; "
     "values already generated may be generated again"},
    {HazardCode::not_null_data_dependent, "C116", "not-null-data-dependent", warning, false, "", "scan",
     "the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails "
     "when the column holds NULLs"},
};

}  // namespace

const HazardInfo& hazard_info(HazardCode code) {
  for (const auto& info : k_hazards)
    if (info.code == code) return info;
  throw schema::InternalError("hazard code without a table entry");
}

std::string_view severity_name(HazardSeverity severity) {
  switch (severity) {
    case error: return "error";
    case warning: return "warning";
    case info: return "info";
  }
  return "error";
}

const HazardInfo* find_hazard(std::string_view name) {
  for (const auto& info : k_hazards)
    if (info.id == name || info.slug == name) return &info;
  return nullptr;
}

const std::vector<HazardInfo>& all_hazards() { return k_hazards; }

HazardSeverity effective_severity(const Hazard& hazard) {
  return hazard.graded_severity.value_or(hazard_info(hazard.code).severity);
}

std::string describe(const Hazard& hazard) {
  const HazardInfo& info = hazard_info(hazard.code);
  std::string facts{severity_name(effective_severity(hazard))};
  if (!info.lock.empty()) facts += fmt::format("; {}", info.lock);
  if (!info.cost.empty()) facts += fmt::format("; {}", info.cost);
  if (info.loses_data) facts += "; data loss";
  if (!hazard.size_note.empty()) facts += "; " + hazard.size_note;
  return fmt::format("{} {} [{}]: {}: {}", info.id, info.slug, facts, hazard.detail, info.summary);
}

}  // namespace pgmorph::codegen
