/**
 * The PostgreSQL dialect of the shared SQL store engine (`@tremplin/core/store-kit`), on a `pg` pool or
 * PGlite: `$n` placeholders, arrays sent whole, rows as column arrays through `unnest`, dossiers locked
 * with `FOR UPDATE`.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import {
  type AsyncSqlExecutor,
  runSqlWorkAsync,
  type SqlColumn,
  type SqlDialect,
  type SqlRows,
  type SqlSyntax,
  type SqlWork,
  storeFailure,
  type TransactionOutcome,
} from '@tremplin/core/store-kit';
import { err, ok, type Result } from 'neverthrow';
import type { PgDriver, PgExecutor } from './driver.js';
import { POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { isRetryable, pgFailure } from './pg-errors.js';
import { applyMigrations, inspectSchema, quoteSchema, readSchemaVersion } from './pg-schema.js';

/** Rows per statement, and bytes of text per statement, when rows travel as column arrays. */
const CHUNK_ROWS = 5000;
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Attempts of an append transaction that hits a deadlock, a serialisation failure or a creation race. */
const ATTEMPTS = 8;

const arrays = (columns: readonly SqlColumn[]) =>
  columns.map((c, i) => `$${i + 1}::${c.type === 'integer' ? 'int4' : 'text'}[]`).join(', ');

/**
 * How PostgreSQL spells the engine's SQL, in one schema.
 *
 * @param schema - the schema's name, checked by the factory.
 * @returns the syntax.
 */
function postgresSyntax(schema: string): SqlSyntax {
  const s = quoteSchema(schema);
  return {
    tables: {
      dossiers: `${s}.dossiers`,
      events: `${s}.events`,
      commands: `${s}.commands`,
      tuteurs: `${s}.dossier_tuteurs`,
    },
    placeholder: (position) => `$${position}`,
    inArray: (column, placeholder) => `${column} = ANY(${placeholder}::text[])`,
    arrayParameter: (values) => [...values],
    insertRows: (columns) => `SELECT * FROM unnest(${arrays(columns)})`,
    rowsRelation: (columns, alias) =>
      `unnest(${arrays(columns)}) AS ${alias}(${columns.map((c) => c.name).join(', ')})`,
    lockRows: ' FOR UPDATE',
  };
}

/** Where rows are cut into statements: at most `CHUNK_ROWS` rows and about `CHUNK_BYTES` of text each. */
function chunkBounds(rows: SqlRows): number[] {
  const count = rows[0]?.length ?? 0;
  const bounds = [0];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let size = 0;
    for (const column of rows) {
      const value = column[i];
      if (typeof value === 'string') size += value.length;
    }
    const start = bounds.at(-1) as number;
    if (i > start && (i - start >= CHUNK_ROWS || bytes + size > CHUNK_BYTES)) {
      bounds.push(i);
      bytes = 0;
    }
    bytes += size;
  }
  if (count > 0) bounds.push(count);
  return bounds;
}

/** Sends rows as column arrays, a chunk per statement. */
async function eachChunk(rows: SqlRows, run: (params: unknown[][]) => Promise<void>): Promise<void> {
  const bounds = chunkBounds(rows);
  for (let b = 1; b < bounds.length; b++) {
    const [start, end] = [bounds[b - 1], bounds[b]];
    await run(rows.map((column) => column.slice(start, end)));
  }
}

/** The engine's executor over a driver or a transaction. */
function executorOf(db: PgExecutor): AsyncSqlExecutor {
  return {
    query: (sql, params) => db.query(sql, params),
    async executeRows(sql, rows) {
      let changed = 0;
      await eachChunk(rows, async (params) => {
        changed += await db.execute(sql, params);
      });
      return changed;
    },
    async queryRows(sql, rows) {
      const out: unknown[] = [];
      await eachChunk(rows, async (params) => {
        for (const row of await db.query(sql, params)) out.push(row);
      });
      return out;
    },
  };
}

/**
 * Runs a transaction, again after a deadlock, a serialisation failure or a lost creation race, waiting a
 * little longer each time.
 */
async function retrying<T>(driver: PgDriver, work: () => SqlWork<TransactionOutcome<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await driver.transaction(async (tx) => {
        const o = await runSqlWorkAsync(work(), executorOf(tx));
        return { commit: o.commit, value: o };
      });
      if (outcome.retry !== true || attempt >= ATTEMPTS) return outcome.value;
    } catch (cause) {
      if (!isRetryable(cause) || attempt >= ATTEMPTS) throw cause;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
  }
}

/**
 * The PostgreSQL dialect over a driver.
 *
 * @param driver - a `pg` pool's or PGlite's driver, with the schema checked by the factory.
 * @param schema - the schema holding the tables.
 * @returns the dialect.
 * @remarks Appends run in `READ COMMITTED` transactions that first lock the batch's existing dossiers
 * (`SELECT … FOR UPDATE`, in identifier order), so that concurrent writers on other connections or
 * processes are serialised per dossier. Creating a dossier is an `INSERT … ON CONFLICT DO NOTHING`: a
 * writer that loses the creation race retries, and then sees the winner. A whole batch is one slice: few
 * round trips, rows sent as column arrays.
 */
export function createPostgresDialect(driver: PgDriver, schema: string): SqlDialect {
  const pool = executorOf(driver);
  return {
    ...postgresSyntax(schema),
    capabilities: Object.freeze({
      batchAppend: true,
      migrations: true,
      persistent: driver.persistent,
      multiProcess: driver.kind === 'pg',
    }),
    appendSlice: Number.POSITIVE_INFINITY,
    read: (work) => runSqlWorkAsync(work, pool),
    transaction: (work) => retrying(driver, work),
    failure: pgFailure,
    checkSchema: () => checkSchema(driver, schema),
    migrate: () => applyMigrations(driver, schema),
    schemaVersion: () => readSchemaVersion(driver, schema),
    close: () => driver.close(),
  };
}

async function checkSchema(driver: PgDriver, schema: string): Promise<Result<void, StoreFailure>> {
  const inspected = await inspectSchema(driver, schema);
  if (inspected.isErr()) return err(inspected.error);
  const version = inspected.value;
  if (version < POSTGRES_SCHEMA_VERSION) {
    return err(
      storeFailure(
        'unavailable',
        `Le schéma ${schema} est à la version ${version}, ce code attend la version ${POSTGRES_SCHEMA_VERSION} : appeler migrate().`,
      ),
    );
  }
  return ok(undefined);
}
