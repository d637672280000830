#include "parser/parse.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "parser/expr.hpp"
#include "parser/fast_deparse.hpp"
#include "parser/json_tree.hpp"
#include "parser/proto.hpp"
#include "parser/source_map.hpp"
#include "parser/translate.hpp"

namespace pgmorph::parser {

namespace {

struct Piece {
  std::size_t offset = 0;
  std::size_t length = 0;
};

std::size_t count_errors(const schema::Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const schema::Diagnostic& d) { return d.severity == schema::Severity::error; }));
}

void syntax_error(const SourceMap& source, std::size_t offset, const PgQueryError* error,
                  schema::Diagnostics& diagnostics) {
  diagnostics.push_back({schema::Severity::error, "syntax-error",
                         error->message != nullptr ? error->message : "syntax error",
                         source.locate(offset)});
}

// Splits at `;` tokens from libpg_query's scanner, which survives syntax errors so each
// statement can be parsed and reported on its own. libpg_query's own scanner splitter is
// not used: it drops statements after unbalanced parentheses. A `;` inside a
// BEGIN ATOMIC ... END body (where CASE ... END nests) does not end the statement.
std::optional<std::vector<Piece>> scanner_split(const std::string& text, const SourceMap& source,
                                                schema::Diagnostics& diagnostics) {
  PgQueryScanResult scanned = pg_query_scan(text.c_str());
  if (scanned.error != nullptr) {
    const std::size_t offset =
        source.advance_chars(0, static_cast<std::size_t>(std::max(scanned.error->cursorpos - 1, 0)));
    syntax_error(source, offset, scanned.error, diagnostics);
    pg_query_free_scan_result(scanned);
    return std::nullopt;
  }
  PgQuery__ScanResult* result = pg_query__scan_result__unpack(
      nullptr, scanned.pbuf.len, reinterpret_cast<const uint8_t*>(scanned.pbuf.data));
  pg_query_free_scan_result(scanned);
  if (result == nullptr) throw schema::InternalError("cannot unpack libpg_query scan result");
  std::vector<Piece> pieces;
  std::size_t start = 0;
  int atomic_depth = 0;
  for (std::size_t i = 0; i < result->n_tokens; ++i) {
    const PgQuery__ScanToken* token = result->tokens[i];
    const PgQuery__Token kind = token->token;
    if (kind == PG_QUERY__TOKEN__BEGIN_P && i + 1 < result->n_tokens &&
        result->tokens[i + 1]->token == PG_QUERY__TOKEN__ATOMIC) {
      ++atomic_depth;
    } else if (atomic_depth > 0 && kind == PG_QUERY__TOKEN__CASE) {
      ++atomic_depth;
    } else if (atomic_depth > 0 && kind == PG_QUERY__TOKEN__END_P) {
      --atomic_depth;
    } else if (atomic_depth == 0 && kind == PG_QUERY__TOKEN__ASCII_59) {
      // The `;` stays in the piece so errors read `at or near ";"` like psql's.
      pieces.push_back({start, static_cast<std::size_t>(token->end) - start});
      start = static_cast<std::size_t>(token->end);
    }
  }
  if (start < text.size()) pieces.push_back({start, text.size() - start});
  pg_query__scan_result__free_unpacked(result, nullptr);
  return pieces;
}

// Splits with the parser when the whole text parses (exact); otherwise with the scanner.
std::optional<std::vector<Piece>> split(const std::string& text, const SourceMap& source,
                                        schema::Diagnostics& diagnostics) {
  PgQuerySplitResult result = pg_query_split_with_parser(text.c_str());
  if (result.error != nullptr) {
    pg_query_free_split_result(result);
    return scanner_split(text, source, diagnostics);
  }
  std::vector<Piece> pieces;
  for (int i = 0; i < result.n_stmts; ++i)
    pieces.push_back({static_cast<std::size_t>(result.stmts[i]->stmt_location),
                      static_cast<std::size_t>(result.stmts[i]->stmt_len)});
  pg_query_free_split_result(result);
  return pieces;
}

