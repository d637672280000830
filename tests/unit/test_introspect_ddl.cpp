#include "introspect/ddl_writer.hpp"
#include "parser/parse.hpp"
#include "schema/normalize.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace pgmorph;
using namespace pgmorph::introspect;

namespace {

/// Rows for `CREATE TABLE app.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
/// "Name" text COLLATE "C" NOT NULL, qty integer DEFAULT 0)` plus one of everything else.
CatalogRows sample_rows() {
  CatalogRows rows;
  rows.schemas = {"app"};
  rows.extensions = {{"hstore", "public", "1.8", "public", "the default comment", {}}};
  rows.enums = {{"app", "mood", {"sad", "it's ok"}}};
  rows.domains = {
      {"app",
       "pos",
       "integer",
       true,
       "1",
       std::nullopt,
       {{"pos_check", "CHECK ((VALUE > 0))"}, {"later", "CHECK ((VALUE < 9)) NOT VALID"}}}};
  TableRow table{"app", "t", false, false, false, {}, {}};
  table.columns.push_back({"id", "bigint", true, std::nullopt, std::nullopt, 'a',
                           "START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 "
                           "CACHE 1 NO CYCLE",
                           std::nullopt});
  table.columns.push_back({"Name", "text", true, std::nullopt, std::nullopt, '\0', "", "\"C\""});
  table.columns.push_back({"qty", "integer", false, "0", std::nullopt, '\0', "", std::nullopt});
  rows.tables.push_back(table);
  rows.tables.push_back({"public", "empty", true, false, false, {}, {"fillfactor=70", "autovacuum_enabled=false"}});
  rows.constraints = {{"app", "t", "t_fk", 'f', "FOREIGN KEY (qty) REFERENCES app.t(id)"},
                      {"app", "t", "t_pkey", 'p', "PRIMARY KEY (id)"}};
  rows.sequences = {{"app", "s", "integer", 1, 1, 2147483647, 1, 1, false, "app", "t", "qty"}};
  rows.indexes = {
      {"app", "t_qty_idx", "t", false, "CREATE INDEX t_qty_idx ON app.t USING btree (qty)"}};
  rows.views = {{"app", "v", false, true, " SELECT t.id\n   FROM app.t;", "", "local"}};
  rows.comments = {{"table column", "app", "t", "Name", "", "the name"},
                   {"extension", "hstore", "", "", "", "the default comment"},
                   {"view column", "app", "v", "id", "", "not modeled"},
                   {"table", "ext", "member", "", "", "dropped: not written"}};
  rows.unsupported = {{"rule r on table app.t", "rules are not supported"}};
  return rows;
}

}  // namespace

