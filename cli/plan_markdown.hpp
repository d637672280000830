// `diff --format markdown`: one report for a pull-request comment (docs/output.md describes it).
#pragma once

#include <string>
#include <vector>

#include "cli/probes.hpp"
#include "codegen/plan.hpp"
#include "schema/model.hpp"

namespace pgmorph::cli {

/// Everything the report shows. `from` and `to` are the normalized catalogs the plan was
/// computed from; `probe_results` is null when the probes were not run.
struct MarkdownReport {
  const codegen::Plan& plan;
  const codegen::EmitOptions& labels;
  const std::string& up_sql;
  const std::string& down_sql;
  const schema::Catalog& from;
  const schema::Catalog& to;
  const std::vector<ProbeResult>* probe_results = nullptr;
  /// Set when verification ran and failed: the failure, quoted in the report.
  std::string verification_failure;
};

/// The report: a heading with the sources, a table of objects added, changed and dropped per
/// kind, the hazards (code, severity, lock, cost, data loss, the safe alternative), the probe
/// results when run, a Mermaid ER diagram of the added or changed tables and the foreign keys
/// between them and their neighbours, and up and down SQL in collapsible blocks.
std::string plan_markdown(const MarkdownReport& report);

/// Counts of objects per kind: added (only in `to`), changed (in both, different) and dropped
/// (only in `from`), for kinds where any count is non-zero, in catalog order.
struct KindChangeCount {
  std::string kind;  ///< plural, e.g. "tables"
  int added = 0, changed = 0, dropped = 0;
};
std::vector<KindChangeCount> count_changes(const schema::Catalog& from, const schema::Catalog& to);

}  // namespace pgmorph::cli
