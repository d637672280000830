#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/config.hpp"
#include "cli/hazard_policy.hpp"

using namespace pgmorph;

namespace {

struct Loaded {
  std::optional<cli::ProjectConfig> config;
  schema::Diagnostics diagnostics;
};

Loaded load(const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / "pgmorph_test_config.toml";
  std::ofstream(path, std::ios::binary) << text;
  Loaded loaded;
  loaded.config = cli::load_config(path.string(), loaded.diagnostics);
  return loaded;
}

/// The only diagnostic's `line:col: message`.
std::string only_error(const Loaded& loaded) {
  REQUIRE(loaded.diagnostics.size() == 1);
  const auto& d = loaded.diagnostics[0];
  REQUIRE(d.location);
  return std::to_string(d.location->line) + ":" + std::to_string(d.location->column) + ": " + d.message;
}

}  // namespace

TEST_SUITE("pgmorph.toml") {
  TEST_CASE("every section read") {
    const auto loaded = load(
        "[safety]\nallow = [\"drop-column\", \"D101\"]\nfail_on = [\"error\"]\nlock_timeout = \"5s\"\n"
        "statement_timeout = \"30min\"\n"
        "[diff]\nonline = false\nallow_drop_recreate = true\n"
        "[plan]\ndir = \"migrations\"\nformat = \"knex\"\nversion_style = \"sequence\"\n"
        "[renames]\n\"public.issues\" = \"tickets\"\n\"app.users.email_address\" = \"email\"\nlegacy = \"old_legacy\"\n"
        "[lint]\npg_version = 15\n");
    REQUIRE(loaded.config);
    const auto& c = *loaded.config;
    CHECK(c.safety.allow == std::set<std::string>{"D101", "D102"});
    CHECK(c.safety.fail_on == std::set<std::string>{"error"});
    CHECK(c.safety.lock_timeout == "5s");
    CHECK(c.safety.statement_timeout == "30min");
    CHECK(c.diff.online == false);
    CHECK(c.diff.allow_drop_recreate == true);
    CHECK(c.plan.dir == "migrations");
    CHECK(c.plan.format == "knex");
    CHECK(c.plan.version_style == "sequence");
    REQUIRE(c.renames.size() == 3);
    // toml++ hands keys over sorted.
    CHECK(c.renames[0].table == schema::QualifiedName{"app", "users"});
    CHECK(c.renames[0].column == "email_address");
    CHECK(c.renames[0].old_name == "email");
    CHECK(c.renames[1].table == schema::QualifiedName{"public", "legacy"});
    CHECK_FALSE(c.renames[1].column);
    CHECK(c.renames[2].table == schema::QualifiedName{"public", "issues"});
    CHECK(c.renames[2].old_name == "tickets");
    CHECK(c.renames[2].where->line == 14);
  }

  TEST_CASE("unquoted dotted keys name the same objects") {
    const auto loaded = load("[renames]\npublic.users.email_address = \"email\"\n");
    REQUIRE(loaded.config);
    REQUIRE(loaded.config->renames.size() == 1);
    CHECK(loaded.config->renames[0].column == "email_address");
  }

  TEST_CASE("error messages, each at its position") {
    CHECK(only_error(load("[saftey]\nallow = []\n")) ==
          "1:2: unknown key 'saftey' in pgmorph.toml (top-level tables); did you mean 'safety'?");
    CHECK(only_error(load("[colors]\n")) ==
          "1:2: unknown key 'colors' in pgmorph.toml (top-level tables) (expected one of: diff, lint, plan, "
          "renames, safety)");
    CHECK(only_error(load("safety = 3\n")) == "1:10: 'safety' must be a table: write [safety]");
    CHECK(only_error(load("[safety]\nalow = []\n")) == "2:1: unknown key 'alow' in [safety]; did you mean 'allow'?");
    CHECK(only_error(load("[safety]\nallow = \"D101\"\n")) == "2:9: [safety] allow must be an array of strings");
    CHECK(only_error(load("[safety]\nallow = [\"D999\"]\n")) ==
          "2:10: [safety] allow: unknown hazard 'D999' (docs/hazards.md lists the codes and slugs)");
    CHECK(only_error(load("[safety]\nfail_on = [\"warnings\"]\n")) ==
          "2:12: [safety] fail_on must be one of error, warning, not 'warnings'; did you mean 'warning'?");
    CHECK(only_error(load("[safety]\nlock_timeout = \"soon\"\n")) ==
          "2:16: [safety] lock_timeout must be a PostgreSQL duration such as \"10s\" or \"5min\"");
    CHECK(only_error(load("[safety]\nstatement_timeout = 10\n")) == "2:21: [safety] statement_timeout must be a string");
    CHECK(only_error(load("[diff]\nonline = \"yes\"\n")) == "2:10: [diff] online must be true or false");
    CHECK(only_error(load("[diff]\nonlin = true\n")) == "2:1: unknown key 'onlin' in [diff]; did you mean 'online'?");
    CHECK(only_error(load("[plan]\nformat = \"flyaway\"\n")) ==
          "2:10: [plan] format must be one of pgmorph, knex, alembic, flyway, golang-migrate, dbmate, not "
          "'flyaway'; did you mean 'flyway'?");
    CHECK(only_error(load("[plan]\nversion_style = \"date\"\n")) ==
          "2:17: [plan] version_style must be one of timestamp, sequence, not 'date'");
    CHECK(only_error(load("[renames]\n\"a.b.c.d\" = \"x\"\n")) ==
          "2:1: [renames] keys are table, schema.table or schema.table.column");
    CHECK(only_error(load("[renames]\nusers = 1\n")) == "2:9: [renames] value must be a string");
    // A TOML syntax error is reported where toml++ found it.
    const auto broken = load("[safety\n");
    CHECK_FALSE(broken.config);
    REQUIRE(broken.diagnostics.size() == 1);
    CHECK(broken.diagnostics[0].location->line == 1);
  }

  TEST_CASE("all errors at once, in file order") {
    const auto loaded = load("[plan]\nformat = \"x\"\n[diff]\nonline = 1\n");
    CHECK_FALSE(loaded.config);
    REQUIRE(loaded.diagnostics.size() == 2);
    CHECK(loaded.diagnostics[0].location->line == 2);
    CHECK(loaded.diagnostics[1].location->line == 4);
  }

  TEST_CASE("did you mean") {
    CHECK(cli::did_you_mean("onlien", {"online", "allow_drop_recreate"}) == "online");
    CHECK(cli::did_you_mean("zzz", {"online"}).empty());
  }

  TEST_CASE("fail_on = [\"error\"] lets warnings through") {
    codegen::Plan plan;
    codegen::Statement statement;
    statement.summary = "drop index";
    statement.hazards.push_back({codegen::HazardCode::drop_index, "public.i"});  // D114, a warning
    plan.statements.push_back(statement);
    cli::HazardPolicy policy;
    policy.fail_on_hazards = true;
    CHECK_FALSE(cli::disallowed_hazards(plan, policy).empty());
    policy.fail_on = {"error"};
    CHECK(cli::disallowed_hazards(plan, policy).empty());
  }
}

