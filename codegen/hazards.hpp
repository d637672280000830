// Hazards are data: a closed set of codes with stable ids (docs/safety.md of the project),
// attached to statements by the renderers, never inferred from SQL text.
#pragma once

#include <string>
#include <string_view>

namespace pgmorph::codegen {

enum class HazardCode {
  drop_table,            // D101
  drop_column,           // D102
  drop_schema,           // D103
  drop_sequence,         // D108
  drop_constraint,       // D109
  drop_enum_value,       // D110
  drop_type,             // D111
  drop_function,         // D112
  drop_extension,        // D113
  drop_index,            // L102 (we drop concurrently, but queries lose the index)
  column_type_change,    // L113
  set_not_null,          // L108
  add_unique_or_pk,      // L109
  add_exclusion,         // L112
  volatile_default,      // L114
  generated_stored,      // L115
  identity_restart,      // L116
  detach_partition,      // L118
  set_logged,            // L119
  create_trigger,        // L121
};

/// The fixed facts of one hazard code.
struct HazardInfo {
  HazardCode code;
  std::string_view id;    ///< stable code, e.g. "D101"
  std::string_view slug;  ///< stable kebab-case id, e.g. "drop-table"
  bool loses_data;        ///< running it (or its reverse) destroys stored data
  std::string_view summary;
};

/// The table entry for `code`.
const HazardInfo& hazard_info(HazardCode code);

/// One hazard on one statement, with the object it concerns.
struct Hazard {
  HazardCode code;
  std::string detail;
};

}  // namespace pgmorph::codegen
