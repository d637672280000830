#include "parser/types.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

// pg_catalog types a user may write unqualified; anything else unqualified is a user type.
constexpr std::string_view k_builtin_types[] = {
    "aclitem", "any", "anyarray", "anycompatible", "anycompatiblearray",
    "anycompatiblemultirange", "anycompatiblenonarray", "anycompatiblerange", "anyelement",
    "anyenum", "anymultirange", "anynonarray", "anyrange", "bit", "bool", "box", "bpchar",
    "bytea", "char", "cid", "cidr", "circle", "cstring", "date", "datemultirange", "daterange",
    "event_trigger", "fdw_handler", "float4", "float8", "gtsvector", "index_am_handler", "inet",
    "int2", "int2vector", "int4", "int4multirange", "int4range", "int8", "int8multirange",
    "int8range", "internal", "interval", "json", "jsonb", "jsonpath", "language_handler",
    "line", "lseg", "macaddr", "macaddr8", "money", "name", "numeric", "nummultirange",
    "numrange", "oid", "oidvector", "path", "pg_lsn", "pg_node_tree", "pg_snapshot", "point",
    "polygon", "record", "refcursor", "regclass", "regcollation", "regconfig", "regdictionary",
    "regnamespace", "regoper", "regoperator", "regproc", "regprocedure", "regrole", "regtype",
    "table_am_handler", "text", "tid", "time", "timestamp", "timestamptz", "timetz",
    "trigger", "tsm_handler", "tsmultirange", "tsquery", "tsrange", "tstzmultirange",
    "tstzrange", "tsvector", "txid_snapshot", "unknown", "uuid", "varbit"};

constexpr std::string_view k_more_builtin_types[] = {"varchar", "void", "xid",
                                                                   "xid8", "xml", "record"};

}  // namespace

bool is_builtin_type_name(std::string_view name) {
  for (const auto builtin : k_builtin_types)
    if (builtin == name) return true;
  for (const auto builtin : k_more_builtin_types)
    if (builtin == name) return true;
  return false;
}

namespace {

std::vector<long> typmod_values(const PgQuery__TypeName* type) {
  std::vector<long> values;
  for (std::size_t i = 0; i < type->n_typmods; ++i) {
    const PgQuery__Node* node = type->typmods[i];
    if (node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
        node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
      values.push_back(node->a_const->ival->ival);
    else
      values.push_back(-1);
  }
  return values;
}

std::string paren(const std::vector<long>& values) {
  std::string out = "(";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(values[i]);
  }
  return out + ")";
}

// intervaltypmodout(): the field list of an interval typmod (datetime.h masks).
std::string interval_fields(long mask) {
  constexpr long month = 1 << 1, year = 1 << 2, day = 1 << 3, hour = 1 << 10,
                 minute = 1 << 11, second = 1 << 12;
  switch (mask) {
    case year: return " year";
    case month: return " month";
    case day: return " day";
    case hour: return " hour";
    case minute: return " minute";
    case second: return " second";
    case year | month: return " year to month";
    case day | hour: return " day to hour";
    case day | hour | minute: return " day to minute";
    case day | hour | minute | second: return " day to second";
    case hour | minute: return " hour to minute";
    case hour | minute | second: return " hour to second";
    case minute | second: return " minute to second";
    default: return "";
  }
}

// The time types: `time(3) with time zone` puts the precision before the zone words.
std::string datetime(std::string_view base, const std::vector<long>& mods, std::string_view zone) {
  std::string out(base);
  if (!mods.empty()) out += paren({mods[0]});
  return out + std::string(zone);
}

std::string format_builtin(std::string_view name, const std::vector<long>& mods) {
  if (name == "int2") return "smallint";
  if (name == "int4") return "integer";
  if (name == "int8") return "bigint";
  if (name == "float4") return "real";
  if (name == "float8") return "double precision";
  if (name == "bool") return "boolean";
  if (name == "varchar") return "character varying" + (mods.empty() ? "" : paren({mods[0]}));
  if (name == "bpchar") return mods.empty() ? "bpchar" : "character" + paren({mods[0]});
  if (name == "char") return "\"char\"";
  if (name == "varbit") return "bit varying" + (mods.empty() ? "" : paren({mods[0]}));
  if (name == "bit") return "bit" + (mods.empty() ? "" : paren({mods[0]}));
  if (name == "numeric") {
    if (mods.empty()) return "numeric";
    // numeric(p) is stored with scale 0 and printed as numeric(p,0).
    return "numeric" + paren({mods[0], mods.size() > 1 ? mods[1] : 0});
  }
  if (name == "timestamp") return datetime("timestamp", mods, " without time zone");
  if (name == "timestamptz") return datetime("timestamp", mods, " with time zone");
  if (name == "time") return datetime("time", mods, " without time zone");
  if (name == "timetz") return datetime("time", mods, " with time zone");
  if (name == "interval") {
    std::string out = "interval";
    if (!mods.empty()) out += interval_fields(mods[0]);
    // 0xFFFF is INTERVAL_FULL_PRECISION: no precision given.
    if (mods.size() > 1 && mods[1] != 0xFFFF) out += paren({mods[1]});
    return out;
  }
  std::string out(name);
  if (!mods.empty()) out += paren(mods);
  return out;
}

}  // namespace

