// Catalog rows -> DDL text in pg_dump's spirit, which parser::parse_sql() turns into the
// model. Going through the parser means every expression, type and definition of the live
// database is canonicalized by exactly the code that canonicalizes the schema files.
#pragma once

#include <string>

#include "introspect/rows.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::introspect {

/// Renders every row as SQL statements the parser accepts, in an order that creates each
/// object before anything that names it: schemas, extensions, enums, domains, functions,
/// sequences, tables, constraints (foreign keys last), sequence ownership, views, indexes,
/// triggers, comments. Appends an `unsupported-object` error per UnsupportedRow and per
/// comment the model has no place for.
std::string write_ddl(const CatalogRows& rows, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::introspect
