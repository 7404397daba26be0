/**
 * One small driver interface over `pg` and PGlite, so that the same SQL runs on a PostgreSQL server and on
 * embedded PostgreSQL.
 *
 * @packageDocumentation
 */
import type { TransactionOutcome } from '@tremplin/core/store-kit';

/** Runs one statement. */
export interface PgExecutor {
  /**
   * @param sql - the statement, with `$1`, `$2`… placeholders.
   * @param params - the values (JavaScript arrays become PostgreSQL arrays).
   * @returns the rows.
   */
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * @param sql - a write, with `$1`, `$2`… placeholders.
   * @param params - the values.
   * @returns how many rows it changed.
   */
  execute(sql: string, params: readonly unknown[]): Promise<number>;
}

/** A connection source: statements, transactions on one connection, and closing. */
export interface PgDriver extends PgExecutor {
  /** `'pg'` for a server, `'pglite'` for embedded PostgreSQL. */
  readonly kind: 'pg' | 'pglite';
  /** Whether the data outlive the process (a server, or PGlite on a directory). */
  readonly persistent: boolean;
  /**
   * Runs `body` in a transaction on one connection; commits or rolls back as it says, rolls back if it throws.
   *
   * @param body - the transaction's work.
   * @returns the body's value.
   */
  transaction<T>(body: (tx: PgExecutor) => Promise<TransactionOutcome<T>>): Promise<T>;
  /** Releases what the driver owns (a pool it created); leaves the caller's pool or PGlite open. */
  close(): Promise<void>;
}

/** The part of a `pg` client the store uses. */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }>;
  release(destroy?: boolean | Error): void;
}

/** The part of a `pg.Pool` the store uses. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }>;
  end(): Promise<void>;
}

/** The part of a PGlite transaction the store uses. */
export interface PGliteTransactionLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  rollback(): Promise<void>;
}

/** The part of a `PGlite` instance the store uses. */
export interface PGliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  transaction<T>(callback: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  readonly dataDir?: string | undefined;
}

/** One statement's answer, as both drivers give it. */
interface Answer {
  readonly rows: unknown[];
  readonly count: number;
}

/** An executor over a function that runs one statement. */
function executorOf(run: (sql: string, params: unknown[]) => Promise<Answer>): PgExecutor {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await run(sql, [...params])).rows as R[];
    },
    async execute(sql: string, params: readonly unknown[]) {
      return (await run(sql, [...params])).count;
    },
  };
}

const pgAnswer = (r: { rows: unknown[]; rowCount?: number | null }): Answer => ({
  rows: r.rows,
  count: r.rowCount ?? 0,
});
const pgliteAnswer = (r: { rows: unknown[]; affectedRows?: number }): Answer => ({
  rows: r.rows,
  count: r.affectedRows ?? 0,
});

/**
 * A driver over a `pg` pool: each transaction takes its own connection.
 *
 * @param pool - the pool.
 * @param owned - whether `close()` ends it (only for pools the store created).
 * @returns the driver.
 */
export function pgPoolDriver(pool: PgPoolLike, owned: boolean): PgDriver {
  return {
    kind: 'pg',
    persistent: true,
    ...executorOf(async (sql, params) => pgAnswer(await pool.query(sql, params))),
    async transaction<T>(body: (tx: PgExecutor) => Promise<TransactionOutcome<T>>) {
      const client = await pool.connect();
      const tx = executorOf(async (sql, params) => pgAnswer(await client.query(sql, params)));
      try {
        await client.query('BEGIN');
        const outcome = await body(tx);
        await client.query(outcome.commit ? 'COMMIT' : 'ROLLBACK');
        client.release();
        return outcome.value;
      } catch (error) {
        let broken = false;
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        // A connection that cannot even roll back is destroyed rather than returned to the pool.
        client.release(broken);
        throw error;
      }
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}

/**
 * A driver over PGlite: one connection, whose transactions PGlite serialises.
 *
 * @param db - the PGlite instance (left open by `close()`).
 * @returns the driver.
 */
export function pgliteDriver(db: PGliteLike): PgDriver {
  const dataDir = db.dataDir;
  return {
    kind: 'pglite',
    persistent: dataDir !== undefined && dataDir !== '' && !dataDir.startsWith('memory://'),
    ...executorOf(async (sql, params) => pgliteAnswer(await db.query(sql, params))),
    async transaction<T>(body: (tx: PgExecutor) => Promise<TransactionOutcome<T>>) {
      return db.transaction(async (t) => {
        const outcome = await body(
          executorOf(async (sql, params) => pgliteAnswer(await t.query(sql, params))),
        );
        if (!outcome.commit) await t.rollback();
        return outcome.value;
      });
    },
    async close() {},
  };
}
