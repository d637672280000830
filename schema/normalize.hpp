// The single canonicalizer, applied to every catalog (parsed or introspected) before diffing.
#pragma once

#include <optional>
#include <string>

#include "schema/model.hpp"

namespace pgmorph::schema {

/// Brings a catalog to the invariants listed at the top of model.hpp that its source does
/// not guarantee by construction: empty schemas become `public`, children are sorted,
/// reference lists deduplicated, and ACLs canonical without the owner's own entries
/// (normalize_grants()). Idempotent.
void normalize(Catalog& catalog);

/// pg_type.typstorage of canonical type `type` spelled as SET STORAGE takes it (`plain`,
/// `main`, `extended`), for built-in types and the enums, composites and domains of
/// `catalog`; nullopt for a type neither declares (an extension's).
std::optional<std::string> type_default_storage(const Catalog& catalog, const std::string& type);

/// For a source whose migration role is known (a live connection's current_user): objects
/// owned by `role` get no owner, the model's way to say "owned by the role that runs the
/// migration", and grants to `role` on them are dropped as the owner's implicit ones. Then
/// an explicit `OWNER TO postgres` and an absent owner compare equal when postgres runs it.
/// A policy's CURRENT_USER role (k_current_user_role) becomes `role`, as PostgreSQL stores it.
void adopt_migration_role(Catalog& catalog, const std::string& role);

}  // namespace pgmorph::schema