// The statement's tree through libpg_query's protobuf output (the reference path).
PgQuery__ParseResult* protobuf_tree(Context& context, const std::string& piece,
                                    std::size_t piece_offset, schema::Diagnostics& diagnostics) {
  const SourceMap& source = context.source();
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(piece.c_str());
  if (parsed.error != nullptr) {
    const auto chars = static_cast<std::size_t>(std::max(parsed.error->cursorpos - 1, 0));
    syntax_error(source, source.advance_chars(piece_offset, chars), parsed.error, diagnostics);
    pg_query_free_protobuf_parse_result(parsed);
    return nullptr;
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      context.arena().allocator(), parsed.parse_tree.len,
      reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  if (tree == nullptr) throw schema::InternalError("cannot unpack libpg_query parse tree");
  return tree;
}

std::string packed(const PgQuery__ParseResult* tree) {
  std::string bytes(pg_query__parse_result__get_packed_size(tree), '\0');
  pg_query__parse_result__pack(tree, reinterpret_cast<uint8_t*>(bytes.data()));
  return bytes;
}

// The statement's tree, built from libpg_query's JSON output (json_tree.hpp: several
// times cheaper), or through protobuf when the JSON holds something the builder does not
// map. Null after a syntax error (reported). Under PGMORPH_CHECK_DEPARSE both are built
// and must pack to the same bytes.
PgQuery__ParseResult* parse_tree(Context& context, const std::string& piece,
                                 std::size_t piece_offset, schema::Diagnostics& diagnostics) {
  PgQueryParseResult parsed = pg_query_parse(piece.c_str());
  if (parsed.error != nullptr) {
    pg_query_free_parse_result(parsed);
    return protobuf_tree(context, piece, piece_offset, diagnostics);  // reports the error
  }
  PgQuery__ParseResult* tree = tree_from_json(parsed.parse_tree, piece, context.arena());
  pg_query_free_parse_result(parsed);
  if (tree == nullptr) return protobuf_tree(context, piece, piece_offset, diagnostics);
  if (check_fast_deparse()) {
    PgQuery__ParseResult* reference = protobuf_tree(context, piece, piece_offset, diagnostics);
    if (reference == nullptr || packed(reference) != packed(tree))
      throw schema::InternalError("parse tree from JSON differs from libpg_query's protobuf tree for: " +
                                  piece.substr(0, 300));
  }
  return tree;
}

void translate_piece(Context& context, const std::string& piece, std::size_t piece_offset,
                     schema::Diagnostics& diagnostics) {
  const SourceMap& source = context.source();
  PgQuery__ParseResult* tree = parse_tree(context, piece, piece_offset, diagnostics);
  if (tree == nullptr) return;
  for (std::size_t i = 0; i < tree->n_stmts; ++i) {
    PgQuery__RawStmt* raw = tree->stmts[i];
    if (raw->stmt == nullptr) continue;
    const std::size_t start = source.skip_blanks(piece_offset + static_cast<std::size_t>(raw->stmt_location));
    context.begin_statement(piece_offset, start);
    try {
      translate_stmt(context, raw->stmt);
    } catch (const DeparseError& error) {
      context.error("unsupported-feature",
                    std::string("cannot canonicalize this statement: ") + error.what());
    }
  }
}

// psql meta-commands (`\restrict`, which pg_dump 15.14+ writes around every dump) are not
// SQL. At a statement boundary, a line starting with a backslash is blanked out (offsets
// stay valid); \restrict and \unrestrict are ignored, any other one is an error because
// it could change what the file means (\i, \connect, ...).
std::string blank_meta_commands(const std::string& text, const std::string& path,
                                 schema::Diagnostics& diagnostics) {
  std::string cleaned = text;
  const SourceMap original(path, text);
  bool at_boundary = true;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string_view line(text.data() + line_start, line_end - line_start);
    if (at_boundary && !line.empty() && line[0] == '\\') {
      const std::string_view command = line.substr(0, line.find_first_of(" \t\r"));
      if (command != "\\restrict" && command != "\\unrestrict")
        diagnostics.push_back({schema::Severity::error, "unsupported-statement",
                               "psql meta-command " + std::string(command) + " is not supported",
                               original.locate(line_start)});
      std::fill(cleaned.begin() + static_cast<std::ptrdiff_t>(line_start),
                cleaned.begin() + static_cast<std::ptrdiff_t>(line_end), ' ');
    } else {
      std::string_view code = line.substr(0, line.find("--"));
      while (!code.empty() && std::isspace(static_cast<unsigned char>(code.back())) != 0) code.remove_suffix(1);
      if (!code.empty()) at_boundary = code.back() == ';';
    }
    line_start = line_end + 1;
  }
  return cleaned;
}

