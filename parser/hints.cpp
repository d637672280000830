// Migration hints: `-- pgmorph:<kind> <argument>` comments on the line before a column or a
// table. They say how to reach the declared state (a USING expression, an old name), never
// what the state is.
#include <cctype>

#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

struct HintLine {
  std::string argument;  ///< the text after the marker, trimmed
  int line = 0;
};

/// What may stand before the object on its own line for the line above to be its hint.
enum class LineStart {
  blank,         ///< a column: only white space (so a table's hint is not its first column's)
  create_table,  ///< a table: `CREATE [UNLOGGED] TABLE [IF NOT EXISTS]`
};

bool line_starts_as(Context& context, int32_t location, LineStart start) {
  const schema::SourceLocation where = context.where(location);
  // Columns count characters; the prefix is ASCII keywords or white space when it matters.
  std::string prefix = where.line_text.substr(0, std::min<std::size_t>(where.line_text.size(),
                                                                        static_cast<std::size_t>(std::max(where.column - 1, 0))));
  for (auto& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto first = prefix.find_first_not_of(" \t");
  if (start == LineStart::blank) return first == std::string::npos;
  return first != std::string::npos && prefix.substr(first).starts_with("CREATE ") &&
         prefix.find(" TABLE ") != std::string::npos && prefix.find('(') == std::string::npos;
}

/// The argument of a `-- <marker>` comment on the line before `location`, if there is one
/// and the object begins its line as `start` says.
std::optional<HintLine> hint_before(Context& context, int32_t location, std::string_view marker, LineStart object_start) {
  if (!line_starts_as(context, location, object_start)) return std::nullopt;
  auto [line, number] = context.line_before(location);
  const auto start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos || line.substr(start, 2) != "--") return std::nullopt;
  line.remove_prefix(start + 2);
  line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
  if (!line.starts_with(marker)) return std::nullopt;
  line.remove_prefix(marker.size());
  if (!line.empty() && line[0] != ' ' && line[0] != '\t') return std::nullopt;  // another marker
  const auto first = line.find_first_not_of(" \t\r");
  const auto last = line.find_last_not_of(" \t\r");
  return HintLine{first == std::string_view::npos ? "" : std::string(line.substr(first, last - first + 1)), number};
}

/// `name` or `schema.name`, each part an identifier as SQL writes it (unquoted ones folded
/// to lower case); nothing when `text` is not such a name.
std::optional<std::vector<std::string>> split_name(std::string_view text) {
  std::vector<std::string> parts(1);
  bool quoted = false, part_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        parts.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        parts.back() += c;
      }
    } else if (c == '"' && !part_started) {
      quoted = part_started = true;
    } else if (c == '.' && part_started) {
      parts.emplace_back();
      part_started = false;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$') {
      if (!part_started && std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
      parts.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      part_started = true;
    } else {
      return std::nullopt;
    }
  }
  if (quoted || !part_started || parts.size() > 2) return std::nullopt;
  return parts;
}

}  // namespace

std::optional<std::string> using_hint(Context& context, int32_t location) {
  auto hint = hint_before(context, location, "pgmorph:using", LineStart::blank);
  if (!hint) return std::nullopt;
  const std::string probe = "SELECT " + hint->argument;
  PgQueryParseResult parsed = pg_query_parse(probe.c_str());
  const bool valid = !hint->argument.empty() && parsed.error == nullptr;
  pg_query_free_parse_result(parsed);
  if (!valid) {
    context.error("invalid-hint",
                  "line " + std::to_string(hint->line) + ": `-- pgmorph:using` needs one SQL expression, e.g. "
                  "`-- pgmorph:using gen_random_uuid()`",
                  location);
    return std::nullopt;
  }
  return hint->argument;
}

std::optional<schema::QualifiedName> rename_hint(Context& context, int32_t location, const std::string& schema,
                                                 bool qualified_allowed) {
  auto hint = hint_before(context, location, "pgmorph:renamed-from",
                          qualified_allowed ? LineStart::create_table : LineStart::blank);
  if (!hint) return std::nullopt;
  const auto parts = split_name(hint->argument);
  if (!parts || (parts->size() == 2 && !qualified_allowed)) {
    context.error("invalid-hint",
                  "line " + std::to_string(hint->line) + ": `-- pgmorph:renamed-from` needs the old name" +
                      (qualified_allowed ? " (`old_name` or `schema.old_name`)" : " (`old_name`)"),
                  location);
    return std::nullopt;
  }
  if (parts->size() == 2) return schema::QualifiedName{(*parts)[0], (*parts)[1]};
  return schema::QualifiedName{schema, (*parts)[0]};
}

}  // namespace pgmorph::parser
