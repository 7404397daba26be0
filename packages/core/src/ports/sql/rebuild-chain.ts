/**
 * Recomputing the hash chain of every dossier of a SQL database: what a migration runs once it has added
 * the chain columns, or rewritten stored events.
 *
 * @packageDocumentation
 */
import { computeChain, GENESIS_CHAIN } from '../chain.js';
import { envelopeFromRow } from '../rows.js';
import { type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { SqlColumn, SqlSyntax, SqlWork } from './dialect.js';
import { executeRows, query } from './work.js';

/**
 * What a rebuild of the chain did.
 *
 * @category Ports
 */
export interface ChainRebuild {
  /** Dossiers whose chain was computed. */
  readonly dossiers: number;
  /** Events whose chain was computed. */
  readonly events: number;
  /**
   * Dossiers left without a chain because an event is not JSON: reading them stays a failure (`corrupt`).
   */
  readonly unreadable: readonly string[];
}

const text = (name: string): SqlColumn => ({ name, type: 'text' });
const LINK_COLUMNS: readonly SqlColumn[] = [
  text('dossier_id'),
  { name: 'sequence', type: 'integer' },
  text('chain'),
];
const HEAD_COLUMNS: readonly SqlColumn[] = [text('dossier_id'), text('last_chain')];

/** The chains of one dossier's rows, in sequence order; `undefined` when an event is not JSON. */
function chainsOf(rows: readonly EventColumns[]): string[] | undefined {
  const chains: string[] = [];
  let previous = GENESIS_CHAIN;
  for (const row of rows) {
    const envelope = envelopeFromRow(eventRowFromColumns(row));
    if (envelope.isErr()) return undefined;
    previous = computeChain(previous, envelope.value);
    chains.push(previous);
  }
  return chains;
}

/** The update rows of a batch of dossiers' events: links column by column, then heads. */
function linksOf(rows: readonly EventColumns[], unreadable: string[]) {
  const links: [string[], number[], string[]] = [[], [], []];
  const heads: [string[], string[]] = [[], []];
  let start = 0;
  while (start < rows.length) {
    const dossierId = (rows[start] as EventColumns).dossier_id;
    let end = start;
    while (end < rows.length && (rows[end] as EventColumns).dossier_id === dossierId) end++;
    const dossier = rows.slice(start, end);
    const chains = chainsOf(dossier);
    if (chains === undefined) unreadable.push(dossierId);
    else {
      dossier.forEach((row, i) => {
        links[0].push(dossierId);
        links[1].push(row.sequence);
        links[2].push(chains[i] as string);
      });
      heads[0].push(dossierId);
      heads[1].push(chains.at(-1) as string);
    }
    start = end;
  }
  return { links, heads };
}

/**
 * Recomputes and stores the chain of every event, and every dossier's head chain, from the stored events
 * in sequence order, a batch of dossiers at a time.
 *
 * @param syntax - the dialect's syntax.
 * @param batch - dossiers per batch (default 200).
 * @returns what was done. Throws what the driver throws.
 * @remarks Run it inside the migration's transaction, after adding the columns or rewriting events: it
 * trusts the stored events, so it must never run on a database that may already have been tampered with
 * outside a migration. Each event's chain is exactly what an append computes (`computeChain`). A dossier
 * with an event that is not JSON keeps an empty chain, so that reading it still fails.
 * @category Ports
 */
export function* rebuildChain(syntax: SqlSyntax, batch = 200): SqlWork<ChainRebuild> {
  const { dossiers, events } = syntax.tables;
  const p = syntax.placeholder;
  const updateLinks = `UPDATE ${events} AS e SET chain = u.chain FROM ${syntax.rowsRelation(LINK_COLUMNS, 'u')}
    WHERE e.dossier_id = u.dossier_id AND e.sequence = u.sequence`;
  const updateHeads = `UPDATE ${dossiers} AS d SET last_chain = u.last_chain FROM ${syntax.rowsRelation(HEAD_COLUMNS, 'u')}
    WHERE d.dossier_id = u.dossier_id`;
  const unreadable: string[] = [];
  let done = { dossiers: 0, events: 0 };
  let after: string | undefined;
  for (;;) {
    const ids = yield* query<{ dossier_id: string }>(
      after === undefined
        ? `SELECT dossier_id FROM ${dossiers} ORDER BY dossier_id LIMIT ${p(1)}`
        : `SELECT dossier_id FROM ${dossiers} WHERE dossier_id > ${p(1)} ORDER BY dossier_id LIMIT ${p(2)}`,
      after === undefined ? [batch] : [after, batch],
    );
    if (ids.length === 0) break;
    after = (ids.at(-1) as { dossier_id: string }).dossier_id;
    const rows = yield* query<EventColumns>(
      `SELECT dossier_id, sequence, idempotency_key, recorded_at, type, payload, '' AS chain FROM ${events}
       WHERE ${syntax.inArray('dossier_id', p(1))} ORDER BY dossier_id, sequence`,
      [syntax.arrayParameter(ids.map((r) => r.dossier_id))],
    );
    const { links, heads } = linksOf(rows, unreadable);
    if (links[0].length > 0) yield* executeRows(updateLinks, links);
    if (heads[0].length > 0) yield* executeRows(updateHeads, heads);
    done = { dossiers: done.dossiers + heads[0].length, events: done.events + links[0].length };
    if (ids.length < batch) break;
  }
  return { ...done, unreadable };
}
