// Context: diagnostics with file positions, and the name lookups implicit naming needs.
#include "parser/translate.hpp"
#include "schema/naming.hpp"

namespace pgmorph::parser {

schema::SourceLocation Context::where(int32_t location) const {
  if (location < 0) return m_source.locate(m_statement_start);
  return m_source.locate(m_piece_offset + static_cast<std::size_t>(location));
}

std::pair<std::string_view, int> Context::line_before(int32_t location) const {
  return m_source.line_before(location < 0 ? m_statement_start
                                           : m_piece_offset + static_cast<std::size_t>(location));
}

void Context::error(std::string code, std::string message, int32_t location) {
  m_diagnostics.push_back(
      {schema::Severity::error, std::move(code), std::move(message), where(location)});
}

std::size_t Context::error_count() const {
  std::size_t count = 0;
  for (const auto& diagnostic : m_diagnostics) count += diagnostic.severity == schema::Severity::error ? 1 : 0;
  return count;
}

void Context::warning(std::string code, std::string message, int32_t location) {
  m_diagnostics.push_back(
      {schema::Severity::warning, std::move(code), std::move(message), where(location)});
}

bool Context::relation_exists(const schema::QualifiedName& name) const {
  const schema::Catalog& catalog = m_session.catalog;
  if (catalog.tables.count(name) != 0 || catalog.views.count(name) != 0 ||
      catalog.sequences.count(name) != 0 || catalog.indexes.count(name) != 0 ||
      catalog.composite_types.count(name) != 0)
    return true;
  return m_session.constraint_indexes.count(name) != 0;
}

namespace {

/// True when a range type's multirange type has `name`.
bool multirange_taken(const schema::Catalog& catalog, const schema::QualifiedName& name) {
  for (const auto& [range_name, range] : catalog.range_types)
    if (range.multirange_name.value_or(schema::QualifiedName{
            range_name.schema, schema::default_multirange_name(range_name.name)}) == name)
      return true;
  return false;
}

}  // namespace

bool Context::type_name_taken(const schema::QualifiedName& name) const {
  const schema::Catalog& catalog = m_session.catalog;
  return catalog.enums.count(name) != 0 || catalog.domains.count(name) != 0 ||
         catalog.composite_types.count(name) != 0 || catalog.range_types.count(name) != 0 ||
         multirange_taken(catalog, name) ||
         catalog.tables.count(name) != 0 || catalog.views.count(name) != 0;
}

bool Context::constraint_name_used(const std::string& schema_name, const std::string& name) const {
  return m_session.constraint_names.count({schema_name, name}) != 0;
}

}  // namespace pgmorph::parser
