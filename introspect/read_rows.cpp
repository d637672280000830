// One function per query file; each reads its columns by name (looked up once per result).
#include "introspect/read_rows.hpp"

#include "introspect/query_text.hpp"
#include "introspect_queries.hpp"
#include "schema/diagnostic.hpp"
#include "schema/stage_timer.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>
#include <unordered_map>

namespace pgmorph::introspect {

namespace {

using Col = pqxx::row::size_type;

/// Typed access to one row; NULL reads as empty / false / nullopt.
class Row {
 public:
  explicit Row(const pqxx::row& row) : m_row(row) {}
  std::string text(Col col) const {
    const pqxx::field field = m_row[col];
    return field.is_null() ? std::string() : std::string(field.c_str(), field.size());
  }
  std::optional<std::string> optional(Col col) const {
    if (m_row[col].is_null()) return std::nullopt;
    return text(col);
  }
  bool flag(Col col) const { return !m_row[col].is_null() && m_row[col].c_str()[0] == 't'; }
  char letter(Col col) const { return m_row[col].is_null() ? '\0' : m_row[col].c_str()[0]; }
  std::int64_t number(Col col) const {
    const pqxx::field field = m_row[col];
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(field.c_str(), field.c_str() + field.size(), value);
    if (error != std::errc())
      throw schema::InternalError("not a number in catalog row: " + text(col));
    return value;
  }
  bool is_null(Col col) const { return m_row[col].is_null(); }

 private:
  const pqxx::row& m_row;
};

struct Query {
  pqxx::transaction_base& tx;
  int version;

  pqxx::result operator()(std::string_view text) const {
    return tx.exec(prepare_query(text, version));
  }
};

void read_schemas(const Query& query, CatalogRows& rows) {
  for (const auto& row : query(k_schemas_sql)) rows.schemas.push_back(Row(row).text(0));
}

void read_extensions(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_extensions_sql);
  const Col name = result.column_number("extension_name"),
            schema = result.column_number("schema_name"), version = result.column_number("version"),
            def = result.column_number("default_schema"),
            comment = result.column_number("default_comment"),
            paths = result.column_number("update_paths");
  for (const auto& r : result) {
    const Row row(r);
    std::set<std::pair<std::string, std::string>> update_paths;
    const std::string lines = row.optional(paths).value_or("");
    for (std::size_t start = 0; start < lines.size();) {
      std::size_t end = lines.find('\n', start);
      if (end == std::string::npos) end = lines.size();
      const std::string line = lines.substr(start, end - start);
      if (const std::size_t tab = line.find('\t'); tab != std::string::npos)
        update_paths.insert({line.substr(0, tab), line.substr(tab + 1)});
      start = end + 1;
    }
    rows.extensions.push_back({row.text(name), row.text(schema), row.text(version), row.text(def),
                               row.optional(comment), std::move(update_paths)});
  }
}

void read_tables(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_tables_sql);
  const Col oid = result.column_number("table_oid"), attnum = result.column_number("attnum"),
            schema = result.column_number("schema_name"),
            table = result.column_number("table_name"), unlogged = result.column_number("unlogged"),
            row_security = result.column_number("row_security"),
            force_row_security = result.column_number("force_row_security"),
            storage_options = result.column_number("storage_options"),
            partition_key = result.column_number("partition_key"),
            replica_identity = result.column_number("replica_identity"),
            replica_identity_index = result.column_number("replica_identity_index"),
            cluster_index = result.column_number("cluster_index"),
            parent_schema = result.column_number("parent_schema"),
            parent_name = result.column_number("parent_name"),
            partition_bound = result.column_number("partition_bound"),
            inherits = result.column_number("inherits"),
            column = result.column_number("column_name"),
            type = result.column_number("column_type"), not_null = result.column_number("not_null"),
            def = result.column_number("default_expr"),
            generated = result.column_number("generated_expr"),
            identity = result.column_number("identity"),
            identity_options = result.column_number("identity_options"),
            collation = result.column_number("collation"),
            storage = result.column_number("storage"),
            compression = result.column_number("compression"),
            statistics = result.column_number("statistics");
  // Rows come in no particular order (see tables.sql): group them by table OID, then order
  // tables by OID (creation order) and columns by attnum.
  struct Pending {
    std::int64_t oid = 0;
    TableRow table;
    std::vector<std::pair<std::int64_t, ColumnRow>> columns;
  };
  std::vector<Pending> pending;
  std::unordered_map<std::int64_t, std::size_t> by_oid;
  for (const auto& r : result) {
    const Row row(r);
    const std::int64_t table_oid = row.number(oid);
    auto [found, added] = by_oid.emplace(table_oid, pending.size());
    if (added) {
      pending.push_back({table_oid,
                         {row.text(schema), row.text(table), row.flag(unlogged), row.flag(row_security),
                          row.flag(force_row_security), {}, {}, row.optional(partition_key),
                          row.optional(parent_schema), row.optional(parent_name),
                          row.optional(partition_bound)},
                         {}});
      if (!row.is_null(replica_identity)) pending.back().table.replica_identity = row.letter(replica_identity);
      pending.back().table.replica_identity_index = row.optional(replica_identity_index);
      pending.back().table.cluster_index = row.optional(cluster_index);
      // `schema<US>name` entries separated by <RS> (tables.sql).
      const std::string parents = row.optional(inherits).value_or("");
      for (std::size_t start = 0; start < parents.size();) {
        std::size_t end = parents.find('\x1e', start);
        if (end == std::string::npos) end = parents.size();
        const std::string entry = parents.substr(start, end - start);
        const std::size_t split = entry.find('\x1f');
        pending.back().table.inherits.emplace_back(entry.substr(0, split), entry.substr(split + 1));
        start = end + 1;
      }
      const std::string options = row.optional(storage_options).value_or("");
      for (std::size_t start = 0; start < options.size();) {
        std::size_t end = options.find('\n', start);
        if (end == std::string::npos) end = options.size();
        pending.back().table.storage_options.push_back(options.substr(start, end - start));
        start = end + 1;
      }
    }
    if (row.is_null(column)) continue;
    pending[found->second].columns.emplace_back(
        row.number(attnum),
        ColumnRow{row.text(column), row.text(type), row.flag(not_null), row.optional(def),
                  row.optional(generated), row.letter(identity), row.text(identity_options),
                  row.optional(collation), row.optional(storage), row.optional(compression),
                  row.optional(statistics)});
  }
  std::sort(pending.begin(), pending.end(),
            [](const Pending& a, const Pending& b) { return a.oid < b.oid; });
  rows.tables.reserve(pending.size());
  for (auto& entry : pending) {
    std::sort(entry.columns.begin(), entry.columns.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [number, column_row] : entry.columns)
      entry.table.columns.push_back(std::move(column_row));
    rows.tables.push_back(std::move(entry.table));
  }
}

