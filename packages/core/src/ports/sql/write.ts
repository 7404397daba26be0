/**
 * Writing an append plan: the dossier index rows, the events and the idempotency records.
 *
 * @packageDocumentation
 */
import type { StoredEvent } from '../append.js';
import type { AppendPlan, PlannedAppend } from '../plan.js';
import type { DossierWrite } from '../rows.js';
import type { SqlSyntax, SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { executeRows, query } from './work.js';

/** Columns of `count` rows, allocated at their length (filled by index, no growth). */
const columns = (width: number, count: number): unknown[][] =>
  Array.from({ length: width }, () => new Array<unknown>(count));

/** The dossier rows of some writes, column by column, in `DOSSIER_COLUMNS` order. */
function dossierRows(writes: readonly DossierWrite[]): unknown[][] {
  const rows = columns(10, writes.length);
  const [ids, heads, chains, academies, annees, uais, corps, disciplines, etats, tuteurs] = rows as [
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
  ];
  for (let r = 0; r < writes.length; r++) {
    const { dossierId, lastSequence, lastChain, index } = writes[r] as DossierWrite;
    ids[r] = dossierId;
    heads[r] = lastSequence;
    chains[r] = lastChain;
    academies[r] = index?.academie;
    annees[r] = index?.anneeScolaire;
    uais[r] = index?.uai;
    corps[r] = index?.corps;
    disciplines[r] = index?.discipline ?? null;
    etats[r] = index?.etat;
    tuteurs[r] = JSON.stringify(index?.tuteurIds ?? []);
  }
  return rows;
}

/** The event rows of a plan's appends, column by column, in `EVENT_COLUMNS` order. */
function eventRows<E extends StoredEvent>(plan: AppendPlan<E>): unknown[][] {
  let count = 0;
  for (const { prepared } of plan.appends) count += prepared.payloads.length;
  const rows = columns(7, count);
  const [ids, sequences, keys, ats, types, payloads, chains] = rows as [
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
    unknown[],
  ];
  let r = 0;
  for (const { prepared, firstSequence, chains: links } of plan.appends) {
    const { dossierId, idempotencyKey, recordedAt, events } = prepared.input;
    const texts = prepared.payloads;
    for (let j = 0; j < texts.length; j++, r++) {
      ids[r] = dossierId;
      sequences[r] = firstSequence + j;
      keys[r] = idempotencyKey;
      ats[r] = recordedAt;
      types[r] = (events[j] as E).type;
      payloads[r] = texts[j];
      chains[r] = links[j];
    }
  }
  return rows;
}

/** The command rows of a plan's appends, column by column, in `COMMAND_COLUMNS` order. */
function commandRows<E extends StoredEvent>(plan: AppendPlan<E>): unknown[][] {
  const rows = columns(5, plan.appends.length);
  const [ids, keys, firsts, lasts, ats] = rows as [unknown[], unknown[], unknown[], unknown[], unknown[]];
  for (let r = 0; r < plan.appends.length; r++) {
    const { prepared, firstSequence } = plan.appends[r] as PlannedAppend<E>;
    ids[r] = prepared.input.dossierId;
    keys[r] = prepared.input.idempotencyKey;
    firsts[r] = firstSequence;
    lasts[r] = firstSequence + prepared.payloads.length - 1;
    ats[r] = prepared.input.recordedAt;
  }
  return rows;
}

/** The `(tuteur_id, dossier_id)` rows of the writes that carry an index. */
function tuteurRows(writes: readonly DossierWrite[]): [string[], string[]] {
  const rows: [string[], string[]] = [[], []];
  for (const { dossierId, index } of writes) {
    if (index === undefined) continue;
    for (const tuteur of index.tuteurIds) {
      rows[0].push(tuteur);
      rows[1].push(dossierId);
    }
  }
  return rows;
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
  const created: DossierWrite[] = [];
  const reindexed: DossierWrite[] = [];
  const moved: DossierWrite[] = [];
  for (const w of plan.dossiers) (w.created ? created : w.index !== undefined ? reindexed : moved).push(w);
  if (created.length > 0) {
    const inserted = yield* executeRows(sql.insertDossiers, dossierRows(created));
    if (inserted !== created.length) return false;
  }
  if (reindexed.length > 0) {
    yield* executeRows(sql.updateDossiers, dossierRows(reindexed));
    yield* query(sql.deleteTuteurs, [syntax.arrayParameter(reindexed.map((w) => w.dossierId))]);
  }
  if (moved.length > 0) {
    yield* executeRows(sql.updateHeads, [
      moved.map((w) => w.dossierId),
      moved.map((w) => w.lastSequence),
      moved.map((w) => w.lastChain),
    ]);
  }
  const tuteurs = tuteurRows(plan.dossiers);
  if (tuteurs[0].length > 0) yield* executeRows(sql.insertTuteurs, tuteurs);
  if (plan.appends.length > 0) {
    yield* executeRows(sql.insertEvents, eventRows(plan));
    yield* executeRows(sql.insertCommands, commandRows(plan));
  }
  return true;
}
