// ATTACH PARTITION and DETACH PARTITION, each the other's reverse. CREATE TABLE ... PARTITION
// OF is create_table_step() (render_table.cpp).
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

Step attach_step(const schema::QualifiedName& table, const schema::PartitionOf& partition) {
  SqlBuilder sql;
  sql.keyword("ALTER TABLE")
      .qualified(partition.parent)
      .keyword("ATTACH PARTITION")
      .qualified(table);
  sql.raw(partition.bound);
  return step(sql);
}

// Plain DETACH, not CONCURRENTLY: that form cannot run in a transaction block, and the plan
// keeps the attach, detach and the column changes around them in one.
Step detach_step(const schema::QualifiedName& table, const schema::PartitionOf& partition) {
  return step(SqlBuilder()
                  .keyword("ALTER TABLE")
                  .qualified(partition.parent)
                  .keyword("DETACH PARTITION")
                  .qualified(table));
}

}  // namespace

void append_partition_clauses(SqlBuilder& sql, const schema::Table& table) {
  if (table.partition_of) sql.raw(table.partition_of->bound);
  if (!table.partition_key.empty()) sql.keyword("PARTITION BY").raw(table.partition_key);
}

Statements render_change(const diff::AttachPartition& change) {
  Statement statement;
  statement.summary = "attach " + schema::display_name(change.table) + " as a partition of " +
                      schema::display_name(change.partition.parent);
  statement.up = {attach_step(change.table, change.partition)};
  statement.reverse = {detach_step(change.table, change.partition)};
  statement.reverse_hazards.push_back(
      {HazardCode::detach_partition, schema::display_name(change.table)});
  return {statement};
}

Statements render_change(const diff::DetachPartition& change) {
  Statement statement;
  statement.summary = "detach partition " + schema::display_name(change.table) + " from " +
                      schema::display_name(change.old.parent);
  statement.up = {detach_step(change.table, change.old)};
  statement.reverse = {attach_step(change.table, change.old)};
  statement.hazards.push_back({HazardCode::detach_partition, schema::display_name(change.table)});
  statement.table = change.old.parent;
  return {statement};
}

}  // namespace pgmorph::codegen
