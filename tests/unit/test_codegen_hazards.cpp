#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "cli/hazard_policy.hpp"
#include "codegen/plan.hpp"
#include "schema/change_costs.hpp"

using namespace pgmorph;

namespace {

std::vector<std::string> ids(const std::vector<codegen::Hazard>& hazards) {
  std::vector<std::string> out;
  for (const auto& hazard : hazards) out.emplace_back(codegen::hazard_info(hazard.code).id);
  return out;
}

codegen::Statement only(const diff::Change& change) {
  const auto plan = codegen::build_plan({change});
  REQUIRE(plan.statements.size() == 1);
  return plan.statements[0];
}

schema::Column column(std::string name, std::string type) {
  schema::Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  return c;
}

const schema::QualifiedName k_table{"public", "t"};

}  // namespace

TEST_SUITE("hazards") {
  TEST_CASE("type changes that keep the stored bytes are not rewrites (safety.md L113, measured on PG 15)") {
    using schema::type_change_rewrites;
    CHECK_FALSE(type_change_rewrites("character varying(20)", "character varying(50)"));
    CHECK_FALSE(type_change_rewrites("character varying(20)", "character varying"));
    CHECK_FALSE(type_change_rewrites("character varying(20)", "text"));
    CHECK_FALSE(type_change_rewrites("text", "character varying"));
    CHECK_FALSE(type_change_rewrites("numeric(10,2)", "numeric(12,2)"));
    CHECK_FALSE(type_change_rewrites("numeric(10,2)", "numeric"));
    CHECK_FALSE(type_change_rewrites("timestamp(3) without time zone", "timestamp without time zone"));
    CHECK_FALSE(type_change_rewrites("cidr", "inet"));
    // Narrowing, a scale change, another family, a time zone added: the table is rewritten.
    CHECK(type_change_rewrites("character varying(50)", "character varying(20)"));
    CHECK(type_change_rewrites("text", "character varying(20)"));
    CHECK(type_change_rewrites("numeric(10,2)", "numeric(12,3)"));
    CHECK(type_change_rewrites("numeric", "numeric(12,2)"));
    CHECK(type_change_rewrites("integer", "bigint"));
    CHECK(type_change_rewrites("timestamp without time zone", "timestamp with time zone"));
    CHECK(type_change_rewrites("inet", "cidr"));
  }

  TEST_CASE("defaults are classified by the functions they call (safety.md L114, L116)") {
    using schema::classify_default;
    using schema::DefaultFill;
    CHECK(classify_default("0") == DefaultFill::stored_once);
    CHECK(classify_default("'new'::character varying(10)") == DefaultFill::stored_once);
    CHECK(classify_default("now()") == DefaultFill::stored_once);
    CHECK(classify_default("CURRENT_TIMESTAMP") == DefaultFill::stored_once);
    CHECK(classify_default("timezone('utc'::text, now())") == DefaultFill::stored_once);
    CHECK(classify_default("'2020-01-01 00:00:00'::timestamp(3) without time zone") == DefaultFill::stored_once);
    CHECK(classify_default("nextval('t_id_seq'::regclass)") == DefaultFill::sequence);
    CHECK(classify_default("gen_random_uuid()") == DefaultFill::per_row);
    CHECK(classify_default("clock_timestamp()") == DefaultFill::per_row);
    CHECK(classify_default("public.my_func()") == DefaultFill::per_row);  // unknown volatility
    CHECK(classify_default("'random()'::text") == DefaultFill::stored_once);  // inside a literal
  }

  TEST_CASE("adding a column carries the hazard of how its rows get a value") {
    auto required = column("a", "integer");
    required.not_null = true;
    CHECK(ids(only(diff::AddColumn{k_table, required}).hazards) == std::vector<std::string>{"C105"});
    auto with_default = required;
    with_default.default_expr = "0";
    CHECK(only(diff::AddColumn{k_table, with_default}).hazards.empty());
    auto volatile_default = column("u", "uuid");
    volatile_default.default_expr = "gen_random_uuid()";
    CHECK(ids(only(diff::AddColumn{k_table, volatile_default}).hazards) == std::vector<std::string>{"L114"});
    auto identity = column("id", "bigint");
    identity.not_null = true;
    identity.identity = schema::Identity::always;
    CHECK(ids(only(diff::AddColumn{k_table, identity}).hazards) == std::vector<std::string>{"L116"});
    // Its reverse drops the column and its data.
    CHECK(ids(only(diff::AddColumn{k_table, with_default}).reverse_hazards) == std::vector<std::string>{"D102"});
  }

  TEST_CASE("a widened varchar is metadata only; its reverse narrows and is a rewrite") {
    const auto plan = codegen::build_plan(
        {diff::AlterColumn{k_table, column("a", "character varying(20)"), column("a", "character varying(50)"), false}});
    REQUIRE(plan.statements.size() == 1);
    CHECK(plan.statements[0].hazards.empty());
    CHECK(ids(plan.statements[0].reverse_hazards) == std::vector<std::string>{"L113"});
  }

  TEST_CASE("SET NOT NULL and DROP NOT NULL warn both ways") {
    auto nullable = column("a", "integer");
    auto required = nullable;
    required.not_null = true;
    const auto set = only(diff::AlterColumn{k_table, nullable, required, false});
    CHECK(ids(set.hazards) == std::vector<std::string>{"L108"});
    CHECK(ids(set.reverse_hazards) == std::vector<std::string>{"C106"});
  }

  TEST_CASE("online SET NOT NULL goes through a validated CHECK in its own transaction") {
    auto nullable = column("a", "integer");
    auto required = nullable;
    required.not_null = true;
    const auto set = only(diff::AlterColumn{k_table, nullable, required, false, false, true});
    REQUIRE(set.up.size() == 4);
    CHECK(set.up[0].sql == "ALTER TABLE public.t ADD CONSTRAINT t_a_not_null CHECK (a IS NOT NULL) NOT VALID");
    CHECK(set.up[1].sql == "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_not_null");
    CHECK(set.up[1].mode == codegen::TxMode::own_transaction);
    CHECK(set.up[2].sql == "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL");
    CHECK(set.up[3].sql == "ALTER TABLE public.t DROP CONSTRAINT t_a_not_null");
    CHECK(ids(set.hazards) == std::vector<std::string>{"C116"});
  }

  TEST_CASE("online PRIMARY KEY / UNIQUE adopt a concurrently built index; other shapes keep the plain path") {
    schema::Constraint key;
    key.name = "t_u";
    key.kind = schema::ConstraintKind::unique;
    key.definition = "UNIQUE NULLS NOT DISTINCT (a, \"b)\") INCLUDE (c) WITH (fillfactor='70') DEFERRABLE";
    const auto online = only(diff::AddConstraint{k_table, key, false, true});
    REQUIRE(online.up.size() == 2);
    CHECK(online.up[0].sql ==
          "CREATE UNIQUE INDEX CONCURRENTLY t_u ON public.t (a, \"b)\") INCLUDE (c) NULLS NOT DISTINCT WITH (fillfactor='70')");
    CHECK(online.up[0].mode == codegen::TxMode::none);
    CHECK(online.up[1].sql == "ALTER TABLE public.t ADD CONSTRAINT t_u UNIQUE USING INDEX t_u DEFERRABLE");
    CHECK(ids(online.hazards) == std::vector<std::string>{"C110"});
    const auto plain = only(diff::AddConstraint{k_table, key, false, false});
    CHECK(plain.up.size() == 1);
    CHECK(ids(plain.hazards) == std::vector<std::string>{"L109"});
    key.definition = "UNIQUE (a) USING INDEX TABLESPACE fast";
    CHECK(only(diff::AddConstraint{k_table, key, false, true}).up.size() == 1);
  }

  TEST_CASE("--allow-hazards takes ids and slugs and rejects unknown names") {
    std::string error;
    const auto allowed = cli::parse_allowed_hazards("D101, drop-column", error);
    REQUIRE(allowed);
    CHECK(*allowed == std::set<std::string>{"D101", "D102"});
    CHECK_FALSE(cli::parse_allowed_hazards("D101,nope", error));
    CHECK(error.find("'nope'") != std::string::npos);
  }

  TEST_CASE("--fail-on-hazards reports what is not allowed and ignores info-level hazards") {
    auto required = column("a", "integer");
    required.not_null = true;
    schema::Trigger trigger;
    trigger.name = "tr";
    trigger.table = k_table;
    trigger.definition = "CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()";
    const auto plan = codegen::build_plan({diff::AddColumn{k_table, required}, diff::CreateTrigger{trigger, false}});
    cli::HazardPolicy policy;
    CHECK(cli::disallowed_hazards(plan, policy).empty());  // not asked to fail
    policy.fail_on_hazards = true;
    const auto refused = cli::disallowed_hazards(plan, policy);
    CHECK(refused.find("C105") != std::string::npos);
    CHECK(refused.find("L121") == std::string::npos);
    policy.allowed = {"C105"};
    CHECK(cli::disallowed_hazards(plan, policy).empty());
    CHECK(cli::hazard_summary(plan).find("L121") != std::string::npos);
  }
}

