// Objects that belong to migration tools, not to the application schema: the tables where
// Knex, Alembic, Flyway, golang-migrate and dbmate record what they applied, and pgmorph's
// own schema. They are never part of a diff (docs/plan.md, "What a plan never touches").
#pragma once

#include <string_view>

#include "schema/model.hpp"

namespace pgmorph::schema {

/// One excluded name and the tool that owns it.
struct BookkeepingEntry {
  std::string_view name;
  std::string_view owner;
};

/// Tables excluded from every catalog, in whatever schema they live (each tool lets its
/// users choose that schema).
inline constexpr BookkeepingEntry k_bookkeeping_tables[] = {
    {"alembic_version", "Alembic"},
    {"knex_migrations", "Knex"},
    {"knex_migrations_lock", "Knex"},
    {"flyway_schema_history", "Flyway"},
    {"schema_migrations", "golang-migrate and dbmate"},
};

/// The schema pgmorph keeps its own history in; excluded with everything in it.
inline constexpr std::string_view k_pgmorph_schema = "pgmorph";

/// True when `name` is one of k_bookkeeping_tables or lives in k_pgmorph_schema.
bool is_bookkeeping_table(const QualifiedName& name);

/// Removes the bookkeeping tables with their indexes, triggers, policies, rules and owned sequences
/// (Knex's serial ids), and the pgmorph schema with every object in it. Applied to both
/// sides of a `plan`, after normalization (every name has its schema).
void remove_bookkeeping(Catalog& catalog);

}  // namespace pgmorph::schema