CanonicalType canonical_type(const PgQuery__TypeName* type) {
  CanonicalType result;
  std::vector<std::string> names = str_list(type->names, type->n_names);
  if (names.size() > 2) names.erase(names.begin(), names.end() - 2);
  const std::vector<long> mods = typmod_values(type);
  const bool catalog_type = (names.size() == 2 && names[0] == "pg_catalog") ||
                            (names.size() == 1 && is_builtin_type_name(names[0]));
  if (catalog_type) {
    result.text = format_builtin(names.back(), mods);
  } else {
    schema::QualifiedName name;
    name.schema = names.size() == 2 ? names[0] : std::string(schema::k_default_schema);
    name.name = names.empty() ? "" : names.back();
    result.text = schema::quote_qualified(name);
    if (!mods.empty()) result.text += paren(mods);
    result.user_type = name;
  }
  if (type->n_array_bounds > 0) result.text += "[]";
  if (type->setof) result.text = "SETOF " + result.text;
  return result;
}

std::optional<std::string> serial_base_type(const PgQuery__TypeName* type) {
  if (type->n_array_bounds > 0 || type->n_typmods > 0) return std::nullopt;
  std::vector<std::string> names = str_list(type->names, type->n_names);
  if (names.size() == 2 && names[0] == "pg_catalog") names.erase(names.begin());
  if (names.size() != 1) return std::nullopt;
  const std::string& name = names[0];
  if (name == "serial" || name == "serial4") return "integer";
  if (name == "bigserial" || name == "serial8") return "bigint";
  if (name == "smallserial" || name == "serial2") return "smallint";
  return std::nullopt;
}

}  // namespace pgmorph::parser

namespace pgmorph::parser {

void canonicalize_type_name(ProtoArena& arena, PgQuery__TypeName* type) {
  // The deparser has a canonical spelling for these only when they are pg_catalog-qualified.
  static constexpr std::string_view k_sql_standard[] = {
      "int2", "int4", "int8", "float4", "float8", "bool", "varchar", "numeric",
      "timestamp", "timestamptz", "time", "timetz", "interval"};
  if (type->pct_type || type->n_names == 0 || type->n_names > 2) return;
  const std::vector<std::string> names = str_list(type->names, type->n_names);
  auto set_names = [&](std::vector<std::string_view> parts) {
    type->names = arena.node_array(parts.size());
    type->n_names = parts.size();
    for (std::size_t i = 0; i < parts.size(); ++i) type->names[i] = make_string_node(arena, parts[i]);
  };
  const std::string& last = names.back();
  const bool catalog = names.size() == 2 ? names[0] == "pg_catalog" : is_builtin_type_name(last);
  if (!catalog) {
    if (names.size() == 1 && !serial_base_type(type)) set_names({schema::k_default_schema, last});
    return;
  }
  // bpchar and "char" print as `char ...` forms that do not round-trip; leave them alone.
  if (last == "bpchar" || last == "char" || last == "bit" || last == "varbit") return;
  bool standard = false;
  for (const auto name : k_sql_standard) standard = standard || name == last;
  if (standard)
    set_names({"pg_catalog", last});
  else
    set_names({last});
}

}  // namespace pgmorph::parser
