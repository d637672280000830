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

}  // namespace pgmorph::parser
