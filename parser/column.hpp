// Column translation shared by CREATE TABLE and ALTER TABLE ADD COLUMN.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parser/translate.hpp"

namespace pgmorph::parser {

/// A column-level PK/UNIQUE/CHECK/FK/EXCLUDE constraint, applied once the table exists.
struct ColumnConstraint {
  PgQuery__Constraint* constraint = nullptr;
  std::string column;
};

/// What a column definition adds besides the column itself.
struct ColumnExtras {
  std::vector<ColumnConstraint> constraints;
};

/// Translates a column of `table`; serial columns also add their sequence to the catalog.
/// Empty (after a diagnostic) when the column uses something we do not model.
std::optional<schema::Column> translate_column(Context& context, const schema::QualifiedName& table,
                                               PgQuery__ColumnDef* def, ColumnExtras& extras);

/// True for `NULL` or `NULL::type`: PostgreSQL stores no default for them, unless
/// keeps_null_default() says the column type makes it store one.
bool is_null_default(const PgQuery__Node* expr);

/// True when PostgreSQL stores `DEFAULT NULL` of a column of canonical type `type` as a
/// default expression instead of dropping it.
bool keeps_null_default(const std::string& type);

/// GENERATED ... AS IDENTITY [(options)] on `column`; false after a diagnostic.
bool apply_identity(Context& context, schema::Column& column, PgQuery__Constraint* constraint);

/// ALTER COLUMN ... SET GENERATED ... / SET <sequence option>... on an identity column;
/// `options` is the subcommand's list of DefElem nodes.
void alter_identity(Context& context, schema::Column& column, PgQuery__Node* options);

/// STORAGE `name` (`plain`, `external`, `extended`, `main`, or pg_query's catalog letter)
/// on `column`, refused as PostgreSQL refuses it; false after a diagnostic at `location`.
bool apply_column_storage(Context& context, schema::Column& column, std::string name, int32_t location);

/// COMPRESSION `name` (`pglz`, `lz4`, or `default`, which clears it); false after a diagnostic.
bool apply_column_compression(Context& context, schema::Column& column, const std::string& name,
                              int32_t location);

/// SET STATISTICS `target` (an Integer node; -1 clears it, more than 10000 is kept as 10000,
/// as PostgreSQL does); false after a diagnostic.
bool apply_column_statistics(Context& context, schema::Column& column, const PgQuery__Node* target,
                             int32_t location);

}  // namespace pgmorph::parser
