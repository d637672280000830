// Shared helpers for the parser unit tests.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parser/parse.hpp"
#include "schema/normalize.hpp"

namespace pgmorph::parser::test {

/// Parses `sql`, failing the test (with the diagnostics) when it does not parse cleanly.
inline schema::Catalog parse_ok(const std::string& sql) {
  schema::Diagnostics diagnostics;
  auto catalog = parse_sql(sql, "test.sql", diagnostics);
  std::string messages;
  for (const auto& diagnostic : diagnostics) messages += schema::format_diagnostic(diagnostic) + "\n";
  INFO(messages);
  REQUIRE(catalog.has_value());
  return std::move(*catalog);
}

/// parse_ok() followed by the normalizer both sides of a diff go through.
inline schema::Catalog parse_normalized(const std::string& sql) {
  schema::Catalog catalog = parse_ok(sql);
  schema::normalize(catalog);
  return catalog;
}

/// Parses `sql` expecting failure; returns the diagnostics.
inline schema::Diagnostics parse_errors(const std::string& sql) {
  schema::Diagnostics diagnostics;
  auto catalog = parse_sql(sql, "test.sql", diagnostics);
  CHECK_FALSE(catalog.has_value());
  return diagnostics;
}

/// The names of a table's columns in model order.
inline std::vector<std::string> column_names(const schema::Table& table) {
  std::vector<std::string> names;
  for (const auto& column : table.columns) names.push_back(column.name);
  return names;
}

inline const schema::Table& table(const schema::Catalog& catalog, const std::string& name,
                                  const std::string& schema_name = "public") {
  auto found = catalog.tables.find({schema_name, name});
  REQUIRE(found != catalog.tables.end());
  return found->second;
}

inline const schema::Column& column(const schema::Table& table, const std::string& name) {
  auto found = std::find_if(table.columns.begin(), table.columns.end(),
                            [&](const schema::Column& c) { return c.name == name; });
  REQUIRE(found != table.columns.end());
  return *found;
}

inline const schema::Constraint& constraint(const schema::Table& table, const std::string& name) {
  auto found = std::find_if(table.constraints.begin(), table.constraints.end(),
                            [&](const schema::Constraint& c) { return c.name == name; });
  INFO("constraint " << name);
  REQUIRE(found != table.constraints.end());
  return *found;
}

}  // namespace pgmorph::parser::test
