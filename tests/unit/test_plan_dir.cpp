// pgmorph plan's pure parts: step grouping, version numbering, Alembic's head, bookkeeping.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cli/plan_dir.hpp"
#include "codegen/script_groups.hpp"
#include "schema/bookkeeping.hpp"

using namespace pgmorph;

namespace {

codegen::Statement statement(std::string summary, std::vector<codegen::Step> up, std::vector<codegen::Step> reverse) {
  codegen::Statement s;
  s.summary = std::move(summary);
  s.up = std::move(up);
  s.reverse = std::move(reverse);
  return s;
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() / ("pgmorph_plan_dir_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

}  // namespace

TEST_CASE("group_steps: transaction runs share a group, own_transaction and none stand alone") {
  using codegen::TxMode;
  codegen::Plan plan;
  plan.statements = {
      statement("a", {{"A1", TxMode::transaction}, {"A2", TxMode::transaction}}, {{"undo A", TxMode::transaction}}),
      statement("b", {{"B", TxMode::none}}, {{"undo B", TxMode::none}}),
      statement("c", {{"C1", TxMode::transaction}, {"C2", TxMode::own_transaction}}, {{"undo C", TxMode::transaction}}),
  };
  const auto up = codegen::group_steps(plan, codegen::Direction::up);
  REQUIRE(up.groups.size() == 4);
  CHECK(up.groups[0].transactional);
  CHECK(up.groups[0].steps.size() == 2);
  CHECK_FALSE(up.groups[1].transactional);
  CHECK(up.groups[1].steps[0].sql == "B");
  CHECK(up.groups[2].steps[0].sql == "C1");
  CHECK(up.groups[3].steps[0].sql == "C2");
  CHECK(up.needs_no_transaction);
  CHECK(up.summaries[1] == "  2. b");

  const auto down = codegen::group_steps(plan, codegen::Direction::down);
  REQUIRE(down.groups.size() == 3);
  CHECK(down.groups[0].steps[0].sql == "undo C");
  CHECK(down.groups[1].steps[0].sql == "undo B");
  CHECK(down.groups[2].steps[0].sql == "undo A");
  CHECK(down.summaries[0] == "  1. undo: c");
}

TEST_CASE("next_version: timestamps and sequences stay above what the directory holds") {
  cli::PlanDirOptions options;
  CHECK(cli::next_version(options, "20261205051500", {}) == "20261205051500");
  CHECK(cli::next_version(options, "20261205051500", {"20261205051500"}) == "20261205051501");
  CHECK(cli::next_version(options, "20261205051500", {"20250101000000"}) == "20261205051500");
  options.version_style = cli::VersionStyle::sequence;
  CHECK(cli::next_version(options, "20261205051500", {}) == "0001");
  CHECK(cli::next_version(options, "20261205051500", {"0001", "0009"}) == "0010");
  CHECK(cli::next_version(options, "20261205051500", {"9", "10"}) == "0011");
  CHECK(cli::next_version(options, "20261205051500", {"00099"}) == "00100");
}

TEST_CASE("alembic_head: the revision nobody revises; two heads are an error") {
  TempDir dir;
  schema::Diagnostics diagnostics;
  CHECK(cli::alembic_head(dir.path, diagnostics) == std::string());
  dir.write("a.py", "revision = 'aaa'\ndown_revision = None\n");
  dir.write("b.py", "revision: str = \"bbb\"\ndown_revision: Union[str, None] = 'aaa'\n");
  CHECK(cli::alembic_head(dir.path, diagnostics) == std::string("bbb"));
  dir.write("c.py", "revision = 'ccc'\ndown_revision = 'aaa'\n");
  CHECK_FALSE(cli::alembic_head(dir.path, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "alembic-heads");
  dir.write("c.py", "revision = 'ccc'\ndown_revision = ('bbb', 'aaa')\n");
  diagnostics.clear();
  CHECK(cli::alembic_head(dir.path, diagnostics) == std::string("ccc"));
  dir.write("notes.py", "print('hello')\n");
  CHECK_FALSE(cli::alembic_head(dir.path, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "alembic-revision");
  CHECK(diagnostics[0].location->path.ends_with("notes.py"));
}

TEST_CASE("remove_bookkeeping: tool tables in any schema, their owned sequences, the pgmorph schema") {
  schema::Catalog catalog;
  for (const auto& name : {schema::QualifiedName{"public", "knex_migrations"}, schema::QualifiedName{"ops", "alembic_version"},
                           schema::QualifiedName{"pgmorph", "history"}, schema::QualifiedName{"public", "orders"}}) {
    schema::Table table;
    table.name = name;
    catalog.tables[name] = table;
  }
  schema::Sequence seq;
  seq.name = {"public", "knex_migrations_id_seq"};
  seq.owned_by_table = schema::QualifiedName{"public", "knex_migrations"};
  seq.owned_by_column = "id";
  catalog.sequences[seq.name] = seq;
  schema::SchemaObject own;
  own.name = "pgmorph";
  catalog.schemas["pgmorph"] = own;
  schema::remove_bookkeeping(catalog);
  REQUIRE(catalog.tables.size() == 1);
  CHECK(catalog.tables.begin()->first.name == "orders");
  CHECK(catalog.sequences.empty());
  CHECK(catalog.schemas.empty());
}
