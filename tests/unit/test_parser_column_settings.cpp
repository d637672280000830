// Column STORAGE, COMPRESSION and statistics targets: what the parser keeps, what the
// normalizer drops as the type's default, and what it refuses as PostgreSQL does.
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("column settings: inline COMPRESSION and ALTER COLUMN SET forms") {
    const auto catalog = parse_normalized(
        "CREATE TABLE t (a text COMPRESSION lz4, b numeric, c text[], d integer, e text COMPRESSION pglz);\n"
        "ALTER TABLE t ALTER COLUMN a SET STORAGE MAIN, ALTER COLUMN d SET STATISTICS 20000;\n"
        "ALTER TABLE t ALTER COLUMN b SET STORAGE main;\n"      // numeric's own: no setting
        "ALTER TABLE t ALTER COLUMN c SET STORAGE EXTENDED;\n"  // arrays are extended
        "ALTER TABLE t ALTER COLUMN e SET COMPRESSION default, ALTER COLUMN e SET STATISTICS 5;\n"
        "ALTER TABLE t ALTER COLUMN e SET STATISTICS -1;\n");
    const auto& columns = catalog.tables.at({"public", "t"}).columns;
    CHECK(columns[0].storage == "main");
    CHECK(columns[0].compression == "lz4");
    CHECK_FALSE(columns[1].storage.has_value());
    CHECK_FALSE(columns[2].storage.has_value());
    CHECK(columns[3].statistics == 10000);  // PostgreSQL lowers a larger target to 10000
    CHECK_FALSE(columns[4].compression.has_value());
    CHECK_FALSE(columns[4].statistics.has_value());
  }

  TEST_CASE("column settings PostgreSQL refuses are errors") {
    CHECK(parse_errors("CREATE TABLE t (a integer COMPRESSION lz4);")[0].message ==
          "column data type integer does not support compression");
    CHECK(parse_errors("CREATE TABLE t (a text COMPRESSION zstd);")[0].message ==
          "invalid compression method \"zstd\"");
    CHECK(parse_errors("CREATE TABLE t (a bigint); ALTER TABLE t ALTER COLUMN a SET STORAGE MAIN;")[0].message ==
          "column data type bigint can only have storage PLAIN");
    CHECK(parse_errors("CREATE TABLE t (a text); ALTER TABLE t ALTER COLUMN a SET STORAGE compressed;")[0].message ==
          "invalid storage type \"compressed\"");
    CHECK(parse_errors("CREATE TABLE t (a text); ALTER TABLE t ALTER COLUMN a SET STATISTICS -2;")[0].code ==
          "invalid-object-definition");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("replica identity: kinds, and indexes PostgreSQL refuses") {
    const auto catalog = parse_normalized(
        "CREATE TABLE t (a int NOT NULL, b int);\n"
        "CREATE UNIQUE INDEX t_a ON t (a);\n"
        "ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;\n"
        "CREATE TABLE u (a int); ALTER TABLE u REPLICA IDENTITY FULL; ALTER TABLE u REPLICA IDENTITY NOTHING;\n");
    CHECK(catalog.tables.at({"public", "t"}).replica_identity == schema::ReplicaIdentity::index);
    CHECK(catalog.tables.at({"public", "t"}).replica_identity_index == "t_a");
    CHECK(catalog.tables.at({"public", "u"}).replica_identity == schema::ReplicaIdentity::nothing);
    const std::string table = "CREATE TABLE t (a int NOT NULL, b int);\n";
    CHECK(parse_errors(table + "CREATE INDEX i ON t (a); ALTER TABLE t REPLICA IDENTITY USING INDEX i;")[0].message ==
          "cannot use non-unique index \"i\" as replica identity");
    CHECK(parse_errors(table + "CREATE UNIQUE INDEX i ON t (b); ALTER TABLE t REPLICA IDENTITY USING INDEX i;")[0]
              .message == "index \"i\" cannot be used as replica identity because column \"b\" is nullable");
    CHECK(parse_errors(table + "CREATE UNIQUE INDEX i ON t (a) WHERE a > 0; ALTER TABLE t REPLICA IDENTITY USING INDEX i;")[0]
              .message == "cannot use partial index \"i\" as replica identity");
    CHECK(parse_errors(table + "ALTER TABLE t REPLICA IDENTITY USING INDEX nope;")[0].code == "undefined-object");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("cluster on: an index or key, and what PostgreSQL refuses") {
    const auto catalog = parse_normalized(
        "CREATE TABLE t (a int PRIMARY KEY, b int);\n"
        "CREATE INDEX t_b ON t (b);\n"
        "ALTER TABLE t CLUSTER ON t_b;\n"
        "CREATE TABLE u (a int PRIMARY KEY); ALTER TABLE u CLUSTER ON u_pkey; ALTER TABLE u SET WITHOUT CLUSTER;\n");
    CHECK(catalog.tables.at({"public", "t"}).cluster_index == "t_b");
    CHECK(catalog.tables.at({"public", "u"}).cluster_index.empty());
    const std::string table = "CREATE TABLE t (a int, b text);\n";
    CHECK(parse_errors(table + "CREATE INDEX i ON t (a) WHERE a > 0; ALTER TABLE t CLUSTER ON i;")[0].message ==
          "cannot cluster on partial index \"i\"");
    CHECK(parse_errors(table + "CREATE INDEX i ON t USING hash (b); ALTER TABLE t CLUSTER ON i;")[0].message ==
          "cannot cluster on index \"i\" because access method does not support clustering");
    CHECK(parse_errors(table + "ALTER TABLE t CLUSTER ON nope;")[0].code == "undefined-object");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("create statistics: spelled as pg_get_statisticsobjdef prints it") {
    const auto catalog = parse_normalized(
        "CREATE TABLE t (a int, b text, c int);\n"
        "CREATE STATISTICS s1 (dependencies, ndistinct) ON c, a FROM t;\n"
        "CREATE STATISTICS s2 (ndistinct, dependencies, mcv) ON b, a FROM t;\n"
        "ALTER STATISTICS s2 SET STATISTICS 20000;\n");
    CHECK(catalog.statistics.at({"public", "s1"}).definition == "(ndistinct, dependencies) ON a, c FROM public.t");
    CHECK(catalog.statistics.at({"public", "s2"}).definition == "ON a, b FROM public.t");
    CHECK(catalog.statistics.at({"public", "s2"}).target == 10000);
    CHECK(parse_errors("CREATE TABLE t (a int); CREATE STATISTICS s ON a FROM t;")[0].code == "invalid-object-definition");
    CHECK(parse_errors("CREATE TABLE t (a int, b int); CREATE STATISTICS s (foo) ON a, b FROM t;")[0].message ==
          "unrecognized statistics kind \"foo\"");
  }
}