void read_constraints(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_constraints_sql);
  const Col schema = result.column_number("schema_name"),
            table = result.column_number("table_name"),
            name = result.column_number("constraint_name"),
            type = result.column_number("constraint_type"),
            def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.constraints.push_back(
        {row.text(schema), row.text(table), row.text(name), row.letter(type), row.text(def)});
  }
}

void read_indexes(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_indexes_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("index_name"),
            table = result.column_number("table_name"), on_view = result.column_number("on_view"),
            def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.indexes.push_back(
        {row.text(schema), row.text(name), row.text(table), row.flag(on_view), row.text(def)});
  }
}

void read_sequences(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_sequences_sql);
  const Col schema = result.column_number("schema_name"),
            name = result.column_number("sequence_name"), type = result.column_number("data_type"),
            increment = result.column_number("increment"), min = result.column_number("min_value"),
            max = result.column_number("max_value"), start = result.column_number("start_value"),
            cache = result.column_number("cache_size"), cycle = result.column_number("cycle"),
            owner_schema = result.column_number("owner_schema"),
            owner_table = result.column_number("owner_table"),
            owner_column = result.column_number("owner_column");
  for (const auto& r : result) {
    const Row row(r);
    rows.sequences.push_back(
        {row.text(schema), row.text(name), row.text(type), row.number(increment), row.number(min),
         row.number(max), row.number(start), row.number(cache), row.flag(cycle),
         row.optional(owner_schema), row.text(owner_table), row.text(owner_column)});
  }
}

void read_enums(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_enums_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("type_name"),
            label = result.column_number("label");
  for (const auto& r : result) {
    const Row row(r);
    if (rows.enums.empty() || rows.enums.back().schema != row.text(schema) ||
        rows.enums.back().name != row.text(name))
      rows.enums.push_back({row.text(schema), row.text(name), {}});
    if (!row.is_null(label)) rows.enums.back().labels.push_back(row.text(label));
  }
}

void read_composite_types(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_composite_types_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("type_name"),
            attribute = result.column_number("attribute_name"), type = result.column_number("attribute_type"),
            collation = result.column_number("collation");
  for (const auto& r : result) {
    const Row row(r);
    auto& types = rows.composite_types;
    if (types.empty() || types.back().schema != row.text(schema) || types.back().name != row.text(name))
      types.push_back({row.text(schema), row.text(name), {}});
    if (!row.is_null(attribute))
      types.back().attributes.push_back({row.text(attribute), row.text(type), row.optional(collation)});
  }
}

