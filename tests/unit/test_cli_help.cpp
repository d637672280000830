#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli/commands.hpp"
#include "cli/help_text.hpp"

using namespace pgmorph;

TEST_SUITE("help") {
  TEST_CASE("every command has its help, and every help a command") {
    std::set<std::string_view> commands, helps;
    for (auto name : cli::command_names()) commands.insert(name);
    for (const auto& help : cli::command_helps()) helps.insert(help.name);
    CHECK(commands == helps);
  }

  TEST_CASE("a command's help lists its synopsis, options and examples") {
    const auto* diff = cli::find_command_help("diff");
    REQUIRE(diff != nullptr);
    const std::string text = cli::render_command_help(*diff);
    CHECK(text.starts_with("usage: pgmorph diff --from SRC --to SRC [options]\n"));
    CHECK(text.find("  --format F ") != std::string::npos);
    CHECK(text.find("\nexamples:\n") != std::string::npos);
    CHECK(text.find("SRC is a postgres:// ") != std::string::npos);
    CHECK(cli::find_command_help("nope") == nullptr);
  }

  TEST_CASE("--help and -h print help and exit 0, whatever else is on the line") {
    CHECK(cli::run({"diff", "--from", "x", "--help"}) == cli::k_exit_ok);
    CHECK(cli::run({"lint", "-h"}) == cli::k_exit_ok);
    CHECK(cli::run({"help", "apply"}) == cli::k_exit_ok);
    CHECK(cli::run({"help", "nope"}) == cli::k_exit_user_error);
    CHECK(cli::run({"-V"}) == cli::k_exit_ok);
    CHECK(cli::run({"completions", "fish"}) == cli::k_exit_user_error);
  }

  TEST_CASE("man page and completions come from the same table") {
    const std::string man = cli::render_man_page();
    CHECK(man.starts_with(".TH PGMORPH 1 "));
    CHECK(man.find(".SS plan\n") != std::string::npos);
    CHECK(man.find(".B \\-\\-dir\\-format F\n") != std::string::npos);
    const std::string bash = cli::render_completions("bash");
    CHECK(bash.find("complete -F _pgmorph pgmorph") != std::string::npos);
    CHECK(bash.find("    plan) opts=\"--to --dir --name --from --dir-format") != std::string::npos);
    const std::string zsh = cli::render_completions("zsh");
    CHECK(zsh.starts_with("#compdef pgmorph\n"));
    CHECK(zsh.find("'rollback:run the down files of the last applied migrations'") != std::string::npos);
    CHECK(cli::render_completions("fish").empty());
  }

  TEST_CASE("--up and --down naming one file are refused before anything is written") {
    const auto dir = std::filesystem::temp_directory_path();
    std::ofstream(dir / "pgmorph_same_from.sql") << "CREATE TABLE t (a int);\n";
    std::ofstream(dir / "pgmorph_same_to.sql") << "CREATE TABLE t (a int, b int);\n";
    const auto out = dir / "pgmorph_same_out.sql";
    std::filesystem::remove(out);
    CHECK(cli::run({"diff", "--from", (dir / "pgmorph_same_from.sql").string(), "--to",
                    (dir / "pgmorph_same_to.sql").string(), "--up", out.string(), "--down", out.string()}) ==
          cli::k_exit_user_error);
    CHECK_FALSE(std::filesystem::exists(out));
  }
}
