#include <doctest/doctest.h>

#include <string>

#include "codegen/plan.hpp"
#include "codegen/sql_builder.hpp"

using namespace pgmorph;

namespace {

schema::EnumType enum_type(const schema::QualifiedName& name, std::vector<std::string> labels) {
  schema::EnumType type;
  type.name = name;
  type.labels = std::move(labels);
  return type;
}

schema::Table users_table() {
  schema::Table t;
  t.name = {"public", "users"};
  schema::Column id;
  id.name = "id";
  id.type = "bigint";
  id.not_null = true;
  schema::Column order;
  order.name = "order";
  order.type = "text";
  t.columns = {id, order};
  schema::Constraint pk;
  pk.name = "users_pkey";
  pk.kind = schema::ConstraintKind::primary_key;
  pk.definition = "PRIMARY KEY (id)";
  t.constraints = {pk};
  return t;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("codegen") {
  TEST_CASE("the builder quotes identifiers and literals") {
    codegen::SqlBuilder sql;
    sql.keyword("COMMENT ON TABLE").qualified({"Sales", "order"}).keyword("IS").literal("it's");
    CHECK(sql.str() == "COMMENT ON TABLE \"Sales\".\"order\" IS 'it''s'");
  }

  TEST_CASE("an empty plan says so and has no statements") {
    const auto up = codegen::emit_up({}, {"a.sql", "b.sql"});
    CHECK(up.find("no changes") != std::string::npos);
    CHECK(up.find("BEGIN") == std::string::npos);
  }

  TEST_CASE("drop table warns in up and down and the reverse recreates the structure") {
    const codegen::Plan plan = codegen::build_plan({diff::DropTable{users_table()}});
    const auto up = codegen::emit_up(plan, {"a", "b"});
    const auto down = codegen::emit_down(plan, {"a", "b"});
    CHECK(up.find("-- WARNING: D101 drop-table") != std::string::npos);
    CHECK(up.find("DROP TABLE public.users;") != std::string::npos);
    CHECK(down.find("-- WARNING: recreates the structure of public.users, not its rows") !=
          std::string::npos);
    CHECK(down.find("CREATE TABLE public.users (\n    id bigint NOT NULL,\n    \"order\" text,\n"
                    "    CONSTRAINT users_pkey PRIMARY KEY (id)\n);") != std::string::npos);
    CHECK(count(up, "BEGIN;") == 1);
    CHECK(count(up, "COMMIT;") == 1);
  }

  TEST_CASE("an index on an existing table is built concurrently outside the transaction") {
    schema::Index index;
    index.name = {"public", "users_order_idx"};
    index.table = {"public", "users"};
    index.definition = "public.users USING btree (\"order\")";
    const codegen::Plan plan = codegen::build_plan(
        {diff::AddColumn{{"public", "users"}, users_table().columns[1]}, diff::CreateIndex{index, false}});
    const auto up = codegen::emit_up(plan, {"a", "b"});
    const auto add = up.find("ALTER TABLE public.users ADD COLUMN \"order\" text;");
    const auto commit = up.find("COMMIT;");
    const auto build = up.find("CREATE INDEX CONCURRENTLY users_order_idx ON public.users USING btree");
    REQUIRE(add != std::string::npos);
    REQUIRE(build != std::string::npos);
    CHECK(add < commit);
    CHECK(commit < build);
    const auto down = codegen::emit_down(plan, {"a", "b"});
    CHECK(down.find("DROP INDEX CONCURRENTLY public.users_order_idx;") <
          down.find("ALTER TABLE public.users DROP COLUMN \"order\";"));
  }

  TEST_CASE("a foreign key on an existing table is added NOT VALID and validated separately") {
    schema::Constraint fk;
    fk.name = "orders_user_id_fkey";
    fk.kind = schema::ConstraintKind::foreign_key;
    fk.definition = "FOREIGN KEY (user_id) REFERENCES public.users (id)";
    const codegen::Plan plan =
        codegen::build_plan({diff::AddConstraint{{"public", "orders"}, fk, false}});
    const auto up = codegen::emit_up(plan, {"a", "b"});
    const auto add = up.find("ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) "
                             "REFERENCES public.users (id) NOT VALID;\n\nCOMMIT;");
    const auto validate = up.find("BEGIN;\n\nALTER TABLE public.orders VALIDATE CONSTRAINT "
                                  "orders_user_id_fkey;\n\nCOMMIT;");
    CHECK(add != std::string::npos);
    CHECK(validate != std::string::npos);
    CHECK(add < validate);
  }

  TEST_CASE("new enum labels are added in place outside a transaction; down recreates the type") {
    const schema::EnumType from = enum_type({"public", "mood"}, {"sad", "happy"});
    const schema::EnumType to = enum_type({"public", "mood"}, {"meh", "sad", "ok", "happy"});
    const codegen::Plan plan = codegen::build_plan({diff::AddEnumValues{from, to, {}}});
    const auto up = codegen::emit_up(plan, {"a", "b"});
    CHECK(up.find("ALTER TYPE public.mood ADD VALUE 'meh' BEFORE 'sad';") != std::string::npos);
    CHECK(up.find("ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';") != std::string::npos);
    CHECK(up.find("BEGIN;") == std::string::npos);
    const auto down = codegen::emit_down(plan, {"a", "b"});
    CHECK(down.find("ALTER TYPE public.mood RENAME TO mood__pgmorph_old;") != std::string::npos);
    CHECK(down.find("CREATE TYPE public.mood AS ENUM ('sad', 'happy');") != std::string::npos);
    CHECK(down.find("DROP TYPE public.mood__pgmorph_old;") != std::string::npos);
  }
}
