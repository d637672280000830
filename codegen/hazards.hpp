// Hazards are data: a closed set of codes with stable ids (the rule tables of safety.md;
// D110-D114, C115 and C116 are pgmorph's own), attached to statements by the renderers, never
// inferred from SQL text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  create_index_blocking, // L101 (an index PostgreSQL cannot build concurrently)
  drop_index,            // D114 (dropped concurrently, but queries lose the index)
  column_type_change,    // L113
  set_not_null,          // L108
  add_unique_or_pk,      // L109
  add_exclusion,         // L112
  volatile_default,      // L114
  generated_stored,      // L115
  add_serial_or_identity,// L116
  detach_partition,      // L118
  set_logged,            // L119
  table_rebuild,         // L120 (a table copied into a new one to reach its column order)
  create_trigger,        // L121
  rename_table,          // C101
  rename_column,         // C102
  add_required_column,   // C105
  drop_not_null,         // C106
  unique_data_dependent, // C110
  extension_change,      // C112
  replica_identity_change, // C111
  authz_change,          // C113
  identity_restart,      // C115
  not_null_data_dependent, // C116
};

/// How much a hazard matters: errors are what `--fail-on-hazards` stops on by default.
enum class HazardSeverity { error, warning, info };

/// The fixed facts of one hazard code.
struct HazardInfo {
  HazardCode code;
  std::string_view id;    ///< stable code, e.g. "D101"
  std::string_view slug;  ///< stable kebab-case id, e.g. "drop-table"
  HazardSeverity severity;
  bool loses_data;        ///< running it (or its reverse) destroys stored data
  std::string_view lock;  ///< strongest table lock taken, e.g. "ACCESS EXCLUSIVE" ("" if none)
  std::string_view cost;  ///< "rewrite", "scan", "index build" or "" (metadata only)
  std::string_view summary;
};

/// The table entry for `code`.
const HazardInfo& hazard_info(HazardCode code);

/// "error", "warning" or "info".
std::string_view severity_name(HazardSeverity severity);

/// The entry whose id ("D101") or slug ("drop-table") is `name`, or nullptr.
const HazardInfo* find_hazard(std::string_view name);

/// Every entry, in code order (for documentation and option checking).
const std::vector<HazardInfo>& all_hazards();

/// One hazard on one statement, with the object it concerns.
struct Hazard {
  HazardCode code;
  std::string detail;
  /// Set by data-aware grading (a live `from`): the severity for this table's size, e.g.
  /// info on an empty table, and the size it was graded by ("empty", "~2.1M rows, 840 MB").
  std::optional<HazardSeverity> graded_severity = std::nullopt;
  std::string size_note = {};
};

/// The hazard's severity: graded when grading ran, else its code's.
HazardSeverity effective_severity(const Hazard& hazard);

/// `D101 drop-table [error; ACCESS EXCLUSIVE]: public.t: drops the table ...`
std::string describe(const Hazard& hazard);

}  // namespace pgmorph::codegen
