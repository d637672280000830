// Table attributes set with ALTER TABLE after the table exists and its indexes: REPLICA
// IDENTITY and CLUSTER ON.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

using schema::QualifiedName;
using schema::ReplicaIdentity;

Step replica_identity_step(const QualifiedName& table, ReplicaIdentity kind, const std::string& index) {
  SqlBuilder sql;
  sql.keyword("ALTER TABLE").qualified(table).keyword("REPLICA IDENTITY");
  switch (kind) {
    case ReplicaIdentity::full: sql.keyword("FULL"); break;
    case ReplicaIdentity::nothing: sql.keyword("NOTHING"); break;
    case ReplicaIdentity::index: sql.keyword("USING INDEX").ident(index); break;
    case ReplicaIdentity::default_: sql.keyword("DEFAULT"); break;
  }
  return step(sql);
}

Step cluster_step(const QualifiedName& table, const std::string& index) {
  SqlBuilder sql;
  sql.keyword("ALTER TABLE").qualified(table);
  if (index.empty())
    sql.keyword("SET WITHOUT CLUSTER");
  else
    sql.keyword("CLUSTER ON").ident(index);
  return step(sql);
}

namespace {

bool names_key(const schema::Table& table, const std::string& name) {
  for (const auto& constraint : table.constraints)
    if (constraint.name == name) return true;
  return false;
}

}  // namespace

void append_replica_identity(std::vector<Step>& steps, const schema::Table& table) {
  // A separate index comes later: its CreateIndex marks it (diff_replica_identities).
  if (!table.cluster_index.empty() && names_key(table, table.cluster_index))
    steps.push_back(cluster_step(table.name, table.cluster_index));
  if (table.replica_identity == ReplicaIdentity::default_) return;
  if (table.replica_identity == ReplicaIdentity::index && !names_key(table, table.replica_identity_index)) return;
  steps.push_back(replica_identity_step(table.name, table.replica_identity, table.replica_identity_index));
}

Statements render_change(const diff::SetClusterIndex& change) {
  // Only marks the index a bare CLUSTER uses (SHARE UPDATE EXCLUSIVE); nothing is reordered.
  return {simple("set cluster index of " + schema::display_name(change.table),
                 cluster_step(change.table, change.to_index), cluster_step(change.table, change.from_index))};
}

Statements render_change(const diff::SetReplicaIdentity& change) {
  Statement statement = simple("set replica identity of " + schema::display_name(change.table),
                               replica_identity_step(change.table, change.to_kind, change.to_index),
                               replica_identity_step(change.table, change.from_kind, change.from_index));
  // Logical replication and CDC consumers see other old-row columns (or none) from now on.
  statement.hazards.push_back({HazardCode::replica_identity_change, schema::display_name(change.table)});
  statement.reverse_hazards.push_back({HazardCode::replica_identity_change, schema::display_name(change.table)});
  return {statement};
}

}  // namespace pgmorph::codegen
