// All SQL quoting lives here. Renderers append keywords, identifiers, names and literals;
// canonical definitions and expressions (already deparsed by the parser) go in with raw().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/names.hpp"

namespace pgmorph::codegen {

/// Accumulates one SQL statement. Each call separates itself from the previous token with a
/// space unless the previous output ended with `(` or a space, or the next starts with `)`/`,`.
class SqlBuilder {
 public:
  SqlBuilder& keyword(std::string_view words);
  SqlBuilder& ident(std::string_view identifier);
  SqlBuilder& qualified(const schema::QualifiedName& name);
  SqlBuilder& literal(std::string_view text);
  /// A trusted, already canonical SQL fragment (deparsed expression, type, definition).
  SqlBuilder& raw(std::string_view sql);
  /// Punctuation appended without a separating space: `(`, `)`, `,`.
  SqlBuilder& punct(std::string_view text);
  /// `(a, b, c)` with each name quoted.
  SqlBuilder& ident_list(const std::vector<std::string>& identifiers);
  /// `a, b, c` with each name quoted (a select list).
  SqlBuilder& idents(const std::vector<std::string>& identifiers);

  const std::string& str() const { return m_sql; }

 private:
  void separate(std::string_view next);
  std::string m_sql;
};

/// `COMMENT ON ... IS 'text'` literal or NULL.
std::string comment_literal(const std::optional<std::string>& comment);

}  // namespace pgmorph::codegen
