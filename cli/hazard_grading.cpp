#include "cli/hazard_grading.hpp"

#include <map>

#include <fmt/format.h>

#include "migrate/sql_session.hpp"
#include "schema/names.hpp"

namespace pgmorph::cli {

namespace {

using codegen::HazardCode;

/// Hazards whose cost grows with the rows: nothing to wait for, rewrite or fail on when
/// there are none. Drops (data loss) and renames or new triggers (code that breaks) are not.
bool size_bound(HazardCode code) {
  switch (code) {
    case HazardCode::create_index_blocking:
    case HazardCode::column_type_change:
    case HazardCode::set_not_null:
    case HazardCode::add_unique_or_pk:
    case HazardCode::add_exclusion:
    case HazardCode::volatile_default:
    case HazardCode::generated_stored:
    case HazardCode::add_serial_or_identity:
    case HazardCode::set_logged:
    case HazardCode::table_rebuild:
    case HazardCode::add_required_column:
    case HazardCode::unique_data_dependent:
    case HazardCode::not_null_data_dependent:
      return true;
    default:
      return false;
  }
}

std::string human_bytes(std::int64_t bytes) {
  if (bytes >= (std::int64_t{1} << 30)) return fmt::format("{:.1f} GB", static_cast<double>(bytes) / (1 << 30));
  if (bytes >= (std::int64_t{1} << 20)) return fmt::format("{} MB", bytes >> 20);
  return fmt::format("{} kB", (bytes + 1023) >> 10);
}

std::string human_rows(std::int64_t rows) {
  if (rows >= 1'000'000) return fmt::format("~{:.1f}M rows", static_cast<double>(rows) / 1e6);
  if (rows >= 10'000) return fmt::format("~{}k rows", rows / 1000);
  return fmt::format("~{} rows", rows);
}

}  // namespace

void grade_hazard(codegen::Hazard& hazard, const TableSize& size) {
  if (size.heap_bytes == 0) {
    hazard.size_note = "empty table";
    if (size_bound(hazard.code)) hazard.graded_severity = codegen::HazardSeverity::info;
    return;
  }
  const bool large = size.total_bytes >= (std::int64_t{1} << 30) || size.rows >= 10'000'000;
  std::string note = size.rows >= 0 ? human_rows(size.rows) + ", " + human_bytes(size.total_bytes)
                                    : human_bytes(size.total_bytes) + " (rows not yet analyzed)";
  hazard.size_note = large ? "large: " + note : note;
}

bool grade_hazards(codegen::Plan& plan, const std::string& conninfo, schema::Diagnostics& diagnostics) {
  migrate::SqlSession session(conninfo, diagnostics);
  if (!session.ok()) return false;
  std::map<schema::QualifiedName, std::optional<TableSize>> sizes;
  for (const auto& statement : plan.statements)
    if (statement.table && !statement.hazards.empty()) sizes[*statement.table];
  if (sizes.empty()) return true;
  // One query for every table, each by its position in the list. A partitioned table's rows
  // live in its partitions (pg_partition_tree lists them; for a plain table it lists the
  // table itself). A table that is gone or unreadable has no row: it is not graded.
  std::vector<const schema::QualifiedName*> names;
  std::string list;
  for (const auto& [name, size] : sizes) {
    names.push_back(&name);
    list += (list.empty() ? "" : ", ") + schema::quote_literal(schema::quote_qualified(name));
  }
  const std::string sql = fmt::format(
      "SELECT n.position, coalesce(sum(pg_relation_size(c.oid)), 0), coalesce(sum(pg_total_relation_size(c.oid)), 0), "
      "CASE WHEN bool_or(c.reltuples < 0 AND c.relkind = 'r') THEN -1 "
      "ELSE coalesce(sum(greatest(c.reltuples, 0)), 0) END::bigint "
      "FROM unnest(ARRAY[{}]::text[]) WITH ORDINALITY AS n(name, position) "
      "JOIN pg_class c ON c.oid = to_regclass(n.name) "
      "OR c.oid IN (SELECT relid FROM pg_partition_tree(to_regclass(n.name))) "
      "GROUP BY n.position",
      list);
  std::vector<std::vector<std::string>> rows;
  if (session.query_rows(sql, rows)) return true;  // unreadable: nothing graded
  for (const auto& row : rows) {
    const auto position = static_cast<std::size_t>(std::stoll(row[0]));
    if (position < 1 || position > names.size()) continue;
    sizes[*names[position - 1]] = TableSize{std::stoll(row[1]), std::stoll(row[2]), std::stoll(row[3])};
  }
  for (auto& statement : plan.statements) {
    if (!statement.table) continue;
    const auto& size = sizes[*statement.table];
    if (!size) continue;
    for (auto& hazard : statement.hazards) grade_hazard(hazard, *size);
  }
  return true;
}

}  // namespace pgmorph::cli
