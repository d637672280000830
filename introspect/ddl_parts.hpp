// Internal to the DDL writer: which part each table's statements go to, and the comments.
#pragma once

#include "introspect/rows.hpp"
#include "schema/diagnostic.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace pgmorph::introspect {

/// The part (see write_ddl_parts) of every table, keyed by its quoted qualified name.
struct Placement {
  std::size_t parts = 1;
  std::vector<std::size_t> of_table_row;  ///< parallel to CatalogRows::tables
  std::map<std::string, std::size_t> table_part;

  /// The part of a table's statements; 0 for a table that was not written.
  std::size_t of_table(const std::string& schema_name, const std::string& table) const;
  /// The part of a sequence: its owner table's, else 0.
  std::size_t of_sequence(const SequenceRow& row) const;
};

/// Splits the tables into `table_parts` groups of consecutive rows (parts 1..n).
Placement place_tables(const CatalogRows& rows, std::size_t table_parts);

/// Appends `COMMENT ON ... IS ...;` to the part of its object, for every comment whose
/// object the writer wrote. Comments on objects it did not write (extension members and
/// their parts, objects reported as unsupported) are dropped; comments on written objects
/// the model has no place for (view columns, constraint indexes, domain constraints)
/// become `unsupported-object` errors.
void write_comments(std::vector<std::string>& parts, const CatalogRows& rows,
                    const Placement& place, schema::Diagnostics& diagnostics);

/// Appends `ALTER ... OWNER TO` for every object of CatalogRows::privileges the writer
/// wrote, and, where its ACL is not the built-in default, the GRANTs (after a REVOKE ALL
/// FROM PUBLIC for the kinds whose default grants PUBLIC) that rebuild it. The owner's own
/// entries are left out, as the model leaves them out.
void write_privileges(std::vector<std::string>& parts, const CatalogRows& rows,
                      const Placement& place);

}  // namespace pgmorph::introspect
