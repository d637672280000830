// Partitioning of a table present on both sides: its key, and which parent it belongs to
// with which bound. PostgreSQL cannot change a partition key in place, nor turn a plain
// table into a partitioned one or back; both need a new table and a copy of the rows, which
// a schema diff must not do behind the user's back, so they are refused.
#include "diff/context.hpp"

namespace pgmorph::diff {

namespace {

std::string key_text(const schema::Table& table) {
  return table.partition_key.empty() ? "(not partitioned)" : "PARTITION BY " + table.partition_key;
}

std::string of_text(const std::optional<schema::PartitionOf>& partition) {
  return partition
             ? "a partition of " + schema::display_name(partition->parent) + " " + partition->bound
             : "not a partition";
}

/// Compares columns as ATTACH PARTITION does: names, types and collations (NOT NULL and
/// defaults are the column diff's business, run before the attach).
bool same_column_types(const schema::Table& a, const schema::Table& b) {
  if (a.columns.size() != b.columns.size()) return false;
  for (const auto& column : a.columns) {
    bool found = false;
    for (const auto& other : b.columns)
      found = found || (other.name == column.name && other.type == column.type &&
                        other.collation == column.collation);
    if (!found) return false;
  }
  return true;
}

/// True when `parent` has an index or a constraint that DETACH PARTITION would leave behind
/// on the detached table as a copy, under a name PostgreSQL chooses.
bool leaves_copies(const schema::Catalog& catalog, const QualifiedName& parent) {
  auto table = catalog.tables.find(parent);
  if (table != catalog.tables.end() && !table->second.constraints.empty()) return true;
  for (const auto& [name, index] : catalog.indexes)
    if (index.table == parent) return true;
  return false;
}

}  // namespace

bool diff_partitioning(DiffContext& context, const schema::Table& old, const schema::Table& now) {
  if (old.partition_key != now.partition_key) {
    context.unsupported(
        "table " + schema::display_name(now.name) + ": its partitioning changes from " +
        key_text(old) + " to " + key_text(now) +
        "; PostgreSQL cannot change that in place (it takes a new table and a copy of the "
        "rows), which pgmorph does not do");
    return false;
  }
  if (old.partition_of == now.partition_of) return true;
  const bool kept_columns = same_column_types(old, now);
  if (old.partition_of && now.partition_of && !kept_columns) {
    context.unsupported("table " + schema::display_name(now.name) + " moves from " +
                        of_text(old.partition_of) + " to " + of_text(now.partition_of) +
                        ", whose columns differ");
    return false;
  }
  // Up detaches a partition that stays a table; down does when a table becomes one. Either
  // way the parent's copies must not stay behind, so only a parent without them qualifies.
  // (A changed bound detaches and attaches again: the copies are attached back.)
  // A move to another parent is a detach and an attach in both directions.
  const bool moves =
      old.partition_of && now.partition_of && old.partition_of->parent != now.partition_of->parent;
  const bool detach_keeps = old.partition_of && (!now.partition_of || moves) &&
                            leaves_copies(context.from, old.partition_of->parent);
  const bool undo_keeps = now.partition_of && (!old.partition_of || moves) &&
                          leaves_copies(context.to, now.partition_of->parent);
  if (detach_keeps || undo_keeps) {
    const QualifiedName& parent =
        detach_keeps ? old.partition_of->parent : now.partition_of->parent;
    context.unsupported("table " + schema::display_name(now.name) + " changes from " +
                        of_text(old.partition_of) + " to " + of_text(now.partition_of) +
                        ": DETACH PARTITION (in " + (detach_keeps ? "up" : "down") +
                        ".sql) would leave copies of " + schema::display_name(parent) +
                        "'s indexes and constraints on it, under names PostgreSQL chooses, which "
                        "pgmorph does not plan");
    return false;
  }
  // The new bound is checked against every row (ATTACH scans the table under a SHARE UPDATE
  // EXCLUSIVE lock on the parent and ACCESS EXCLUSIVE on the table) unless a CHECK
  // constraint already implies it.
  if (old.partition_of) context.add(DetachPartition{now.name, *old.partition_of});
  if (now.partition_of) {
    context.add(AttachPartition{now.name, *now.partition_of});
    context.diagnostics.push_back(
        schema::Diagnostic{schema::Severity::warning, "partition-attach-scan",
                           "table " + schema::display_name(now.name) + " becomes " +
                               of_text(now.partition_of) + " (was " + of_text(old.partition_of) +
                               "): ATTACH PARTITION scans all its rows to check the bound, holding "
                               "an ACCESS EXCLUSIVE lock on it",
                           std::nullopt});
  }
  return true;
}

}  // namespace pgmorph::diff
