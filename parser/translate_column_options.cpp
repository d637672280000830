// Per-column settings that change how values are stored or sampled, not what they are:
// STORAGE (attstorage), COMPRESSION (attcompression) and SET STATISTICS (attstattarget),
// inline in a column definition or as ALTER TABLE ... ALTER COLUMN ... SET ....
#include "parser/column.hpp"

#include <algorithm>

#include "schema/normalize.hpp"

namespace pgmorph::parser {

namespace {

// The largest target PostgreSQL keeps: a larger one is stored as this (with a warning).
constexpr int k_max_statistics_target = 10000;

}  // namespace

bool apply_column_storage(Context& context, schema::Column& column, std::string name, int32_t location) {
  // pg_query 15 carries the catalog letter for the inline form; ALTER carries the keyword.
  if (name == "p") name = "plain";
  if (name == "e") name = "external";
  if (name == "x") name = "extended";
  if (name == "m") name = "main";
  if (name != "plain" && name != "external" && name != "extended" && name != "main") {
    context.error("invalid-object-definition", "invalid storage type \"" + name + "\"", location);
    return false;
  }
  // As ATExecSetStorage: a fixed-length type (typstorage plain) takes no other storage.
  if (name != "plain" && schema::type_default_storage(context.catalog(), column.type) == "plain") {
    context.error("invalid-object-definition",
                  "column data type " + column.type + " can only have storage PLAIN", location);
    return false;
  }
  column.storage = name;
  return true;
}

bool apply_column_compression(Context& context, schema::Column& column, const std::string& name,
                              int32_t location) {
  if (name != "default" && name != "pglz" && name != "lz4") {
    context.error("invalid-object-definition", "invalid compression method \"" + name + "\"", location);
    return false;
  }
  // As GetAttributeCompression: only a type that can be TOASTed can be compressed.
  if (name != "default" && schema::type_default_storage(context.catalog(), column.type) == "plain") {
    context.error("invalid-object-definition",
                  "column data type " + column.type + " does not support compression", location);
    return false;
  }
  if (name == "default")
    column.compression.reset();
  else
    column.compression = name;
  return true;
}

bool apply_column_statistics(Context& context, schema::Column& column, const PgQuery__Node* target,
                             int32_t location) {
  if (target == nullptr || target->node_case != PG_QUERY__NODE__NODE_INTEGER) {
    context.error("invalid-object-definition", "SET STATISTICS takes an integer", location);
    return false;
  }
  const int value = target->integer->ival;
  if (value < -1) {
    context.error("invalid-object-definition", "statistics target " + std::to_string(value) + " is too low", location);
    return false;
  }
  if (value == -1)
    column.statistics.reset();
  else
    column.statistics = std::min(value, k_max_statistics_target);
  return true;
}

}  // namespace pgmorph::parser
