/**
 * An explanation of the core (why a deadline has its date, why an alert is raised) for people: the summary,
 * the facts of the dossier used, the parameters with their layer and source, and the texts.
 *
 * @packageDocumentation
 */
import { citeSource, type Explanation, explainParameter } from '@tremplin/core';
import type { Style } from './style.js';

/**
 * Renders an explanation.
 *
 * @param e - the explanation.
 * @param s - the styler.
 * @returns lines, indented by two spaces.
 */
export function renderExplanation(e: Explanation, s: Style): string[] {
  const lines = [`  ${e.summary}`];
  if (e.facts.length > 0) {
    lines.push('', `  ${s('bold', 'Faits du dossier :')}`);
    for (const f of e.facts) {
      lines.push(
        `    • ${f.name} = ${f.value === null ? '—' : String(f.value)}${f.ref === undefined ? '' : s('dim', ` (${f.ref})`)}`,
      );
    }
  }
  if (e.parameters.length > 0) {
    lines.push('', `  ${s('bold', 'Règles appliquées :')}`);
    for (const p of e.parameters) lines.push(`    • ${explainParameter(p)}`);
  }
  lines.push('', `  ${s('bold', 'Textes :')}`);
  for (const src of e.sources) lines.push(`    • ${citeSource(src)}`);
  return lines;
}
