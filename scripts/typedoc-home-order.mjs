// TypeDoc plugin (typedoc.json "plugin"): the navigation follows the home page (docs/index.md). Guides are listed
// in the order the home page links them, and packages in the order it names them (`@tremplin/core` first),
// instead of TypeDoc's alphabetical order. A guide or a package the home page does not mention comes after the
// others, in TypeDoc's order; the docs-site check fails when a guide cannot be reached from the home page.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Renderer } from 'typedoc';

/**
 * The order the home page gives: the Markdown files it links (absolute paths) and the packages it names.
 *
 * @param {string} home - the home page's path.
 * @returns {{ files: string[], packages: string[] }}
 */
export function readHomeOrder(home) {
  const text = readFileSync(home, 'utf8');
  const files = [...text.matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)].map((m) =>
    resolve(dirname(home), m[1]),
  );
  const packages = [...text.matchAll(/`(@tremplin\/[a-z0-9-]+)`/g)].map((m) => m[1]);
  return { files: [...new Set(files)], packages: [...new Set(packages)] };
}

/** Sorts `list` in place by `rank` (unranked last, stable). */
function sortBy(list, rank) {
  if (!Array.isArray(list)) return;
  const position = (item) => {
    const r = rank(item);
    return r < 0 ? Number.MAX_SAFE_INTEGER : r;
  };
  const indexed = list.map((item, i) => [item, i]);
  indexed.sort((a, b) => position(a[0]) - position(b[0]) || a[1] - b[1]);
  list.splice(0, list.length, ...indexed.map(([item]) => item));
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(Renderer.EVENT_BEGIN, (event) => {
    const project = event.project;
    const readme = app.options.getValue('readme');
    if (!readme || readme === 'none') return;
    const { files, packages } = readHomeOrder(resolve(readme));
    const rank = (reflection) => {
      if (reflection.isDocument()) {
        const file = project.files.getReflectionPath(reflection);
        return file === undefined ? -1 : files.indexOf(resolve(file));
      }
      return packages.indexOf(reflection.name);
    };
    sortBy(project.children, rank);
    sortBy(project.documents, rank);
    sortBy(project.childrenIncludingDocuments, rank);
    for (const group of project.groups ?? []) {
      sortBy(group.children, rank);
      for (const category of group.categories ?? []) sortBy(category.children, rank);
    }
    for (const category of project.categories ?? []) sortBy(category.children, rank);
  });
}