void read_range_types(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_range_types_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("type_name"),
            subtype = result.column_number("subtype"), opclass = result.column_number("subtype_opclass"),
            collation = result.column_number("collation"), canonical = result.column_number("canonical"),
            diff = result.column_number("subtype_diff"), multi_schema = result.column_number("multirange_schema"),
            multi_name = result.column_number("multirange_name");
  for (const auto& r : result) {
    const Row row(r);
    rows.range_types.push_back({row.text(schema), row.text(name), row.text(subtype), row.optional(opclass),
                                row.optional(collation), row.optional(canonical), row.optional(diff),
                                row.optional(multi_schema), row.optional(multi_name)});
  }
}

void read_collations(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_collations_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("collation_name"),
            provider = result.column_number("provider"), deterministic = result.column_number("deterministic"),
            locale = result.column_number("icu_locale"), collate = result.column_number("lc_collate"),
            ctype = result.column_number("lc_ctype");
  for (const auto& r : result) {
    const Row row(r);
    rows.collations.push_back({row.text(schema), row.text(name), row.text(provider),
                               row.text(deterministic) == "t", row.optional(locale), row.optional(collate),
                               row.optional(ctype)});
  }
}

void read_domains(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_domains_sql);
  const Col schema = result.column_number("schema_name"),
            name = result.column_number("domain_name"), base = result.column_number("base_type"),
            not_null = result.column_number("not_null"), def = result.column_number("default_expr"),
            collation = result.column_number("collation"),
            check = result.column_number("check_name"),
            check_def = result.column_number("check_definition");
  for (const auto& r : result) {
    const Row row(r);
    if (rows.domains.empty() || rows.domains.back().schema != row.text(schema) ||
        rows.domains.back().name != row.text(name))
      rows.domains.push_back({row.text(schema),
                              row.text(name),
                              row.text(base),
                              row.flag(not_null),
                              row.optional(def),
                              row.optional(collation),
                              {}});
    if (!row.is_null(check))
      rows.domains.back().checks.push_back({row.text(check), row.text(check_def)});
  }
}

void read_views(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_views_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("view_name"),
            materialized = result.column_number("materialized"),
            populated = result.column_number("populated"), def = result.column_number("definition"),
            options = result.column_number("options"), check = result.column_number("check_option");
  for (const auto& r : result) {
    const Row row(r);
    rows.views.push_back({row.text(schema), row.text(name), row.flag(materialized),
                          row.flag(populated), row.text(def), row.text(options), row.text(check)});
  }
}

void read_functions(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_functions_sql);
  const Col schema = result.column_number("schema_name"),
            name = result.column_number("function_name"), def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.functions.push_back({row.text(schema), row.text(name), "", row.text(def), false});
  }
}

void read_aggregates(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_aggregates_sql);
  const Col schema = result.column_number("schema_name"),
            name = result.column_number("aggregate_name"), def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.aggregates.push_back({row.text(schema), row.text(name), "", row.text(def), false});
  }
}

void read_triggers(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_triggers_sql);
  const Col schema = result.column_number("schema_name"),
            table = result.column_number("table_name"), name = result.column_number("trigger_name"),
            on_view = result.column_number("on_view"), def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.triggers.push_back(
        {row.text(schema), row.text(name), row.text(table), row.text(def), row.flag(on_view)});
  }
}

void read_rules(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_rules_sql);
  const Col schema = result.column_number("schema_name"), table = result.column_number("table_name"),
            name = result.column_number("rule_name"), on_view = result.column_number("on_view"),
            def = result.column_number("definition");
  for (const auto& r : result) {
    const Row row(r);
    rows.rules.push_back({row.text(schema), row.text(name), row.text(table), row.text(def), row.flag(on_view)});
  }
}

void read_policies(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_policies_sql);
  const Col schema = result.column_number("schema_name"), table = result.column_number("table_name"),
            name = result.column_number("policy_name"), permissive = result.column_number("permissive"),
            command = result.column_number("command"), using_expr = result.column_number("using_expr"),
            check_expr = result.column_number("check_expr"), role = result.column_number("role_name");
  for (const auto& r : result) {
    const Row row(r);
    auto& policies = rows.policies;
    if (policies.empty() || policies.back().schema != row.text(schema) ||
        policies.back().table != row.text(table) || policies.back().name != row.text(name))
      policies.push_back({row.text(schema), row.text(table), row.text(name), row.flag(permissive),
                          row.letter(command), {}, row.optional(using_expr), row.optional(check_expr)});
    if (!row.is_null(role)) policies.back().roles.push_back(row.text(role));
  }
}

