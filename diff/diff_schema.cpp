// Schemas and extensions.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

void diff_schemas(DiffContext& context) {
  diff_by_key(
      context.from.schemas, context.to.schemas,
      [&](const schema::SchemaObject& old) { context.add(DropSchema{old}); },
      [&](const schema::SchemaObject& created) { context.add(CreateSchema{created}); },
      [&](const schema::SchemaObject& old, const schema::SchemaObject& now) {
        diff_acl(context, old, now);
        diff_comment(context, {CommentKind::schema, {"", now.name}, ""}, old.comment,
                     now.comment);
      });
}

void diff_extensions(DiffContext& context) {
  diff_by_key(
      context.from.extensions, context.to.extensions,
      [&](const schema::Extension& old) { context.add(DropExtension{old}); },
      [&](const schema::Extension& created) { context.add(CreateExtension{created}); },
      [&](const schema::Extension& old, const schema::Extension& now) {
        // A version left out means "whatever is installed" on the desired side.
        const bool version_changes = old.version != now.version && !now.version.empty();
        if (old.schema != now.schema || version_changes) context.add(AlterExtension{old, now});
        if (old.schema != now.schema) {
          context.extension_moves.insert({schema::extension_schema(old), schema::extension_schema(now)});
        }
        diff_comment(context, {CommentKind::extension, {"", now.name}, ""}, old.comment,
                     now.comment);
      });
}

}  // namespace pgmorph::diff