#include "cli/compare.hpp"

TEST_SUITE("pgmorph.toml") {
  TEST_CASE("[renames] turns drop + create into renames, and names what the target lacks") {
    const auto dir = std::filesystem::temp_directory_path();
    std::ofstream(dir / "pgmorph_ren_from.sql") << "CREATE TABLE tickets (id int PRIMARY KEY, body text);\n";
    std::ofstream(dir / "pgmorph_ren_to.sql") << "CREATE TABLE issues (id int PRIMARY KEY, description text);\n";
    const auto loaded = load("[renames]\n\"public.issues\" = \"tickets\"\n\"public.issues.description\" = \"body\"\n");
    REQUIRE(loaded.config);
    diff::DiffOptions options;
    options.renames = loaded.config->renames;
    schema::Diagnostics diagnostics;
    const auto plan = cli::plan_between((dir / "pgmorph_ren_from.sql").string(), (dir / "pgmorph_ren_to.sql").string(),
                                        diagnostics, options);
    REQUIRE(plan);
    std::vector<std::string> summaries;
    for (const auto& statement : plan->statements) summaries.push_back(statement.summary);
    CHECK(summaries == std::vector<std::string>{"rename table public.tickets to issues",
                                                "rename column public.issues.body to description",
                                                "rename constraint tickets_pkey on public.issues to issues_pkey"});

    const auto wrong = load("[renames]\n\"public.issue\" = \"tickets\"\n");
    REQUIRE(wrong.config);
    options.renames = wrong.config->renames;
    schema::Diagnostics errors;
    CHECK_FALSE(cli::plan_between((dir / "pgmorph_ren_from.sql").string(), (dir / "pgmorph_ren_to.sql").string(),
                                  errors, options));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "rename-config");
    CHECK(errors[0].message == "[renames] names table public.issue, which the target schema does not declare");
    CHECK(errors[0].location->line == 2);
  }
}
