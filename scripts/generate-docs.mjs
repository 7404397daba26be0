// Generates the documentation pages that are derived from the code, before typedoc runs (`npm run docs`).
// Each page is produced by a function of the built @tremplin/core, so the docs cannot drift from the code. The
// workflow page gets the diagram drawn as an SVG image (scripts/workflow-svg.mjs), inlined in the page so that the
// site shows it without script or network, and written to docs/images/workflow.svg for other uses.
//   node scripts/generate-docs.mjs          writes the pages
//   node scripts/generate-docs.mjs --check  exits 1 if a committed page differs from the generated one
// Run `npx turbo run build --filter=@tremplin/core` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPageDiagramme } from '@tremplin/core';
import { renderErrorPage } from './error-codes.mjs';
import { renderWorkflowSvg } from './workflow-svg.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/**
 * The workflow page: core's page, with the SVG drawing before the Mermaid text (the text stays, for screen readers
 * and for reuse).
 */
function renderWorkflowPage() {
  const page = renderPageDiagramme();
  const at = page.indexOf('## Le diagramme en texte');
  if (at < 0) throw new Error('generate-docs: the workflow page has no « Le diagramme en texte » section');
  return `${page.slice(0, at)}${renderWorkflowSvg()}\n${page.slice(at)}`;
}

/** Each generated page: its path from the repository root and the function producing its text. */
const pages = [
  { path: 'docs/workflow-diagram.md', generate: renderWorkflowPage },
  { path: 'docs/images/workflow.svg', generate: () => renderWorkflowSvg() },
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
