/**
 * The PostgreSQL Store: for an académie's or the nation's server (`pg`), or embedded (PGlite).
 *
 * @packageDocumentation
 */
import type {
  AppendError,
  AppendInput,
  AppendResult,
  DossierFilter,
  DossierHistory,
  DossierSummary,
  EventEnvelope,
  LoadedDossier,
  MigrationReport,
  Page,
  QueryError,
  ReadError,
  Store,
  StoreCapabilities,
  StoredEvent,
  StoreFailure,
  StreamOptions,
  ValidationError,
} from '@tremplin/core';
import {
  type CommandColumns,
  closedStoreFailure,
  commandKey,
  type DossierColumns,
  dossierNotFound,
  type EventColumns,
  type EventRow,
  envelopesFromRows,
  eventRowFromColumns,
  indexOfSummary,
  type NormalizedFilter,
  normalizeBatchSize,
  normalizeFilter,
  normalizePage,
  normalizeStream,
  type PreparedAppend,
  pageFromColumns,
  planAppends,
  prepareAppend,
  prepareAppends,
  type StoredCommand,
  storeFailure,
  summaryFromColumns,
  validateDossierId,
  validationError,
} from '@tremplin/core/store-kit';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import {
  type PGliteLike,
  type PgPoolLike,
  pgliteDriver,
  pgPoolDriver,
  type SqlDriver,
  type SqlExecutor,
} from './driver.js';
import { POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { isRetryable, pgFailure } from './pg-errors.js';
import { applyMigrations, inspectSchema, isSchemaName, quoteSchema, readSchemaVersion } from './pg-schema.js';

/** Options shared by every way of connecting. */
interface CommonOptions {
  /** The PostgreSQL schema holding Tremplin's tables (default `'tremplin'`), created by the first migration. */
  readonly schema?: string;
  /**
   * Apply pending migrations on open (default `true`). With `false`, the store opens but every method fails
   * with `unavailable` until `migrate()` is called; a schema newer than the code is refused either way.
   */
  readonly migrate?: boolean;
  /** Dossiers read per round trip by `streamCohort` (default 500). */
  readonly streamBatchSize?: number;
}

/** Use a `pg.Pool` the caller created (left open by `close()`). */
export interface PostgresPoolOptions extends CommonOptions {
  readonly pool: PgPoolLike;
}

/** Create a `pg.Pool` from a connection string (ended by `close()`). */
export interface PostgresUrlOptions extends CommonOptions {
  readonly connectionString: string;
  /** Largest number of connections (default 10). */
  readonly poolSize?: number;
}

/** Use embedded PostgreSQL: a `PGlite` instance the caller created (left open by `close()`). */
export interface PostgresPGliteOptions extends CommonOptions {
  readonly pglite: PGliteLike;
}

/** How to open a PostgreSQL store: exactly one of `pool`, `connectionString`, `pglite`. */
export type PostgresStoreOptions = PostgresPoolOptions | PostgresUrlOptions | PostgresPGliteOptions;

/** A {@link @tremplin/core!Store | Store} on PostgreSQL, with `appendBatch`, `migrate` and `schemaVersion`. */
export interface PostgresStore<E extends StoredEvent = StoredEvent> extends Store<E> {
  appendBatch(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;
  migrate(): ResultAsync<MigrationReport, StoreFailure>;
  schemaVersion(): ResultAsync<number, StoreFailure>;
  /** The schema holding the tables. */
  readonly schema: string;
}

const DOSSIER_COLUMNS =
  'dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids';
const EVENT_COLUMNS = 'dossier_id, sequence, idempotency_key, recorded_at, type, payload';
/** Rows per multi-row statement, and bytes of payload per statement, in bulk writes. */
const CHUNK_ROWS = 5000;
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Attempts of an append transaction that hits a deadlock, a serialisation failure or a creation race. */
const ATTEMPTS = 8;

/** Thrown inside an append transaction when a concurrent writer created one of the batch's dossiers first. */
class CreationRace extends Error {}

const later = <T, X>(promise: Promise<Result<T, X>>): ResultAsync<T, X> => new ResultAsync(promise);

function chunks<T>(rows: readonly T[], size: (row: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const n = size(row);
    if (current.length > 0 && (current.length >= CHUNK_ROWS || bytes + n > CHUNK_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Opens a PostgreSQL store on a `pg` pool, a connection string, or a PGlite instance.
 *
 * @typeParam E - the domain event union.
 * @param options - the connection, the schema, whether to migrate on open.
 * @returns the store; `ValidationError` for bad options; `StoreFailure` when the server cannot be reached
 * (`unavailable`) or the schema was written by a newer Tremplin (`schema-too-new`).
 * @remarks Appends run in `READ COMMITTED` transactions that first lock the batch's existing dossiers
 * (`SELECT … FOR UPDATE`, in identifier order) and then read their heads and idempotency records, so that
 * concurrent writers on other connections or processes are serialised per dossier and every stale
 * `expectedSequence` is reported as a `ConflictError`. Creating a dossier is an `INSERT … ON CONFLICT DO
 * NOTHING`: a writer that loses the creation race retries, and then sees the winner. Deadlocks and
 * serialisation failures are retried a few times before `unavailable`. Reads of one dossier are single
 * statements, hence consistent snapshots.
 * @example
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const opened = await createPostgresStore<MyEvent>({ pool, schema: 'tremplin' });
 */
export function createPostgresStore<E extends StoredEvent = StoredEvent>(
  options: PostgresStoreOptions,
): ResultAsync<PostgresStore<E>, StoreFailure | ValidationError> {
  return later(open<E>(options));
}

async function open<E extends StoredEvent>(
  options: PostgresStoreOptions,
): Promise<Result<PostgresStore<E>, StoreFailure | ValidationError>> {
  const checked = checkOptions(options);
  if (checked.isErr()) return err(checked.error);
  const schema = options.schema ?? 'tremplin';
  let driver: SqlDriver;
  if ('pool' in options && options.pool !== undefined) {
    driver = pgPoolDriver(options.pool, false);
  } else if ('pglite' in options && options.pglite !== undefined) {
    driver = pgliteDriver(options.pglite);
  } else {
    const url = options as PostgresUrlOptions;
    try {
      const pg = await import('pg');
      const Pool = (pg.default ?? pg).Pool;
      const pool = new Pool({ connectionString: url.connectionString, max: url.poolSize ?? 10 });
      // An idle client's error (server restart) must not crash the process; the next query reports it.
      pool.on('error', () => {});
      driver = pgPoolDriver(pool, true);
    } catch (cause) {
      return err(pgFailure(cause, 'chargement du pilote pg'));
    }
  }
  const fail = async (failure: StoreFailure) => {
    await driver.close().catch(() => {});
    return err(failure);
  };
  try {
    const version = await inspectSchema(driver, schema);
    if (version.isErr()) return fail(version.error);
    if (options.migrate !== false && version.value < POSTGRES_SCHEMA_VERSION) {
      const report = await applyMigrations(driver, schema);
      if (report.isErr()) return fail(report.error);
    }
  } catch (cause) {
    return fail(pgFailure(cause, 'ouverture'));
  }
  return ok(openStore<E>(driver, schema, options.streamBatchSize ?? 500));
}

function checkOptions(options: PostgresStoreOptions): Result<void, ValidationError> {
  const bad = (code: string, message: string, path: string[]) =>
    err(validationError('Options du stockage PostgreSQL invalides.', [{ code, message, path }]));
  if (typeof options !== 'object' || options === null)
    return bad('options.type', 'Un objet est attendu.', []);
  const sources = ['pool', 'connectionString', 'pglite'].filter(
    (key) => (options as unknown as Record<string, unknown>)[key] !== undefined,
  );
  if (sources.length !== 1) {
    return bad('options.source', 'Donner exactement un de `pool`, `connectionString`, `pglite`.', []);
  }
  if (options.schema !== undefined && (typeof options.schema !== 'string' || !isSchemaName(options.schema))) {
    return bad(
      'options.schema',
      'Nom de schéma : une lettre ou _, puis lettres, chiffres ou _, 63 caractères au plus.',
      ['schema'],
    );
  }
  if (options.streamBatchSize !== undefined) {
    const size = normalizeBatchSize(options.streamBatchSize, 500);
    if (size.isErr()) return err(size.error);
  }
  return ok(undefined);
}

/** `WHERE` clause of a filter on `dossiers d`, starting at parameter `$first`. */
function whereClause(
  filter: NormalizedFilter,
  after: string | undefined,
  schema: string,
  first: number,
): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  if (after !== undefined) clauses.push(`d.dossier_id > ${next(after)}`);
  const columns = {
    academie: 'academie',
    anneeScolaire: 'annee_scolaire',
    uai: 'uai',
    corps: 'corps',
    discipline: 'discipline',
    etat: 'etat',
  } as const;
  for (const [field, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const values = filter.fields[field];
    if (values !== undefined) clauses.push(`d.${column} = ANY(${next(values)}::text[])`);
  }
  const tuteurs = filter.fields.tuteurId;
  if (tuteurs !== undefined) {
    clauses.push(
      `EXISTS (SELECT 1 FROM ${schema}.dossier_tuteurs t WHERE t.dossier_id = d.dossier_id AND t.tuteur_id = ANY(${next(tuteurs)}::text[]))`,
    );
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

function openStore<E extends StoredEvent>(
  driver: SqlDriver,
  schemaName: string,
  streamBatchSize: number,
): PostgresStore<E> {
  const s = quoteSchema(schemaName);
  let closed = false;
  let ready = false;
  const capabilities: StoreCapabilities = Object.freeze({
    batchAppend: true,
    migrations: true,
    persistent: driver.persistent,
    multiProcess: driver.kind === 'pg',
  });

  /** Runs `fn` once the schema is known to be current, mapping every exception to a `StoreFailure`. */
  const guarded = async <T, X>(
    doing: string,
    fn: () => Promise<Result<T, X>>,
  ): Promise<Result<T, X | StoreFailure>> => {
    if (closed) return err(closedStoreFailure());
    try {
      if (!ready) {
        const inspected = await inspectSchema(driver, schemaName);
        if (inspected.isErr()) return err(inspected.error);
        const version = inspected.value;
        if (version < POSTGRES_SCHEMA_VERSION) {
          return err(
            storeFailure(
              'unavailable',
              `Le schéma ${schemaName} est à la version ${version}, ce code attend la version ${POSTGRES_SCHEMA_VERSION} : appeler migrate().`,
            ),
          );
        }
        ready = true;
      }
      return await fn();
    } catch (cause) {
      return err(pgFailure(cause, doing));
    }
  };

  const appendOnce = async (
    tx: SqlExecutor,
    prepared: readonly PreparedAppend<E>[],
  ): Promise<{ commit: boolean; value: Result<AppendResult<E>[], AppendError> }> => {
    const ids = [...new Set(prepared.map((p) => p.input.dossierId))].sort();
    const locked = await tx.query<{ dossier_id: string; last_sequence: number }>(
      `SELECT dossier_id, last_sequence FROM ${s}.dossiers WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id FOR UPDATE`,
      [ids],
    );
    const heads = new Map(locked.map((r) => [r.dossier_id, r.last_sequence]));
    const commands = new Map<string, StoredCommand>();
    const wanted = prepared.filter((p) => heads.has(p.input.dossierId));
    if (wanted.length > 0) {
      const found = await tx.query<CommandColumns & { dossier_id: string }>(
        `SELECT c.dossier_id, c.idempotency_key, c.first_sequence, c.last_sequence, c.recorded_at
         FROM ${s}.commands c
         JOIN unnest($1::text[], $2::text[]) AS k(dossier_id, idempotency_key)
           ON c.dossier_id = k.dossier_id AND c.idempotency_key = k.idempotency_key`,
        [wanted.map((p) => p.input.dossierId), wanted.map((p) => p.input.idempotencyKey)],
      );
      if (found.length > 0) {
        const rows = await tx.query<EventColumns>(
          `SELECT ${EVENT_COLUMNS.split(', ')
            .map((c) => `e.${c}`)
            .join(', ')}
           FROM ${s}.events e
           JOIN unnest($1::text[], $2::int4[], $3::int4[]) AS r(dossier_id, first_sequence, last_sequence)
             ON e.dossier_id = r.dossier_id AND e.sequence BETWEEN r.first_sequence AND r.last_sequence
           ORDER BY e.dossier_id, e.sequence`,
          [
            found.map((c) => c.dossier_id),
            found.map((c) => c.first_sequence),
            found.map((c) => c.last_sequence),
          ],
        );
        const byDossier = new Map<string, EventRow[]>();
        for (const row of rows) {
          const list = byDossier.get(row.dossier_id) ?? [];
          list.push(eventRowFromColumns(row));
          byDossier.set(row.dossier_id, list);
        }
        for (const c of found) {
          const events = (byDossier.get(c.dossier_id) ?? []).filter(
            (e) => e.sequence >= c.first_sequence && e.sequence <= c.last_sequence,
          );
          commands.set(commandKey(c.dossier_id, c.idempotency_key), {
            dossierId: c.dossier_id,
            idempotencyKey: c.idempotency_key,
            firstSequence: c.first_sequence,
            lastSequence: c.last_sequence,
            recordedAt: c.recorded_at,
            events,
          });
        }
      }
    }
    const plan = planAppends(prepared, { heads, commands });
    if (plan.isErr()) return { commit: false, value: err(plan.error) };
    const { dossiers, appends } = plan.value;

    const created = dossiers.filter((w) => w.created);
    for (const part of chunks(created, () => 0)) {
      const index = part.map((w) => w.index);
      const inserted = await tx.query(
        `INSERT INTO ${s}.dossiers (${DOSSIER_COLUMNS})
         SELECT * FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         ON CONFLICT (dossier_id) DO NOTHING RETURNING dossier_id`,
        [
          part.map((w) => w.dossierId),
          part.map((w) => w.lastSequence),
          index.map((i) => i?.academie),
          index.map((i) => i?.anneeScolaire),
          index.map((i) => i?.uai),
          index.map((i) => i?.corps),
          index.map((i) => i?.discipline ?? null),
          index.map((i) => i?.etat),
          index.map((i) => JSON.stringify(i?.tuteurIds ?? [])),
        ],
      );
      if (inserted.length !== part.length) throw new CreationRace();
    }
    const reindexed = dossiers.filter((w) => !w.created && w.index !== undefined);
    for (const part of chunks(reindexed, () => 0)) {
      const index = part.map((w) => w.index);
      await tx.query(
        `UPDATE ${s}.dossiers d SET last_sequence = u.last_sequence, academie = u.academie,
           annee_scolaire = u.annee_scolaire, uai = u.uai, corps = u.corps, discipline = u.discipline,
           etat = u.etat, tuteur_ids = u.tuteur_ids
         FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS u(dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
         WHERE d.dossier_id = u.dossier_id`,
        [
          part.map((w) => w.dossierId),
          part.map((w) => w.lastSequence),
          index.map((i) => i?.academie),
          index.map((i) => i?.anneeScolaire),
          index.map((i) => i?.uai),
          index.map((i) => i?.corps),
          index.map((i) => i?.discipline ?? null),
          index.map((i) => i?.etat),
          index.map((i) => JSON.stringify(i?.tuteurIds ?? [])),
        ],
      );
      await tx.query(`DELETE FROM ${s}.dossier_tuteurs WHERE dossier_id = ANY($1::text[])`, [
        part.map((w) => w.dossierId),
      ]);
    }
    const moved = dossiers.filter((w) => !w.created && w.index === undefined);
    for (const part of chunks(moved, () => 0)) {
      await tx.query(
        `UPDATE ${s}.dossiers d SET last_sequence = u.last_sequence
         FROM unnest($1::text[], $2::int4[]) AS u(dossier_id, last_sequence) WHERE d.dossier_id = u.dossier_id`,
        [part.map((w) => w.dossierId), part.map((w) => w.lastSequence)],
      );
    }
    const tuteurs = dossiers.flatMap((w) => (w.index?.tuteurIds ?? []).map((t) => [t, w.dossierId] as const));
    for (const part of chunks(tuteurs, () => 0)) {
      await tx.query(
        `INSERT INTO ${s}.dossier_tuteurs (tuteur_id, dossier_id) SELECT * FROM unnest($1::text[], $2::text[])`,
        [part.map((t) => t[0]), part.map((t) => t[1])],
      );
    }
    // Events and commands go in multi-row statements of column arrays, flushed by row count and size.
    const columns = () => ({
      ids: [] as string[],
      seqs: [] as number[],
      keys: [] as string[],
      ats: [] as string[],
    });
    let ev = { ...columns(), types: [] as string[], payloads: [] as string[], bytes: 0 };
    let cmd = { ...columns(), lasts: [] as number[] };
    const flushEvents = async () => {
      if (ev.ids.length === 0) return;
      await tx.query(
        `INSERT INTO ${s}.events (${EVENT_COLUMNS})
         SELECT * FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [ev.ids, ev.seqs, ev.keys, ev.ats, ev.types, ev.payloads],
      );
      ev = { ...columns(), types: [], payloads: [], bytes: 0 };
    };
    const flushCommands = async () => {
      if (cmd.ids.length === 0) return;
      await tx.query(
        `INSERT INTO ${s}.commands (dossier_id, idempotency_key, first_sequence, last_sequence, recorded_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int4[], $4::int4[], $5::text[])`,
        [cmd.ids, cmd.keys, cmd.seqs, cmd.lasts, cmd.ats],
      );
      cmd = { ...columns(), lasts: [] };
    };
    for (const { prepared: p, firstSequence } of appends) {
      const { dossierId, idempotencyKey, recordedAt, events } = p.input;
      for (let j = 0; j < p.payloads.length; j++) {
        const payload = p.payloads[j] as string;
        if (ev.ids.length >= CHUNK_ROWS || (ev.ids.length > 0 && ev.bytes + payload.length > CHUNK_BYTES)) {
          await flushEvents();
        }
        ev.ids.push(dossierId);
        ev.seqs.push(firstSequence + j);
        ev.keys.push(idempotencyKey);
        ev.ats.push(recordedAt);
        ev.types.push((events[j] as E).type);
        ev.payloads.push(payload);
        ev.bytes += payload.length;
      }
      cmd.ids.push(dossierId);
      cmd.keys.push(idempotencyKey);
      cmd.seqs.push(firstSequence);
      cmd.lasts.push(firstSequence + p.payloads.length - 1);
      cmd.ats.push(recordedAt);
      if (cmd.ids.length >= CHUNK_ROWS) await flushCommands();
    }
    await flushEvents();
    await flushCommands();
    return { commit: true, value: ok(plan.value.results) };
  };

  const appendPrepared = (prepared: readonly PreparedAppend<E>[]) =>
    guarded('ajout', async (): Promise<Result<AppendResult<E>[], AppendError>> => {
      if (prepared.length === 0) return ok([]);
      for (let attempt = 1; ; attempt++) {
        try {
          return await driver.transaction((tx) => appendOnce(tx, prepared));
        } catch (cause) {
          const retry = cause instanceof CreationRace || isRetryable(cause);
          if (!retry || attempt >= ATTEMPTS) {
            if (cause instanceof CreationRace) {
              return err(
                storeFailure('unavailable', 'Création concurrente répétée du même dossier : réessayer.'),
              );
            }
            throw cause;
          }
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
        }
      }
    });

  const selectChunk = async (filter: NormalizedFilter, after: string | undefined, size: number) => {
    const where = whereClause(filter, after, s, 1);
    const limit = `$${where.params.length + 1}`;
    return driver.query<EventColumns>(
      `SELECT ${EVENT_COLUMNS} FROM ${s}.events
       WHERE dossier_id IN (SELECT d.dossier_id FROM ${s}.dossiers d ${where.sql} ORDER BY d.dossier_id LIMIT ${limit})
       ORDER BY dossier_id, sequence`,
      [...where.params, size],
    );
  };

  async function* stream(
    filter: DossierFilter,
    options: StreamOptions | undefined,
  ): AsyncGenerator<Result<EventEnvelope<E>, QueryError>> {
    const checked = normalizeStream(filter, options, streamBatchSize);
    if (checked.isErr()) {
      yield err(checked.error);
      return;
    }
    const { filter: f, batchSize: size } = checked.value;
    if (f.matchesNothing) {
      if (closed) yield err(closedStoreFailure());
      return;
    }
    const fetch = (after: string | undefined) =>
      guarded('lecture de cohorte', async () => ok(await selectChunk(f, after, size)));
    let next = fetch(undefined);
    for (;;) {
      const chunk = await next;
      if (chunk.isErr()) {
        yield err(chunk.error);
        return;
      }
      const rows = chunk.value;
      const last = rows.at(-1);
      let dossiers = 0;
      for (let i = 0; i < rows.length; i++) {
        if (i === 0 || (rows[i] as EventColumns).dossier_id !== (rows[i - 1] as EventColumns).dossier_id)
          dossiers++;
      }
      const more = dossiers === size && last !== undefined;
      // Ask for the next batch before handing this one out: the round trip overlaps the consumer's work.
      if (more) next = fetch(last.dossier_id);
      let start = 0;
      while (start < rows.length) {
        const dossierId = (rows[start] as EventColumns).dossier_id;
        let end = start;
        while (end < rows.length && (rows[end] as EventColumns).dossier_id === dossierId) end++;
        const envelopes = envelopesFromRows<E>(rows.slice(start, end).map(eventRowFromColumns), 1);
        if (envelopes.isErr()) {
          yield err(envelopes.error);
          return;
        }
        for (const envelope of envelopes.value) yield ok(envelope);
        start = end;
      }
      if (!more) return;
    }
  }

  return {
    capabilities,
    schema: schemaName,

    append(input) {
      const prepared = prepareAppend(input);
      if (prepared.isErr()) return later(Promise.resolve(err<AppendResult<E>, AppendError>(prepared.error)));
      return later(appendPrepared([prepared.value])).map((results) => results[0] as AppendResult<E>);
    },

    appendBatch(inputs) {
      const prepared = prepareAppends(inputs);
      if (prepared.isErr())
        return later(Promise.resolve(err<AppendResult<E>[], AppendError>(prepared.error)));
      return later(appendPrepared(prepared.value));
    },

    load(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return later(Promise.resolve(err<LoadedDossier<E>, ReadError>(id.error)));
      return later(
        guarded('lecture du dossier', async (): Promise<Result<LoadedDossier<E>, ReadError>> => {
          const rows = await driver.query<DossierColumns & EventColumns & { head: number }>(
            `SELECT d.dossier_id, d.last_sequence, d.academie, d.annee_scolaire, d.uai, d.corps, d.discipline, d.etat,
               d.tuteur_ids, e.sequence, e.idempotency_key, e.recorded_at, e.type, e.payload
             FROM ${s}.dossiers d LEFT JOIN ${s}.events e ON e.dossier_id = d.dossier_id
             WHERE d.dossier_id = $1 ORDER BY e.sequence`,
            [dossierId],
          );
          // One statement, hence one snapshot: no row means no dossier; a row without event, corruption.
          const first = rows[0];
          if (first === undefined) return err(dossierNotFound(dossierId));
          const summary = summaryFromColumns(first);
          if (summary.isErr()) return err(summary.error);
          const events = rows.filter((r) => r.sequence !== null);
          if (events.length !== summary.value.lastSequence) {
            return err(
              storeFailure(
                'corrupt',
                `Dossier ${JSON.stringify(dossierId)} : ${events.length} événements pour une séquence ${summary.value.lastSequence}.`,
              ),
            );
          }
          return envelopesFromRows<E>(events.map(eventRowFromColumns), 1).map((events) => ({
            dossierId,
            lastSequence: summary.value.lastSequence,
            events,
            index: indexOfSummary(summary.value),
          }));
        }),
      );
    },

    history(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return later(Promise.resolve(err<DossierHistory<E>, ReadError>(id.error)));
      return later(
        guarded('lecture de l’historique', async (): Promise<Result<DossierHistory<E>, ReadError>> => {
          const all = await driver.query<
            EventColumns & { head: number; c_first: number; c_last: number; c_key: string; c_at: string }
          >(
            `SELECT d.last_sequence AS head, c.idempotency_key AS c_key, c.first_sequence AS c_first,
               c.last_sequence AS c_last, c.recorded_at AS c_at,
               e.dossier_id, e.sequence, e.idempotency_key, e.recorded_at, e.type, e.payload
             FROM ${s}.dossiers d
             LEFT JOIN ${s}.commands c ON c.dossier_id = d.dossier_id
             LEFT JOIN ${s}.events e
               ON e.dossier_id = c.dossier_id AND e.sequence BETWEEN c.first_sequence AND c.last_sequence
             WHERE d.dossier_id = $1 ORDER BY e.sequence`,
            [dossierId],
          );
          // One statement, hence one snapshot: no row means no dossier; missing events, corruption.
          const first = all[0];
          if (first === undefined) return err(dossierNotFound(dossierId));
          const rows = all.filter((r) => r.sequence !== null);
          if (rows.length !== first.head) {
            return err(
              storeFailure(
                'corrupt',
                `Historique du dossier ${JSON.stringify(dossierId)} incohérent : ${rows.length} événements couverts par des commandes, séquence ${first.head}.`,
              ),
            );
          }
          const commands: DossierHistory<E>['commands'][number][] = [];
          let start = 0;
          while (start < rows.length) {
            const c = rows[start] as (typeof rows)[number];
            const end = start + (c.c_last - c.c_first + 1);
            const events = envelopesFromRows<E>(rows.slice(start, end).map(eventRowFromColumns), c.c_first);
            if (events.isErr()) return err(events.error);
            commands.push({
              idempotencyKey: c.c_key,
              recordedAt: c.c_at,
              firstSequence: c.c_first,
              lastSequence: c.c_last,
              events: events.value,
            });
            start = end;
          }
          return ok({ dossierId, commands });
        }),
      );
    },

    list(filter, page) {
      const checked = normalizeFilter(filter).andThen((f) => normalizePage(page).map((p) => ({ f, p })));
      if (checked.isErr())
        return later(Promise.resolve(err<Page<DossierSummary>, QueryError>(checked.error)));
      const { f, p } = checked.value;
      return later(
        guarded('liste des dossiers', async (): Promise<Result<Page<DossierSummary>, QueryError>> => {
          if (f.matchesNothing) return ok({ items: [] });
          const where = whereClause(f, p.after, s, 1);
          const rows = await driver.query<DossierColumns>(
            `SELECT ${DOSSIER_COLUMNS} FROM ${s}.dossiers d ${where.sql} ORDER BY d.dossier_id LIMIT $${where.params.length + 1}`,
            [...where.params, p.limit + 1],
          );
          return pageFromColumns(rows, p.limit);
        }),
      );
    },

    streamCohort(filter, options) {
      return stream(filter, options);
    },

    migrate() {
      if (closed) return later(Promise.resolve(err(closedStoreFailure())));
      return later(
        applyMigrations(driver, schemaName).then(
          (report) => {
            if (report.isOk()) ready = false;
            return report;
          },
          (cause: unknown) => err(pgFailure(cause, 'migration')),
        ),
      );
    },

    schemaVersion() {
      if (closed) return later(Promise.resolve(err(closedStoreFailure())));
      return later(
        readSchemaVersion(driver, schemaName).then(
          (version) => ok(version),
          (cause: unknown) => err(pgFailure(cause, 'lecture de la version du schéma')),
        ),
      );
    },

    close() {
      if (closed) return later(Promise.resolve(ok(undefined)));
      closed = true;
      return later(
        driver.close().then(
          () => ok(undefined),
          (cause: unknown) => err(pgFailure(cause, 'fermeture')),
        ),
      );
    },
  };
}
