/**
 * Reading one dossier's audit trail: every command with its key, instant and events.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { EventEnvelope } from '../../events.js';
import type { StoredEvent } from '../append.js';
import { verifyChain } from '../chain.js';
import type { DossierHistory } from '../dossier.js';
import { type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { ReadError } from '../store.js';
import { dossierNotFound, storeFailure } from '../store-errors.js';
import type { SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { query } from './work.js';

/** A row of the history statement: the head and event count, one command, one of its events. */
interface HistoryRow extends Omit<EventColumns, 'sequence'> {
  readonly head: number;
  readonly head_chain: string;
  readonly total: number;
  readonly c_key: string | null;
  readonly c_first: number | null;
  readonly c_last: number;
  readonly c_at: string;
  readonly sequence: number | null;
}

type Command<E extends StoredEvent> = DossierHistory<E>['commands'][number];

/**
 * Cuts the rows into commands, given the log they cover (verified): `undefined` when the commands do not
 * tile the log from 1 without a gap.
 */
function commandsOf<E extends StoredEvent>(
  rows: readonly HistoryRow[],
  log: readonly EventEnvelope<E>[],
): Command<E>[] | undefined {
  const commands: Command<E>[] = [];
  let start = 0;
  while (start < rows.length) {
    const c = rows[start] as HistoryRow;
    if (c.c_key === null || c.c_first === null) return undefined;
    let end = start;
    while (end < rows.length && (rows[end] as HistoryRow).c_first === c.c_first) end++;
    const previous = commands.at(-1)?.lastSequence ?? 0;
    if (c.c_first !== previous + 1 || c.c_last > log.length) return undefined;
    commands.push({
      idempotencyKey: c.c_key,
      recordedAt: c.c_at,
      firstSequence: c.c_first,
      lastSequence: c.c_last,
      events: log.slice(c.c_first - 1, c.c_last),
    });
    start = end;
  }
  return commands;
}

/**
 * Reads a dossier's history.
 *
 * @param sql - the engine's statements.
 * @param dossierId - the dossier, validated.
 * @returns the commands in order; `not-found`; `integrity` when the events the commands cover do not
 * match their hash chain or the dossier's head; `corrupt` when the commands do not cover the log exactly
 * (an event outside every command, a command without its events) or an event cannot be read. Throws what
 * the driver throws.
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
  const events = rows.filter((r): r is HistoryRow & EventColumns => r.sequence !== null);
  const log = verifyChain<E>(dossierId, events.map(eventRowFromColumns), {
    sequence: first.head,
    chain: first.head_chain,
  });
  if (log.isErr()) return err(log.error);
  const commands = first.c_key === null ? [] : commandsOf<E>(rows, log.value);
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
