#include "codegen/sql_builder.hpp"

namespace pgmorph::codegen {

void SqlBuilder::separate(std::string_view next) {
  if (m_sql.empty()) return;
  const char last = m_sql.back();
  if (last == ' ' || last == '(' || last == '\n') return;
  if (!next.empty() && (next.front() == ')' || next.front() == ',')) return;
  m_sql += ' ';
}

SqlBuilder& SqlBuilder::keyword(std::string_view words) {
  separate(words);
  m_sql += words;
  return *this;
}

SqlBuilder& SqlBuilder::ident(std::string_view identifier) {
  separate(identifier);
  m_sql += schema::quote_ident(identifier);
  return *this;
}

SqlBuilder& SqlBuilder::qualified(const schema::QualifiedName& name) {
  separate(name.name);
  m_sql += schema::quote_qualified(name);
  return *this;
}

SqlBuilder& SqlBuilder::literal(std::string_view text) {
  separate(text);
  m_sql += schema::quote_literal(text);
  return *this;
}

SqlBuilder& SqlBuilder::raw(std::string_view sql) {
  separate(sql);
  m_sql += sql;
  return *this;
}

SqlBuilder& SqlBuilder::punct(std::string_view text) {
  m_sql += text;
  return *this;
}

SqlBuilder& SqlBuilder::ident_list(const std::vector<std::string>& identifiers) {
  separate("(");
  m_sql += '(';
  for (std::size_t i = 0; i < identifiers.size(); ++i) {
    if (i > 0) m_sql += ", ";
    m_sql += schema::quote_ident(identifiers[i]);
  }
  m_sql += ')';
  return *this;
}

SqlBuilder& SqlBuilder::idents(const std::vector<std::string>& identifiers) {
  for (std::size_t i = 0; i < identifiers.size(); ++i) {
    if (i == 0) separate(identifiers[i]);
    else m_sql += ", ";
    m_sql += schema::quote_ident(identifiers[i]);
  }
  return *this;
}

std::string comment_literal(const std::optional<std::string>& comment) {
  return comment ? schema::quote_literal(*comment) : std::string("NULL");
}

}  // namespace pgmorph::codegen
