// Catalog rows -> DDL text in pg_dump's spirit, which parser::parse_sql() turns into the
// model. Going through the parser means every expression, type and definition of the live
// database is canonicalized by exactly the code that canonicalizes the schema files.
#pragma once

#include "introspect/rows.hpp"
#include "schema/diagnostic.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pgmorph::introspect {

/// Renders every row as SQL statements the parser accepts, split into parts that parse
/// independently (no statement names an object created in another part), so the parts can
/// be parsed in parallel and their catalogs merged:
/// - part 0: schemas, extensions, enums, domains, functions, sequences no table owns,
///   views, indexes, triggers and rules on views, and the comments on all of these;
/// - parts 1..`table_parts`: the tables in that many groups of consecutive rows, each
///   group with the sequences its tables own, their constraints (foreign keys last, as
///   pg_dump orders them), sequence ownership, indexes, triggers, rules and comments.
/// Within a part every object is created before a statement names it. Appends an
/// `unsupported-object` error per UnsupportedRow and per comment the model has no place
/// for. Parts may be empty.
std::vector<std::string> write_ddl_parts(const CatalogRows& rows, std::size_t table_parts,
                                         schema::Diagnostics& diagnostics);

/// All of it as one text: write_ddl_parts() with one table part, concatenated.
std::string write_ddl(const CatalogRows& rows, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::introspect
