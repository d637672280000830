// The driver: splits and parses every file (reporting every syntax error), reads the setup
// into the model, runs the rule families statement by statement, then applies severities,
// rule selection and `-- pgmorph:ignore` comments.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "lint/lint.hpp"
#include "lint/rules.hpp"
#include "parser/parse.hpp"
#include "parser/source_map.hpp"

namespace pgmorph::lint {

namespace {

constexpr std::string_view k_ignore_marker = "pgmorph:ignore";

struct ParsedFile {
  std::vector<Statement> statements;
  std::vector<schema::SourceLocation> locations;
  std::vector<std::string> texts;
  std::vector<std::size_t> offsets;
  bool ok = true;
};

ParsedFile parse_file(const LintInput& input, schema::Diagnostics& diagnostics) {
  ParsedFile file;
  const auto pieces = parser::split_script(input.text, input.path, diagnostics);
  if (!pieces) {
    file.ok = false;
    return file;
  }
  const parser::SourceMap source(input.path, input.text);
  std::size_t search_from = 0;
  for (const auto& piece : *pieces) {
    const std::size_t offset = input.text.find(piece.text, search_from);
    const std::size_t start = offset == std::string::npos ? search_from : offset;
    search_from = start + piece.text.size();
    auto parsed = parse_statement(piece.text);
    if (auto* error = std::get_if<ParseError>(&parsed)) {
      const std::size_t at = source.advance_chars(start, error->cursor > 0 ? static_cast<std::size_t>(error->cursor - 1) : 0);
      diagnostics.push_back({schema::Severity::error, "syntax-error", error->message, source.locate(at)});
      file.ok = false;
      continue;
    }
    auto& statement = std::get<Statement>(parsed);
    if (statement.kind.empty()) continue;
    file.statements.push_back(std::move(statement));
    file.locations.push_back(piece.location);
    file.texts.push_back(piece.text);
    file.offsets.push_back(start);
  }
  return file;
}

// `-- pgmorph:ignore a, L101` comments by line; unknown rule ids are errors at their column.
std::map<int, std::set<std::string>> ignore_comments(const LintInput& input, schema::Diagnostics& diagnostics) {
  std::map<int, std::set<std::string>> out;
  const parser::SourceMap source(input.path, input.text);
  std::size_t line_start = 0;
  int line = 1;
  while (line_start <= input.text.size()) {
    std::size_t line_end = input.text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = input.text.size();
    const std::string_view text(input.text.data() + line_start, line_end - line_start);
    const std::size_t dashes = text.find("--");
    const std::size_t marker = dashes == std::string_view::npos ? dashes : text.find(k_ignore_marker, dashes);
    if (marker != std::string_view::npos && text.substr(dashes + 2, marker - dashes - 2).find_first_not_of(" \t") == std::string_view::npos) {
      std::size_t at = marker + k_ignore_marker.size();
      while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == ',' || text[at] == '\r')) ++at;
        std::size_t end = at;
        while (end < text.size() && text[end] != ',' && text[end] != ' ' && text[end] != '\t' && text[end] != '\r') ++end;
        if (end == at) break;
        const std::string id(text.substr(at, end - at));
        if (const RuleInfo* rule = find_rule(id))
          out[line].insert(std::string(rule->slug));
        else
          diagnostics.push_back({schema::Severity::error, "unknown-rule",
                                 "unknown rule '" + id + "' in a pgmorph:ignore comment", source.locate(line_start + at)});
        at = end;
      }
    }
    line_start = line_end + 1;
    ++line;
  }
  return out;
}

bool rule_enabled(const RuleInfo& rule, const LintSettings& settings) {
  const std::string slug(rule.slug);
  if (settings.disabled.contains(slug)) return false;
  return settings.all_rules || rule.severity != RuleSeverity::off || settings.enabled.contains(slug);
}