void parse_text(Session& session, const std::string& raw_text, const std::string& path,
                schema::Diagnostics& diagnostics) {
  const std::string text = blank_meta_commands(raw_text, path, diagnostics);
  const SourceMap source(path, text);
  const auto pieces = split(text, source, diagnostics);
  if (!pieces) return;
  for (const Piece& piece : *pieces) {
    const std::size_t start = source.skip_blanks(piece.offset);
    if (start >= piece.offset + piece.length) continue;  // only blanks and comments
    // One arena per statement: its unpacked tree is dead once the statement is translated
    // (the Session keeps only model values), and the trees of a whole large file would
    // take hundreds of MB.
    ProtoArena arena;
    Context context(session, diagnostics, source, arena);
    translate_piece(context, text.substr(piece.offset, piece.length), piece.offset, diagnostics);
  }
}

}  // namespace

std::optional<std::string> read_sql_file(const std::filesystem::path& path,
                                     schema::Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  if (in) content << in.rdbuf();
  if (!in || in.bad()) {
    diagnostics.push_back({schema::Severity::error, "io-error",
                           "cannot read " + path.string(), std::nullopt});
    return std::nullopt;
  }
  return text_from_bytes(content.str(), path.string(), diagnostics);
}

std::optional<std::string> text_from_bytes(std::string bytes, const std::string& path,
                                           schema::Diagnostics& diagnostics) {
  // Editors on Windows start UTF-8 files with a byte order mark; PostgreSQL's grammar does
  // not know it, and it is invisible to the user.
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (bytes.find('\0') != std::string::npos) {
    diagnostics.push_back({schema::Severity::error, "binary-input",
                           path + " is not a text file (it holds NUL bytes): pgmorph reads SQL text",
                           std::nullopt});
    return std::nullopt;
  }
  return bytes;
}

SqlFilesSource::SqlFilesSource(std::string path) : m_path(std::move(path)) {}

std::optional<std::vector<std::filesystem::path>> list_sql_files(const std::string& source,
                                                                 schema::Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(source, ec)) {
    for (fs::directory_iterator it(source, ec), end; !ec && it != end; it.increment(ec)) {
      const auto& entry = *it;
      if (entry.path().extension() == ".sql" && !entry.is_directory()) files.push_back(entry.path());
    }
    if (ec) {
      diagnostics.push_back({schema::Severity::error, "io-error",
                             "cannot read directory " + source + ": " + ec.message(), std::nullopt});
      return std::nullopt;
    }
    if (files.empty()) {
      diagnostics.push_back({schema::Severity::error, "empty-input",
                             "no .sql files in directory " + source, std::nullopt});
      return std::nullopt;
    }
    std::sort(files.begin(), files.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  } else if (fs::exists(source, ec)) {
    files.emplace_back(source);
  } else {
    diagnostics.push_back({schema::Severity::error, "io-error",
                           "cannot read " + source + ": no such file or directory", std::nullopt});
    return std::nullopt;
  }
  return files;
}

std::optional<schema::Catalog> SqlFilesSource::load(schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = count_errors(diagnostics);
  const auto files = list_sql_files(m_path, diagnostics);
  if (!files) return std::nullopt;
  Session session;
  for (const auto& file : *files) {
    const auto text = read_sql_file(file, diagnostics);
    if (text) parse_text(session, *text, file.string(), diagnostics);
  }
  finish_session(session, diagnostics);
  if (count_errors(diagnostics) != errors_before) return std::nullopt;
  return std::move(session.catalog);
}

std::optional<std::vector<ScriptStatement>> split_script(std::string_view sql, const std::string& path,
                                                         schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = count_errors(diagnostics);
  const std::string text = blank_meta_commands(std::string(sql), path, diagnostics);
  const SourceMap source(path, text);
  const auto pieces = split(text, source, diagnostics);
  if (!pieces || count_errors(diagnostics) != errors_before) return std::nullopt;
  std::vector<ScriptStatement> statements;
  for (const Piece& piece : *pieces) {
    const std::size_t start = source.skip_blanks(piece.offset);
    std::size_t end = piece.offset + piece.length;
    if (start >= end) continue;  // only blanks and comments
    // The parser's split leaves the `;` out, the scanner's keeps it: one form for callers.
    while (end > start && (text[end - 1] == ';' || std::isspace(static_cast<unsigned char>(text[end - 1])) != 0)) --end;
    statements.push_back({text.substr(start, end - start), source.locate(start)});
  }
  return statements;
}

std::optional<schema::Catalog> parse_sql(std::string_view sql, const std::string& path,
                                         schema::Diagnostics& diagnostics) {
  const std::size_t errors_before = count_errors(diagnostics);
  Session session;
  parse_text(session, std::string(sql), path, diagnostics);
  finish_session(session, diagnostics);
  if (count_errors(diagnostics) != errors_before) return std::nullopt;
  return std::move(session.catalog);
}

}  // namespace pgmorph::parser
