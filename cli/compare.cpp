#include "cli/compare.hpp"

#include "cli/sources.hpp"
#include "diff/diff.hpp"
#include "diff/down_column_order.hpp"
#include "introspect/connection.hpp"
#include "introspect/server_canonical.hpp"
#include "schema/bookkeeping.hpp"
#include "schema/normalize.hpp"
#include "schema/stage_timer.hpp"

namespace pgmorph::cli {

std::optional<codegen::Plan> plan_between(const std::string& from, const std::string& to,
                                          schema::Diagnostics& diagnostics,
                                          const diff::DiffOptions& options,
                                          schema::Catalog* from_state, schema::Catalog* to_state,
                                          bool without_bookkeeping) {
  schema::StageTimer timer;
  LoadedPair sides = load_catalogs(from, to, diagnostics);
  timer.lap("load (both sides)");
  if (!sides.from || !sides.to || schema::has_errors(diagnostics)) return std::nullopt;
  diff::apply_rename_directives(*sides.to, options.renames, diagnostics);
  if (schema::has_errors(diagnostics)) return std::nullopt;
  schema::normalize(*sides.from);
  schema::normalize(*sides.to);
  if (without_bookkeeping) {
    schema::remove_bookkeeping(*sides.from);
    schema::remove_bookkeeping(*sides.to);
  }
  timer.lap("normalize");
  // Exactly one live side: the other side's changed expressions are rendered by that
  // server, so that text PostgreSQL rewrites on the way in compares equal. Two live sides
  // are both the server's own rendering already.
  const bool from_live = introspect::is_connection_string(from);
  const bool to_live = introspect::is_connection_string(to);
  if (from_live && !to_live)
    introspect::canonicalize_on_server(from, *sides.from, *sides.to, diagnostics);
  else if (to_live && !from_live)
    introspect::canonicalize_on_server(to, *sides.to, *sides.from, diagnostics);
  if (from_live != to_live) timer.lap("server canonical");
  const diff::ChangeSet changes = diff::diff(*sides.from, *sides.to, diagnostics, options);
  timer.lap("diff");
  if (schema::has_errors(diagnostics)) return std::nullopt;
  const diff::ChangeSet down_fixups =
      diff::down_column_order_fixups(*sides.from, *sides.to, changes, diagnostics, options);
  if (schema::has_errors(diagnostics)) return std::nullopt;
  codegen::Plan plan = codegen::build_plan(changes, down_fixups);
  timer.lap("plan");
  if (from_state != nullptr) *from_state = std::move(*sides.from);
  if (to_state != nullptr) *to_state = std::move(*sides.to);
  return plan;
}

}  // namespace pgmorph::cli
