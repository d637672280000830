// Extended statistics objects: CREATE / DROP / ALTER STATISTICS. CREATE STATISTICS takes
// SHARE UPDATE EXCLUSIVE on the table and reads nothing (ANALYZE fills it): no hazard.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

Step set_target(const schema::Statistics& statistics, std::optional<int> target) {
  SqlBuilder sql;
  sql.keyword("ALTER STATISTICS").qualified(statistics.name).keyword("SET STATISTICS").raw(std::to_string(target.value_or(-1)));
  return step(sql);
}

std::vector<Step> create_steps(const schema::Statistics& statistics) {
  SqlBuilder sql;
  sql.keyword("CREATE STATISTICS").qualified(statistics.name).raw(statistics.definition);
  std::vector<Step> steps{step(sql)};
  if (statistics.target) steps.push_back(set_target(statistics, statistics.target));
  return steps;
}

Step drop_step(const schema::Statistics& statistics) {
  return step(SqlBuilder().keyword("DROP STATISTICS").qualified(statistics.name));
}

}  // namespace

Statements render_change(const diff::CreateStatistics& change) {
  Statement statement;
  statement.summary = "create statistics " + schema::display_name(change.statistics.name);
  statement.up = create_steps(change.statistics);
  statement.reverse = {drop_step(change.statistics)};
  return {statement};
}

Statements render_change(const diff::DropStatistics& change) {
  Statement statement;
  statement.summary = "drop statistics " + schema::display_name(change.old.name);
  statement.up = {drop_step(change.old)};
  statement.reverse = create_steps(change.old);
  return {statement};
}

Statements render_change(const diff::AlterStatistics& change) {
  return {simple("set statistics target of " + schema::display_name(change.to.name), set_target(change.to, change.to.target),
                 set_target(change.from, change.from.target))};
}

}  // namespace pgmorph::codegen
