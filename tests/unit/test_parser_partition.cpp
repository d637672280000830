#include "introspect/ddl_writer.hpp"
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

namespace {

std::size_t count_code(const schema::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const schema::Diagnostic& d) { return d.code == code; }));
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("partition keys are spelled as pg_get_partkeydef prints them") {
    const auto catalog =
        parse_normalized("CREATE TABLE r (a int, b text) PARTITION BY range (a, b);\n"
                         "CREATE TABLE l (a int, b text) PARTITION BY LIST (lower(b));\n"
                         "CREATE TABLE h (a int, b text) PARTITION BY HASH ((a + 1), b COLLATE "
                         "\"C\" text_pattern_ops);\n"
                         "CREATE TABLE \"Q\" (\"A\" int) PARTITION BY RANGE (\"A\");\n");
    CHECK(table(catalog, "r").partition_key == "RANGE (a, b)");
    CHECK(table(catalog, "l").partition_key == "LIST (lower(b))");
    CHECK(table(catalog, "h").partition_key == "HASH ((a + 1), b COLLATE \"C\" text_pattern_ops)");
    CHECK(table(catalog, "Q").partition_key == "RANGE (\"A\")");
    CHECK_FALSE(table(catalog, "r").partition_of);
  }

  TEST_CASE("partition bounds are spelled as pg_get_expr prints them") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (a int, b date) PARTITION BY RANGE (a, b);\n"
        "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, "
        "'2024-01-01');\n"
        "CREATE TABLE p2 PARTITION OF p DEFAULT;\n"
        "CREATE TABLE l (a text) PARTITION BY LIST (a);\n"
        "CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('x', NULL);\n"
        "CREATE TABLE h (a int) PARTITION BY HASH (a);\n"
        "CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 3);\n"
        "CREATE TABLE p3 PARTITION OF p FOR VALUES FROM (20, '2024-01-01'::date) TO (30, DATE "
        "'2025-01-01');\n");
    CHECK(table(catalog, "p3").partition_of->bound ==
          "FOR VALUES FROM (20, '2024-01-01') TO (30, '2025-01-01')");
    CHECK(table(catalog, "p1").partition_of->bound ==
          "FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, '2024-01-01')");
    CHECK(table(catalog, "p2").partition_of->bound == "DEFAULT");
    CHECK(table(catalog, "l1").partition_of->bound == "FOR VALUES IN ('x', NULL)");
    CHECK(table(catalog, "h0").partition_of->bound == "FOR VALUES WITH (modulus 4, remainder 3)");
    CHECK(table(catalog, "h0").partition_of->parent == schema::QualifiedName{"public", "h"});
  }

  TEST_CASE("a partition has its parent's columns, also those added after it") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (a int NOT NULL, b text DEFAULT 'x') PARTITION BY LIST (a);\n"
        "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1) PARTITION BY LIST (b);\n"
        "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN ('y');\n"
        "ALTER TABLE p ADD COLUMN c integer;\n"
        "COMMENT ON COLUMN p11.b IS 'own comment';\n");
    CHECK(column_names(table(catalog, "p11")) == std::vector<std::string>{"a", "b", "c"});
    const auto& b = table(catalog, "p11").columns[1];
    CHECK(b.default_expr == std::optional<std::string>("'x'::text"));
    CHECK(b.comment == std::optional<std::string>("own comment"));
    CHECK(table(catalog, "p11").columns[0].not_null);
  }

  TEST_CASE("ATTACH and DETACH PARTITION: the final state counts") {
    const auto catalog =
        parse_normalized("CREATE TABLE p (a int, b text) PARTITION BY LIST (a);\n"
                         "CREATE TABLE c1 (b text, a int);\n"
                         "ALTER TABLE ONLY p ATTACH PARTITION c1 FOR VALUES IN (1);\n"
                         "CREATE TABLE c2 PARTITION OF p FOR VALUES IN (2);\n"
                         "ALTER TABLE p DETACH PARTITION c2;\n"
                         "ALTER TABLE p ADD COLUMN d int;\n");
    CHECK(table(catalog, "c1").partition_of->bound == "FOR VALUES IN (1)");
    CHECK(column_names(table(catalog, "c1")) == std::vector<std::string>{"a", "b", "d"});
    CHECK_FALSE(table(catalog, "c2").partition_of);
    CHECK(column_names(table(catalog, "c2")) == std::vector<std::string>{"a", "b"});
  }

  TEST_CASE("pg_dump's partitioned indexes: ON ONLY and ALTER INDEX ... ATTACH PARTITION") {
    const auto catalog =
        parse_normalized("CREATE TABLE p (a int NOT NULL) PARTITION BY LIST (a);\n"
                         "CREATE TABLE c (a int NOT NULL);\n"
                         "ALTER TABLE ONLY p ATTACH PARTITION c FOR VALUES IN (1);\n"
                         "ALTER TABLE ONLY p ADD CONSTRAINT p_pkey PRIMARY KEY (a);\n"
                         "ALTER TABLE ONLY c ADD CONSTRAINT c_pkey PRIMARY KEY (a);\n"
                         "CREATE INDEX p_a ON ONLY p USING btree (a);\n"
                         "CREATE INDEX c_a_idx ON c USING btree (a);\n"
                         "ALTER INDEX p_a ATTACH PARTITION c_a_idx;\n"
                         "ALTER INDEX p_pkey ATTACH PARTITION c_pkey;\n");
    CHECK(catalog.indexes.size() == 1);
    CHECK(catalog.indexes.at({"public", "p_a"}).definition == "public.p USING btree (a)");
    CHECK(table(catalog, "c").constraints.empty());
    CHECK(table(catalog, "p").constraints.size() == 1);
  }

  TEST_CASE("what partitioning cannot express is reported") {
    const auto diagnostics = parse_errors("CREATE TABLE plain (a int);\n"
                                          "CREATE TABLE p (a int) PARTITION BY LIST (a);\n"
                                          "CREATE TABLE x PARTITION OF plain FOR VALUES IN (1);\n"
                                          "CREATE TABLE y PARTITION OF missing FOR VALUES IN (1);\n"
                                          "CREATE TABLE z (a bigint);\n"
                                          "ALTER TABLE p ATTACH PARTITION z FOR VALUES IN (2);\n"
                                          "CREATE TABLE q (a int NOT NULL) PARTITION BY LIST (a);\n"
                                          "CREATE TABLE q1 (a int);\n"
                                          "ALTER TABLE q ATTACH PARTITION q1 FOR VALUES IN (1);\n"
                                          "CREATE TABLE q2 PARTITION OF q FOR VALUES IN (2);\n"
                                          "ALTER TABLE q2 ALTER COLUMN a SET DEFAULT 2;\n"
                                          "ALTER TABLE q2 ADD COLUMN b int;\n"
        "CREATE TABLE q3 (a int NOT NULL DEFAULT 3);\n"
        "ALTER TABLE q ATTACH PARTITION q3 FOR VALUES IN (3);\n");
    CHECK(count_code(diagnostics, "invalid-object-definition") == 1);
    CHECK(count_code(diagnostics, "wrong-object-type") == 2);
    CHECK(count_code(diagnostics, "unsupported-feature") == 3);
    CHECK(count_code(diagnostics, "undefined-object") == 1);
  }
}

TEST_SUITE("introspect") {
  TEST_CASE("write_ddl writes a partition without columns, after its parent") {
    introspect::CatalogRows rows;
    introspect::TableRow child{"public", "c", false, false, false, {}, {}};
    child.columns.push_back(
        {"a", "integer", true, std::nullopt, std::nullopt, '\0', "", std::nullopt});
    child.parent_schema = "public";
    child.parent_name = "p";
    child.partition_bound = "FOR VALUES IN (1)";
    child.partition_key = "LIST (a)";
    introspect::TableRow parent{"public", "p", false, false, false, {}, {}};
    parent.columns = child.columns;
    parent.partition_key = "LIST (a)";
    // The child is older (attached later): the writer still puts the parent first.
    rows.tables = {child, parent};
    schema::Diagnostics diagnostics;
    CHECK(introspect::write_ddl(rows, diagnostics) ==
          "CREATE TABLE public.p (\n    a integer NOT NULL\n) PARTITION BY LIST (a);\n"
          "CREATE TABLE public.c PARTITION OF public.p FOR VALUES IN (1) PARTITION BY LIST (a);\n");
  }
}
