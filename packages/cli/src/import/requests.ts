/**
 * A checked row as the command it asks for: the dossier to open, or the event's command with its actor,
 * instant and idempotency key.
 *
 * @packageDocumentation
 */
import { type Acteur, computeEmpreinte, type Issue } from '@tremplin/core';
import { parseActor } from '../args/actor.js';
import type { AtSpec } from '../args/instant.js';
import type { CommandRequest } from '../workflow/session.js';
import { dossierRecordSchema, eventRecordSchema, upgradeDossierRecord } from './formats.js';
import type { Candidate, ImportKind } from './rows.js';
import { parseWith } from './zod-issues.js';

/** What a row's request needs from the command line. */
export interface RowDefaults {
  readonly kind: ImportKind;
  /** The actor of rows that name none (required for dossiers). */
  readonly acteur: Acteur | null;
  /** The instant of rows that give none. */
  readonly at: AtSpec;
}

/**
 * The idempotency key of a row that gives none: a hash of what makes it the same row — its dossier, actor,
 * command and, when the row gives it, its instant (not `--at` nor the clock). Importing the same file again,
 * later, finds every row already recorded: a replay, nothing duplicated.
 *
 * @param content - the row's dossier, actor, command and own instant.
 * @returns `import:` and 32 hexadecimal characters.
 */
export function rowKey(content: {
  readonly dossierId: string;
  readonly acteur: Acteur;
  readonly command: unknown;
  readonly instant: string | null;
}): string {
  return `import:${computeEmpreinte(content).slice(7, 39)}`;
}

/** A row whose cells do not match the header: nothing else is said about it. */
const misaligned = (c: Candidate) => c.issues.some((i) => i.code === 'csv.nombre-de-champs');

function dossierRequest(c: Candidate, defaults: RowDefaults): { request?: CommandRequest; issues: Issue[] } {
  if (misaligned(c)) return { issues: c.issues };
  const parsed = parseWith(dossierRecordSchema, upgradeDossierRecord(c.value), c.column);
  if (!parsed.ok) {
    // A malformed cell already reported (a person) is not reported again by the schema.
    const reported = new Set(c.issues.map((i) => String(i.path[0])));
    return { issues: [...c.issues, ...parsed.issues.filter((i) => !reported.has(String(i.path[0])))] };
  }
  if (c.issues.length > 0 || defaults.acteur === null) return { issues: c.issues };
  const { dossierId, identite, acteurs } = parsed.value;
  const command = { type: 'dossier.ouvrir' as const, dossierId, identite, acteurs };
  // The key is written in the log: it is made without the personal data, which the log never holds.
  const { numen: _n, dateNaissance: _d, courriel: _c, ...stagiaire } = identite.stagiaire;
  const keyed = { ...command, identite: { ...identite, stagiaire } };
  const key = rowKey({ dossierId, acteur: defaults.acteur, command: keyed, instant: null });
  return {
    issues: [],
    request: { dossierId, acteur: defaults.acteur, at: defaults.at, command, idempotencyKey: key },
  };
}

function eventRequest(c: Candidate, defaults: RowDefaults): { request?: CommandRequest; issues: Issue[] } {
  if (misaligned(c)) return { issues: c.issues };
  const parsed = parseWith(eventRecordSchema, c.value, c.column);
  if (!parsed.ok) return { issues: [...c.issues, ...parsed.issues] };
  const row = parsed.value;
  const issues = [...c.issues];
  let acteur = defaults.acteur;
  if (typeof row.acteur === 'string') {
    const a = parseActor(row.acteur);
    if (a.isErr()) issues.push({ code: 'acteur.invalide', message: a.error.message, path: ['acteur'] });
    else acteur = a.value;
  } else if (row.acteur !== undefined) {
    acteur = row.acteur;
  }
  if (acteur === null) {
    issues.push({
      code: 'acteur.manquant',
      message: 'Aucun acteur : colonne « acteur » vide et pas de --as.',
      path: ['acteur'],
    });
  }
  if (issues.length > 0 || acteur === null) return { issues };
  const at: AtSpec =
    row.instant === undefined ? defaults.at : { kind: 'instant', epochMs: Date.parse(row.instant) };
  const key =
    row.cle ??
    rowKey({ dossierId: row.dossierId, acteur, command: row.commande, instant: row.instant ?? null });
  return {
    issues: [],
    request: { dossierId: row.dossierId, acteur, at, command: row.commande, idempotencyKey: key },
  };
}

/**
 * Checks a row and builds its request.
 *
 * @param c - the row read.
 * @param defaults - kind, default actor and instant.
 * @returns the request, or every problem of the row (shape, schema, actor).
 */
export function requestOf(
  c: Candidate,
  defaults: RowDefaults,
): { request?: CommandRequest; issues: Issue[] } {
  return defaults.kind === 'dossiers' ? dossierRequest(c, defaults) : eventRequest(c, defaults);
}