void lint_file(const ParsedFile& parsed, const LintInput& input, Model& model, const LintSettings& settings,
               LintResult& result) {
  FileContext file;
  file.statements = parsed.statements;
  file.locations = parsed.locations;
  file.texts = parsed.texts;
  file.offsets = parsed.offsets;
  file.wrapped = settings.assume_in_transaction;
  model.txn = TransactionModel{};
  model.txn.open = settings.assume_in_transaction;
  model.lock_timeout = model.statement_timeout = model.timezone_utc = false;
  for (std::size_t i = 0; i < file.statements.size(); ++i) {
    const RuleContext context{file, i, model, settings};
    check_index_rules(context);
    check_constraint_rules(context);
    check_column_rules(context);
    check_table_rules(context);
    check_destructive_rules(context);
    check_transaction_rules(context);
    check_style_rules(context);
    check_identifiers(context, file.texts[i]);
    apply_session_effects(context);
    apply_statement(model, file.statements[i], false);
  }
  check_transaction_end(file, model);
  check_file_end(file, model, settings);
  // "New" means new in this migration: the next file may run when the table has data.
  for (auto& [name, table] : model.tables) table.is_new = false;
  model.new_indexes.clear();
  model.new_schemas.clear();
  model.new_sequences.clear();
  model.new_types.clear();
  model.new_functions.clear();

  const auto ignores = ignore_comments(input, result.diagnostics);
  const parser::SourceMap source(input.path, input.text);
  std::set<std::tuple<std::size_t, std::string_view, std::string>> seen;
  std::stable_sort(file.findings.begin(), file.findings.end(),
                   [](const RawFinding& a, const RawFinding& b) { return a.statement < b.statement; });
  for (const RawFinding& raw : file.findings) {
    const RuleInfo& info = rule(raw.slug);
    if (!rule_enabled(info, settings) || !seen.insert({raw.statement, raw.slug, raw.message}).second) continue;
    const schema::SourceLocation& start = file.locations[raw.statement];
    // libpg_query locations are byte offsets into the statement text.
    const bool inside = raw.offset > 0 && static_cast<std::size_t>(raw.offset) < file.texts[raw.statement].size();
    const schema::SourceLocation location =
        inside ? source.locate(file.offsets[raw.statement] + static_cast<std::size_t>(raw.offset)) : start;
    // Suppression comments sit above the statement, wherever in it the finding points.
    auto ignored = ignores.find(start.line - 1);
    if (ignored != ignores.end() && ignored->second.contains(std::string(raw.slug))) continue;
    const auto severity = info.severity == RuleSeverity::error ? schema::Severity::error : schema::Severity::warning;
    result.findings.push_back({&info, severity, location, raw.message});
  }
}

}  // namespace

std::optional<PgVersion> parse_pg_version(const std::string& text) {
  PgVersion version;
  std::size_t dot = text.find('.');
  const std::string major = text.substr(0, dot);
  if (major.empty() || major.size() > 3 || !std::all_of(major.begin(), major.end(), ::isdigit)) return std::nullopt;
  version.major = std::stoi(major);
  if (dot != std::string::npos) {
    const std::string minor = text.substr(dot + 1);
    if (minor.empty() || minor.size() > 3 || !std::all_of(minor.begin(), minor.end(), ::isdigit)) return std::nullopt;
    version.minor = std::stoi(minor);
  }
  return version;
}

LintResult lint(const std::vector<LintInput>& files, const std::vector<LintInput>& setup, const LintSettings& settings) {
  LintResult result;
  Model model;
  for (const auto& input : setup) {
    const ParsedFile parsed = parse_file(input, result.diagnostics);
    for (const auto& statement : parsed.statements) apply_statement(model, statement, true);
  }
  std::vector<ParsedFile> parsed;
  for (const auto& file : files) parsed.push_back(parse_file(file, result.diagnostics));
  for (std::size_t i = 0; i < files.size(); ++i)
    if (parsed[i].ok) lint_file(parsed[i], files[i], model, settings, result);
  return result;
}

bool has_errors(const LintResult& result) {
  if (schema::has_errors(result.diagnostics)) return true;
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [](const Finding& finding) { return finding.severity == schema::Severity::error; });
}

}  // namespace pgmorph::lint
