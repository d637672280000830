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
