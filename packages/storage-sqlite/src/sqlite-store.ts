/**
 * The SQLite Store (better-sqlite3): Tremplin's embedded default, one file per installation.
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
  envelopesFromRows,
  eventRowFromColumns,
  indexOfSummary,
  type NormalizedFilter,
  normalizeBatchSize,
  normalizeFilter,
  normalizePage,
  normalizeStream,
  type PlanSlice,
  type PreparedAppend,
  pageFromColumns,
  planAppends,
  prepareAppend,
  type StoredCommand,
  serializeAppend,
  storeFailure,
  summaryFromColumns,
  validateAppends,
  validateDossierId,
  validationError,
} from '@tremplin/core/store-kit';
import Database from 'better-sqlite3';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { SQLITE_SCHEMA_VERSION } from './migrations.js';
import { sqliteFailure } from './sqlite-errors.js';
import { applyMigrations, inspectSchema, readSchemaVersion } from './sqlite-schema.js';

type Db = Database.Database;
type Statement = Database.Statement;

/** Options shared by both ways of opening a SQLite store. */
interface CommonOptions {
  /**
   * Apply pending migrations on open (default `true`). With `false`, the store opens but every method fails
   * with `unavailable` until `migrate()` is called; a database newer than the code is refused either way.
   */
  readonly migrate?: boolean;
  /** Dossiers read per round trip by `streamCohort` (default 500). */
  readonly streamBatchSize?: number;
}

/** Open (or create) a database file. */
export interface SqliteFileOptions extends CommonOptions {
  /** Path of the database file, created if missing; `':memory:'` for a private in-memory database. */
  readonly file: string;
  readonly database?: never;
  /** How long a writer waits for another one's lock before failing with `unavailable` (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /**
   * `PRAGMA synchronous`: `'full'` (default) makes every committed append survive a power loss;
   * `'normal'` is faster and may lose the last commits on power loss (never on a process crash).
   */
  readonly synchronous?: 'full' | 'normal';
}

/** Use a connection the caller opened and configured (its pragmas are left as they are; it stays open on `close()`). */
export interface SqliteDatabaseOptions extends CommonOptions {
  readonly database: Db;
  readonly file?: never;
}

/** How to open a SQLite store. */
export type SqliteStoreOptions = SqliteFileOptions | SqliteDatabaseOptions;

/** A {@link @tremplin/core!Store | Store} on SQLite, with `appendBatch`, `migrate` and `schemaVersion`. */
export interface SqliteStore<E extends StoredEvent = StoredEvent> extends Store<E> {
  appendBatch(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;
  migrate(): ResultAsync<MigrationReport, StoreFailure>;
  schemaVersion(): ResultAsync<number, StoreFailure>;
  /** The database file's path (`''` or `':memory:'` for an in-memory database). */
  readonly file: string;
}

interface Statements {
  readonly selectHead: Statement;
  readonly selectHeads: Statement;
  readonly selectCommand: Statement;
  readonly selectEventRange: Statement;
  readonly selectDossier: Statement;
  readonly selectEvents: Statement;
  readonly selectCommands: Statement;
  readonly insertDossier: Statement;
  readonly updateDossier: Statement;
  readonly updateHead: Statement;
  readonly insertEvent: Statement;
  readonly insertCommand: Statement;
  readonly deleteTuteurs: Statement;
  readonly insertTuteur: Statement;
  readonly selectEventsOf: Statement;
}

const DOSSIER_COLUMNS =
  'dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids';
const EVENT_COLUMNS = 'dossier_id, sequence, idempotency_key, recorded_at, type, payload';

const now = <T, X>(result: Result<T, X>): ResultAsync<T, X> => new ResultAsync(Promise.resolve(result));

/** Inputs per slice of a batch (see `appendTransaction`). */
const SLICE = 1000;

/** Thrown inside the append transaction to roll it back with an expected error. */
class Rollback {
  constructor(readonly error: AppendError) {}
}

function prepareStatements(db: Db): Statements {
  return {
    selectHead: db.prepare('SELECT last_sequence FROM tremplin_dossiers WHERE dossier_id = ?').pluck(),
    selectHeads: db.prepare(
      'SELECT dossier_id, last_sequence FROM tremplin_dossiers WHERE dossier_id IN (SELECT value FROM json_each(?))',
    ),
    selectCommand: db.prepare(
      'SELECT idempotency_key, first_sequence, last_sequence, recorded_at FROM tremplin_commands WHERE dossier_id = ? AND idempotency_key = ?',
    ),
    selectEventRange: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM tremplin_events WHERE dossier_id = ? AND sequence BETWEEN ? AND ? ORDER BY sequence`,
    ),
    selectDossier: db.prepare(`SELECT ${DOSSIER_COLUMNS} FROM tremplin_dossiers WHERE dossier_id = ?`),
    selectEvents: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM tremplin_events WHERE dossier_id = ? ORDER BY sequence`,
    ),
    selectCommands: db.prepare(
      'SELECT idempotency_key, first_sequence, last_sequence, recorded_at FROM tremplin_commands WHERE dossier_id = ? ORDER BY first_sequence',
    ),
    insertDossier: db.prepare(
      `INSERT INTO tremplin_dossiers (${DOSSIER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateDossier: db.prepare(
      'UPDATE tremplin_dossiers SET last_sequence = ?, academie = ?, annee_scolaire = ?, uai = ?, corps = ?, discipline = ?, etat = ?, tuteur_ids = ? WHERE dossier_id = ?',
    ),
    updateHead: db.prepare('UPDATE tremplin_dossiers SET last_sequence = ? WHERE dossier_id = ?'),
    insertEvent: db.prepare(`INSERT INTO tremplin_events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`),
    insertCommand: db.prepare(
      'INSERT INTO tremplin_commands (dossier_id, idempotency_key, first_sequence, last_sequence, recorded_at) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteTuteurs: db.prepare('DELETE FROM tremplin_dossier_tuteurs WHERE dossier_id = ?'),
    insertTuteur: db.prepare('INSERT INTO tremplin_dossier_tuteurs (tuteur_id, dossier_id) VALUES (?, ?)'),
    selectEventsOf: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM tremplin_events WHERE dossier_id IN (SELECT value FROM json_each(?)) ORDER BY dossier_id, sequence`,
    ),
  };
}

