#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/plan_json.hpp"
#include "codegen/plan.hpp"

using namespace pgmorph;
using nlohmann::json;

namespace {

/// A small validator for the JSON Schema keywords docs/plan-schema.json uses (type,
/// required, properties, items, $ref into $defs, enum, const, minimum). Appends one line per
/// violation to `errors`.
void validate(const json& value, const json& schema, const json& root, const std::string& path,
              std::vector<std::string>& errors) {
  if (schema.contains("$ref")) {
    const std::string ref = schema["$ref"];
    return validate(value, root["$defs"][ref.substr(ref.rfind('/') + 1)], root, path, errors);
  }
  if (schema.contains("const") && value != schema["const"]) errors.push_back(path + ": not the constant");
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
    errors.push_back(path + ": not one of the enum values");
  if (schema.contains("type")) {
    const std::string type = schema["type"];
    const bool ok = (type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
                    (type == "string" && value.is_string()) || (type == "boolean" && value.is_boolean()) ||
                    (type == "integer" && value.is_number_integer());
    if (!ok) errors.push_back(path + ": not of type " + type);
  }
  if (schema.contains("minimum") && value.is_number() && value < schema["minimum"]) errors.push_back(path + ": below minimum");
  if (schema.contains("required"))
    for (const auto& key : schema["required"])
      if (!value.contains(key)) errors.push_back(path + ": missing " + key.get<std::string>());
  if (schema.contains("properties") && value.is_object())
    for (const auto& [key, sub] : schema["properties"].items())
      if (value.contains(key)) validate(value[key], sub, root, path + "." + key, errors);
  if (schema.contains("items") && value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i)
      validate(value[i], schema["items"], root, path + "[" + std::to_string(i) + "]", errors);
}

}  // namespace

TEST_SUITE("plan json") {
  TEST_CASE("diff --format json follows docs/plan-schema.json") {
    std::ifstream file(std::string(PGMORPH_SOURCE_DIR) + "/docs/plan-schema.json");
    REQUIRE(file.good());
    const json schema = json::parse(file);

    schema::Column column;
    column.name = "a";
    column.type = "integer";
    column.not_null = true;
    schema::Table table;
    table.name = {"public", "t"};
    table.columns = {column};
    const auto plan = codegen::build_plan({diff::AddColumn{{"public", "u"}, column}, diff::DropTable{table}});
    const json document = json::parse(cli::plan_json(plan, {"from.sql", "to.sql"}));

    std::vector<std::string> errors;
    validate(document, schema, schema, "$", errors);
    std::string all;
    for (const auto& error : errors) all += error + "\n";
    INFO(all);
    CHECK(errors.empty());
    REQUIRE(document["statements"].size() == 2);
    // The NOT NULL column without a default: hazard C105 and a probe that fails on rows.
    const json& add = document["statements"][0];
    CHECK(add["hazards"][0]["code"] == "C105");
    CHECK(add["probes"][0]["fails_when_positive"] == true);
    CHECK(add["reverse_hazards"][0]["code"] == "D102");
    const json& drop = document["statements"][1];
    CHECK(drop["hazards"][0]["data_loss"] == true);
    CHECK(drop["up"][0]["transaction"] == "transaction");

    // The validator itself rejects a document that breaks the schema.
    json broken = document;
    broken["statements"][0]["up"][0]["transaction"] = "sometimes";
    broken["statements"][1].erase("summary");
    std::vector<std::string> found;
    validate(broken, schema, schema, "$", found);
    CHECK(found.size() == 2);
  }
}
