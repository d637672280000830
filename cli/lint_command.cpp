// `pgmorph lint [options] FILE...`: static checks of hand-written migrations (lint/lint.hpp).
// Exit 0 when no error-severity finding remains, 1 otherwise (also for syntax errors, unknown
// rule ids and unreadable files). docs/lint.md documents the options and formats.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "introspect/ddl_writer.hpp"
#include "introspect/pg_source.hpp"
#include "lint/config.hpp"
#include "cli/config.hpp"
#include "lint/lint.hpp"
#include "lint/report.hpp"
#include "parser/parse.hpp"

namespace pgmorph::cli {

namespace {

constexpr std::string_view k_usage =
    "usage: pgmorph lint [--format text|json|sarif|github|junit] [--setup FILE] [--db URL] [--pg-version V]\n"
    "                    [--assume-in-transaction] [--enable RULE]... [--disable RULE]... [--all-rules]\n"
    "                    [--naming-pattern REGEX] [--config FILE] FILE... (- reads stdin)\n"
    "       pgmorph lint --list-rules   (the rule catalogue as JSON)\n";

std::optional<lint::LintInput> read_input(const std::string& path, schema::Diagnostics& diagnostics) {
  if (path == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    auto text = parser::text_from_bytes(content.str(), "<stdin>", diagnostics);
    if (!text) return std::nullopt;
    return lint::LintInput{"<stdin>", *text};
  }
  auto text = parser::read_sql_file(path, diagnostics);
  if (!text) return std::nullopt;
  return lint::LintInput{path, *text};
}

bool select_rules(const std::vector<std::string>& ids, std::set<std::string>& into, std::string& error) {
  for (const auto& id : ids) {
    const lint::RuleInfo* rule = lint::find_rule(id);
    if (rule == nullptr) {
      error = "unknown rule '" + id + "'";
      return false;
    }
    into.insert(std::string(rule->slug));
  }
  return true;
}

}  // namespace

int run_lint(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args,
                               {{"--format", "--setup", "--db", "--pg-version", "--naming-pattern", "--config"},
                                {"--assume-in-transaction", "--all-rules", "--list-rules"},
                                {"--enable", "--disable"}},
                               error);
  lint::LintSettings settings;
  schema::Diagnostics config_errors;
  // Settings from pgmorph.toml first (--config FILE, else the nearest one upward from the
  // working directory), then the command line on top.
  if (options) {
    const auto config = load_config(options->get("--config"), config_errors);
    if (config && !config->path.empty())
      lint::apply_config(config->text, config->path, settings, config_errors, config_sections());
  }
  if (options && config_errors.empty()) {
    settings.all_rules = options->has("--all-rules");
    settings.assume_in_transaction = settings.assume_in_transaction || options->has("--assume-in-transaction");
    if (auto pattern = options->get("--naming-pattern")) settings.naming_pattern = *pattern;
    if (auto version = options->get("--pg-version")) {
      auto parsed = lint::parse_pg_version(*version);
      if (!parsed) error = "--pg-version wants a version such as 16 or 14.2, not '" + *version + "'";
      else settings.pg_version = *parsed;
    }
    if (error.empty()) select_rules(options->all("--enable"), settings.enabled, error);
    if (error.empty()) select_rules(options->all("--disable"), settings.disabled, error);
  }
  if (options && options->has("--list-rules")) {
    fmt::print("{}", lint::render_catalog_json());
    return k_exit_ok;
  }
  const std::string format = options ? options->get("--format").value_or("text") : "text";
  if (error.empty() && format != "text" && format != "json" && format != "sarif" && format != "github" &&
      format != "junit")
    error = "--format must be text, json, sarif, github or junit";
  if (error.empty() && options && options->positional.empty()) error = "no FILE given";
  if (!config_errors.empty()) {
    for (const auto& diagnostic : config_errors) fmt::print(stderr, "{}\n", schema::format_diagnostic(diagnostic));
    return k_exit_user_error;
  }
  if (!options || !error.empty()) {
    fmt::print(stderr, "pgmorph lint: error: {}\n{}", error, k_usage);
    return k_exit_user_error;
  }
  schema::Diagnostics read_errors;
  std::vector<lint::LintInput> files;
  for (const auto& path : options->positional)
    if (auto input = read_input(path, read_errors)) files.push_back(std::move(*input));
  std::vector<lint::LintInput> setup;
  if (auto path = options->get("--setup"))
    if (auto input = read_input(*path, read_errors)) setup.push_back(std::move(*input));
  if (auto url = options->get("--db")) {
    // The live schema as the DDL pgmorph writes from the catalogs (the same text `diff`
    // parses), read like a setup file after any --setup.
    if (auto rows = introspect::fetch_catalog_rows(*url, read_errors))
      setup.push_back({"<database>", introspect::write_ddl(*rows, read_errors)});
  }
  lint::LintResult result = lint::lint(files, setup, settings);
  result.diagnostics.insert(result.diagnostics.begin(), read_errors.begin(), read_errors.end());
  if (format == "json") fmt::print("{}", lint::render_json(result));
  else if (format == "sarif") fmt::print("{}", lint::render_sarif(result));
  else if (format == "github") fmt::print("{}", lint::render_github(result));
  else if (format == "junit") fmt::print("{}", lint::render_junit(result, options->positional, "pgmorph lint"));
  else fmt::print("{}", lint::render_text(result));
  return lint::has_errors(result) ? k_exit_user_error : k_exit_ok;
}

}  // namespace pgmorph::cli
