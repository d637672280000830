#include "schema/snapshot.hpp"

#include "schema/snapshot_fields.hpp"

#include <fstream>
#include <sstream>

namespace pgmorph::schema {

namespace {

constexpr std::string_view k_format = "pgmorph-snapshot";
constexpr int k_version = 1;

template <typename Map>
Json values(const Map& objects) {
  Json list = Json::array();
  for (const auto& [key, value] : objects) list.push_back(value);
  return list;
}

/// Reads a list back into a map, keyed the way the model keys it.
template <typename Map, typename KeyOf>
void read_list(const Json& json, const char* field, Map& objects, KeyOf&& key_of) {
  for (const auto& item : json.at(field)) {
    auto value = item.get<typename Map::mapped_type>();
    auto key = key_of(value);
    if (!objects.emplace(std::move(key), std::move(value)).second)
      throw Json::other_error::create(502, std::string("duplicate entry in ") + field, &item);
  }
}

void invalid(Diagnostics& diagnostics, const std::string& path, const std::string& why) {
  diagnostics.push_back({Severity::error, "snapshot-invalid",
                         path + ": not a pgmorph snapshot: " + why, std::nullopt});
}

}  // namespace

std::optional<std::string> to_snapshot_json(const Catalog& catalog, Diagnostics& diagnostics) {
  Json json = {{"format", k_format}, {"version", k_version}};
  json["schemas"] = values(catalog.schemas);
  json["extensions"] = values(catalog.extensions);
  json["tables"] = values(catalog.tables);
  json["indexes"] = values(catalog.indexes);
  json["sequences"] = values(catalog.sequences);
  json["enums"] = values(catalog.enums);
  json["composite_types"] = values(catalog.composite_types);
  json["range_types"] = values(catalog.range_types);
  json["collations"] = values(catalog.collations);
  json["domains"] = values(catalog.domains);
  json["views"] = values(catalog.views);
  json["functions"] = values(catalog.functions);
  json["triggers"] = values(catalog.triggers);
  json["policies"] = values(catalog.policies);
  json["rules"] = values(catalog.rules);
  json["statistics"] = values(catalog.statistics);
  try {
    return json.dump(2) + "\n";
  } catch (const Json::exception& error) {
    diagnostics.push_back({Severity::error, "io-error",
                           std::string("cannot write the snapshot: ") + error.what(),
                           std::nullopt});
    return std::nullopt;
  }
}

std::optional<Catalog> from_snapshot_json(std::string_view text, const std::string& path,
                                          Diagnostics& diagnostics) {
  try {
    const Json json = Json::parse(text);
    const auto format = json.is_object() ? json.find("format") : json.end();
    if (format == json.end() || *format != k_format) {
      invalid(diagnostics, path, "no \"format\": \"pgmorph-snapshot\"");
      return std::nullopt;
    }
    if (json.at("version") != k_version) {
      invalid(diagnostics, path, "unsupported version " + json.at("version").dump());
      return std::nullopt;
    }
    Catalog catalog;
    read_list(json, "schemas", catalog.schemas, [](const SchemaObject& s) { return s.name; });
    read_list(json, "extensions", catalog.extensions, [](const Extension& e) { return e.name; });
    read_list(json, "tables", catalog.tables, [](const Table& t) { return t.name; });
    read_list(json, "indexes", catalog.indexes, [](const Index& i) { return i.name; });
    read_list(json, "sequences", catalog.sequences, [](const Sequence& s) { return s.name; });
    read_list(json, "enums", catalog.enums, [](const EnumType& e) { return e.name; });
    if (json.contains("composite_types"))  // absent from snapshots written before 0.4
      read_list(json, "composite_types", catalog.composite_types, [](const CompositeType& c) { return c.name; });
    if (json.contains("range_types"))  // absent from snapshots written before range types
      read_list(json, "range_types", catalog.range_types, [](const RangeType& r) { return r.name; });
    if (json.contains("collations"))  // absent from snapshots written before collations
      read_list(json, "collations", catalog.collations, [](const Collation& c) { return c.name; });
    read_list(json, "domains", catalog.domains, [](const Domain& d) { return d.name; });
    read_list(json, "views", catalog.views, [](const View& v) { return v.name; });
    read_list(json, "functions", catalog.functions, [](const Function& f) {
      return FunctionKey{f.name, f.identity_args};
    });
    read_list(json, "triggers", catalog.triggers, [](const Trigger& t) {
      return TriggerKey{t.table, t.name};
    });
    if (json.contains("policies"))  // absent from older snapshots
      read_list(json, "policies", catalog.policies, [](const Policy& p) {
        return PolicyKey{p.table, p.name};
      });
    if (json.contains("rules"))  // absent from snapshots written before rules
      read_list(json, "rules", catalog.rules, [](const Rule& r) { return RuleKey{r.table, r.name}; });
    if (json.contains("statistics"))  // absent from older snapshots
      read_list(json, "statistics", catalog.statistics, [](const Statistics& s) { return s.name; });
    return catalog;
  } catch (const Json::exception& error) {
    invalid(diagnostics, path, error.what());
    return std::nullopt;
  }
}

std::optional<Catalog> SnapshotSource::load(Diagnostics& diagnostics) {
  std::ifstream in(m_path, std::ios::binary);
  std::ostringstream content;
  if (in) content << in.rdbuf();
  if (!in || in.bad()) {
    diagnostics.push_back({Severity::error, "io-error", "cannot read " + m_path, std::nullopt});
    return std::nullopt;
  }
  return from_snapshot_json(content.str(), m_path, diagnostics);
}

}  // namespace pgmorph::schema
