// Pre-flight probes of a plan: written to a file (`--probes FILE`) or run read-only on the
// live `from` database (`--run-probes`).
#pragma once

#include <string>

#include "codegen/plan.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::cli {

/// Every probe of up.sql as a script of read-only queries, each headed by its statement
/// number, summary and question.
std::string probes_script(const codegen::Plan& plan);

/// Runs every probe on `conninfo`, each in a READ ONLY transaction that is rolled back, and
/// prints one line per probe on stderr: the count, and whether the step will fail. False when
/// the database cannot be reached (the error is in `diagnostics`).
bool run_probes(const std::string& conninfo, const codegen::Plan& plan, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::cli
