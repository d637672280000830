// Server-side canonicalization of the desired catalog against a live database.
//
// PostgreSQL stores expressions as trees and prints them back its own way: it adds the
// implicit casts (`price > (0)::numeric`), turns `IN (...)` into `= ANY (ARRAY[...])`,
// qualifies column references in view bodies, and so on. A schema file parsed locally
// cannot reproduce all of that, so an object that is unchanged would look changed when one
// side of a diff is a live database. This module asks the server to render only the
// desired objects that still differ from the live ones, by creating temporary copies of
// them inside one transaction that is always rolled back.
#pragma once

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

#include <string>

namespace pgmorph::introspect {

/// Brings `desired` (a catalog parsed from files or a snapshot) into the server's own
/// rendering wherever an object exists in `current` (introspected from `conninfo`) but
/// differs from it:
/// - column defaults and generated expressions, CHECK and EXCLUDE constraints, indexes on
///   tables, view and materialized view queries, domain defaults and checks;
/// - owners: both catalogs adopt the connection's current_user as the migration role
///   (schema::adopt_migration_role), so `OWNER TO <that role>` equals no owner.
/// Every probe object is temporary (pg_temp) and the transaction is rolled back, so nothing
/// is written to the database. A probe the server rejects (say, a default that calls a
/// function the plan has yet to create) leaves that object as it was; the diff then plans
/// it as a change, as it would without this step. A connection failure is one warning.
void canonicalize_on_server(const std::string& conninfo, schema::Catalog& current,
                            schema::Catalog& desired, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::introspect
