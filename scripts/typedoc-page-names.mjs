// TypeDoc plugin (typedoc.json "plugin", "router": "ascii"): pages with ASCII names. TypeDoc names a guide's page
// after its title (« Calendriers, règles datées… » would give `documents/Calendriers,_règles_datées….html`); this
// router names it after its Markdown file instead (`documents/calendriers-et-regles.html`), and strips accents
// from any other page name, so every address of the site is plain ASCII, stable when a title changes.
import { basename, extname } from 'node:path';
import { KindRouter } from 'typedoc';

/**
 * A name in ASCII: accents removed, anything but letters, digits, `.`, `_` and `-` replaced by `-`.
 *
 * @param {string} name
 * @returns {string}
 */
export function asciiName(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}

/** The `kind` router, with guide pages named after their file and every name in ASCII. */
class AsciiRouter extends KindRouter {
  /** @param {import('typedoc').Reflection} reflection */
  getIdealBaseName(reflection) {
    if (reflection.isDocument()) {
      const file = reflection.project.files.getReflectionPath(reflection);
      if (file !== undefined) return `documents/${asciiName(basename(file, extname(file)))}`;
    }
    return asciiName(super.getIdealBaseName(reflection));
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineRouter('ascii', AsciiRouter);
}
