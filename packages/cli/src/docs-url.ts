/**
 * Where the documentation is for someone who installed `@tremplin/cli` from npm: the docs site, never a file of
 * the repository.
 *
 * @packageDocumentation
 */

/** The documentation site's address (also the `homepage` of the packages). */
export const DOCS_URL = 'https://tremplin-education.github.io/tremplin/';

/** The guides the command's help and hints link to, by their file name in `docs/guides/` (ASCII). */
export type GuidePage = 'cli' | 'configuration' | 'demarrer' | 'erreurs' | 'stockage';

/**
 * A guide's page on the docs site: the site names a guide's page after its Markdown file
 * (`docs/guides/cli.md` → `documents/cli.html`, see `scripts/typedoc-page-names.mjs`).
 *
 * @param page - the guide's file name, without `.md`.
 * @returns its absolute address.
 */
export function guideUrl(page: GuidePage): string {
  return `${DOCS_URL}documents/${page}.html`;
}

/** Where to report a defect of Tremplin. */
export const BUGS_URL = 'https://github.com/tremplin-education/tremplin/issues';
