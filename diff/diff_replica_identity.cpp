// REPLICA IDENTITY and CLUSTER ON of tables (both name an index of the table). FULL and NOTHING, and USING INDEX of a key constraint, are
// part of a created or dropped table (codegen's create_table_steps); USING INDEX of a
// separate index on such a table rides on that index's CreateIndex / DropIndex.
#include <type_traits>

#include "diff/context.hpp"

namespace pgmorph::diff {

namespace {

using schema::ReplicaIdentity;

bool uses_index(const schema::Table* table, const QualifiedName& index) {
  return table != nullptr && table->replica_identity == ReplicaIdentity::index &&
         table->name.schema == index.schema && table->replica_identity_index == index.name;
}

bool clusters_on(const schema::Table* table, const QualifiedName& index) {
  return table != nullptr && table->name.schema == index.schema && table->cluster_index == index.name;
}

const schema::Table* find_table(const schema::Catalog& catalog, const QualifiedName& name) {
  auto found = catalog.tables.find(name);
  return found == catalog.tables.end() ? nullptr : &found->second;
}

/// True when the plan drops the index or key constraint `name` of `table` (to create it
/// again): PostgreSQL then forgets that it was the identity.
bool drops_index(const DiffContext& context, const QualifiedName& table, const std::string& name) {
  for (const auto& change : context.changes) {
    if (const auto* drop = std::get_if<DropIndex>(&change); drop && drop->old.name == QualifiedName{table.schema, name})
      return true;
    if (const auto* drop = std::get_if<DropConstraint>(&change); drop && drop->table == table && drop->old.name == name)
      return true;
  }
  return false;
}

}  // namespace

void diff_replica_identities(DiffContext& context) {
  for (auto& change : context.changes) {
    if (auto* create = std::get_if<CreateIndex>(&change); create && create->table_is_new) {
      create->replica_identity = uses_index(find_table(context.to, create->index.table), create->index.name);
      create->cluster = clusters_on(find_table(context.to, create->index.table), create->index.name);
    }
    if (auto* drop = std::get_if<DropIndex>(&change); drop && drop->table_is_dropped) {
      drop->replica_identity = uses_index(find_table(context.from, drop->old.table), drop->old.name);
      drop->cluster = clusters_on(find_table(context.from, drop->old.table), drop->old.name);
    }
  }
  for (const auto& [name, now] : context.to.tables) {
    const schema::Table* old = find_table(context.from, name);
    if (old == nullptr || context.created_tables.contains(name) || context.dropped_tables.contains(name)) continue;
    const SetReplicaIdentity change{name, old->replica_identity, now.replica_identity,
                                    old->replica_identity_index, now.replica_identity_index};
    if (old->replica_identity != now.replica_identity || old->replica_identity_index != now.replica_identity_index) {
      context.add(change);
    } else if (now.replica_identity == ReplicaIdentity::index && drops_index(context, name, now.replica_identity_index)) {
      context.add(SetReplicaIdentity{name, change.from_kind, ReplicaIdentity::default_, change.from_index, ""});
      context.add(SetReplicaIdentity{name, ReplicaIdentity::default_, change.to_kind, "", change.to_index});
    }
    // Dropping an index forgets that it was clustered, so a rebuilt one is marked again.
    if (old->cluster_index != now.cluster_index) {
      context.add(SetClusterIndex{name, old->cluster_index, now.cluster_index});
    } else if (!now.cluster_index.empty() && drops_index(context, name, now.cluster_index)) {
      context.add(SetClusterIndex{name, old->cluster_index, ""});
      context.add(SetClusterIndex{name, "", now.cluster_index});
    }
  }
}

}  // namespace pgmorph::diff
