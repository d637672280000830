// ALTER TABLE ... REPLICA IDENTITY {DEFAULT | FULL | NOTHING | USING INDEX name}.
#include <algorithm>

#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

/// Why PostgreSQL would refuse `name` as the replica identity index of `table`
/// (ATExecReplicaIdentity), or "" when it accepts it.
std::string identity_index_problem(Context& context, const schema::Table& table, const std::string& name) {
  const schema::QualifiedName qualified{table.name.schema, name};
  const std::string shown = "\"" + name + "\"";
  for (const auto& constraint : table.constraints) {
    if (constraint.name != name) continue;
    if (constraint.kind != schema::ConstraintKind::primary_key && constraint.kind != schema::ConstraintKind::unique)
      break;
    if (constraint.definition.find("DEFERRABLE") != std::string::npos &&
        constraint.definition.find("NOT DEFERRABLE") == std::string::npos)
      return "cannot use non-immediate index " + shown + " as replica identity";
    for (const auto& column : constraint.columns)
      for (const auto& c : table.columns)
        if (c.name == column && !c.not_null && constraint.kind == schema::ConstraintKind::unique)
          return "index " + shown + " cannot be used as replica identity because column \"" + column +
                 "\" is nullable";
    return "";
  }
  auto index = context.catalog().indexes.find(qualified);
  if (index == context.catalog().indexes.end() || index->second.table != table.name)
    return "index " + shown + " for table \"" + table.name.name + "\" does not exist";
  if (!index->second.unique) return "cannot use non-unique index " + shown + " as replica identity";
  if (index->second.definition.find(" WHERE ") != std::string::npos)
    return "cannot use partial index " + shown + " as replica identity";
  for (const auto& key : index->second.key_names) {
    if (key == "expr") return "cannot use expression index " + shown + " as replica identity";
    for (const auto& c : table.columns)
      if (c.name == key && !c.not_null)
        return "index " + shown + " cannot be used as replica identity because column \"" + key + "\" is nullable";
  }
  return "";
}

}  // namespace

void set_replica_identity(Context& context, schema::Table& table, const PgQuery__ReplicaIdentityStmt* stmt) {
  const std::string kind = stmt->identity_type == nullptr ? "" : stmt->identity_type;
  if (kind == "i") {
    const std::string name = stmt->name == nullptr ? "" : stmt->name;
    if (const std::string problem = identity_index_problem(context, table, name); !problem.empty()) {
      context.error(problem.ends_with("does not exist") ? "undefined-object" : "invalid-object-definition", problem);
      return;
    }
    table.replica_identity = schema::ReplicaIdentity::index;
    table.replica_identity_index = name;
    return;
  }
  table.replica_identity = kind == "f"   ? schema::ReplicaIdentity::full
                           : kind == "n" ? schema::ReplicaIdentity::nothing
                                         : schema::ReplicaIdentity::default_;
  table.replica_identity_index.clear();
}

void set_cluster_index(Context& context, schema::Table& table, const char* index) {
  if (index == nullptr) {
    table.cluster_index.clear();
    return;
  }
  const std::string name = index;
  const std::string shown = "\"" + name + "\"";
  // As mark_index_clustered() and check_index_is_clusterable().
  if (!table.partition_key.empty())
    return context.error("invalid-object-definition", "cannot mark index clustered in partitioned table");
  for (const auto& constraint : table.constraints)
    if (constraint.name == name && constraint.kind != schema::ConstraintKind::check &&
        constraint.kind != schema::ConstraintKind::foreign_key) {
      table.cluster_index = name;
      return;
    }
  auto found = context.catalog().indexes.find({table.name.schema, name});
  if (found == context.catalog().indexes.end() || found->second.table != table.name)
    return context.error("undefined-object", "index " + shown + " for table \"" + table.name.name + "\" does not exist");
  const std::string& definition = found->second.definition;
  if (definition.find(" WHERE ") != std::string::npos)
    return context.error("invalid-object-definition", "cannot cluster on partial index " + shown);
  for (const char* method : {" USING hash ", " USING brin ", " USING gin ", " USING spgist "})
    if (definition.find(method) != std::string::npos)
      return context.error("invalid-object-definition",
                           "cannot cluster on index " + shown + " because access method does not support clustering");
  table.cluster_index = name;
}

}  // namespace pgmorph::parser
