#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("implicit constraint names follow PostgreSQL") {
    const auto catalog = parse_ok(
        "CREATE TABLE orders (id int PRIMARY KEY);\n"
        "CREATE TABLE t (id int, a int UNIQUE, b int, z int REFERENCES orders ON DELETE CASCADE,\n"
        "  c int CHECK (c > 0), UNIQUE (a, b), CHECK (a > b), CHECK (1 < 2),\n"
        "  EXCLUDE USING btree (b WITH =), PRIMARY KEY (id));\n"
        "CREATE INDEX ON t (a); CREATE UNIQUE INDEX ON t (a); CREATE INDEX ON t (lower(b::text), b);");
    const auto& t = table(catalog, "t");
    CHECK(constraint(t, "t_pkey").definition == "PRIMARY KEY (id)");
    CHECK(constraint(t, "t_a_key").definition == "UNIQUE (a)");
    CHECK(constraint(t, "t_a_b_key").columns == std::vector<std::string>{"a", "b"});
    CHECK(constraint(t, "t_c_check").kind == schema::ConstraintKind::check);
    CHECK(constraint(t, "t_check").definition == "CHECK (a > b)");
    CHECK(constraint(t, "t_check1").definition == "CHECK (1 < 2)");
    CHECK(constraint(t, "t_b_excl").kind == schema::ConstraintKind::exclude);
    const auto& fk = constraint(t, "t_z_fkey");
    CHECK(fk.definition == "FOREIGN KEY (z) REFERENCES public.orders (id) ON DELETE CASCADE");
    CHECK(fk.referenced_table == schema::QualifiedName{"public", "orders"});
    CHECK(fk.columns == std::vector<std::string>{"z"});
    CHECK(column(t, "id").not_null);  // PRIMARY KEY implies NOT NULL
    // Plain indexes take `idx` even when unique, and avoid names already taken.
    CHECK(catalog.indexes.count({"public", "t_a_idx"}) == 1);
    CHECK(catalog.indexes.count({"public", "t_a_idx1"}) == 1);
    const auto& expr_index = catalog.indexes.at({"public", "t_lower_b_idx"});
    CHECK(expr_index.definition == "public.t USING btree (lower(b::text), b)");
    CHECK(expr_index.key_names == std::vector<std::string>{"lower", "b"});
  }

  TEST_CASE("column and table constraint spellings compare equal") {
    const auto a = parse_ok(
        "CREATE TABLE o (id int PRIMARY KEY); CREATE TABLE t (z int REFERENCES o(id), u int UNIQUE)");
    const auto b = parse_ok(
        "CREATE TABLE o (id int, PRIMARY KEY (id));\n"
        "CREATE TABLE t (z int, u int, FOREIGN KEY (z) REFERENCES public.o (id), UNIQUE (u))");
    CHECK(a == b);
  }

  TEST_CASE("serial expands to the pg_dump spelling") {
    const auto serial = parse_ok("CREATE TABLE t (id serial PRIMARY KEY, n text)");
    const auto dumped = parse_ok(R"(
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.t (
    id integer NOT NULL,
    n text
);
CREATE SEQUENCE public.t_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
)");
    CHECK(serial == dumped);
    const auto& sequence = serial.sequences.at({"public", "t_id_seq"});
    CHECK(sequence.type == "integer");
    CHECK(sequence.max_value == 2147483647);
    CHECK(sequence.owned_by_column == "id");
  }

  TEST_CASE("identity columns match pg_dump's ALTER TABLE form") {
    const auto inline_form = parse_ok("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)");
    const auto dumped = parse_ok(
        "CREATE TABLE t (id bigint NOT NULL);\n"
        "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n"
        "  SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);");
    CHECK(inline_form == dumped);
    CHECK(column(table(dumped, "t"), "id").identity == schema::Identity::always);
  }

  TEST_CASE("foreign keys without columns resolve to the primary key, even declared later") {
    const auto catalog = parse_ok(
        "CREATE TABLE child (p int REFERENCES parent);\n"
        "CREATE TABLE parent (a int, b int, PRIMARY KEY (a));");
    CHECK(constraint(table(catalog, "child"), "child_p_fkey").definition ==
          "FOREIGN KEY (p) REFERENCES public.parent (a)");
  }

  TEST_CASE("ALTER TABLE ADD CONSTRAINT merges and keeps NOT VALID apart") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int, b int);\n"
        "ALTER TABLE ONLY t ADD CONSTRAINT pos CHECK (a > 0) NOT VALID;\n"
        "ALTER TABLE t ADD COLUMN c text NOT NULL DEFAULT 'x', ALTER COLUMN b SET NOT NULL;\n"
        "COMMENT ON CONSTRAINT pos ON t IS 'positive';\n"
        "COMMENT ON COLUMN t.a IS 'the a';");
    const auto& t = table(catalog, "t");
    const auto& pos = constraint(t, "pos");
    CHECK(pos.definition == "CHECK (a > 0)");
    CHECK(pos.not_valid);
    CHECK(pos.comment == "positive");
    CHECK(column(t, "b").not_null);
    CHECK(column(t, "c").default_expr == "'x'::text");
    CHECK(column(t, "a").comment == "the a");
  }

  TEST_CASE("unlogged tables, generated columns and collations") {
    const auto catalog = parse_ok(
        "CREATE UNLOGGED TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text COLLATE \"C\")");
    const auto& t = table(catalog, "t");
    CHECK(t.unlogged);
    CHECK(column(t, "b").generated_expr == "a * 2");
    CHECK(column(t, "c").collation == "\"C\"");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("redundant UNIQUE next to PRIMARY KEY is dropped like PostgreSQL does") {
    const auto catalog = parse_ok("CREATE TABLE t (id int PRIMARY KEY UNIQUE, a int UNIQUE, UNIQUE (a))");
    const auto& t = table(catalog, "t");
    CHECK(t.constraints.size() == 2);
    CHECK(constraint(t, "t_pkey").kind == schema::ConstraintKind::primary_key);
    CHECK(constraint(t, "t_a_key").columns == std::vector<std::string>{"a"});
  }

  TEST_CASE("ADD CONSTRAINT ... USING INDEX turns the index into the constraint") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (id int NOT NULL);\n"
        "CREATE UNIQUE INDEX t_pkey ON t (id);\n"
        "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;");
    CHECK(catalog.indexes.empty());
    CHECK(catalog == parse_ok("CREATE TABLE t (id int PRIMARY KEY)"));
  }
}

TEST_SUITE("parser") {
  TEST_CASE("DEFAULT NULL is no default, as in PostgreSQL") {
    CHECK(parse_ok("CREATE TABLE t (a text DEFAULT NULL, b int DEFAULT NULL::integer)") ==
          parse_ok("CREATE TABLE t (a text, b int)"));
  }
}

TEST_SUITE("parser") {
  TEST_CASE("index definitions print like pg_get_indexdef") {
    const auto written = parse_ok(
        "CREATE TABLE t (a int, b int);\n"
        "CREATE INDEX i ON t (a ASC NULLS LAST, b DESC NULLS FIRST) WITH (fillfactor = 80);");
    const auto dumped = parse_ok(
        "CREATE TABLE public.t (a integer, b integer);\n"
        "CREATE INDEX i ON public.t USING btree (a, b DESC) WITH (fillfactor='80');");
    CHECK(written == dumped);
    CHECK(dumped.indexes.at({"public", "i"}).definition ==
          "public.t USING btree (a, b DESC) WITH (fillfactor='80')");
  }
}
