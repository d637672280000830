// `pgmorph dump --from SRC [--format sql|json] [--schema NAME ...] [--output FILE]`.
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "cli/sources.hpp"
#include "codegen/dump.hpp"
#include "schema/normalize.hpp"
#include "schema/snapshot.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <set>

namespace pgmorph::cli {

namespace {

constexpr std::string_view k_usage =
    "usage: pgmorph dump --from SRC [--format sql|json] [--schema NAME ...] [--output FILE]";

template <typename Map, typename SchemaOf>
void keep_schemas(Map& objects, const std::set<std::string>& schemas, SchemaOf&& schema_of) {
  std::erase_if(objects,
                [&](const auto& entry) { return !schemas.contains(schema_of(entry.second)); });
}

/// Keeps only the objects of the named schemas, like `pg_dump --schema`. References from
/// them to other schemas stay as they are. An extension with the default schema counts as
/// being in `public`.
void filter_schemas(schema::Catalog& catalog, const std::set<std::string>& schemas) {
  keep_schemas(catalog.schemas, schemas, [](const schema::SchemaObject& s) { return s.name; });
  keep_schemas(catalog.extensions, schemas, schema::extension_schema);
  auto by_name = [](const auto& object) { return object.name.schema; };
  keep_schemas(catalog.tables, schemas, by_name);
  keep_schemas(catalog.indexes, schemas, by_name);
  keep_schemas(catalog.sequences, schemas, by_name);
  keep_schemas(catalog.enums, schemas, by_name);
  keep_schemas(catalog.composite_types, schemas, by_name);
  keep_schemas(catalog.range_types, schemas, by_name);
  keep_schemas(catalog.collations, schemas, by_name);
  keep_schemas(catalog.domains, schemas, by_name);
  keep_schemas(catalog.views, schemas, by_name);
  keep_schemas(catalog.functions, schemas, by_name);
  keep_schemas(catalog.triggers, schemas, [](const schema::Trigger& t) { return t.table.schema; });
  keep_schemas(catalog.policies, schemas, [](const schema::Policy& p) { return p.table.schema; });
  keep_schemas(catalog.rules, schemas, [](const schema::Rule& r) { return r.table.schema; });
  keep_schemas(catalog.statistics, schemas, [](const schema::Statistics& s) { return s.name.schema; });
}

}  // namespace

int run_dump(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args, {{"--from", "--format", "--output"}, {}, {"--schema"}}, error);
  if (!options) {
    fmt::print(stderr, "pgmorph dump: error: {}\n", error);
    return k_exit_user_error;
  }
  const auto from = options->get("--from");
  const std::string format = options->get("--format").value_or("sql");
  if (!from || !options->positional.empty() || (format != "sql" && format != "json")) {
    fmt::print(stderr, "pgmorph dump: error: {}\n", k_usage);
    return k_exit_user_error;
  }

  schema::Diagnostics diagnostics;
  std::optional<schema::Catalog> catalog = load_catalog(*from, diagnostics);
  if (!catalog || schema::has_errors(diagnostics)) {
    print_diagnostics(diagnostics);
    return k_exit_user_error;
  }
  schema::normalize(*catalog);
  const std::vector<std::string> wanted = options->all("--schema");
  if (!wanted.empty())
    filter_schemas(*catalog, std::set<std::string>(wanted.begin(), wanted.end()));

  std::optional<std::string> text;
  if (format == "json")
    text = schema::to_snapshot_json(*catalog, diagnostics);
  else
    text = codegen::emit_dump(*catalog, diagnostics);
  print_diagnostics(diagnostics);
  if (!text || schema::has_errors(diagnostics)) return k_exit_user_error;
  if (auto path = options->get("--output"))
    return write_file(*path, *text) ? k_exit_ok : k_exit_user_error;
  fmt::print("{}", *text);
  return k_exit_ok;
}

}  // namespace pgmorph::cli
