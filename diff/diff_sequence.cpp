// Sequences: options alter in place; OWNED BY is its own change so that ordering can put
// it after the owning table is created and before that table is dropped. (SetSequenceOwner
// is OWNED BY; the owning role is SetOwner, like every other object's.)
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

namespace {

schema::Sequence without_owner(schema::Sequence sequence) {
  sequence.owned_by_table.reset();
  sequence.owned_by_column.clear();
  return sequence;
}

schema::Sequence options_only(schema::Sequence sequence) {
  sequence = without_owner(std::move(sequence));
  sequence.comment.reset();
  sequence.owner.reset();
  sequence.grants.clear();
  return sequence;
}

/// True when the sequence belongs to a table (serial) and has that table's owner: ALTER
/// TABLE ... OWNER TO carries it along, and PostgreSQL refuses to change it on its own.
bool follows_table_owner(const schema::Catalog& catalog, const schema::Sequence& sequence) {
  if (!sequence.owned_by_table) return false;
  auto table = catalog.tables.find(*sequence.owned_by_table);
  return table != catalog.tables.end() && table->second.owner == sequence.owner;
}

void diff_owner(DiffContext& context, const QualifiedName& name,
                const std::optional<schema::Sequence>& old,
                const std::optional<schema::Sequence>& now) {
  SetSequenceOwner change{name, {}, {}, {}, {}};
  if (old && old->owned_by_table) {
    change.from_table = old->owned_by_table;
    change.from_column = old->owned_by_column;
  }
  if (now && now->owned_by_table) {
    change.to_table = now->owned_by_table;
    change.to_column = now->owned_by_column;
  }
  if (change.from_table != change.to_table || change.from_column != change.to_column)
    context.add(std::move(change));
}

}  // namespace

void diff_sequences(DiffContext& context) {
  diff_by_key(
      context.from.sequences, context.to.sequences,
      [&](const schema::Sequence& old) {
        // Detach first: DROP TABLE would otherwise drop an owned sequence on its own, and
        // the reverse re-attaches it after the table exists again.
        diff_owner(context, old.name, old, std::nullopt);
        context.add(DropSequence{without_owner(old)});
      },
      [&](const schema::Sequence& created) {
        context.add(CreateSequence{without_owner(created)});
        diff_owner(context, created.name, std::nullopt, created);
      },
      [&](const schema::Sequence& old, const schema::Sequence& now) {
        if (!(options_only(old) == options_only(now)))
          context.add(AlterSequence{options_only(old), options_only(now)});
        diff_owner(context, now.name, old, now);
        if (follows_table_owner(context.from, old) && follows_table_owner(context.to, now) &&
            old.owned_by_table == now.owned_by_table) {
          if (old.grants != now.grants)
            context.add(ChangePrivileges{acl_target(now), old.grants, now.grants, old.owner});
        } else {
          diff_acl(context, old, now);
        }
        diff_comment(context, {CommentKind::sequence, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
