#include "parser/source_map.hpp"

#include <algorithm>

namespace pgmorph::parser {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

SourceMap::SourceMap(std::string path, std::string_view text)
    : m_path(std::move(path)), m_text(text) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') m_line_starts.push_back(i + 1);
}

std::pair<std::string_view, int> SourceMap::line_before(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  const auto next = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next - m_line_starts.begin()) - 1;
  if (line_index == 0) return {{}, 0};
  const std::size_t start = m_line_starts[line_index - 1];
  std::string_view line = m_text.substr(start, m_line_starts[line_index] - start);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return {line, static_cast<int>(line_index)};
}

schema::SourceLocation SourceMap::locate(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  const auto next = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next - m_line_starts.begin()) - 1;
  const std::size_t line_start = m_line_starts[line_index];
  std::size_t line_end = m_text.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = m_text.size();
  std::string_view line = m_text.substr(line_start, line_end - line_start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if (!is_continuation(m_text[i])) ++column;
  return {m_path, static_cast<int>(line_index) + 1, column, std::string(line)};
}

std::size_t SourceMap::advance_chars(std::size_t from, std::size_t chars) const {
  std::size_t offset = from;
  while (chars > 0 && offset < m_text.size()) {
    ++offset;
    while (offset < m_text.size() && is_continuation(m_text[offset])) ++offset;
    --chars;
  }
  return offset;
}

std::size_t SourceMap::skip_blanks(std::size_t offset) const {
  const std::string_view text = m_text;
  while (offset < text.size()) {
    const char c = text[offset];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++offset;
    } else if (text.compare(offset, 2, "--") == 0) {
      const std::size_t end = text.find('\n', offset);
      offset = end == std::string_view::npos ? text.size() : end + 1;
    } else if (text.compare(offset, 2, "/*") == 0) {
      int depth = 0;
      while (offset < text.size()) {
        if (text.compare(offset, 2, "/*") == 0) {
          ++depth;
          offset += 2;
        } else if (text.compare(offset, 2, "*/") == 0) {
          offset += 2;
          if (--depth == 0) break;
        } else {
          ++offset;
        }
      }
    } else {
      break;
    }
  }
  return offset;
}

}  // namespace pgmorph::parser
