// Index builds, drops and maintenance: L101-L104, L117, L127, C110 (indexes), S108.
#include "lint/rules.hpp"

namespace pgmorph::lint {

namespace {

bool reindex_concurrently(const Json& body) {
  for (const auto& param : items(body, "params"))
    if (str(node_body(param), "defname") == "concurrently") return true;
  return false;
}

// CIC and REINDEX CONCURRENTLY could corrupt indexes on 14.0-14.3 (fixed in 14.4). A bare
// major "14" names no minor release, so it is not assumed to be an affected one.
bool pg14_corruption_window(const LintSettings& settings) {
  return settings.pg_version.major == 14 && settings.pg_version.minor && *settings.pg_version.minor <= 3;
}

void check_create_index(const RuleContext& context) {
  const Json& body = context.body();
  const std::string table = table_key(field(body, "relation"));
  const std::string name = str(body, "idxname");
  const bool concurrent = flag(body, "concurrent");
  if (!concurrent && !context.is_new(table))
    context.report("create-index-non-concurrent",
                   "CREATE INDEX " + name + " on existing table " + table +
                       " without CONCURRENTLY blocks writes for the whole build");
  if (concurrent && context.model.txn.open)
    context.report("non-transactional-in-transaction",
                   "CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
  if (concurrent && pg14_corruption_window(context.settings))
    context.report("pg14-concurrent-index-corruption",
                   "CREATE INDEX CONCURRENTLY on PostgreSQL 14.0-14.3 can silently corrupt the index");
  if (flag(body, "unique") && !context.is_new(table))
    context.report("unique-index-data-dependent",
                   "unique index " + name + " on existing table " + table + " fails if the data has duplicates");
  if (!flag(body, "unique") && items(body, "indexParams").size() > 3)
    context.report("index-too-many-columns",
                   "non-unique index " + name + " has " + std::to_string(items(body, "indexParams").size()) +
                       " columns");
}

void check_drop_index(const RuleContext& context) {
  const Json& body = context.body();
  if (str(body, "removeType") != "OBJECT_INDEX") return;
  if (flag(body, "concurrent")) {
    if (context.model.txn.open)
      context.report("non-transactional-in-transaction",
                     "DROP INDEX CONCURRENTLY cannot run inside a transaction block");
    return;
  }
  for (const auto& object : items(body, "objects")) {
    const auto parts = names(items(node_body(object), "items"));
    const std::string name = parts.empty() ? "" : parts.back();
    if (context.model.new_indexes.contains(name)) continue;
    context.report("drop-index-non-concurrent",
                   "DROP INDEX " + name + " without CONCURRENTLY takes ACCESS EXCLUSIVE on its table");
  }
}

void check_reindex(const RuleContext& context) {
  const Json& body = context.body();
  const std::string kind = str(body, "kind");
  const bool concurrent = reindex_concurrently(body);
  if (concurrent && context.model.txn.open)
    context.report("non-transactional-in-transaction", "REINDEX CONCURRENTLY cannot run inside a transaction block");
  if (concurrent && pg14_corruption_window(context.settings))
    context.report("pg14-concurrent-index-corruption",
                   "REINDEX CONCURRENTLY on PostgreSQL 14.0-14.3 can silently corrupt the index");
  if (concurrent || kind == "REINDEX_OBJECT_SYSTEM") return;
  const std::string target = table_key(field(body, "relation"));
  if (context.is_new(target) || context.model.new_indexes.contains(target)) return;
  context.report("reindex-non-concurrent", "REINDEX without CONCURRENTLY blocks writes and reads through the index");
}

void check_vacuum(const RuleContext& context) {
  const Json& body = context.body();
  bool full = false;
  for (const auto& option : items(body, "options")) {
    const Json& element = node_body(option);
    if (str(element, "defname") != "full") continue;
    // VACUUM (FULL false) is written as an argument; anything else means on.
    const Json& arg = field(element, "arg");
    const std::string value = node_kind(arg) == "String" ? str(node_body(arg), "sval") : "";
    full = value != "false" && value != "off" && value != "0";
  }
  if (full) context.report("vacuum-full-or-cluster", "VACUUM FULL rewrites the table under ACCESS EXCLUSIVE");
  if (flag(body, "is_vacuumcmd") && context.model.txn.open)
    context.report("non-transactional-in-transaction", "VACUUM cannot run inside a transaction block");
}

}  // namespace

void check_index_rules(const RuleContext& context) {
  const std::string& kind = context.kind();
  if (kind == "IndexStmt") check_create_index(context);
  if (kind == "DropStmt") check_drop_index(context);
  if (kind == "ReindexStmt") check_reindex(context);
  if (kind == "VacuumStmt") check_vacuum(context);
  if (kind == "ClusterStmt") context.report("vacuum-full-or-cluster", "CLUSTER rewrites the table under ACCESS EXCLUSIVE");
  if ((kind == "CreatedbStmt" || kind == "DropdbStmt" || kind == "AlterSystemStmt" ||
       kind == "CreateTableSpaceStmt" || kind == "DropTableSpaceStmt") &&
      context.model.txn.open)
    context.report("non-transactional-in-transaction", "this statement cannot run inside a transaction block");
  for (const Json* cmd : alter_commands(context)) {
    if (str(*cmd, "subtype") == "AT_DetachPartition" && flag(node_body(field(*cmd, "def")), "concurrent") &&
        context.model.txn.open)
      context.report("non-transactional-in-transaction",
                     "DETACH PARTITION CONCURRENTLY cannot run inside a transaction block");
  }
  // Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block.
  if (kind == "AlterEnumStmt" && str(context.body(), "oldVal").empty() && !context.pg_at_least(12) &&
      context.model.txn.open)
    context.report("non-transactional-in-transaction",
                   "ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12");
}

}  // namespace pgmorph::lint
