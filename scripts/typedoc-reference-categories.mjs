// TypeDoc plugin (typedoc.json "plugin"): a name exported by two entry points of a package (the Store port,
// from `@tremplin/core` and `@tremplin/core/store-kit`) is documented once and re-exported elsewhere as a
// reference, which carries no comment of its own and so would land in the default category. This gives each
// reference the `@category` of what it points to, before the category plugin sorts the module's children.
import { Comment, Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of Object.values(context.project.reflections)) {
        if (!reflection.isReference() || reflection.comment) continue;
        const target = reflection.tryGetTargetReflectionDeep();
        if (!target) continue;
        const comments = [
          target.comment,
          ...(target.isDeclaration() ? (target.signatures ?? []) : []).map((s) => s.comment),
        ];
        const tags = comments.flatMap((c) => c?.blockTags ?? []).filter((t) => t.tag === '@category');
        if (tags.length > 0)
          reflection.comment = new Comment(
            [],
            tags.map((t) => t.clone()),
          );
      }
    },
    // Before the category plugin (-200).
    100,
  );
}
