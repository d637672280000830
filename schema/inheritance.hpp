// Table inheritance (INHERITS): the columns a child gets from its parents.
//
// A child table's model holds only its local columns (see Table::inherits); these helpers
// resolve what it inherits, the way PostgreSQL's MergeAttributes() does when the child is
// created: every parent's columns in INHERITS order, a name met twice kept once.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "schema/model.hpp"

namespace pgmorph::schema {

/// The columns `table` inherits, resolved through its parents' own parents: each parent's
/// full column list in INHERITS order, a name met again kept once with NOT NULL or'ed (the
/// first default wins). Identity and comments are not inherited. A parent missing from
/// `catalog` contributes nothing; a cycle stops at `depth` 32.
std::vector<Column> inherited_columns(const Catalog& catalog, const Table& table, int depth = 0);

/// The column `name` that `table` inherits (inherited_columns()), or nullopt.
std::optional<Column> inherited_column(const Catalog& catalog, const Table& table, std::string_view name);

/// Every column of `table` in PostgreSQL's order for a table just created: the inherited
/// ones (a local column merged with one of them in its place), then its other local ones.
std::vector<Column> full_columns(const Catalog& catalog, const Table& table, int depth = 0);

/// `table` with `columns` replaced by full_columns() when it has parents: what an
/// expression over the child (a CHECK, an index) can name and the types it sees.
Table with_inherited_columns(const Catalog& catalog, Table table);

/// The tables that list `parent` in their INHERITS, directly, in name order.
std::vector<QualifiedName> children_of(const Catalog& catalog, const QualifiedName& parent);

/// True when `table` takes part in inheritance: it has parents or children.
bool in_inheritance(const Catalog& catalog, const Table& table);

}  // namespace pgmorph::schema
