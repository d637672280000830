// `pgmorph apply --verify-rollback`: before the target is touched, the migrations are
// rehearsed in a throwaway database on the scratch server with the runner itself: the applied
// ones replayed, then each pending one applied, rolled back and applied again, comparing schema
// fingerprints (the project's introspection, not pg_dump) after every step.
#pragma once

#include "migrate/migration_dir.hpp"
#include "migrate/runner.hpp"

#include <vector>

namespace pgmorph::migrate {

/// True when every pending migration's down file restores the schema it started from and the
/// up file applied again gives the same schema as the first time. Otherwise false, with
/// report.outcome refused (or failed, when the scratch server is unusable) and a diagnostic
/// `verify-rollback` naming the migration. Needs options.dev_url and options.fingerprint.
bool verify_rollback(const RunnerOptions& options, const std::vector<const MigrationFile*>& applied,
                     const std::vector<const MigrationFile*>& pending, RunReport& report);

}  // namespace pgmorph::migrate
