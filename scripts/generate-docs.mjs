// Generates the documentation pages that are derived from the code, before typedoc runs (`npm run docs`).
// Each page is produced by a function of the built @tremplin/core, so the docs cannot drift from the code.
//   node scripts/generate-docs.mjs          writes the pages
//   node scripts/generate-docs.mjs --check  exits 1 if a committed page differs from the generated one
// Run `npx turbo run build --filter=@tremplin/core` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPageDiagramme } from '@tremplin/core';
import { renderErrorPage } from './error-codes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** Each generated page: its path from the repository root and the function producing its text. */
const pages = [
  { path: 'docs/workflow-diagram.md', generate: () => renderPageDiagramme() },
  { path: 'docs/guides/erreurs.md', generate: () => renderErrorPage() },
];

let stale = 0;
for (const page of pages) {
  const file = join(root, page.path);
  const text = page.generate();
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) {
    console.log(`up to date  ${page.path}`);
  } else if (check) {
    stale++;
    console.error(
      `stale       ${page.path} (run: node ${relative(process.cwd(), fileURLToPath(import.meta.url))})`,
    );
  } else {
    writeFileSync(file, text);
    console.log(`written     ${page.path}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
