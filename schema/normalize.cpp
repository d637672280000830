#include "schema/normalize.hpp"

#include <algorithm>
#include <set>

#include "schema/naming.hpp"
#include "schema/privileges.hpp"

namespace pgmorph::schema {

namespace {

void default_schema(QualifiedName& name) {
  if (name.schema.empty()) name.schema = std::string(k_default_schema);
}

void normalize_refs(std::vector<ObjectRef>& refs) {
  for (auto& ref : refs)
    if (ref.kind != RefKind::schema) default_schema(ref.name);
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

/// PostgreSQL keeps PUBLIC alone when a policy names it with other roles (with a
/// warning), and no TO clause means PUBLIC.
void normalize_policy_roles(std::vector<std::string>& roles) {
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  if (roles.empty() || std::find(roles.begin(), roles.end(), k_public_grantee) != roles.end())
    roles = {std::string(k_public_grantee)};
}

template <typename Key, typename Value, typename Fix>
void rekey(std::map<Key, Value>& objects, Fix&& fix) {
  std::map<Key, Value> fixed;
  for (auto& [key, value] : objects) {
    fix(value);
    Key new_key = key;
    if constexpr (std::is_same_v<Key, QualifiedName>) default_schema(new_key);
    fixed.emplace(std::move(new_key), std::move(value));
  }
  objects = std::move(fixed);
}

/// The columns of `name` once its parents' are copied in (see PartitionOf), memoised in
/// `done`. A partition's column list is the parent's: PostgreSQL gives it every parent
/// column (same type, collation, NOT NULL, default and generation expression; identity is
/// not inherited in 15). The partition's own NOT NULL and column comments are kept.
void resolve_partition(Catalog& catalog, const QualifiedName& name, std::set<QualifiedName>& done) {
  if (!done.insert(name).second) return;
  auto found = catalog.tables.find(name);
  if (found == catalog.tables.end() || !found->second.partition_of) return;
  default_schema(found->second.partition_of->parent);
  const QualifiedName parent_name = found->second.partition_of->parent;
  resolve_partition(catalog, parent_name, done);
  auto parent = catalog.tables.find(parent_name);
  if (parent == catalog.tables.end()) return;
  Table& table = catalog.tables.at(name);
  std::vector<Column> columns;
  for (const auto& inherited : parent->second.columns) {
    Column column = inherited;
    column.identity = Identity::none;
    column.identity_options.clear();
    column.comment.reset();
    column.using_expr = {};
    for (const auto& own : table.columns)
      if (own.name == column.name) {
        column.comment = own.comment;
        column.not_null = column.not_null || own.not_null;
      }
    columns.push_back(std::move(column));
  }
  table.columns = std::move(columns);
}

/// pg_type.typstorage of a canonical type (`plain`, `main`, `extended`), when it is built
/// in or declared in `catalog`; nullopt for a type neither knows (an extension's, whose
/// default only a server can tell). Measured on PostgreSQL 15: every array is extended,
/// numeric, inet and cidr are main, the varlena types below extended, the rest plain.
std::optional<std::string> default_storage(const Catalog& catalog, std::string type, int depth = 0) {
  if (type.ends_with("[]")) return "extended";
  for (const auto& [name, _] : catalog.enums)
    if (quote_qualified(name) == type) return "plain";
  for (const auto& [name, _] : catalog.composite_types)
    if (quote_qualified(name) == type) return "extended";
  for (const auto& [name, domain] : catalog.domains)
    if (quote_qualified(name) == type) return depth < 8 ? default_storage(catalog, domain.base_type, depth + 1) : std::nullopt;
  // Type modifiers do not change the storage: character varying(10), timestamp(3) with time zone.
  for (std::size_t open; (open = type.find('(')) != std::string::npos;) {
    const std::size_t close = type.find(')', open);
    if (close == std::string::npos) break;
    type.erase(open, close - open + 1);
  }
  static const std::set<std::string, std::less<>> main = {"numeric", "inet", "cidr"};
  static const std::set<std::string, std::less<>> extended = {
      "text", "character varying", "character", "bytea", "json", "jsonb", "jsonpath", "xml", "bit",
      "bit varying", "tsvector", "path", "polygon", "refcursor", "txid_snapshot", "int4range",
      "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange",
      "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange"};
  static const std::set<std::string, std::less<>> plain = {
      "bigint", "smallint", "integer", "oid", "boolean", "\"char\"", "name", "point", "lseg", "box",
      "line", "real", "double precision", "circle", "money", "macaddr", "macaddr8", "date",
      "time without time zone", "timestamp without time zone", "timestamp with time zone",
      "time with time zone", "uuid", "tsquery", "pg_lsn", "xid8", "tid", "xid", "cid"};
  if (main.contains(type)) return "main";
  if (extended.contains(type)) return "extended";
  if (plain.contains(type) || type.starts_with("interval")) return "plain";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> type_default_storage(const Catalog& catalog, const std::string& type) {
  return default_storage(catalog, type);
}

void normalize(Catalog& catalog) {
  for (auto& [name, object] : catalog.schemas) normalize_grants(object.grants, object.owner);
  rekey(catalog.tables, [](Table& table) {
    default_schema(table.name);
    for (auto& parent : table.inherits) default_schema(parent);
    normalize_grants(table.grants, table.owner);
    for (auto& column : table.columns) normalize_refs(column.refs);
    for (auto& constraint : table.constraints) {
      normalize_refs(constraint.refs);
      if (constraint.referenced_table) default_schema(*constraint.referenced_table);
    }
    std::sort(table.constraints.begin(), table.constraints.end(),
              [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
  });
  std::set<QualifiedName> resolved;
  for (const auto& [name, table] : catalog.tables) resolve_partition(catalog, name, resolved);
  rekey(catalog.indexes, [](Index& index) {
    default_schema(index.name);
    default_schema(index.table);
    normalize_refs(index.refs);
  });
  rekey(catalog.sequences, [](Sequence& sequence) {
    default_schema(sequence.name);
    if (sequence.owned_by_table) default_schema(*sequence.owned_by_table);
    normalize_grants(sequence.grants, sequence.owner);
  });
  rekey(catalog.enums, [](EnumType& type) {
    default_schema(type.name);
    normalize_grants(type.grants, type.owner);
  });
  rekey(catalog.composite_types, [](CompositeType& type) {
    default_schema(type.name);
    normalize_grants(type.grants, type.owner);
    normalize_refs(type.refs);
  });
  rekey(catalog.range_types, [&](RangeType& type) {
    default_schema(type.name);
    normalize_grants(type.grants, type.owner);
    // An unqualified function name is a user function in public when one exists there
    // (search_path), a built-in otherwise: the catalog query qualifies all but built-ins.
    for (std::optional<std::string>* function : {&type.canonical, &type.subtype_diff}) {
      if (!*function || (*function)->find('.') != std::string::npos) continue;
      for (const auto& [key, unused] : catalog.functions)
        if ((key.name.schema.empty() || key.name.schema == k_default_schema) && quote_ident(key.name.name) == **function) {
          *function = quote_ident(k_default_schema) + "." + **function;
          break;
        }
    }
    if (type.multirange_name) {
      default_schema(*type.multirange_name);
      if (*type.multirange_name == QualifiedName{type.name.schema, default_multirange_name(type.name.name)})
        type.multirange_name.reset();  // what PostgreSQL chooses anyway
    }
    normalize_refs(type.refs);
  });
  rekey(catalog.collations, [](Collation& collation) { default_schema(collation.name); });
  rekey(catalog.domains, [](Domain& domain) {
    default_schema(domain.name);
    normalize_grants(domain.grants, domain.owner);
    normalize_refs(domain.refs);
    std::sort(domain.checks.begin(), domain.checks.end(),
              [](const DomainCheck& a, const DomainCheck& b) { return a.name < b.name; });
  });
  rekey(catalog.views, [](View& view) {
    default_schema(view.name);
    normalize_refs(view.refs);
    normalize_grants(view.grants, view.owner);
  });
  std::map<FunctionKey, Function> functions;
  for (auto& [key, function] : catalog.functions) {
    default_schema(function.name);
    normalize_refs(function.refs);
    normalize_grants(function.grants, function.owner);
    functions.emplace(FunctionKey{function.name, function.identity_args}, std::move(function));
  }
  catalog.functions = std::move(functions);
  std::map<TriggerKey, Trigger> triggers;
  for (auto& [key, trigger] : catalog.triggers) {
    default_schema(trigger.table);
    default_schema(trigger.function);
    triggers.emplace(TriggerKey{trigger.table, trigger.name}, std::move(trigger));
  }
  catalog.triggers = std::move(triggers);
  rekey(catalog.statistics, [](Statistics& statistics) {
    default_schema(statistics.name);
    default_schema(statistics.table);
    normalize_refs(statistics.refs);
  });
  std::map<PolicyKey, Policy> policies;
  for (auto& [key, policy] : catalog.policies) {
    default_schema(policy.table);
    normalize_policy_roles(policy.roles);
    normalize_refs(policy.refs);
    std::sort(policy.columns.begin(), policy.columns.end());
    policy.columns.erase(std::unique(policy.columns.begin(), policy.columns.end()), policy.columns.end());
    policies.emplace(PolicyKey{policy.table, policy.name}, std::move(policy));
  }
  catalog.policies = std::move(policies);
  std::map<RuleKey, Rule> rules;
  for (auto& [key, rule] : catalog.rules) {
    default_schema(rule.table);
    normalize_refs(rule.refs);
    std::sort(rule.columns.begin(), rule.columns.end());
    rule.columns.erase(std::unique(rule.columns.begin(), rule.columns.end()), rule.columns.end());
    rules.emplace(RuleKey{rule.table, rule.name}, std::move(rule));
  }
  catalog.rules = std::move(rules);
  // An unqualified COLLATE name is a user collation in public when one exists there
  // (search_path), a built-in otherwise; the catalog qualifies all but pg_catalog's.
  auto qualify = [&](std::optional<std::string>& collation) {
    if (!collation || collation->find('.') != std::string::npos) return;
    for (const auto& [name, unused] : catalog.collations)
      if (name.schema == k_default_schema && quote_ident(name.name) == *collation) {
        *collation = quote_qualified(name);
        return;
      }
  };
  for (auto& [name, table] : catalog.tables)
    for (auto& column : table.columns) qualify(column.collation);
  for (auto& [name, domain] : catalog.domains) qualify(domain.collation);
  for (auto& [name, range] : catalog.range_types) qualify(range.collation);
  for (auto& [name, type] : catalog.composite_types)
    for (auto& attribute : type.attributes) qualify(attribute.collation);
  // A column STORAGE equal to its type's default is no setting at all (the server shows none).
  for (auto& [name, table] : catalog.tables)
    for (auto& column : table.columns)
      if (column.storage && column.storage == type_default_storage(catalog, column.type)) column.storage.reset();
}

namespace {

template <typename Object>
void adopt(Object& object, const std::string& role) {
  if (object.owner == role) object.owner.reset();
  if (!object.owner) normalize_grants(object.grants, role);
}

template <typename Map>
void adopt_all(Map& objects, const std::string& role) {
  for (auto& [key, object] : objects) adopt(object, role);
}

}  // namespace

void adopt_migration_role(Catalog& catalog, const std::string& role) {
  adopt_all(catalog.schemas, role);
  adopt_all(catalog.tables, role);
  adopt_all(catalog.sequences, role);
  adopt_all(catalog.enums, role);
  adopt_all(catalog.composite_types, role);
  adopt_all(catalog.range_types, role);
  adopt_all(catalog.domains, role);
  adopt_all(catalog.views, role);
  adopt_all(catalog.functions, role);
  // A policy's CURRENT_USER is the role that created it: on a live database, this one.
  for (auto& [key, policy] : catalog.policies) {
    auto current = std::find(policy.roles.begin(), policy.roles.end(), k_current_user_role);
    if (current == policy.roles.end()) continue;
    *current = role;
    normalize_policy_roles(policy.roles);
  }
}

}  // namespace pgmorph::schema
