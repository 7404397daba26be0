/**
 * Failures for people (French, with every reason, its code and its text) and for programs (JSON without the
 * driver's internals).
 *
 * @packageDocumentation
 */
import { citeSource, type SourceRef } from '@tremplin/core';
import { type CliFailure, exitCodeOf, type FailureContext, nextStep } from '../failure.js';
import type { Style } from './style.js';

const TITLE: Readonly<Record<CliFailure['kind'], string>> = {
  usage: 'Utilisation incorrecte',
  file: 'Fichier',
  rows: 'Lignes refusées',
  store: 'Erreur de la base',
  conflict: 'Conflit d’écriture',
  validation: 'Données invalides',
  refusal: 'Commande refusée',
  permission: 'Permission refusée',
  'not-found': 'Introuvable',
  internal: 'Erreur interne',
};

function source(s: Style, ref: SourceRef | undefined): string[] {
  return ref === undefined ? [] : [`      ${s('dim', `Source : ${citeSource(ref)}`)}`];
}

/**
 * Renders a failure for people.
 *
 * @param failure - what went wrong.
 * @param s - the styler.
 * @param context - the command that failed, its arguments and its database, to name what to type next.
 * @returns lines for stderr: the title and message, every reason or issue (code, message, source), then one
 * « → » line saying what to do.
 */
export function renderFailure(failure: CliFailure, s: Style, context: FailureContext = {}): string[] {
  const lines: string[] = [];
  const head = (message: string) =>
    lines.push(`${s(['bold', 'red'], `${TITLE[failure.kind]} :`)} ${message}`);
  switch (failure.kind) {
    case 'refusal':
      head(failure.reasons.length === 1 ? '1 raison.' : `${failure.reasons.length} raisons.`);
      for (const r of failure.reasons) {
        lines.push(`  • ${r.message} ${s('dim', `[${r.code}]`)}`, ...source(s, r.source));
      }
      break;
    case 'permission':
      head(failure.message);
      for (const r of failure.reasons) {
        lines.push(`  • ${r.message} ${s('dim', `[${r.code}]`)}`, ...source(s, r.source));
      }
      break;
    case 'validation':
      head(failure.message);
      for (const i of failure.issues) {
        const where = i.path.length > 0 ? `${i.path.join('.')} : ` : '';
        lines.push(`  • ${where}${i.message} ${s('dim', `[${i.code}]`)}`);
      }
      break;
    case 'rows':
      head(failure.message);
      for (const row of failure.rows) {
        const who = row.dossierId === null ? '' : ` (${row.dossierId})`;
        lines.push(`  ${s('bold', `ligne ${row.line}`)}${who}`);
        for (const i of row.issues) {
          const where = i.path.length > 0 ? `${i.path.join('.')} : ` : '';
          lines.push(`    • ${where}${i.message} ${s('dim', `[${i.code}]`)}`);
        }
      }
      break;
    case 'file':
      head(`${failure.message} (${failure.path})`);
      break;
    case 'conflict':
      // The conflict's message names the dossier and both sequences (core's conflictError).
      head(failure.message);
      break;
    case 'store':
      head(`${failure.message} [${failure.code}]`);
      break;
    case 'usage':
    case 'not-found':
    case 'internal':
      head(failure.message);
      break;
  }
  lines.push(`${s('cyan', '→')} ${nextStep(failure, context)}`);
  return lines;
}

/**
 * A failure as plain JSON: its fields, without the driver's own error (`cause`), plus the exit code and what
 * to do next.
 *
 * @param failure - what went wrong.
 * @param context - the command that failed, its arguments and its database.
 * @returns a JSON-serialisable object whose `nextStep` is always a sentence.
 */
export function failureJson(failure: CliFailure, context: FailureContext = {}): Record<string, unknown> {
  const { cause: _cause, ...rest } = failure as CliFailure & { cause?: unknown };
  return { ...rest, exitCode: exitCodeOf(failure), nextStep: nextStep(failure, context) };
}
