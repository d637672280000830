#include <doctest/doctest.h>

#include <string>

#include "codegen/plan.hpp"
#include "codegen/render_families.hpp"

using namespace pgmorph;
using schema::Grant;

namespace {

const diff::AclTarget k_table{diff::AclObjectKind::table, {"public", "t"}, ""};

std::vector<std::string> sql_of(const std::vector<codegen::Step>& steps) {
  std::vector<std::string> out;
  for (const auto& step : steps) out.push_back(step.sql);
  return out;
}

codegen::Statement only(const diff::Change& change) {
  const auto plan = codegen::build_plan({change});
  REQUIRE(plan.statements.size() == 1);
  return plan.statements[0];
}

}  // namespace

TEST_SUITE("codegen") {
  TEST_CASE("privilege changes revoke, then grant, one statement per grantee") {
    const auto statement = only(diff::ChangePrivileges{
        k_table,
        {{"r", "SELECT", {}, false}, {"r", "SELECT", {"a"}, false}, {"w", "INSERT", {}, true}},
        {{"PUBLIC", "SELECT", {}, false}, {"r", "SELECT", {"a"}, false}, {"user-x", "UPDATE", {"b", "a"}, false},
         {"w", "INSERT", {}, false}},
        std::string("owner")});
    // A table-level REVOKE takes the column privilege too, so SELECT (a) is granted again.
    CHECK(sql_of(statement.up) == std::vector<std::string>{
                                      "REVOKE SELECT ON TABLE public.t FROM r",
                                      "REVOKE GRANT OPTION FOR INSERT ON TABLE public.t FROM w",
                                      "GRANT SELECT ON TABLE public.t TO PUBLIC",
                                      "GRANT SELECT (a) ON TABLE public.t TO r",
                                      "GRANT UPDATE (a, b) ON TABLE public.t TO \"user-x\"",
                                  });
    CHECK(sql_of(statement.reverse) == std::vector<std::string>{
                                           "REVOKE SELECT ON TABLE public.t FROM PUBLIC",
                                           "REVOKE UPDATE (a, b) ON TABLE public.t FROM \"user-x\"",
                                           "GRANT SELECT ON TABLE public.t TO r",
                                           "GRANT INSERT ON TABLE public.t TO w WITH GRANT OPTION",
                                       });
  }

  TEST_CASE("with no owner set, a revoke from a role gives the migration role its privileges back") {
    const auto statement = only(diff::ChangePrivileges{k_table, {{"postgres", "SELECT", {}, false}}, {}, std::nullopt});
    CHECK(sql_of(statement.up) == std::vector<std::string>{"REVOKE SELECT ON TABLE public.t FROM postgres",
                                                           "GRANT ALL ON TABLE public.t TO CURRENT_USER"});
    CHECK(sql_of(statement.reverse) == std::vector<std::string>{"GRANT SELECT ON TABLE public.t TO postgres"});
  }

  TEST_CASE("owners are set by name and reset to CURRENT_USER") {
    const diff::AclTarget function{diff::AclObjectKind::function, {"app", "f"}, "integer, text"};
    const auto statement = only(diff::SetOwner{function, std::nullopt, std::string("Owner")});
    CHECK(sql_of(statement.up) == std::vector<std::string>{"ALTER FUNCTION app.f(integer, text) OWNER TO \"Owner\""});
    CHECK(sql_of(statement.reverse) ==
          std::vector<std::string>{"ALTER FUNCTION app.f(integer, text) OWNER TO CURRENT_USER"});
    const auto schema_owner = only(diff::SetOwner{{diff::AclObjectKind::schema, {"", "s"}, ""}, "a", "b"});
    CHECK(sql_of(schema_owner.up) == std::vector<std::string>{"ALTER SCHEMA s OWNER TO b"});
  }

  TEST_CASE("a new object is granted from its kind's default ACL, then given its owner") {
    schema::Function f;
    f.name = {"public", "f"};
    f.identity_args = "integer";
    f.definition = "CREATE OR REPLACE FUNCTION public.f(a int) RETURNS int LANGUAGE sql AS $$SELECT 1$$";
    f.grants = {{"app", "EXECUTE", {}, false}};
    f.owner = "app_owner";
    const auto statement = only(diff::CreateFunction{f});
    CHECK(sql_of(statement.up) == std::vector<std::string>{
                                      f.definition,
                                      "REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC",
                                      "GRANT EXECUTE ON FUNCTION public.f(integer) TO app",
                                      "ALTER FUNCTION public.f(integer) OWNER TO app_owner",
                                  });
    schema::View v;
    v.name = {"public", "v"};
    v.materialized = true;
    v.query = "SELECT 1";
    v.owner = "o";
    const auto view = only(diff::CreateView{v});
    CHECK(sql_of(view.up).back() == "ALTER MATERIALIZED VIEW public.v OWNER TO o");
  }

  TEST_CASE("identity options change with SET clauses, restarting only when the bounds demand it") {
    schema::Column from;
    from.name = "a";
    from.type = "integer";
    from.not_null = true;
    from.identity = schema::Identity::by_default;
    from.identity_options = "INCREMENT BY 10 MINVALUE -200 MAXVALUE 200";
    schema::Column to = from;
    to.identity_options = "INCREMENT BY 5 MINVALUE -100 MAXVALUE 100";
    const auto statement = only(diff::AlterColumn{{"public", "t"}, from, to, false});
    CHECK(sql_of(statement.up) ==
          std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN a SET INCREMENT BY 5 SET MINVALUE -100 "
                                   "SET MAXVALUE 100 SET START WITH -100 RESTART"});
    REQUIRE(statement.hazards.size() == 1);
    CHECK(codegen::hazard_info(statement.hazards[0].code).id == "C115");
    CHECK(sql_of(statement.reverse) ==
          std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN a SET INCREMENT BY 10 SET MINVALUE -200 "
                                   "SET MAXVALUE 200 SET START WITH -200"});
    // A reversed direction resets the bounds, whose defaults depend on it.
    to.identity_options = "INCREMENT BY -1";
    from.identity_options = "";
    const auto flip = only(diff::AlterColumn{{"public", "t"}, from, to, false});
    CHECK(sql_of(flip.up) == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN a SET INCREMENT BY -1 "
                                                      "SET NO MINVALUE SET NO MAXVALUE SET START WITH -1 RESTART"});
  }

  TEST_CASE("a column is created with its identity options") {
    schema::Column c;
    c.name = "id";
    c.type = "bigint";
    c.not_null = true;
    c.identity = schema::Identity::always;
    c.identity_options = "START WITH 10";
    CHECK(codegen::column_definition(c) == "id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) NOT NULL");
  }
}
