#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;
using schema::Grant;

namespace {

std::size_t count_code(const schema::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [&](const auto& d) { return d.code == code; }));
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("GRANT and REVOKE build the table's ACL") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int, b int);\n"
        "GRANT ALL PRIVILEGES ON TABLE t TO admin;\n"
        "REVOKE TRUNCATE, TRIGGER ON t FROM admin;\n"
        "GRANT SELECT ON t TO reader, PUBLIC WITH GRANT OPTION;\n"
        "REVOKE GRANT OPTION FOR SELECT ON t FROM reader;\n"
        "GRANT UPDATE (b), SELECT (b, a) ON t TO \"Odd-Role\";\n"
        "GRANT SELECT (a) ON t TO App_User;\n");
    const std::vector<Grant> expected = {
        {"Odd-Role", "SELECT", {"a", "b"}, false}, {"Odd-Role", "UPDATE", {"b"}, false},
        {"PUBLIC", "SELECT", {}, true},            {"admin", "DELETE", {}, false},
        {"admin", "INSERT", {}, false},            {"admin", "REFERENCES", {}, false},
        {"admin", "SELECT", {}, false},            {"admin", "UPDATE", {}, false},
        {"app_user", "SELECT", {"a"}, false},      {"reader", "SELECT", {}, false},
    };
    CHECK(table(catalog, "t").grants == expected);
  }

  TEST_CASE("a table-level REVOKE also takes the privilege from every column") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int, b int);\n"
        "GRANT SELECT (a, b), UPDATE (a) ON t TO r;\n"
        "GRANT SELECT ON t TO r;\n"
        "REVOKE SELECT ON t FROM r;\n");
    CHECK(table(catalog, "t").grants == std::vector<Grant>{{"r", "UPDATE", {"a"}, false}});
  }

  TEST_CASE("routines and types start with PostgreSQL's PUBLIC defaults, which REVOKE removes") {
    const auto catalog = parse_ok(
        "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
        "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
        "CREATE TYPE mood AS ENUM ('a');\n"
        "CREATE DOMAIN d AS int;\n"
        "REVOKE ALL ON FUNCTION f(integer) FROM PUBLIC;\n"
        "GRANT EXECUTE ON FUNCTION f TO app;\n"
        "REVOKE USAGE ON DOMAIN d FROM PUBLIC;\n");
    CHECK(catalog.functions.at({{"public", "f"}, "integer"}).grants ==
          std::vector<Grant>{{"app", "EXECUTE", {}, false}});
    CHECK(catalog.functions.at({{"public", "g"}, ""}).grants == schema::default_routine_grants());
    CHECK(catalog.enums.at({"public", "mood"}).grants == schema::default_type_grants());
    CHECK(catalog.domains.at({"public", "d"}).grants.empty());
  }

  TEST_CASE("OWNER TO sets owners; a table's serial sequence follows it") {
    const auto catalog = parse_normalized(
        "CREATE SCHEMA app AUTHORIZATION bob;\n"
        "CREATE SCHEMA AUTHORIZATION carol;\n"
        "CREATE TABLE t (id serial, n text);\n"
        "CREATE VIEW v AS SELECT id FROM t;\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
        "ALTER TABLE t OWNER TO app_user;\n"
        "ALTER TABLE v OWNER TO app_user;\n"
        "ALTER FUNCTION f() OWNER TO app_user;\n"
        "ALTER FUNCTION f() OWNER TO CURRENT_USER;\n"
        "GRANT SELECT ON t TO app_user, reader;\n");
    CHECK(catalog.schemas.at("app").owner == "bob");
    CHECK(catalog.schemas.at("carol").owner == "carol");
    CHECK(table(catalog, "t").owner == "app_user");
    CHECK(catalog.sequences.at({"public", "t_id_seq"}).owner == "app_user");
    CHECK(catalog.views.at({"public", "v"}).owner == "app_user");
    CHECK_FALSE(catalog.functions.at({{"public", "f"}, ""}).owner.has_value());
    // The owner's own privileges are implicit: normalize() drops them.
    CHECK(table(catalog, "t").grants == std::vector<Grant>{{"reader", "SELECT", {}, false}});
  }

  TEST_CASE("GRANT ... ON ALL TABLES IN SCHEMA covers the views, not the sequences") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (id serial);\nCREATE VIEW v AS SELECT id FROM t;\n"
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO r;\n"
        "GRANT INSERT ON TABLE t_id_seq TO r;\n");  // not a sequence privilege: ignored
    const std::vector<Grant> select{{"r", "SELECT", {}, false}};
    CHECK(table(catalog, "t").grants == select);
    CHECK(catalog.views.at({"public", "v"}).grants == select);
    CHECK(catalog.sequences.at({"public", "t_id_seq"}).grants.empty());
  }

  TEST_CASE("OR REPLACE keeps owner and privileges") {
    const auto catalog = parse_ok(
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
        "REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;\nALTER FUNCTION f() OWNER TO o;\n"
        "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';\n");
    const auto& f = catalog.functions.at({{"public", "f"}, ""});
    CHECK(f.grants.empty());
    CHECK(f.owner == "o");
  }

  TEST_CASE("bad GRANTs are errors and change nothing; unmanaged ones warn") {
    const auto diagnostics = parse_errors(
        "GRANT SELECT ON t TO r;\n"
        "CREATE TABLE t (a int);\n"
        "GRANT USAGE ON t TO r;\n"
        "GRANT SELECT (nope) ON t TO r;\n"
        "GRANT SELECT ON t, missing TO r;\n"
        "GRANT SELECT ON SEQUENCE t TO r;\n"
        "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;\n"
        "GRANT CONNECT ON DATABASE postgres TO r;\n"
        "GRANT admin TO r;\n");
    CHECK(count_code(diagnostics, "undefined-object") == 3);
    CHECK(count_code(diagnostics, "invalid-grant-operation") == 1);
    CHECK(count_code(diagnostics, "wrong-object-type") == 1);
    CHECK(count_code(diagnostics, "not-managed") == 3);
  }

  TEST_CASE("a GRANT in an error-free file leaves the table as granted") {
    const auto catalog = parse_ok("CREATE TABLE t (a int);\nGRANT SELECT ON t, t TO r;\n");
    CHECK(table(catalog, "t").grants == std::vector<Grant>{{"r", "SELECT", {}, false}});
  }
}
