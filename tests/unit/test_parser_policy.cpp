#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

namespace {

const schema::Policy& policy(const schema::Catalog& catalog, const std::string& table, const std::string& name) {
  auto found = catalog.policies.find({{"public", table}, name});
  INFO("policy " << name);
  REQUIRE(found != catalog.policies.end());
  return found->second;
}

std::size_t count_code(const schema::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [&](const schema::Diagnostic& d) { return d.code == code; }));
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("row level security flags follow ALTER TABLE") {
    const auto catalog = parse_normalized(
        "CREATE TABLE a (id int); CREATE TABLE b (id int);\n"
        "ALTER TABLE ONLY a ENABLE ROW LEVEL SECURITY; ALTER TABLE a FORCE ROW LEVEL SECURITY;\n"
        "ALTER TABLE b ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n"
        "ALTER TABLE b DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;");
    CHECK(table(catalog, "a").row_security);
    CHECK(table(catalog, "a").force_row_security);
    CHECK_FALSE(table(catalog, "b").row_security);
    CHECK_FALSE(table(catalog, "b").force_row_security);
  }

  TEST_CASE("CREATE POLICY records kind, command, roles, expressions and what they read") {
    const auto catalog = parse_normalized(
        "CREATE TABLE m (team int, who text);\n"
        "CREATE TABLE d (id int, team int, owner text);\n"
        "CREATE FUNCTION ok(x int) RETURNS boolean LANGUAGE sql AS 'select true';\n"
        "CREATE POLICY p ON d AS RESTRICTIVE FOR UPDATE TO bob, \"Ann\", bob\n"
        "  USING (EXISTS (SELECT 1 FROM m WHERE m.team = d.team)) WITH CHECK (ok(id));\n"
        "CREATE POLICY q ON public.d USING (owner = CURRENT_USER);\n"
        "CREATE POLICY r ON d FOR INSERT TO bob, PUBLIC WITH CHECK (true);\n"
        "CREATE POLICY s ON d FOR SELECT TO SESSION_USER USING (id > 0);");
    const auto& p = policy(catalog, "d", "p");
    CHECK_FALSE(p.permissive);
    CHECK(p.command == schema::PolicyCommand::update);
    CHECK(p.roles == std::vector<std::string>{"Ann", "bob"});
    CHECK(p.using_expr == "EXISTS (SELECT 1 FROM m WHERE m.team = d.team)");
    CHECK(p.check_expr == "ok(id)");
    CHECK(p.columns == std::vector<std::string>{"id", "team"});
    const schema::ObjectRef m{schema::RefKind::relation, {"public", "m"}};
    const schema::ObjectRef ok{schema::RefKind::function, {"public", "ok"}};
    CHECK(std::find(p.refs.begin(), p.refs.end(), m) != p.refs.end());
    CHECK(std::find(p.refs.begin(), p.refs.end(), ok) != p.refs.end());
    const auto& q = policy(catalog, "d", "q");
    CHECK(q.permissive);
    CHECK(q.command == schema::PolicyCommand::all);
    CHECK(q.roles == std::vector<std::string>{"PUBLIC"});  // no TO clause
    CHECK_FALSE(q.check_expr.has_value());
    CHECK(policy(catalog, "d", "r").roles == std::vector<std::string>{"PUBLIC"});  // PUBLIC absorbs bob
    CHECK(policy(catalog, "d", "s").roles == std::vector<std::string>{"CURRENT_USER"});
  }

  TEST_CASE("ALTER POLICY replaces roles and expressions, RENAME TO moves the policy") {
    const auto altered = parse_normalized(
        "CREATE TABLE d (id int, owner text);\n"
        "CREATE FUNCTION ok(x int) RETURNS boolean LANGUAGE sql AS 'select true';\n"
        "CREATE POLICY p ON d TO bob USING (ok(id)) WITH CHECK (owner = 'x');\n"
        "COMMENT ON POLICY p ON d IS 'kept';\n"
        "ALTER POLICY p ON d TO PUBLIC USING (owner = current_user);\n"
        "ALTER POLICY p ON d RENAME TO \"Q\";");
    const auto written = parse_normalized(
        "CREATE TABLE d (id int, owner text);\n"
        "CREATE FUNCTION ok(x int) RETURNS boolean LANGUAGE sql AS 'select true';\n"
        "CREATE POLICY \"Q\" ON d USING (owner = current_user) WITH CHECK (owner = 'x');\n"
        "COMMENT ON POLICY \"Q\" ON d IS 'kept';");
    CHECK(altered == written);
    CHECK(policy(altered, "d", "Q").refs.empty());  // ok() is no longer called
  }

  TEST_CASE("policy statements PostgreSQL rejects are errors") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE d (id int); CREATE VIEW v AS SELECT 1 AS x;\n"
        "CREATE POLICY a ON d FOR INSERT USING (true);\n"
        "CREATE POLICY b ON d FOR SELECT WITH CHECK (true);\n"
        "CREATE POLICY c ON d; CREATE POLICY c ON d;\n"
        "CREATE POLICY e ON missing;\n"
        "CREATE POLICY f ON v;\n"
        "ALTER POLICY nope ON d USING (true);\n"
        "CREATE POLICY g ON d FOR DELETE; ALTER POLICY g ON d WITH CHECK (true);\n"
        "CREATE POLICY h ON d TO \"PUBLIC\";\n");
    CHECK(count_code(diagnostics, "syntax-error") == 3);
    CHECK(count_code(diagnostics, "duplicate-object") == 1);
    CHECK(count_code(diagnostics, "undefined-object") == 2);
    CHECK(count_code(diagnostics, "wrong-object-type") == 1);
    CHECK(count_code(diagnostics, "unsupported-feature") == 1);
  }

  TEST_CASE("a policy's CURRENT_USER becomes the migration role on a live side") {
    auto catalog = parse_normalized(
        "CREATE TABLE d (id int);\n"
        "CREATE POLICY p ON d TO CURRENT_USER, bob USING (true);\n"
        "CREATE POLICY q ON d TO CURRENT_ROLE, PUBLIC USING (true);");
    schema::adopt_migration_role(catalog, "app");
    CHECK(policy(catalog, "d", "p").roles == std::vector<std::string>{"app", "bob"});
    CHECK(policy(catalog, "d", "q").roles == std::vector<std::string>{"PUBLIC"});
  }
}
