// Maps byte offsets of one input file to 1-based line:column positions (columns count UTF-8
// characters), and character positions (libpg_query's cursorpos) back to byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schema/diagnostic.hpp"

namespace pgmorph::parser {

class SourceMap {
 public:
  /// `text` must outlive the map.
  SourceMap(std::string path, std::string_view text);

  const std::string& path() const { return m_path; }
  std::string_view text() const { return m_text; }

  /// The location of byte `offset` (clamped to the text), with the whole line's text.
  schema::SourceLocation locate(std::size_t offset) const;

  /// The text of the line before the one holding byte `offset` (without its line break),
  /// and that line's 1-based number; an empty view and 0 on the first line.
  std::pair<std::string_view, int> line_before(std::size_t offset) const;

  /// The byte offset of the character `chars` characters after byte `from`.
  std::size_t advance_chars(std::size_t from, std::size_t chars) const;

  /// The byte offset of the first token at or after `offset`, skipping white space and
  /// comments (`--` and nested `/* */`).
  std::size_t skip_blanks(std::size_t offset) const;

 private:
  std::string m_path;
  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;
};

}  // namespace pgmorph::parser
