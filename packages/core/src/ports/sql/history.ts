/**
 * Reading one dossier's audit trail: every command with its key, instant and events.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { StoredEvent } from '../append.js';
import type { DossierHistory } from '../dossier.js';
import { envelopesFromRows } from '../rows.js';
import { type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { ReadError } from '../store.js';
import { dossierNotFound, storeFailure } from '../store-errors.js';
import type { SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { query } from './work.js';

/** A row of the history statement: the head and event count, one command, one of its events. */
interface HistoryRow extends Omit<EventColumns, 'sequence'> {
  readonly head: number;
  readonly total: number;
  readonly c_key: string | null;
  readonly c_first: number | null;
  readonly c_last: number;
  readonly c_at: string;
  readonly sequence: number | null;
}

type Command<E extends StoredEvent> = DossierHistory<E>['commands'][number];

/** Cuts the rows into commands: `undefined` when they do not tile the log from 1 without a gap. */
function commandsOf<E extends StoredEvent>(
  rows: readonly HistoryRow[],
): Result<Command<E>[] | undefined, ReadError> {
  const commands: Command<E>[] = [];
  let start = 0;
  while (start < rows.length) {
    const c = rows[start] as HistoryRow;
    if (c.c_key === null || c.c_first === null) return ok(undefined);
    let end = start;
    while (end < rows.length && (rows[end] as HistoryRow).c_first === c.c_first) end++;
    const events = rows.slice(start, end).filter((r): r is HistoryRow & EventColumns => r.sequence !== null);
    const previous = commands.at(-1)?.lastSequence ?? 0;
    if (c.c_first !== previous + 1 || events.length !== c.c_last - c.c_first + 1) return ok(undefined);
    const envelopes = envelopesFromRows<E>(events.map(eventRowFromColumns), c.c_first);
    if (envelopes.isErr()) return err(envelopes.error);
    commands.push({
      idempotencyKey: c.c_key,
      recordedAt: c.c_at,
      firstSequence: c.c_first,
      lastSequence: c.c_last,
      events: envelopes.value,
    });
    start = end;
  }
  return ok(commands);
}

/**
 * Reads a dossier's history.
 *
 * @param sql - the engine's statements.
 * @param dossierId - the dossier, validated.
 * @returns the commands in order; `not-found`; `corrupt` when the commands do not cover the log exactly
 * (an event outside every command, a command without its events, a gap) or an event cannot be read.
 * Throws what the driver throws.
 * @remarks One statement, hence one snapshot, without a transaction; the dossier's event count comes with
 * it, so that an event no command covers is caught too.
 */
export function* readHistory<E extends StoredEvent>(
  sql: SqlStatements,
  dossierId: string,
): SqlWork<Result<DossierHistory<E>, ReadError>> {
  const rows = yield* query<HistoryRow>(sql.history, [dossierId, dossierId]);
  const first = rows[0];
  if (first === undefined) return err(dossierNotFound(dossierId));
  const cut = first.c_key === null ? ok([]) : commandsOf<E>(rows);
  if (cut.isErr()) return err(cut.error);
  const commands = cut.value;
  const covered = commands?.at(-1)?.lastSequence ?? 0;
  if (commands === undefined || covered !== first.head || first.total !== first.head) {
    return err(
      storeFailure(
        'corrupt',
        `Historique du dossier ${JSON.stringify(dossierId)} incohérent : ${first.total} événements, ${covered} couverts par des commandes, séquence ${first.head}.`,
      ),
    );
  }
  return ok({ dossierId, commands });
}
