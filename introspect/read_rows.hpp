// Internal: pqxx results of the catalog queries -> rows.
#pragma once

#include "introspect/rows.hpp"

#include <pqxx/pqxx>

namespace pgmorph::introspect {

/// Which catalog queries to run: each group fills its own members of CatalogRows, so the
/// two groups may run at once on two connections sharing one snapshot.
enum class QueryGroup { first, second, all };

/// Runs the queries of queries/*.sql in `group` (prepared for `server_version`) in `tx` and
/// stores their rows in `rows`. Lets pqxx exceptions through.
void read_catalog_rows(pqxx::transaction_base& tx, int server_version, QueryGroup group,
                       CatalogRows& rows);

}  // namespace pgmorph::introspect
