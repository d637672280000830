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
        // What the live side's server allows (either side may be the live one).
        const schema::ExtensionUpdatePaths& paths = old.update_paths.pairs ? old.update_paths : now.update_paths;
        bool no_downgrade = false;
        if (version_changes && !old.version.empty()) {
          if (!paths.allows(old.version, now.version)) {
            context.diagnostics.push_back(
                {schema::Severity::error, "no-update-path",
                 "extension " + now.name + ": the server has no update path from version " + old.version +
                     " to " + now.version + " (pg_extension_update_paths)",
                 std::nullopt});
            return;
          }
          no_downgrade = !paths.allows(now.version, old.version);
        }
        if (old.schema != now.schema || version_changes) context.add(AlterExtension{old, now, no_downgrade});
        if (old.schema != now.schema) {
          context.extension_moves.insert({schema::extension_schema(old), schema::extension_schema(now)});
        }
        diff_comment(context, {CommentKind::extension, {"", now.name}, ""}, old.comment,
                     now.comment);
      });
}

}  // namespace pgmorph::diff
