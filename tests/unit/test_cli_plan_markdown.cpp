#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/compare.hpp"
#include "cli/plan_markdown.hpp"
#include "codegen/plan.hpp"

using namespace pgmorph;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("pgmorph_md_" + name);
  std::ofstream(path) << text;
  return path.string();
}

struct Rendered {
  std::string markdown;
  std::vector<cli::KindChangeCount> counts;
};

Rendered render(const std::string& from_sql, const std::string& to_sql) {
  schema::Diagnostics diagnostics;
  schema::Catalog from, to;
  const auto plan = cli::plan_between(write_temp("from.sql", from_sql), write_temp("to.sql", to_sql), diagnostics, {},
                                      &from, &to);
  REQUIRE(plan);
  const codegen::EmitOptions labels{"v1.sql", "v2.sql"};
  const std::string up = codegen::emit_up(*plan, labels), down = codegen::emit_down(*plan, labels);
  return {cli::plan_markdown({*plan, labels, up, down, from, to, nullptr, {}}), cli::count_changes(from, to)};
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_SUITE("plan markdown") {
  TEST_CASE("a review report: counts, hazards, diagram and scripts") {
    const auto report = render(
        "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));\n"
        "CREATE TABLE legacy (id int);\n",
        "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id), status text);\n"
        "CREATE TABLE order_items (order_id bigint REFERENCES orders (id), qty int);\n"
        "CREATE INDEX orders_status_idx ON orders (status);\n");
    // orders changed, order_items added, legacy dropped; customers untouched; one new index.
    REQUIRE(report.counts.size() == 2);
    CHECK(report.counts[0].kind == "tables");
    CHECK(report.counts[0].added == 1);
    CHECK(report.counts[0].changed == 1);
    CHECK(report.counts[0].dropped == 1);
    CHECK(report.counts[1].kind == "indexes");
    CHECK(report.counts[1].added == 1);
    const auto& md = report.markdown;
    CHECK(contains(md, "| tables | 1 | 1 | 1 |"));
    CHECK(contains(md, "`D101` drop-table | error | public.legacy | ACCESS EXCLUSIVE |"));
    CHECK(contains(md, "| **yes** |"));
    // The rollback drops the added column and table: both lose data.
    CHECK(contains(md, "Rolling back with down.sql loses data:"));
    CHECK(contains(md, "`D102` public.orders.status"));
    // customers did not change, but it is drawn because a changed table references it.
    CHECK(contains(md, "```mermaid\nerDiagram\n"));
    CHECK(contains(md, "  customers {\n"));
    CHECK(contains(md, "    text status \"added\"\n"));
    CHECK(contains(md, "  customers ||--o{ orders : \"orders_customer_id_fkey\"\n"));
    CHECK(contains(md, "  orders ||--o{ order_items : \"order_items_order_id_fkey\"\n"));
    CHECK_FALSE(contains(md, "legacy {"));
    CHECK(contains(md, "<details><summary>up.sql (5 statements)</summary>"));
    CHECK(contains(md, "DROP TABLE public.legacy;"));
  }

  TEST_CASE("SQL holding backticks gets a longer fence") {
    const auto report = render("CREATE TABLE t (a int);\n",
                               "CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'see ```code```';\n");
    CHECK(contains(report.markdown, "````sql\n"));
    CHECK(contains(report.markdown, "'see ```code```'"));
  }

  TEST_CASE("no changes") {
    const auto report = render("CREATE TABLE t (a int);\n", "CREATE TABLE t (a int);\n");
    CHECK(report.counts.empty());
    CHECK(contains(report.markdown, "No changes: the two schemas are the same."));
    CHECK_FALSE(contains(report.markdown, "<details>"));
  }
}
