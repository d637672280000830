// Internal to the DDL writer: the pieces that live in their own files.
#pragma once

#include <string>

#include "introspect/rows.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::introspect {

/// Appends `COMMENT ON ... IS ...;` for every comment whose object the writer wrote.
/// Comments on objects it did not write (extension members and their parts, objects
/// reported as unsupported) are dropped; comments on written objects that the model has no
/// place for (view columns, constraint indexes, domain constraints) become
/// `unsupported-object` errors.
void write_comments(std::string& out, const CatalogRows& rows, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::introspect
