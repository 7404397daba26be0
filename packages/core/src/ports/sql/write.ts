/**
 * Writing an append plan: the dossier index rows, the events and the idempotency records.
 *
 * @packageDocumentation
 */
import type { StoredEvent } from '../append.js';
import type { AppendPlan } from '../plan.js';
import type { DossierWrite } from '../rows.js';
import type { SqlSyntax, SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { executeRows, query } from './work.js';

/** The dossier rows of some writes, column by column, in `DOSSIER_COLUMNS` order. */
function dossierRows(writes: readonly DossierWrite[]): unknown[][] {
  const index = writes.map((w) => w.index);
  return [
    writes.map((w) => w.dossierId),
    writes.map((w) => w.lastSequence),
    index.map((i) => i?.academie),
    index.map((i) => i?.anneeScolaire),
    index.map((i) => i?.uai),
    index.map((i) => i?.corps),
    index.map((i) => i?.discipline ?? null),
    index.map((i) => i?.etat),
    index.map((i) => JSON.stringify(i?.tuteurIds ?? [])),
  ];
}

/** The event and command rows of a plan's appends, column by column. */
function logRows<E extends StoredEvent>(plan: AppendPlan<E>): { events: unknown[][]; commands: unknown[][] } {
  const events: unknown[][] = [[], [], [], [], [], []];
  const commands: unknown[][] = [[], [], [], [], []];
  const [eIds, eSeqs, eKeys, eAts, eTypes, ePayloads] = events as [
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
  ];
  const [cIds, cKeys, cFirsts, cLasts, cAts] = commands as [
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
  ];
  for (const { prepared, firstSequence } of plan.appends) {
    const { dossierId, idempotencyKey, recordedAt, events: domain } = prepared.input;
    const n = prepared.payloads.length;
    for (let j = 0; j < n; j++) {
      eIds.push(dossierId);
      eSeqs.push(firstSequence + j);
      eKeys.push(idempotencyKey);
      eAts.push(recordedAt);
      eTypes.push((domain[j] as E).type);
      ePayloads.push(prepared.payloads[j]);
    }
    cIds.push(dossierId);
    cKeys.push(idempotencyKey);
    cFirsts.push(firstSequence);
    cLasts.push(firstSequence + n - 1);
    cAts.push(recordedAt);
  }
  return { events, commands };
}

/**
 * Writes a plan in the append transaction.
 *
 * @param syntax - the dialect's syntax (for the array parameter).
 * @param sql - the engine's statements.
 * @param plan - what `planAppends` decided.
 * @returns `false` when a dossier the plan creates was created first by a concurrent writer (the
 * transaction must be rolled back and run again), `true` otherwise.
 * @remarks Created dossiers are inserted with `ON CONFLICT DO NOTHING` and counted, rather than left to
 * fail on the primary key: a lost creation race is then a retry, not a driver error. Re-indexed dossiers
 * get their tuteurs replaced; the others only their head.
 */
export function* writePlan<E extends StoredEvent>(
  syntax: SqlSyntax,
  sql: SqlStatements,
  plan: AppendPlan<E>,
): SqlWork<boolean> {
  const created = plan.dossiers.filter((w) => w.created);
  const reindexed = plan.dossiers.filter((w) => !w.created && w.index !== undefined);
  const moved = plan.dossiers.filter((w) => !w.created && w.index === undefined);
  if (created.length > 0) {
    const inserted = yield* executeRows(sql.insertDossiers, dossierRows(created));
    if (inserted !== created.length) return false;
  }
  if (reindexed.length > 0) {
    yield* executeRows(sql.updateDossiers, dossierRows(reindexed));
    yield* query(sql.deleteTuteurs, [syntax.arrayParameter(reindexed.map((w) => w.dossierId))]);
  }
  if (moved.length > 0) {
    yield* executeRows(sql.updateHeads, [moved.map((w) => w.dossierId), moved.map((w) => w.lastSequence)]);
  }
  const tuteurs: [string[], string[]] = [[], []];
  for (const w of plan.dossiers) {
    for (const t of w.index?.tuteurIds ?? []) {
      tuteurs[0].push(t);
      tuteurs[1].push(w.dossierId);
    }
  }
  if (tuteurs[0].length > 0) yield* executeRows(sql.insertTuteurs, tuteurs);
  const { events, commands } = logRows(plan);
  if (plan.appends.length > 0) {
    yield* executeRows(sql.insertEvents, events);
    yield* executeRows(sql.insertCommands, commands);
  }
  return true;
}
