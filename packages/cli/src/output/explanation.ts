/**
 * An explanation of the core (why a deadline has its date, why an alert is raised) for people: the summary,
 * the facts of the dossier used, the parameters with their layer and source, and the texts.
 *
 * @packageDocumentation
 */
import { citeSource, type Explanation, explainParameter, type ResolvedParameter } from '@tremplin/core';
import {
  CATEGORIE_LABEL,
  CORPS_LABEL,
  DECISION_LABEL,
  labelOf,
  QUOTITE_LABEL,
  ROLE_LABEL,
} from './labels.js';
import type { Style } from './style.js';

// The facts whose value is a code, and the labels people read instead.
const FACT_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  categorie: CATEGORIE_LABEL,
  corps: CORPS_LABEL,
  quotite: QUOTITE_LABEL,
  decision: DECISION_LABEL,
  'declenchee-par': ROLE_LABEL,
};

function factValue(name: string, value: unknown): string {
  if (value === null) return '—';
  const labels = FACT_LABELS[name];
  return labels === undefined || typeof value !== 'string' ? String(value) : labelOf(labels, value);
}

/**
 * A rule as people read it: a plain value is printed, a structured one (a list of pieces, a deadline's
 * specification) is left to `--json`, with its layer, validity and source.
 */
function parameterLine(p: ResolvedParameter): string {
  const line = explainParameter(p);
  if (typeof p.value !== 'object' || p.value === null) return line;
  const prefix = `${p.key} = ${JSON.stringify(p.value)}`;
  return line.startsWith(prefix)
    ? `${p.key} (valeur détaillée avec --json)${line.slice(prefix.length)}`
    : line;
}

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
        `    • ${f.name} = ${factValue(f.name, f.value)}${f.ref === undefined ? '' : s('dim', ` (${f.ref})`)}`,
      );
    }
  }
  if (e.parameters.length > 0) {
    lines.push('', `  ${s('bold', 'Règles appliquées :')}`);
    for (const p of e.parameters) lines.push(`    • ${parameterLine(p)}`);
  }
  lines.push('', `  ${s('bold', 'Textes :')}`);
  for (const src of e.sources) lines.push(`    • ${citeSource(src)}`);
  return lines;
}
