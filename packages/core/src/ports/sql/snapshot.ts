/**
 * Reading, inside the append transaction, what the database holds for a slice of a batch: the heads of its
 * dossiers (locked) and the commands already stored under its idempotency keys.
 *
 * @packageDocumentation
 */
import type { StoredEvent } from '../append.js';
import { type AppendSnapshot, commandKey, type StoredCommand } from '../plan.js';
import type { EventRow } from '../rows.js';
import { type CommandColumns, type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { PreparedAppend } from '../validation.js';
import type { SqlSyntax, SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { query, queryRows } from './work.js';

type FoundCommand = CommandColumns & { readonly dossier_id: string };

/**
 * Reads the snapshot a slice is planned against.
 *
 * @param syntax - the dialect's syntax (for the array parameter).
 * @param sql - the engine's statements.
 * @param prepared - the slice's validated inputs.
 * @returns the heads of the slice's existing dossiers and the stored commands of its (dossier, key) pairs.
 * @remarks The dossiers are read in identifier order (the statement's `ORDER BY`, not the parameter's)
 * with the dialect's row lock, so that two batches lock the dossiers they share in the same order. Commands are looked up only on dossiers that exist, once
 * per pair, and their events read in one more statement only when some are found (a replay).
 */
export function* readSnapshot<E extends StoredEvent>(
  syntax: SqlSyntax,
  sql: SqlStatements,
  prepared: readonly PreparedAppend<E>[],
): SqlWork<AppendSnapshot> {
  const ids = [...new Set(prepared.map((p) => p.input.dossierId))];
  const locked = yield* query<{ dossier_id: string; last_sequence: number; last_chain: string }>(sql.heads, [
    syntax.arrayParameter(ids),
  ]);
  const heads = new Map(locked.map((r) => [r.dossier_id, r.last_sequence]));
  const chains = new Map(locked.map((r) => [r.dossier_id, r.last_chain]));
  const commands = new Map<string, StoredCommand>();
  if (heads.size === 0) return { heads, chains, commands };
  const pairs = new Map<string, readonly [string, string]>();
  for (const { input } of prepared) {
    if (heads.has(input.dossierId)) {
      pairs.set(commandKey(input.dossierId, input.idempotencyKey), [input.dossierId, input.idempotencyKey]);
    }
  }
  const keys = [...pairs.values()];
  const found = yield* queryRows<FoundCommand>(sql.commands, [keys.map((k) => k[0]), keys.map((k) => k[1])]);
  if (found.length === 0) return { heads, chains, commands };
  const rows = yield* queryRows<EventColumns>(sql.ranges, [
    found.map((c) => c.dossier_id),
    found.map((c) => c.first_sequence),
    found.map((c) => c.last_sequence),
  ]);
  const byDossier = new Map<string, EventRow[]>();
  for (const row of rows) {
    const list = byDossier.get(row.dossier_id) ?? [];
    list.push(eventRowFromColumns(row));
    byDossier.set(row.dossier_id, list);
  }
  for (const c of found) {
    const events = (byDossier.get(c.dossier_id) ?? [])
      .filter((e) => e.sequence >= c.first_sequence && e.sequence <= c.last_sequence)
      .sort((a, b) => a.sequence - b.sequence);
    commands.set(commandKey(c.dossier_id, c.idempotency_key), {
      dossierId: c.dossier_id,
      idempotencyKey: c.idempotency_key,
      firstSequence: c.first_sequence,
      lastSequence: c.last_sequence,
      recordedAt: c.recorded_at,
      events,
    });
  }
  return { heads, chains, commands };
}
