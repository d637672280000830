#include "migrate/plan_checks.hpp"

#include <algorithm>
#include <cctype>

namespace pgmorph::migrate {

namespace {

struct Word {
  std::string raw;
  std::string upper;
};

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '.' ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

/// The first `limit` words of `sql`: identifiers and keywords (a quoted identifier and a
/// dotted name stay one word), with comments, string literals and dollar quotes skipped.
std::vector<Word> words_of(const std::string& sql, std::size_t limit) {
  std::vector<Word> words;
  std::size_t i = 0;
  const std::size_t n = sql.size();
  while (i < n && words.size() < limit) {
    const char c = sql[i];
    if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      while (i < n && sql[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      int depth = 0;
      do {
        if (sql.compare(i, 2, "/*") == 0)
          ++depth, i += 2;
        else if (sql.compare(i, 2, "*/") == 0)
          --depth, i += 2;
        else
          ++i;
      } while (i < n && depth > 0);
    } else if (c == '\'') {
      for (++i; i < n; ++i) {
        if (sql[i] == '\'' && !(i + 1 < n && sql[i + 1] == '\'')) break;
        if (sql[i] == '\'') ++i;
      }
      ++i;
    } else if (c == '$' && (i + 1 < n) &&
               (sql[i + 1] == '$' || std::isalpha(static_cast<unsigned char>(sql[i + 1])))) {
      const std::size_t close = sql.find('$', i + 1);
      if (close == std::string::npos) break;
      const std::string tag = sql.substr(i, close - i + 1);
      const std::size_t end = sql.find(tag, close + 1);
      i = end == std::string::npos ? n : end + tag.size();
    } else if (c == '"' || word_char(c)) {
      Word word;
      while (i < n && (sql[i] == '"' || word_char(sql[i]))) {
        if (sql[i] == '"') {
          const std::size_t close = sql.find('"', i + 1);
          const std::size_t end = close == std::string::npos ? n : close + 1;
          word.raw += sql.substr(i, end - i);
          i = end;
        } else {
          word.raw += sql[i++];
        }
      }
      word.upper = word.raw;
      std::transform(word.upper.begin(), word.upper.end(), word.upper.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
      words.push_back(std::move(word));
    } else {
      ++i;
    }
  }
  return words;
}

/// The index name after CONCURRENTLY [IF [NOT] EXISTS] at `at`, "" when unnamed.
std::string name_after(const std::vector<Word>& words, std::size_t at) {
  if (at < words.size() && words[at].upper == "IF")
    at += (at + 1 < words.size() && words[at + 1].upper == "NOT") ? 3 : 2;
  if (at >= words.size() || words[at].upper == "ON") return "";
  return words[at].raw;
}

schema::Diagnostic problem(const std::string& code, const std::string& message,
                           const PlannedStatement& at) {
  return schema::Diagnostic{schema::Severity::error, code, message, at.statement.location};
}

}  // namespace

PlannedStatement classify(const parser::ScriptStatement& statement) {
  PlannedStatement planned{statement, StatementKind::ordinary, "", false};
  const std::vector<Word> words = words_of(statement.text, 40);
  if (words.empty()) return planned;
  const auto is = [&](std::size_t i, std::string_view keyword) {
    return i < words.size() && words[i].upper == keyword;
  };
  const auto has = [&](std::string_view keyword) {
    return std::any_of(words.begin(), words.end(),
                       [&](const Word& w) { return w.upper == keyword; });
  };
  if (is(0, "BEGIN") || (is(0, "START") && is(1, "TRANSACTION"))) {
    planned.kind = StatementKind::begin;
  } else if (is(0, "COMMIT") || is(0, "END")) {
    planned.kind = StatementKind::commit;
  } else if ((is(0, "ROLLBACK") && !is(1, "TO")) || is(0, "ABORT")) {
    planned.kind = StatementKind::rollback;
  } else if (is(0, "CREATE")) {
    const std::size_t index = is(1, "UNIQUE") ? 2 : 1;
    if (is(index, "INDEX") && is(index + 1, "CONCURRENTLY")) {
      planned.kind = StatementKind::non_transactional;
      planned.creates_index = true;
      planned.index_name = name_after(words, index + 2);
    }
  } else if (is(0, "DROP") && is(1, "INDEX") && is(2, "CONCURRENTLY")) {
    planned.kind = StatementKind::non_transactional;
    planned.index_name = name_after(words, 3);
  } else if (is(0, "VACUUM") || (is(0, "REINDEX") && has("CONCURRENTLY")) ||
             (is(0, "ALTER") && is(1, "TABLE") && has("DETACH") && has("CONCURRENTLY"))) {
    // Why: PostgreSQL refuses these inside a transaction block (25001), so each commits alone.
    planned.kind = StatementKind::non_transactional;
  }
  return planned;
}

std::optional<MigrationScript> check_script(const std::string& path, std::string content,
                                            schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.size();
  const auto split = parser::split_script(content, path, diagnostics);
  if (!split) return std::nullopt;
  MigrationScript script{path, std::move(content), {}, {}};
  for (const auto& statement : *split) script.statements.push_back(classify(statement));

  const auto& statements = script.statements;
  const bool has_blocks =
      std::any_of(statements.begin(), statements.end(),
                  [](const PlannedStatement& s) { return s.kind != StatementKind::ordinary; });
  if (!has_blocks) {
    if (!statements.empty()) script.units.push_back({0, statements.size(), UnitMode::wrapped});
    return script;
  }
  std::optional<std::size_t> open_block;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const PlannedStatement& s = statements[i];
    switch (s.kind) {
    case StatementKind::begin:
      if (open_block)
        diagnostics.push_back(
            problem("nested-begin",
                    "BEGIN inside a transaction block that is still open (nested BEGIN)", s));
      else
        open_block = i;
      break;
    case StatementKind::commit:
      if (!open_block) {
        diagnostics.push_back(
            problem("commit-without-begin", "COMMIT without a BEGIN before it", s));
      } else {
        script.units.push_back({*open_block, i - *open_block + 1, UnitMode::own_block});
        open_block.reset();
      }
      break;
    case StatementKind::rollback:
      diagnostics.push_back(
          problem("rollback-in-migration",
                  "ROLLBACK in a migration file discards its own changes; remove it", s));
      break;
    case StatementKind::non_transactional:
      if (open_block) {
        diagnostics.push_back(
            problem("non-transactional-in-block",
                    "this statement cannot run inside a transaction block (BEGIN on line " +
                        std::to_string(statements[*open_block].statement.location.line) +
                        "); put it outside BEGIN..COMMIT",
                    s));
      } else {
        script.units.push_back({i, 1, UnitMode::autocommit});
      }
      break;
    case StatementKind::ordinary:
      if (!open_block) script.units.push_back({i, 1, UnitMode::wrapped});
      break;
    }
  }
  if (open_block) {
    diagnostics.push_back(
        problem("missing-commit",
                "BEGIN without COMMIT: the transaction would be rolled back when the session ends",
                statements[*open_block]));
  }
  if (diagnostics.size() != errors_before) return std::nullopt;
  return script;
}

schema::SourceLocation locate_in_statement(const parser::ScriptStatement& statement, int position,
                                           const std::string& content) {
  schema::SourceLocation at = statement.location;
  const std::string& text = statement.text;
  int characters = 1;
  for (std::size_t i = 0; i < text.size() && characters < position; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte is part of the last character
    ++characters;
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  // The line's own text, without its line ending.
  std::size_t start = 0;
  for (int line = 1; line < at.line && start != std::string::npos; ++line) {
    start = content.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return at;
  std::size_t end = content.find('\n', start);
  if (end == std::string::npos) end = content.size();
  if (end > start && content[end - 1] == '\r') --end;
  at.line_text = content.substr(start, end - start);
  if (at.line == 1 && at.line_text.rfind("\xEF\xBB\xBF", 0) == 0) at.line_text.erase(0, 3);
  return at;
}

}  // namespace pgmorph::migrate
