#include "codegen/hazards.hpp"

#include <array>

#include "schema/diagnostic.hpp"

namespace pgmorph::codegen {

namespace {

constexpr std::array k_hazards = {
    HazardInfo{HazardCode::drop_table, "D101", "drop-table", true,
               "drops the table and all its rows; the reverse restores the structure, not the rows"},
    HazardInfo{HazardCode::drop_column, "D102", "drop-column", true,
               "drops the column and its data; the reverse restores the column empty"},
    HazardInfo{HazardCode::drop_schema, "D103", "drop-schema", true, "drops the schema"},
    HazardInfo{HazardCode::drop_sequence, "D108", "drop-sequence", true,
               "drops the sequence; its current value is lost"},
    HazardInfo{HazardCode::drop_constraint, "D109", "drop-constraint", false,
               "drops an integrity constraint"},
    HazardInfo{HazardCode::drop_enum_value, "D110", "drop-enum-value", true,
               "recreates the enum without some values; rows holding them make it fail"},
    HazardInfo{HazardCode::drop_type, "D111", "drop-type", false, "drops a type"},
    HazardInfo{HazardCode::drop_function, "D112", "drop-function", false,
               "drops a function or procedure"},
    HazardInfo{HazardCode::drop_extension, "D113", "drop-extension", true,
               "drops an extension and the objects it owns"},
    HazardInfo{HazardCode::drop_index, "L102", "drop-index", false,
               "queries that used the index lose it"},
    HazardInfo{HazardCode::column_type_change, "L113", "column-type-change-rewrite", true,
               "changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may "
               "truncate or reject values"},
    HazardInfo{HazardCode::set_not_null, "L108", "set-not-null-scan", false,
               "SET NOT NULL scans the table under ACCESS EXCLUSIVE and fails on NULLs"},
    HazardInfo{HazardCode::add_unique_or_pk, "L109", "add-unique-constraint-without-index", false,
               "builds a unique index under ACCESS EXCLUSIVE and fails on duplicates"},
    HazardInfo{HazardCode::add_exclusion, "L112", "add-exclusion-constraint", false,
               "builds and checks an exclusion constraint under ACCESS EXCLUSIVE"},
    HazardInfo{HazardCode::volatile_default, "L114", "add-column-volatile-default", false,
               "a volatile default rewrites the table under ACCESS EXCLUSIVE"},
    HazardInfo{HazardCode::generated_stored, "L115", "add-column-generated-stored", false,
               "a stored generated column rewrites the table under ACCESS EXCLUSIVE"},
    HazardInfo{HazardCode::identity_restart, "L116", "identity-restart", true,
               "new identity bounds exclude the sequence's position, so it restarts at its new "
               "start; values already generated may be generated again"},
    HazardInfo{HazardCode::detach_partition, "L118", "detach-partition-non-concurrent", false,
               "DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition"},
    HazardInfo{HazardCode::set_logged, "L119", "set-logged-unlogged", false,
               "SET LOGGED/UNLOGGED rewrites the table under ACCESS EXCLUSIVE"},
    HazardInfo{HazardCode::create_trigger, "L121", "create-trigger-existing-table", false,
               "changes write behaviour of an existing table"},
};

}  // namespace

const HazardInfo& hazard_info(HazardCode code) {
  for (const auto& info : k_hazards)
    if (info.code == code) return info;
  throw schema::InternalError("hazard code without a table entry");
}

}  // namespace pgmorph::codegen