/**
 * The `WHERE` clause of a filter on `tremplin_dossiers d`, values passed as JSON arrays to `json_each`.
 *
 * @param filter - the checked filter.
 * @param after - the dossier after which to start.
 * @returns SQL and parameters.
 */
function whereClause(filter: NormalizedFilter, after: string | undefined): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (after !== undefined) {
    clauses.push('d.dossier_id > ?');
    params.push(after);
  }
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
    if (values === undefined) continue;
    clauses.push(`d.${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  }
  const tuteurs = filter.fields.tuteurId;
  if (tuteurs !== undefined) {
    clauses.push(
      'EXISTS (SELECT 1 FROM tremplin_dossier_tuteurs t WHERE t.dossier_id = d.dossier_id AND t.tuteur_id IN (SELECT value FROM json_each(?)))',
    );
    params.push(JSON.stringify(tuteurs));
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/**
 * Opens a SQLite store: on a file (created if missing, in WAL mode) or on a connection you opened.
 *
 * @typeParam E - the domain event union.
 * @param options - `{ file }` or `{ database }`, and whether to migrate on open.
 * @returns the store; `ValidationError` for contradictory options; `StoreFailure` when the file cannot be
 * opened (`unavailable`), is not a database (`corrupt`), or was written by a newer Tremplin (`schema-too-new`).
 * @remarks Appends run in `BEGIN IMMEDIATE` transactions: the writer takes the file's write lock before
 * reading the dossier's head, so concurrent writers — other connections or other processes — are
 * serialised by SQLite and every stale `expectedSequence` is reported as a `ConflictError`. A writer waits
 * up to `busyTimeoutMs` for the lock. Reads run in deferred transactions and see one consistent snapshot.
 * @example
 * const opened = createSqliteStore<MyEvent>({ file: 'tremplin.db' });
 * if (opened.isErr()) throw new Error(opened.error.message);
 * const store = opened.value;
 */
export function createSqliteStore<E extends StoredEvent = StoredEvent>(
  options: SqliteStoreOptions,
): Result<SqliteStore<E>, StoreFailure | ValidationError> {
  const checked = checkOptions(options);
  if (checked.isErr()) return err(checked.error);
  let db: Db;
  const owned = options.database === undefined;
  try {
    if (options.database !== undefined) {
      db = options.database;
    } else {
      const file = options as SqliteFileOptions;
      db = new Database(file.file, { timeout: file.busyTimeoutMs ?? 5000 });
    }
  } catch (cause) {
    // Whatever prevents opening the file (missing directory, permissions) makes the store unavailable.
    const failure = sqliteFailure(cause, 'ouverture');
    return err(failure.code === 'driver' ? { ...failure, code: 'unavailable' } : failure);
  }
  const fail = (failure: StoreFailure) => {
    if (owned) db.close();
    return err(failure);
  };
  try {
    if (owned) {
      const file = options as SqliteFileOptions;
      if (!db.memory) db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${file.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    }
    const version = inspectSchema(db);
    if (version.isErr()) return fail(version.error);
    if (options.migrate !== false && version.value < SQLITE_SCHEMA_VERSION) {
      const report = applyMigrations(db);
      if (report.isErr()) return fail(report.error);
    }
  } catch (cause) {
    return fail(sqliteFailure(cause, 'ouverture'));
  }
  return ok(openStore<E>(db, owned, options.streamBatchSize ?? 500));
}

function checkOptions(options: SqliteStoreOptions): Result<void, ValidationError> {
  const bad = (code: string, message: string, path: string[]) =>
    err(validationError('Options du stockage SQLite invalides.', [{ code, message, path }]));
  if (typeof options !== 'object' || options === null)
    return bad('options.type', 'Un objet est attendu.', []);
  const hasFile = options.file !== undefined;
  const hasDb = options.database !== undefined;
  if (hasFile === hasDb) {
    return bad('options.source', 'Donner soit `file`, soit `database`.', []);
  }
  if (hasFile && typeof options.file !== 'string')
    return bad('options.file', 'Un chemin est attendu.', ['file']);
  const timeout = (options as SqliteFileOptions).busyTimeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 0)) {
    return bad('options.busy-timeout', 'Un entier de millisecondes positif ou nul est attendu.', [
      'busyTimeoutMs',
    ]);
  }
  if (options.streamBatchSize !== undefined) {
    const size = normalizeBatchSize(options.streamBatchSize, 500);
    if (size.isErr()) return err(size.error);
  }
  return ok(undefined);
}

function openStore<E extends StoredEvent>(db: Db, owned: boolean, streamBatchSize: number): SqliteStore<E> {
  let closed = false;
  let statements: Statements | undefined;
  const listStatements = new Map<string, Statement>();
  const capabilities: StoreCapabilities = Object.freeze({
    batchAppend: true,
    migrations: true,
    persistent: !db.memory,
    multiProcess: !db.memory,
  });

  /** Runs `fn` with the prepared statements, mapping every exception to a `StoreFailure`. */
  const guarded = <T, X>(doing: string, fn: (s: Statements) => Result<T, X>): Result<T, X | StoreFailure> => {
    if (closed) return err(closedStoreFailure());
    try {
      if (statements === undefined) {
        const inspected = inspectSchema(db);
        if (inspected.isErr()) return err(inspected.error);
        const version = inspected.value;
        if (version < SQLITE_SCHEMA_VERSION) {
          return err(
            storeFailure(
              'unavailable',
              `La base est au schéma ${version}, ce code attend le schéma ${SQLITE_SCHEMA_VERSION} : appeler migrate().`,
            ),
          );
        }
        statements = prepareStatements(db);
      }
      return fn(statements);
    } catch (cause) {
      return err(sqliteFailure(cause, doing));
    }
  };

  /** Plans a slice of a batch against what the transaction sees now, and writes it. */
  const planAndWrite = (
    s: Statements,
    prepared: readonly PreparedAppend<E>[],
    slice: PlanSlice,
  ): Result<AppendResult<E>[], AppendError> => {
    const heads = new Map<string, number>();
    const commands = new Map<string, StoredCommand>();
    if (prepared.length === 1) {
      const id = (prepared[0] as PreparedAppend<E>).input.dossierId;
      const head = s.selectHead.get(id) as number | undefined;
      if (head !== undefined) heads.set(id, head);
    } else {
      // One statement for the whole batch: SQLite walks the identifiers itself.
      const ids = JSON.stringify([...new Set(prepared.map((p) => p.input.dossierId))]);
      for (const row of s.selectHeads.all(ids) as { dossier_id: string; last_sequence: number }[]) {
        heads.set(row.dossier_id, row.last_sequence);
      }
    }
    for (const { input } of prepared) {
      const id = input.dossierId;
      if (!heads.has(id)) continue;
      const key = commandKey(id, input.idempotencyKey);
      if (commands.has(key)) continue;
      const command = s.selectCommand.get(id, input.idempotencyKey) as CommandColumns | undefined;
      if (command === undefined) continue;
      const rows = s.selectEventRange.all(
        id,
        command.first_sequence,
        command.last_sequence,
      ) as EventColumns[];
      commands.set(key, {
        dossierId: id,
        idempotencyKey: command.idempotency_key,
        firstSequence: command.first_sequence,
        lastSequence: command.last_sequence,
        recordedAt: command.recorded_at,
        events: rows.map(eventRowFromColumns),
      });
    }
    const plan = planAppends(prepared, { heads, commands }, slice);
    if (plan.isErr()) return err(plan.error);
    const { dossiers, appends } = plan.value;
    for (const w of dossiers) {
      const i = w.index;
      if (w.created && i !== undefined) {
        s.insertDossier.run(
          w.dossierId,
          w.lastSequence,
          i.academie,
          i.anneeScolaire,
          i.uai,
          i.corps,
          i.discipline ?? null,
          i.etat,
          JSON.stringify(i.tuteurIds),
        );
      } else if (i !== undefined) {
        s.updateDossier.run(
          w.lastSequence,
          i.academie,
          i.anneeScolaire,
          i.uai,
          i.corps,
          i.discipline ?? null,
          i.etat,
          JSON.stringify(i.tuteurIds),
          w.dossierId,
        );
        s.deleteTuteurs.run(w.dossierId);
      } else {
        s.updateHead.run(w.lastSequence, w.dossierId);
      }
      if (i !== undefined) for (const tuteur of i.tuteurIds) s.insertTuteur.run(tuteur, w.dossierId);
    }
    for (const { prepared: p, firstSequence } of appends) {
      const { dossierId, idempotencyKey, recordedAt, events } = p.input;
      const n = p.payloads.length;
      for (let j = 0; j < n; j++) {
        const type = (events[j] as E).type;
        s.insertEvent.run(dossierId, firstSequence + j, idempotencyKey, recordedAt, type, p.payloads[j]);
      }
      s.insertCommand.run(dossierId, idempotencyKey, firstSequence, firstSequence + n - 1, recordedAt);
    }
    return ok(plan.value.results);
  };

  /**
   * One `BEGIN IMMEDIATE` transaction for a whole batch, serialised, planned and written a slice at a time:
   * each slice is planned against what the previous ones wrote, so the outcome is the batch's, while a
   * large import keeps only one slice of JSON text in memory. An error in any slice rolls everything back.
   */
  const appendTransaction = db.transaction(
    (s: Statements, count: number, slice: (start: number, end: number) => PreparedAppend<E>[]) => {
      const results: AppendResult<E>[] = [];
      for (let start = 0; start < count; start += SLICE) {
        const planned = planAndWrite(s, slice(start, Math.min(count, start + SLICE)), {
          offset: start,
          total: count,
        });
        if (planned.isErr()) throw new Rollback(planned.error);
        for (const result of planned.value) results.push(result);
      }
      return results;
    },
  );

  const appendInTransaction = (
    count: number,
    slice: (start: number, end: number) => PreparedAppend<E>[],
  ): Result<AppendResult<E>[], AppendError> =>
    guarded('ajout', (s) => {
      try {
        return ok(appendTransaction.immediate(s, count, slice));
      } catch (cause) {
        if (cause instanceof Rollback) return err(cause.error);
        throw cause;
      }
    });

  const readDossier = db.transaction((s: Statements, id: string) => {
    const dossier = s.selectDossier.get(id) as DossierColumns | undefined;
    if (dossier === undefined) return undefined;
    return { dossier, events: s.selectEvents.all(id) as EventColumns[] };
  });

  const readHistory = db.transaction((s: Statements, id: string) => {
    const head = s.selectHead.get(id) as number | undefined;
    if (head === undefined) return undefined;
    return {
      head,
      commands: s.selectCommands.all(id) as CommandColumns[],
      events: s.selectEvents.all(id) as EventColumns[],
    };
  });

  const listStatement = (sql: string): Statement => {
    let statement = listStatements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const selectIds = (filter: NormalizedFilter, after: string | undefined, limit: number): string[] => {
    const where = whereClause(filter, after);
    const sql = `SELECT d.dossier_id FROM tremplin_dossiers d ${where.sql} ORDER BY d.dossier_id LIMIT ?`;
    return listStatement(sql)
      .pluck()
      .all(...where.params, limit) as string[];
  };

  const readChunk = db.transaction(
    (s: Statements, filter: NormalizedFilter, after: string | undefined, size: number) => {
      const ids = selectIds(filter, after, size);
      const rows = ids.length === 0 ? [] : (s.selectEventsOf.all(JSON.stringify(ids)) as EventColumns[]);
      return { ids, rows };
    },
  );

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
    let after: string | undefined;
    for (;;) {
      const chunk = guarded('lecture de cohorte', (s) => ok(readChunk.deferred(s, f, after, size)));
      if (chunk.isErr()) {
        yield err(chunk.error);
        return;
      }
      const { ids, rows } = chunk.value;
      if (ids.length === 0) return;
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
      if (ids.length < size) return;
      after = ids[ids.length - 1];
    }
  }

  return {
    capabilities,
    file: db.name,

    append(input) {
      return now(
        prepareAppend(input)
          .mapErr((e): AppendError => e)
          .andThen((p) => appendInTransaction(1, () => [p]))
          .map((results) => results[0] as AppendResult<E>),
      );
    },

    appendBatch(inputs) {
      return now(
        validateAppends(inputs)
          .mapErr((e): AppendError => e)
          .andThen(() =>
            appendInTransaction(inputs.length, (start, end) => inputs.slice(start, end).map(serializeAppend)),
          ),
      );
    },

    load(dossierId) {
      return now(
        validateDossierId(dossierId)
          .mapErr((e): ReadError => e)
          .andThen(() => guarded('lecture du dossier', (s) => ok(readDossier.deferred(s, dossierId))))
          .andThen((read): Result<LoadedDossier<E>, ReadError> => {
            if (read === undefined) return err(dossierNotFound(dossierId));
            const summary = summaryFromColumns(read.dossier);
            if (summary.isErr()) return err(summary.error);
            if (read.events.length !== summary.value.lastSequence) {
              return err(
                storeFailure(
                  'corrupt',
                  `Dossier ${JSON.stringify(dossierId)} : ${read.events.length} événements pour une séquence ${summary.value.lastSequence}.`,
                ),
              );
            }
            return envelopesFromRows<E>(read.events.map(eventRowFromColumns), 1).map((events) => ({
              dossierId,
              lastSequence: summary.value.lastSequence,
              events,
              index: indexOfSummary(summary.value),
            }));
          }),
      );
    },

    history(dossierId) {
      return now(
        validateDossierId(dossierId)
          .mapErr((e): ReadError => e)
          .andThen(() => guarded('lecture de l’historique', (s) => ok(readHistory.deferred(s, dossierId))))
          .andThen((read): Result<DossierHistory<E>, ReadError> => {
            if (read === undefined) return err(dossierNotFound(dossierId));
            const rows = read.events.map(eventRowFromColumns);
            const commands: DossierHistory<E>['commands'][number][] = [];
            let covered = 0;
            for (const c of read.commands) {
              const events = envelopesFromRows<E>(
                rows.slice(c.first_sequence - 1, c.last_sequence),
                c.first_sequence,
              );
              if (events.isErr()) return err(events.error);
              covered += c.last_sequence - c.first_sequence + 1;
              commands.push({
                idempotencyKey: c.idempotency_key,
                recordedAt: c.recorded_at,
                firstSequence: c.first_sequence,
                lastSequence: c.last_sequence,
                events: events.value,
              });
            }
            if (covered !== rows.length || rows.length !== read.head) {
              return err(
                storeFailure(
                  'corrupt',
                  `Historique du dossier ${JSON.stringify(dossierId)} incohérent : ${rows.length} événements, ${covered} couverts par des commandes, séquence ${read.head}.`,
                ),
              );
            }
            return ok({ dossierId, commands });
          }),
      );
    },

    list(filter, page) {
      return now(
        normalizeFilter(filter)
          .andThen((f) => normalizePage(page).map((p) => ({ f, p })))
          .mapErr((e): QueryError => e)
          .andThen(({ f, p }) =>
            guarded('liste des dossiers', (): Result<Page<DossierSummary>, QueryError> => {
              if (f.matchesNothing) return ok({ items: [] });
              const where = whereClause(f, p.after);
              const sql = `SELECT ${DOSSIER_COLUMNS} FROM tremplin_dossiers d ${where.sql} ORDER BY d.dossier_id LIMIT ?`;
              const rows = listStatement(sql).all(...where.params, p.limit + 1) as DossierColumns[];
              return pageFromColumns(rows, p.limit);
            }),
          ),
      );
    },

    streamCohort(filter, options) {
      return stream(filter, options);
    },

    migrate() {
      if (closed) return now(err(closedStoreFailure()));
      try {
        const report = applyMigrations(db);
        if (report.isOk()) statements = undefined;
        return now(report);
      } catch (cause) {
        return now(err(sqliteFailure(cause, 'migration')));
      }
    },

    schemaVersion() {
      if (closed) return now(err(closedStoreFailure()));
      try {
        return now(ok(readSchemaVersion(db)));
      } catch (cause) {
        return now(err(sqliteFailure(cause, 'lecture de la version du schéma')));
      }
    },

    close() {
      if (closed) return now(ok(undefined));
      closed = true;
      listStatements.clear();
      statements = undefined;
      if (!owned) return now(ok(undefined));
      try {
        db.close();
        return now(ok(undefined));
      } catch (cause) {
        return now(err(sqliteFailure(cause, 'fermeture')));
      }
    },
  };
}
