#include <algorithm>

#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("views record query, options and references") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (id int);\n"
        "CREATE VIEW v (a) WITH (security_barrier) AS WITH w AS (SELECT 1 AS x)\n"
        "  SELECT t.id FROM t, w WHERE lower('X') = 'x' WITH LOCAL CHECK OPTION;\n"
        "CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA;");
    const auto& v = catalog.views.at({"public", "v"});
    CHECK(v.column_names == std::vector<std::string>{"a"});
    CHECK(v.options == "security_barrier=true");
    CHECK(v.check_option == "LOCAL");
    CHECK(v.query == "WITH w AS (SELECT 1 AS x) SELECT t.id FROM t, w WHERE lower('X') = 'x'");
    const schema::ObjectRef t{schema::RefKind::relation, {"public", "t"}};
    const schema::ObjectRef w{schema::RefKind::relation, {"public", "w"}};
    CHECK(std::find(v.refs.begin(), v.refs.end(), t) != v.refs.end());
    CHECK(std::find(v.refs.begin(), v.refs.end(), w) == v.refs.end());
    const auto& m = catalog.views.at({"public", "m"});
    CHECK(m.materialized);
    CHECK(m.with_no_data);
  }

  TEST_CASE("functions are keyed by canonical input types") {
    const auto catalog = parse_ok(
        "CREATE TYPE mood AS ENUM ('a');\n"
        "CREATE FUNCTION f(a int4, b mood, OUT c text) LANGUAGE sql AS $$ SELECT 'x' $$;\n"
        "CREATE PROCEDURE p(x integer) LANGUAGE sql AS $$ SELECT 1 $$;\n"
        "CREATE FUNCTION g() RETURNS TABLE (a text, b int) LANGUAGE sql AS $$ SELECT 'a', 1 $$;\n"
        "COMMENT ON FUNCTION f(integer, mood) IS 'f';");
    const auto& f = catalog.functions.at({{"public", "f"}, "integer, public.mood"});
    CHECK(f.return_type == "text");
    CHECK(f.comment == "f");
    CHECK(f.definition ==
          "CREATE OR REPLACE FUNCTION public.f(a int, b public.mood, OUT c text) LANGUAGE sql AS $$ SELECT 'x' $$");
    CHECK(catalog.functions.at({{"public", "p"}, "integer"}).is_procedure);
    CHECK(catalog.functions.at({{"public", "g"}, ""}).return_type == "TABLE(a text, b integer)");
    const auto a = parse_ok("CREATE FUNCTION f(x int4) RETURNS int8 LANGUAGE sql AS 'select 1'");
    const auto b = parse_ok("create or replace function public.f(x integer) returns bigint language sql as 'select 1'");
    CHECK(a == b);
  }

  TEST_CASE("triggers, enums, domains, sequences, schemas and extensions") {
    const auto catalog = parse_ok(
        "CREATE SCHEMA app; COMMENT ON SCHEMA app IS 'app';\n"
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public VERSION '1.3';\n"
        "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;\n"
        "CREATE TYPE app.mood AS ENUM ('sad', 'ok');\n"
        "CREATE DOMAIN posint AS int4 NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 100);\n"
        "CREATE SEQUENCE down INCREMENT BY -1;\n"
        "CREATE TABLE app.t (a int);\n"
        "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
        "CREATE TRIGGER tr BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION trg();");
    CHECK(catalog.schemas.at("app").comment == "app");
    CHECK(catalog.extensions.at("pgcrypto").version == "1.3");
    CHECK_FALSE(catalog.extensions.contains("plpgsql"));  // always there, never managed
    // `public` is where CREATE EXTENSION puts it anyway: stored as the default, "".
    CHECK(catalog.extensions.at("pgcrypto").schema.empty());
    CHECK(catalog.enums.at({"app", "mood"}).labels == std::vector<std::string>{"sad", "ok"});
    const auto& domain = catalog.domains.at({"public", "posint"});
    CHECK(domain.base_type == "integer");
    CHECK(domain.not_null);
    REQUIRE(domain.checks.size() == 2);
    CHECK(domain.checks[0].name == "posint_check");
    CHECK(domain.checks[0].definition == "CHECK (value > 0)");
    CHECK(domain.checks[1].name == "posint_check1");
    const auto& down = catalog.sequences.at({"public", "down"});
    CHECK(down.max_value == -1);
    CHECK(down.min_value == INT64_MIN);
    CHECK(down.start == -1);
    const auto& trigger = catalog.triggers.at({{"app", "t"}, "tr"});
    CHECK(trigger.function == schema::QualifiedName{"public", "trg"});
    CHECK(trigger.definition ==
          "CREATE TRIGGER tr BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION public.trg()");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("function options are ordered and defaults dropped") {
    const auto a = parse_ok(
        "CREATE FUNCTION f() RETURNS int IMMUTABLE LANGUAGE sql CALLED ON NULL INPUT "
        "SECURITY INVOKER PARALLEL UNSAFE AS 'select 1'");
    const auto b = parse_ok("CREATE FUNCTION f() RETURNS integer LANGUAGE sql IMMUTABLE AS $$select 1$$");
    CHECK(a == b);
    CHECK(b.functions.begin()->second.definition ==
          "CREATE OR REPLACE FUNCTION public.f() RETURNS int LANGUAGE sql IMMUTABLE AS $$select 1$$");
  }

  TEST_CASE("SQL-standard bodies keep every statement and record what they read") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int);\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT max(a) FROM t; END;\n"
        "CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql RETURN f() + x;");
    const auto& f = catalog.functions.at({{"public", "f"}, ""});
    CHECK(f.definition ==
          "CREATE OR REPLACE FUNCTION public.f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT max(a) FROM t; END");
    CHECK(std::any_of(f.refs.begin(), f.refs.end(), [](const schema::ObjectRef& ref) {
      return ref.kind == schema::RefKind::relation && ref.name.name == "t";
    }));
    const auto& g = catalog.functions.at({{"public", "g"}, "integer"});
    CHECK(g.definition.ends_with("RETURN f() + x"));
    CHECK(std::any_of(g.refs.begin(), g.refs.end(), [](const schema::ObjectRef& ref) {
      return ref.kind == schema::RefKind::function && ref.name.name == "f";
    }));
    // The text written is read back to the same function.
    const auto again = parse_ok(f.definition + ";\nCREATE TABLE t (a int);");
    CHECK(again.functions.at({{"public", "f"}, ""}).definition == f.definition);
  }
}
