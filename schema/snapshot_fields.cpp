// One to_json / from_json pair per model struct (nlohmann finds them by ADL). Field order
// in the JSON follows the struct.
#include "schema/snapshot_fields.hpp"

#include "schema/diagnostic.hpp"

#include <array>

namespace pgmorph::schema {

namespace {

/// Name tables for the enums, shared by both directions.
template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Names<RefKind, 5> k_ref_kinds{{{RefKind::relation, "relation"},
                                         {RefKind::function, "function"},
                                         {RefKind::type, "type"},
                                         {RefKind::schema, "schema"},
                                         {RefKind::collation, "collation"}}};
constexpr Names<Identity, 3> k_identities{
    {{Identity::none, "none"}, {Identity::always, "always"}, {Identity::by_default, "by_default"}}};
constexpr Names<ReplicaIdentity, 4> k_replica_identities{{{ReplicaIdentity::default_, "default"},
                                                           {ReplicaIdentity::full, "full"},
                                                           {ReplicaIdentity::nothing, "nothing"},
                                                           {ReplicaIdentity::index, "index"}}};
constexpr Names<ConstraintKind, 5> k_constraint_kinds{{{ConstraintKind::primary_key, "primary_key"},
                                                       {ConstraintKind::unique, "unique"},
                                                       {ConstraintKind::check, "check"},
                                                       {ConstraintKind::foreign_key, "foreign_key"},
                                                       {ConstraintKind::exclude, "exclude"}}};

constexpr Names<AggregateKind, 3> k_aggregate_kinds{{{AggregateKind::normal, "normal"},
                                                     {AggregateKind::ordered_set, "ordered_set"},
                                                     {AggregateKind::hypothetical, "hypothetical"}}};
constexpr Names<PolicyCommand, 5> k_policy_commands{{{PolicyCommand::all, "all"},
                                                     {PolicyCommand::select, "select"},
                                                     {PolicyCommand::insert, "insert"},
                                                     {PolicyCommand::update, "update"},
                                                     {PolicyCommand::delete_, "delete"}}};

constexpr Names<RuleEvent, 3> k_rule_events{{{RuleEvent::insert, "insert"},
                                               {RuleEvent::update, "update"},
                                               {RuleEvent::delete_, "delete"}}};

template <typename Enum, std::size_t N>
std::string_view enum_name(const Names<Enum, N>& names, Enum value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  throw InternalError("enum value without a snapshot name");
}

template <typename Enum, std::size_t N>
Enum enum_value(const Names<Enum, N>& names, const Json& json) {
  const auto text = json.get<std::string>();
  for (const auto& [v, name] : names)
    if (name == text) return v;
  throw Json::other_error::create(501, "unknown enum value '" + text + "'", &json);
}

template <typename T>
void put(Json& json, const char* key, const std::optional<T>& value) {
  if (value)
    json[key] = *value;
  else
    json[key] = nullptr;
}

template <typename T>
void get(const Json& json, const char* key, std::optional<T>& value) {
  const Json& field = json.at(key);
  if (field.is_null())
    value.reset();
  else
    value = field.get<T>();
}

// Owner and ACL, written by every object that has them. Snapshots older than these fields
// lack them: the object then keeps its defaults (no owner, PostgreSQL's default ACL).
void put_acl(Json& json, const std::optional<std::string>& owner, const std::vector<Grant>& grants) {
  put(json, "owner", owner);
  json["grants"] = grants;
}

void get_acl(const Json& json, std::optional<std::string>& owner, std::vector<Grant>& grants) {
  if (json.contains("owner")) get(json, "owner", owner);
  if (json.contains("grants")) json.at("grants").get_to(grants);
}

}  // namespace

void to_json(Json& j, const Grant& g) {
  j = Json{{"grantee", g.grantee},
           {"privilege", g.privilege},
           {"columns", g.columns},
           {"with_grant_option", g.with_grant_option}};
}
void from_json(const Json& j, Grant& g) {
  j.at("grantee").get_to(g.grantee);
  j.at("privilege").get_to(g.privilege);
  j.at("columns").get_to(g.columns);
  j.at("with_grant_option").get_to(g.with_grant_option);
}

// ADL hooks (nlohmann looks for to_json/from_json in the type's namespace).
void to_json(Json& j, const QualifiedName& n) {
  j = Json{{"schema", n.schema}, {"name", n.name}};
}
void from_json(const Json& j, QualifiedName& n) {
  j.at("schema").get_to(n.schema);
  j.at("name").get_to(n.name);
}

void to_json(Json& j, const ObjectRef& r) {
  j = Json{{"kind", enum_name(k_ref_kinds, r.kind)}, {"name", r.name}};
}
void from_json(const Json& j, ObjectRef& r) {
  r.kind = enum_value(k_ref_kinds, j.at("kind"));
  j.at("name").get_to(r.name);
}

void to_json(Json& j, const Column& c) {
  j = Json{{"name", c.name}, {"type", c.type}, {"not_null", c.not_null}};
  put(j, "default_expr", c.default_expr);
  j["identity"] = enum_name(k_identities, c.identity);
  j["identity_options"] = c.identity_options;
  put(j, "generated_expr", c.generated_expr);
  put(j, "collation", c.collation);
  put(j, "storage", c.storage);
  put(j, "compression", c.compression);
  put(j, "statistics", c.statistics);
  put(j, "comment", c.comment);
  j["refs"] = c.refs;
}
void from_json(const Json& j, Column& c) {
  j.at("name").get_to(c.name);
  j.at("type").get_to(c.type);
  j.at("not_null").get_to(c.not_null);
  get(j, "default_expr", c.default_expr);
  c.identity = enum_value(k_identities, j.at("identity"));
  c.identity_options = j.value("identity_options", std::string());  // absent in older snapshots
  get(j, "generated_expr", c.generated_expr);
  get(j, "collation", c.collation);
  // Absent from older snapshots.
  if (j.contains("storage")) get(j, "storage", c.storage);
  if (j.contains("compression")) get(j, "compression", c.compression);
  if (j.contains("statistics")) get(j, "statistics", c.statistics);
  get(j, "comment", c.comment);
  j.at("refs").get_to(c.refs);
}

void to_json(Json& j, const Constraint& c) {
  j = Json{{"name", c.name},
           {"kind", enum_name(k_constraint_kinds, c.kind)},
           {"definition", c.definition},
           {"not_valid", c.not_valid},
           {"columns", c.columns}};
  put(j, "referenced_table", c.referenced_table);
  put(j, "comment", c.comment);
  j["refs"] = c.refs;
}
void from_json(const Json& j, Constraint& c) {
  j.at("name").get_to(c.name);
  c.kind = enum_value(k_constraint_kinds, j.at("kind"));
  j.at("definition").get_to(c.definition);
  j.at("not_valid").get_to(c.not_valid);
  j.at("columns").get_to(c.columns);
  get(j, "referenced_table", c.referenced_table);
  get(j, "comment", c.comment);
  j.at("refs").get_to(c.refs);
}

void to_json(Json& j, const Table& t) {
  j = Json{{"name", t.name},
           {"columns", t.columns},
           {"constraints", t.constraints},
           {"unlogged", t.unlogged},
           {"row_security", t.row_security},
           {"force_row_security", t.force_row_security},
           {"storage_options", t.storage_options.entries}};
  if (t.replica_identity != ReplicaIdentity::default_) {
    j["replica_identity"] = enum_name(k_replica_identities, t.replica_identity);
    if (!t.replica_identity_index.empty()) j["replica_identity_index"] = t.replica_identity_index;
  }
  if (!t.cluster_index.empty()) j["cluster_index"] = t.cluster_index;
  if (!t.partition_key.empty()) j["partition_key"] = t.partition_key;
  if (!t.inherits.empty()) j["inherits"] = t.inherits;
  if (t.partition_of)
    j["partition_of"] = Json{{"parent", t.partition_of->parent}, {"bound", t.partition_of->bound}};
  put_acl(j, t.owner, t.grants);
  put(j, "comment", t.comment);
}
void from_json(const Json& j, Table& t) {
  t.partition_key = j.value("partition_key", std::string());  // absent: not partitioned
  if (j.contains("partition_of")) {
    t.partition_of.emplace();
    j.at("partition_of").at("parent").get_to(t.partition_of->parent);
    j.at("partition_of").at("bound").get_to(t.partition_of->bound);
  }
  t.inherits = j.value("inherits", std::vector<QualifiedName>());  // absent: no parents
  j.at("name").get_to(t.name);
  j.at("columns").get_to(t.columns);
  j.at("constraints").get_to(t.constraints);
  j.at("unlogged").get_to(t.unlogged);
  t.row_security = j.value("row_security", false);  // absent from older snapshots
  t.force_row_security = j.value("force_row_security", false);
  t.storage_options.entries =
      j.value("storage_options", std::vector<std::pair<std::string, std::string>>());  // absent from older snapshots
  if (j.contains("replica_identity"))  // absent: DEFAULT (and in older snapshots)
    t.replica_identity = enum_value(k_replica_identities, j.at("replica_identity"));
  t.replica_identity_index = j.value("replica_identity_index", std::string());
  t.cluster_index = j.value("cluster_index", std::string());
  get_acl(j, t.owner, t.grants);
  get(j, "comment", t.comment);
}

void to_json(Json& j, const Index& i) {
  j = Json{{"name", i.name},
           {"table", i.table},
           {"unique", i.unique},
           {"definition", i.definition},
           {"key_names", i.key_names}};
  put(j, "comment", i.comment);
  j["refs"] = i.refs;
}
void from_json(const Json& j, Index& i) {
  j.at("name").get_to(i.name);
  j.at("table").get_to(i.table);
  j.at("unique").get_to(i.unique);
  j.at("definition").get_to(i.definition);
  j.at("key_names").get_to(i.key_names);
  get(j, "comment", i.comment);
  j.at("refs").get_to(i.refs);
}

void to_json(Json& j, const Sequence& s) {
  j = Json{{"name", s.name},           {"type", s.type},           {"increment", s.increment},
           {"min_value", s.min_value}, {"max_value", s.max_value}, {"start", s.start},
           {"cache", s.cache},         {"cycle", s.cycle}};
  put(j, "owned_by_table", s.owned_by_table);
  j["owned_by_column"] = s.owned_by_column;
  put_acl(j, s.owner, s.grants);
  put(j, "comment", s.comment);
}
void from_json(const Json& j, Sequence& s) {
  j.at("name").get_to(s.name);
  j.at("type").get_to(s.type);
  j.at("increment").get_to(s.increment);
  j.at("min_value").get_to(s.min_value);
  j.at("max_value").get_to(s.max_value);
  j.at("start").get_to(s.start);
  j.at("cache").get_to(s.cache);
  j.at("cycle").get_to(s.cycle);
  get(j, "owned_by_table", s.owned_by_table);
  j.at("owned_by_column").get_to(s.owned_by_column);
  get_acl(j, s.owner, s.grants);
  get(j, "comment", s.comment);
}

void to_json(Json& j, const EnumType& e) {
  j = Json{{"name", e.name}, {"labels", e.labels}};
  put_acl(j, e.owner, e.grants);
  put(j, "comment", e.comment);
}
void from_json(const Json& j, EnumType& e) {
  j.at("name").get_to(e.name);
  j.at("labels").get_to(e.labels);
  get_acl(j, e.owner, e.grants);
  get(j, "comment", e.comment);
}

void to_json(Json& j, const CompositeAttribute& a) {
  j = Json{{"name", a.name}, {"type", a.type}};
  put(j, "collation", a.collation);
}
void from_json(const Json& j, CompositeAttribute& a) {
  j.at("name").get_to(a.name);
  j.at("type").get_to(a.type);
  get(j, "collation", a.collation);
}

void to_json(Json& j, const CompositeType& c) {
  j = Json{{"name", c.name}, {"attributes", c.attributes}};
  put_acl(j, c.owner, c.grants);
  put(j, "comment", c.comment);
  j["refs"] = c.refs;
}
void from_json(const Json& j, CompositeType& c) {
  j.at("name").get_to(c.name);
  j.at("attributes").get_to(c.attributes);
  get_acl(j, c.owner, c.grants);
  get(j, "comment", c.comment);
  j.at("refs").get_to(c.refs);
}

void to_json(Json& j, const RangeType& r) {
  j = Json{{"name", r.name}, {"subtype", r.subtype}};
  put(j, "subtype_opclass", r.subtype_opclass);
  put(j, "collation", r.collation);
  put(j, "canonical", r.canonical);
  put(j, "subtype_diff", r.subtype_diff);
  if (r.multirange_name) j["multirange_name"] = *r.multirange_name;
  put_acl(j, r.owner, r.grants);
  put(j, "comment", r.comment);
  j["refs"] = r.refs;
}
void from_json(const Json& j, RangeType& r) {
  j.at("name").get_to(r.name);
  j.at("subtype").get_to(r.subtype);
  get(j, "subtype_opclass", r.subtype_opclass);
  get(j, "collation", r.collation);
  get(j, "canonical", r.canonical);
  get(j, "subtype_diff", r.subtype_diff);
  if (j.contains("multirange_name")) r.multirange_name = j.at("multirange_name").get<QualifiedName>();
  get_acl(j, r.owner, r.grants);
  get(j, "comment", r.comment);
  j.at("refs").get_to(r.refs);
}

void to_json(Json& j, const Collation& c) {
  j = Json{{"name", c.name}, {"provider", c.provider}, {"deterministic", c.deterministic}};
  put(j, "locale", c.locale);
  put(j, "lc_collate", c.lc_collate);
  put(j, "lc_ctype", c.lc_ctype);
  put(j, "comment", c.comment);
}
void from_json(const Json& j, Collation& c) {
  j.at("name").get_to(c.name);
  j.at("provider").get_to(c.provider);
  j.at("deterministic").get_to(c.deterministic);
  get(j, "locale", c.locale);
  get(j, "lc_collate", c.lc_collate);
  get(j, "lc_ctype", c.lc_ctype);
  get(j, "comment", c.comment);
}

void to_json(Json& j, const DomainCheck& c) {
  j = Json{{"name", c.name}, {"definition", c.definition}, {"not_valid", c.not_valid}};
}
void from_json(const Json& j, DomainCheck& c) {
  j.at("name").get_to(c.name);
  j.at("definition").get_to(c.definition);
  j.at("not_valid").get_to(c.not_valid);
}

void to_json(Json& j, const Domain& d) {
  j = Json{{"name", d.name}, {"base_type", d.base_type}};
  put(j, "default_expr", d.default_expr);
  j["not_null"] = d.not_null;
  put(j, "collation", d.collation);
  j["checks"] = d.checks;
  put_acl(j, d.owner, d.grants);
  put(j, "comment", d.comment);
  j["refs"] = d.refs;
}
void from_json(const Json& j, Domain& d) {
  j.at("name").get_to(d.name);
  j.at("base_type").get_to(d.base_type);
  get(j, "default_expr", d.default_expr);
  j.at("not_null").get_to(d.not_null);
  get(j, "collation", d.collation);
  j.at("checks").get_to(d.checks);
  get_acl(j, d.owner, d.grants);
  get(j, "comment", d.comment);
  j.at("refs").get_to(d.refs);
}

void to_json(Json& j, const View& v) {
  j = Json{{"name", v.name},
           {"materialized", v.materialized},
           {"column_names", v.column_names},
           {"options", v.options},
           {"check_option", v.check_option},
           {"query", v.query},
           {"with_no_data", v.with_no_data}};
  put_acl(j, v.owner, v.grants);
  put(j, "comment", v.comment);
  j["refs"] = v.refs;
}
void from_json(const Json& j, View& v) {
  j.at("name").get_to(v.name);
  j.at("materialized").get_to(v.materialized);
  j.at("column_names").get_to(v.column_names);
  j.at("options").get_to(v.options);
  j.at("check_option").get_to(v.check_option);
  j.at("query").get_to(v.query);
  j.at("with_no_data").get_to(v.with_no_data);
  get_acl(j, v.owner, v.grants);
  get(j, "comment", v.comment);
  j.at("refs").get_to(v.refs);
}

void to_json(Json& j, const Function& f) {
  j = Json{{"name", f.name},
           {"identity_args", f.identity_args},
           {"is_procedure", f.is_procedure},
           {"return_type", f.return_type},
           {"input_names", f.input_names},
           {"output_names", f.output_names},
           {"input_defaults", f.input_defaults},
           {"definition", f.definition}};
  if (f.aggregate)
    j["aggregate"] = Json{{"kind", enum_name(k_aggregate_kinds, f.aggregate->kind)},
                          {"direct_args", f.aggregate->direct_args},
                          {"signature", f.aggregate->signature},
                          {"support_functions", f.aggregate->support_functions}};
  put_acl(j, f.owner, f.grants);
  put(j, "comment", f.comment);
  j["refs"] = f.refs;
}
void from_json(const Json& j, Function& f) {
  j.at("name").get_to(f.name);
  j.at("identity_args").get_to(f.identity_args);
  j.at("is_procedure").get_to(f.is_procedure);
  j.at("return_type").get_to(f.return_type);
  // Absent from snapshots written before 0.4: an empty signature, which only makes a
  // later change of the function a drop and create.
  f.input_names = j.value("input_names", std::vector<std::string>{});
  f.output_names = j.value("output_names", std::vector<std::string>{});
  f.input_defaults = j.value("input_defaults", 0);
  j.at("definition").get_to(f.definition);
  if (j.contains("aggregate")) {  // absent for functions and procedures
    const Json& a = j.at("aggregate");
    AggregateShape shape;
    shape.kind = enum_value(k_aggregate_kinds, a.at("kind"));
    a.at("direct_args").get_to(shape.direct_args);
    a.at("signature").get_to(shape.signature);
    a.at("support_functions").get_to(shape.support_functions);
    f.aggregate = std::move(shape);
  }
  get_acl(j, f.owner, f.grants);
  get(j, "comment", f.comment);
  j.at("refs").get_to(f.refs);
}

void to_json(Json& j, const Trigger& t) {
  j = Json{
      {"name", t.name}, {"table", t.table}, {"definition", t.definition}, {"function", t.function}};
  put(j, "comment", t.comment);
}
void from_json(const Json& j, Trigger& t) {
  j.at("name").get_to(t.name);
  j.at("table").get_to(t.table);
  j.at("definition").get_to(t.definition);
  j.at("function").get_to(t.function);
  get(j, "comment", t.comment);
}

void to_json(Json& j, const Policy& p) {
  j = Json{{"name", p.name},
           {"table", p.table},
           {"permissive", p.permissive},
           {"command", enum_name(k_policy_commands, p.command)},
           {"roles", p.roles}};
  put(j, "using", p.using_expr);
  put(j, "check", p.check_expr);
  j["columns"] = p.columns;
  put(j, "comment", p.comment);
  j["refs"] = p.refs;
}
void from_json(const Json& j, Policy& p) {
  j.at("name").get_to(p.name);
  j.at("table").get_to(p.table);
  j.at("permissive").get_to(p.permissive);
  p.command = enum_value(k_policy_commands, j.at("command"));
  j.at("roles").get_to(p.roles);
  get(j, "using", p.using_expr);
  get(j, "check", p.check_expr);
  j.at("columns").get_to(p.columns);
  get(j, "comment", p.comment);
  j.at("refs").get_to(p.refs);
}

void to_json(Json& j, const Rule& r) {
  j = Json{{"name", r.name},
           {"table", r.table},
           {"event", enum_name(k_rule_events, r.event)},
           {"instead", r.instead},
           {"actions", r.actions},
           {"columns", r.columns}};
  put(j, "condition", r.condition);
  put(j, "comment", r.comment);
  j["refs"] = r.refs;
}
void from_json(const Json& j, Rule& r) {
  j.at("name").get_to(r.name);
  j.at("table").get_to(r.table);
  r.event = enum_value(k_rule_events, j.at("event"));
  j.at("instead").get_to(r.instead);
  j.at("actions").get_to(r.actions);
  j.at("columns").get_to(r.columns);
  get(j, "condition", r.condition);
  get(j, "comment", r.comment);
  j.at("refs").get_to(r.refs);
}

void to_json(Json& j, const SchemaObject& s) {
  j = Json{{"name", s.name}};
  put_acl(j, s.owner, s.grants);
  put(j, "comment", s.comment);
}
void from_json(const Json& j, SchemaObject& s) {
  j.at("name").get_to(s.name);
  get_acl(j, s.owner, s.grants);
  get(j, "comment", s.comment);
}

void to_json(Json& j, const Extension& e) {
  j = Json{{"name", e.name}, {"schema", e.schema}, {"version", e.version}};
  put(j, "comment", e.comment);
}
void from_json(const Json& j, Extension& e) {
  j.at("name").get_to(e.name);
  j.at("schema").get_to(e.schema);
  j.at("version").get_to(e.version);
  get(j, "comment", e.comment);
}

void to_json(Json& j, const Statistics& s) {
  j = Json{{"name", s.name}, {"table", s.table}, {"definition", s.definition}, {"columns", s.columns}};
  put(j, "target", s.target);
  j["refs"] = s.refs;
}
void from_json(const Json& j, Statistics& s) {
  j.at("name").get_to(s.name);
  j.at("table").get_to(s.table);
  j.at("definition").get_to(s.definition);
  j.at("columns").get_to(s.columns);
  get(j, "target", s.target);
  j.at("refs").get_to(s.refs);
}

}  // namespace pgmorph::schema