TEST_SUITE("introspect") {
  TEST_CASE("write_ddl renders rows in creation order, tables after the rest") {
    schema::Diagnostics diagnostics;
    const std::string ddl = write_ddl(sample_rows(), diagnostics);
    CHECK(ddl ==
          "CREATE SCHEMA app;\n"
          "CREATE EXTENSION hstore VERSION '1.8';\n"
          "CREATE TYPE app.mood AS ENUM ('sad', 'it''s ok');\n"
          "CREATE DOMAIN app.pos AS integer DEFAULT 1 NOT NULL CONSTRAINT pos_check CHECK ((VALUE "
          "> 0));\n"
          "ALTER DOMAIN app.pos ADD CONSTRAINT later CHECK ((VALUE < 9)) NOT VALID;\n"
          "CREATE VIEW app.v AS\n SELECT t.id\n   FROM app.t\n  WITH LOCAL CHECK OPTION;\n"
          "CREATE SEQUENCE app.s AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE "
          "2147483647 CACHE 1 NO CYCLE;\n"
          "CREATE TABLE app.t (\n"
          "    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 MINVALUE 1 "
          "MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,\n"
          "    \"Name\" text COLLATE \"C\" NOT NULL,\n"
          "    qty integer DEFAULT 0\n"
          ");\n"
          "CREATE UNLOGGED TABLE public.empty () WITH (fillfactor='70', autovacuum_enabled='false');\n"
          "ALTER TABLE app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n"
          "ALTER TABLE app.t ADD CONSTRAINT t_fk FOREIGN KEY (qty) REFERENCES app.t(id);\n"
          "ALTER SEQUENCE app.s OWNED BY app.t.qty;\n"
          "CREATE INDEX t_qty_idx ON app.t USING btree (qty);\n"
          "COMMENT ON COLUMN app.t.\"Name\" IS 'the name';\n");
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == "unsupported-object");
    CHECK(diagnostics[0].message == "rule r on table app.t: rules are not supported");
    CHECK(diagnostics[1].message ==
          "comment on column app.v.id: comments on view columns are not supported");
  }

  TEST_CASE("write_ddl_parts keeps each table's statements together") {
    CatalogRows rows = sample_rows();
    rows.tables[1].name = "other";
    rows.comments.push_back({"table", "public", "other", "", "", "second part"});
    schema::Diagnostics diagnostics;
    const auto parts = write_ddl_parts(rows, 2, diagnostics);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].starts_with("CREATE SCHEMA app;\n"));
    CHECK(parts[0].find("CREATE TABLE") == std::string::npos);
    CHECK(parts[1].starts_with("CREATE SEQUENCE app.s "));
    CHECK(parts[1].find("ALTER SEQUENCE app.s OWNED BY app.t.qty;") != std::string::npos);
    CHECK(parts[1].find("CREATE INDEX t_qty_idx") != std::string::npos);
    CHECK(parts[1].find("public.other") == std::string::npos);
    CHECK(parts[2] == "CREATE UNLOGGED TABLE public.other () WITH (fillfactor='70', autovacuum_enabled='false');\n"
                      "COMMENT ON TABLE public.other IS 'second part';\n");
  }

  TEST_CASE("an extension outside its default schema says WITH SCHEMA") {
    CatalogRows rows;
    rows.extensions = {{"citext", "ext", "1.6", "public", std::nullopt, {}}};
    schema::Diagnostics diagnostics;
    CHECK(write_ddl(rows, diagnostics) ==
          "CREATE EXTENSION citext WITH SCHEMA ext VERSION '1.6';\n");
  }

  TEST_CASE("row level security and policies are written after their table") {
    CatalogRows rows;
    rows.tables = {{"public", "t", false, true, true, {{"id", "integer", true, {}, {}, '\0', "", {}}}, {}}};
    rows.policies = {{"public", "t", "Own", false, 'w', {"bob", "Ann"}, "(id > 0)", "true"},
                     {"public", "t", "all", true, '*', {}, "true", std::nullopt},
                     {"public", "gone", "p", true, '*', {}, "true", std::nullopt}};  // table not written
    rows.comments = {{"policy", "public", "t", "Own", "", "mine"}};
    schema::Diagnostics diagnostics;
    CHECK(write_ddl(rows, diagnostics) ==
          "CREATE TABLE public.t (\n    id integer NOT NULL\n);\n"
          "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n"
          "ALTER TABLE public.t FORCE ROW LEVEL SECURITY;\n"
          "CREATE POLICY \"Own\" ON public.t AS RESTRICTIVE FOR UPDATE TO bob, \"Ann\" USING ((id > 0)) WITH "
          "CHECK (true);\n"
          "CREATE POLICY \"all\" ON public.t USING (true);\n"
          "COMMENT ON POLICY \"Own\" ON public.t IS 'mine';\n");
    CHECK(diagnostics.empty());
  }

  TEST_CASE("a comment on a constraint's index is reported, not dropped") {
    CatalogRows rows;
    rows.tables = {{"public", "t", false, false, false, {{"id", "integer", true, {}, {}, '\0', "", {}}}, {}}};
    rows.constraints = {{"public", "t", "t_pkey", 'p', "PRIMARY KEY (id)"}};
    rows.comments = {{"index", "public", "t_pkey", "", "", "pk index"}};
    schema::Diagnostics diagnostics;
    write_ddl(rows, diagnostics);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message ==
          "comment on index public.t_pkey: comments on indexes that implement a constraint are "
          "not supported");
  }

  TEST_CASE("the written DDL parses into the objects of the rows") {
    CatalogRows rows = sample_rows();
    rows.unsupported.clear();
    rows.comments.erase(rows.comments.begin() + 2);  // the view column comment
    // The parser does not read ALTER DOMAIN yet, so no NOT VALID domain check here.
    rows.domains[0].checks.pop_back();
    schema::Diagnostics diagnostics;
    const std::string ddl = write_ddl(rows, diagnostics);
    auto catalog = parser::parse_sql(ddl, "introspected", diagnostics);
    std::string messages;
    for (const auto& diagnostic : diagnostics) messages += schema::format_diagnostic(diagnostic);
    INFO(ddl);
    INFO(messages);
    REQUIRE(catalog.has_value());
    schema::normalize(*catalog);
    CHECK(catalog->schemas.count("app") == 1);
    CHECK(catalog->extensions.count("hstore") == 1);
    CHECK(catalog->enums.count({"app", "mood"}) == 1);
    CHECK(catalog->domains.count({"app", "pos"}) == 1);
    CHECK(catalog->sequences.at({"app", "s"}).owned_by_column == "qty");
    const schema::Table& t = catalog->tables.at({"app", "t"});
    REQUIRE(t.columns.size() == 3);
    CHECK(t.columns[0].identity == schema::Identity::always);
    CHECK(t.columns[1].comment == "the name");
    CHECK(t.constraints.size() == 2);
    CHECK(catalog->tables.at({"public", "empty"}).unlogged);
    CHECK(catalog->views.count({"app", "v"}) == 1);
    CHECK(catalog->indexes.count({"app", "t_qty_idx"}) == 1);
  }

  TEST_CASE("aggregates are written before the views and read back with their comments") {
    CatalogRows rows = sample_rows();
    rows.unsupported.clear();
    rows.comments = {{"aggregate", "app", "total", "", "integer", "the sum"}};
    rows.domains[0].checks.pop_back();  // NOT VALID: written as ALTER DOMAIN, not read yet
    rows.aggregates = {{"app", "total", "",
                        "CREATE AGGREGATE app.total(x integer) (SFUNC = int4pl, STYPE = integer, "
                        "FINALFUNC_MODIFY = READ_ONLY, INITCOND = '0', PARALLEL = SAFE)",
                        false}};
    schema::Diagnostics diagnostics;
    const std::string ddl = write_ddl(rows, diagnostics);
    CHECK(ddl.find("CREATE AGGREGATE app.total") < ddl.find("CREATE VIEW"));
    CHECK(ddl.find("COMMENT ON FUNCTION app.total(integer) IS 'the sum';") != std::string::npos);
    auto catalog = parser::parse_sql(ddl, "introspected", diagnostics);
    std::string messages;
    for (const auto& diagnostic : diagnostics) messages += schema::format_diagnostic(diagnostic);
    INFO(ddl);
    INFO(messages);
    REQUIRE(catalog.has_value());
    schema::normalize(*catalog);
    const schema::Function& total = catalog->functions.at({{"app", "total"}, "integer"});
    CHECK(total.definition ==
          "CREATE OR REPLACE AGGREGATE app.total(x integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0', "
          "PARALLEL = SAFE)");
    CHECK(total.comment == "the sum");
  }

  TEST_CASE("owners and ACLs become OWNER TO and GRANT, only for written objects") {
    CatalogRows rows = sample_rows();
    rows.unsupported.clear();
    rows.comments.clear();
    rows.domains[0].checks.pop_back();
    rows.privileges = {
        {"TABLE", "app", "t", "", "alice", false,
         {{"alice", "SELECT", false, ""}, {"bob", "SELECT", true, ""}, {"bob", "UPDATE", false, "qty"}}},
        {"DOMAIN", "app", "pos", "", "alice", false, {{"bob", "USAGE", false, ""}}},
        {"VIEW", "app", "v", "", "carol", true, {}},
        {"SEQUENCE", "app", "t_id_seq", "", "alice", true, {}},  // identity: not written
    };
    schema::Diagnostics diagnostics;
    const std::string ddl = write_ddl(rows, diagnostics);
    CHECK(ddl.find("ALTER TABLE app.t OWNER TO alice;\n"
                   "GRANT SELECT ON TABLE app.t TO bob WITH GRANT OPTION;\n"
                   "GRANT UPDATE (qty) ON TABLE app.t TO bob;\n") != std::string::npos);
    CHECK(ddl.find("ALTER DOMAIN app.pos OWNER TO alice;\n"
                   "REVOKE ALL ON DOMAIN app.pos FROM PUBLIC;\n"
                   "GRANT USAGE ON DOMAIN app.pos TO bob;\n") != std::string::npos);
    CHECK(ddl.find("ALTER VIEW app.v OWNER TO carol;\n") != std::string::npos);
    CHECK(ddl.find("t_id_seq") == std::string::npos);
    auto catalog = parser::parse_sql(ddl, "introspected", diagnostics);
    INFO(ddl);
    REQUIRE(catalog.has_value());
    schema::normalize(*catalog);
    const schema::Table& t = catalog->tables.at({"app", "t"});
    CHECK(t.owner == "alice");
    REQUIRE(t.grants.size() == 2);
    CHECK(t.grants[0] == schema::Grant{"bob", "SELECT", {}, true});
    CHECK(t.grants[1] == schema::Grant{"bob", "UPDATE", {"qty"}, false});
    const schema::Domain& pos = catalog->domains.at({"app", "pos"});
    REQUIRE(pos.grants.size() == 1);
    CHECK(pos.grants[0].grantee == "bob");
    CHECK(catalog->views.at({"app", "v"}).owner == "carol");
  }
}
