// Internal: pqxx results of the catalog queries -> rows.
#pragma once

#include "introspect/rows.hpp"

#include <pqxx/pqxx>

namespace pgmorph::introspect {

/// Runs every query of queries/*.sql (prepared for `server_version`) in `tx` and collects
/// the rows. Lets pqxx exceptions through.
CatalogRows read_catalog_rows(pqxx::transaction_base& tx, int server_version);

}  // namespace pgmorph::introspect
