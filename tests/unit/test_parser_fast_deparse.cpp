// The fast printer must print exactly what libpg_query prints, and cover the common forms.
#include <doctest/doctest.h>

#include <string>

#include "parser/expr.hpp"
#include "parser/fast_deparse.hpp"
#include "parser/proto.hpp"

using namespace pgmorph::parser;

namespace {

// The first statement of `sql`, unpacked into `arena`.
PgQuery__Node* parse_statement(ProtoArena& arena, const std::string& sql) {
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  INFO(sql);
  REQUIRE(parsed.error == nullptr);
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      arena.allocator(), parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  REQUIRE(tree != nullptr);
  REQUIRE(tree->n_stmts == 1);
  return tree->stmts[0]->stmt;
}

// Fast text of `SELECT <expr>`'s expression, checked against libpg_query when present.
std::optional<std::string> checked_expr(const std::string& expr) {
  ProtoArena arena;
  PgQuery__Node* stmt = parse_statement(arena, "SELECT " + expr);
  PgQuery__Node* node = stmt->select_stmt->target_list[0]->res_target->val;
  const auto fast = fast_deparse_expr(node);
  INFO(expr);
  if (fast) CHECK(*fast == libpg_query_deparse_expr(node));
  return fast;
}

std::optional<std::string> checked_constraint(const std::string& definition) {
  ProtoArena arena;
  PgQuery__Node* stmt = parse_statement(arena, "ALTER TABLE x ADD " + definition);
  PgQuery__Constraint* constraint = stmt->alter_table_stmt->cmds[0]->alter_table_cmd->def->constraint;
  const auto fast = fast_deparse_constraint(constraint);
  INFO(definition);
  if (fast) CHECK(*fast == libpg_query_deparse_constraint(constraint));
  return fast;
}

std::optional<std::string> checked_index(const std::string& sql) {
  ProtoArena arena;
  PgQuery__Node* stmt = parse_statement(arena, sql);
  const auto fast = fast_deparse_index(stmt->index_stmt);
  INFO(sql);
  if (fast) CHECK(*fast == deparse_statement(stmt));
  return fast;
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("the fast printer covers plain indexes, exactly as libpg_query") {
    for (const char* sql :
         {"CREATE INDEX ON s.t USING btree (a)",
          "CREATE UNIQUE INDEX ON s.t USING btree (a, \"B\" DESC, c NULLS FIRST, d DESC NULLS LAST)",
          "CREATE INDEX ON s.t USING gin (a jsonb_path_ops)", "CREATE INDEX ON s.t USING btree (lower(a))",
          "CREATE INDEX ON s.t USING btree (a) INCLUDE (b, c)",
          "CREATE INDEX ON s.t USING btree (a) WHERE b > 0", "CREATE INDEX ON s.t USING gist (a)",
          "CREATE INDEX ON s.t USING btree (a ASC)", "CREATE INDEX ON \"S\".\"select\" USING hash (a)",
          "CREATE INDEX ON s.t USING btree (a) WHERE deleted_at IS NULL",
          "CREATE INDEX ON s.t USING btree (a) WHERE deleted_at IS NULL AND b > 0",
          // A call followed by options: libpg_query alone glues them on (`lower(a)DESC`).
          "CREATE INDEX ON s.t USING btree (lower(a) DESC NULLS LAST)",
          "CREATE INDEX ON s.t USING btree (s.f(a, b) DESC NULLS LAST) WHERE NOT c",
          "CREATE INDEX ON s.t USING btree (lower(a) ASC)", "CREATE INDEX ON s.t USING btree (lower(a) NULLS FIRST)",
          "CREATE INDEX ON s.t USING btree (lower(a) text_pattern_ops DESC)"}) {
      CHECK(checked_index(sql).has_value());
    }
    for (const char* sql :
         {"CREATE INDEX i ON s.t USING btree (a)", "CREATE INDEX ON s.t USING btree ((a + 1))",
          "CREATE INDEX ON s.t USING btree (a) WITH (fillfactor='70')",
          "CREATE INDEX ON s.t USING btree (a COLLATE \"C\")", "CREATE INDEX ON ONLY s.t USING btree (a)",
          "CREATE UNIQUE INDEX ON s.t USING btree (a) NULLS NOT DISTINCT", "CREATE INDEX ON t USING btree (a)",
          "CREATE INDEX CONCURRENTLY ON s.t USING btree (a)",
          "CREATE INDEX ON s.t USING btree (lower(a) COLLATE \"C\")"}) {
      CHECK_FALSE(checked_index(sql).has_value());
    }
  }

  TEST_CASE("the fast printer covers the common defaults and checks, exactly as libpg_query") {
    for (const char* expr :
         {"now()", "0", "-1", "1.5", "100000000000", "true", "NULL", "''", "'it''s'",
          "'{}'::jsonb", "'[]'::jsonb", "'{}'::text[]", "x::pg_catalog.int4", "x::pg_catalog.int8",
          "x::pg_catalog.float8", "x::pg_catalog.timestamptz", "x::pg_catalog.timetz",
          "x::pg_catalog.varchar", "'a'::public.mood", "gen_random_uuid()", "pg_catalog.now()",
          "nextval('public.s'::regclass)", "current_date", "current_timestamp", "current_user",
          "session_user", "price >= 0", "char_length(city) > 2", "a = b", "a ->> 'k'",
          "lower(email) <> ''", "t.x", "\"Abc\".x", "\"select\"", "coalesce_x(a, 1, 'b')",
          "a::pg_catalog.numeric > 0.5", "a > 0 AND b < 1", "a IS NULL", "a IS NOT NULL AND b",
          "(a OR b) AND c", "a OR b AND c", "NOT a", "NOT (a AND b)", "NOT a IS NULL",
          "a AND (b OR NOT c) AND d = 1", "ARRAY[]::pg_catalog.int4[]", "ARRAY[1, 2]",
          "ARRAY['a', 'b']::text[]"}) {
      CHECK(checked_expr(expr).has_value());
    }
    CHECK(*checked_expr("\"Abc\".x") == "\"Abc\".x");
    CHECK(*checked_expr("x::pg_catalog.timestamptz") == "x::timestamp with time zone");
  }

  TEST_CASE("shapes the fast printer leaves to libpg_query") {
    for (const char* expr :
         {"count(*)", "count(DISTINCT a)", "(-1)::int", "'t'::pg_catalog.bool", "E'a\\\\b'",
          "b'101'", "a + b * c", "x::pg_catalog.varchar(10)", "x::pg_catalog.interval(3)",
          "current_timestamp(3)", "x IN (1, 2)",
          "CASE WHEN a THEN 1 END", "\"F\"(1)", "x::public.\"Mood\"", "a OPERATOR(pg_catalog.+) b",
          "- a", "x::pg_catalog.bpchar", "x::text[3]", "extract(year FROM now())", "t.*",
          "(a AND b)::int", "f(a AND b)", "(a + 1) IS NULL", "(a IS NULL) = b", "a IS TRUE"}) {
      CHECK_FALSE(checked_expr(expr).has_value());
    }
  }

  TEST_CASE("the fast printer covers key and check constraints, exactly as libpg_query") {
    for (const char* definition :
         {"PRIMARY KEY (id)", "PRIMARY KEY (a, \"select\")", "UNIQUE (a, b)", "CHECK (price >= 0)",
          "CHECK (f(a))", "CHECK (a > 0) NO INHERIT", "FOREIGN KEY (a) REFERENCES s.t (b)",
          "FOREIGN KEY (a, \"B\") REFERENCES s.t (b, c) ON UPDATE SET NULL ON DELETE CASCADE",
          "FOREIGN KEY (a) REFERENCES t MATCH FULL ON DELETE RESTRICT",
          "FOREIGN KEY (a) REFERENCES t (b) ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED",
          "CHECK (a IS NOT NULL)", "CHECK (a > 0 AND b > 0)", "CHECK (a >= 0 AND (b IS NULL OR b > a))",
          "UNIQUE (a) DEFERRABLE"}) {
      CHECK(checked_constraint(definition).has_value());
    }
    CHECK(*checked_constraint("FOREIGN KEY (a) REFERENCES s.t (b) ON DELETE CASCADE") ==
          "FOREIGN KEY (a) REFERENCES s.t (b) ON DELETE CASCADE");
    for (const char* definition :
         {"CONSTRAINT c PRIMARY KEY (a)", "PRIMARY KEY (a) INCLUDE (b)",
          "UNIQUE (a) WITH (fillfactor = 80)", "CHECK (a IN (1, 2))",
          "FOREIGN KEY (a) REFERENCES t ON DELETE SET NULL (a)", "EXCLUDE USING gist (a WITH &&)",
          "PRIMARY KEY (a) USING INDEX TABLESPACE ts"}) {
      CHECK_FALSE(checked_constraint(definition).has_value());
    }
  }
}