#include "cli/hazard_grading.hpp"

TEST_SUITE("hazard grading") {
  TEST_CASE("an empty table turns size-bound hazards into info, never data loss") {
    codegen::Hazard rewrite{codegen::HazardCode::column_type_change, "public.t.id: integer -> bigint"};
    codegen::Hazard drop{codegen::HazardCode::drop_column, "public.t.c"};
    cli::grade_hazard(rewrite, {0, 8192, -1});
    cli::grade_hazard(drop, {0, 8192, -1});
    CHECK(codegen::effective_severity(rewrite) == codegen::HazardSeverity::info);
    CHECK(rewrite.size_note == "empty table");
    CHECK(codegen::effective_severity(drop) == codegen::HazardSeverity::error);
    CHECK(codegen::describe(rewrite).starts_with("L113 column-type-change-rewrite [info; ACCESS EXCLUSIVE; rewrite; "
                                                 "empty table]: "));
  }

  TEST_CASE("a filled table keeps the severity and says how big it is") {
    codegen::Hazard small{codegen::HazardCode::set_not_null, "public.t.v"};
    cli::grade_hazard(small, {40960, 73728, 5000});
    CHECK(codegen::effective_severity(small) == codegen::HazardSeverity::error);
    CHECK(small.size_note == "~5000 rows, 72 kB");
    codegen::Hazard big{codegen::HazardCode::set_not_null, "public.t.v"};
    cli::grade_hazard(big, {std::int64_t{3} << 30, std::int64_t{5} << 30, 42'000'000});
    CHECK(big.size_note == "large: ~42.0M rows, 5.0 GB");
    codegen::Hazard unanalyzed{codegen::HazardCode::set_not_null, "public.t.v"};
    cli::grade_hazard(unanalyzed, {8192, 16384, -1});
    CHECK(unanalyzed.size_note == "16 kB (rows not yet analyzed)");
  }
}