void read_statistics(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_statistics_sql);
  const Col schema = result.column_number("schema_name"), name = result.column_number("name"),
            table_schema = result.column_number("table_schema"), table = result.column_number("table_name"),
            definition = result.column_number("definition"), target = result.column_number("target");
  for (const auto& r : result) {
    const Row row(r);
    rows.statistics.push_back({row.text(schema), row.text(name), row.text(table_schema), row.text(table),
                               row.text(definition), row.optional(target)});
  }
}

void read_comments(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_comments_sql);
  const Col type = result.column_number("object_type"), name1 = result.column_number("name1"),
            name2 = result.column_number("name2"), name3 = result.column_number("name3"),
            args = result.column_number("args"), comment = result.column_number("comment");
  for (const auto& r : result) {
    const Row row(r);
    rows.comments.push_back({row.text(type), row.text(name1), row.text(name2), row.text(name3),
                             row.text(args), row.text(comment)});
  }
}

void read_privileges(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_privileges_sql);
  const Col kind = result.column_number("kind"), schema = result.column_number("schema_name"),
            name = result.column_number("object_name"), args = result.column_number("args"),
            owner = result.column_number("owner"), fresh = result.column_number("default_acl"),
            grantee = result.column_number("grantee"),
            privilege = result.column_number("privilege_type"),
            grantable = result.column_number("is_grantable"),
            column = result.column_number("column_name");
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> index_of;
  for (const auto& r : result) {
    const Row row(r);
    auto key = std::make_tuple(row.text(kind), row.text(schema), row.text(name), row.text(args));
    auto [it, inserted] = index_of.try_emplace(key, rows.privileges.size());
    if (inserted)
      rows.privileges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key),
                                 std::get<3>(key), row.text(owner), row.flag(fresh), {}});
    AclRow& acl = rows.privileges[it->second];
    if (!row.flag(fresh)) acl.default_acl = false;
    if (!row.is_null(grantee))
      acl.entries.push_back(
          {row.text(grantee), row.text(privilege), row.flag(grantable), row.text(column)});
  }
  std::sort(rows.privileges.begin(), rows.privileges.end(), [](const AclRow& a, const AclRow& b) {
    return std::tie(a.schema, a.name, a.kind, a.args) < std::tie(b.schema, b.name, b.kind, b.args);
  });
}

void read_unsupported(const Query& query, CatalogRows& rows) {
  const pqxx::result result = query(k_unsupported_sql);
  const Col object = result.column_number("object"), reason = result.column_number("reason");
  for (const auto& r : result) {
    const Row row(r);
    rows.unsupported.push_back({row.text(object), row.text(reason)});
  }
}

}  // namespace

void read_catalog_rows(pqxx::transaction_base& tx, int server_version, QueryGroup group,
                       CatalogRows& rows) {
  using Reader = void (*)(const Query&, CatalogRows&);
  struct Step {
    const char* name;
    Reader read;
    QueryGroup group;
  };
  // Two groups of about equal time at 10,000 tables (tables and constraints ~1.8 s, all
  // the others ~1.7 s together), so that two connections can read them side by side.
  static constexpr Step k_steps[] = {
      {"schemas", &read_schemas, QueryGroup::first},
      {"extensions", &read_extensions, QueryGroup::first},
      {"tables", &read_tables, QueryGroup::first},
      {"constraints", &read_constraints, QueryGroup::first},
      {"indexes", &read_indexes, QueryGroup::second},
      {"sequences", &read_sequences, QueryGroup::second},
      {"enums", &read_enums, QueryGroup::second},
      {"composite_types", &read_composite_types, QueryGroup::second},
      {"range_types", &read_range_types, QueryGroup::second},
      {"collations", &read_collations, QueryGroup::second},
      {"domains", &read_domains, QueryGroup::second},
      {"views", &read_views, QueryGroup::second},
      {"functions", &read_functions, QueryGroup::second},
      {"aggregates", &read_aggregates, QueryGroup::second},
      {"triggers", &read_triggers, QueryGroup::second},
      {"policies", &read_policies, QueryGroup::second},
      {"rules", &read_rules, QueryGroup::second},
      {"statistics", &read_statistics, QueryGroup::second},
      {"comments", &read_comments, QueryGroup::second},
      {"privileges", &read_privileges, QueryGroup::second},
      {"unsupported", &read_unsupported, QueryGroup::second},
  };
  const Query query{tx, server_version};
  schema::StageTimer timer("query ");
  for (const Step& step : k_steps) {
    if (group != QueryGroup::all && step.group != group) continue;
    step.read(query, rows);
    timer.lap(step.name);
  }
}

}  // namespace pgmorph::introspect
