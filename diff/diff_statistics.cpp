// Extended statistics objects (CREATE STATISTICS).
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

void diff_statistics(DiffContext& context) {
  diff_by_key(
      context.from.statistics, context.to.statistics,
      [&](const schema::Statistics& old) { context.add(DropStatistics{old}); },
      [&](const schema::Statistics& created) { context.add(CreateStatistics{created}); },
      [&](const schema::Statistics& old, const schema::Statistics& now) {
        // A dropped and re-added column, or a rebuilt table, takes the object with it.
        const bool column_recreated = [&] {
          auto found = context.recreated_columns.find(now.table);
          if (found == context.recreated_columns.end()) return false;
          for (const auto& column : now.columns)
            if (found->second.contains(column)) return true;
          return false;
        }();
        if (old.table != now.table || old.definition != now.definition || column_recreated ||
            context.dropped_tables.contains(now.table) || context.calls_recreated_function(old.refs)) {
          context.add(DropStatistics{old});
          context.add(CreateStatistics{now});
        } else if (old.target != now.target) {
          context.add(AlterStatistics{old, now});
        }
      });
}

}  // namespace pgmorph::diff
