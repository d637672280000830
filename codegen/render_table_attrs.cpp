// Table attributes set with ALTER TABLE after the table exists: REPLICA IDENTITY.
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

void append_replica_identity(std::vector<Step>& steps, const schema::Table& table) {
  if (table.replica_identity == ReplicaIdentity::default_) return;
  // A separate index comes later: its CreateIndex sets it (diff_replica_identities).
  if (table.replica_identity == ReplicaIdentity::index) {
    bool key = false;
    for (const auto& constraint : table.constraints) key = key || constraint.name == table.replica_identity_index;
    if (!key) return;
  }
  steps.push_back(replica_identity_step(table.name, table.replica_identity, table.replica_identity_index));
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
