/**
 * One small driver interface over `pg` and PGlite, so that the same SQL runs on a PostgreSQL server and on
 * embedded PostgreSQL.
 *
 * @packageDocumentation
 */

/** Runs one statement. */
export interface SqlExecutor {
  /**
   * @param sql - the statement, with `$1`, `$2`… placeholders.
   * @param params - the values (JavaScript arrays become PostgreSQL arrays).
   * @returns the rows.
   */
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** What a transaction body returns: whether to commit, and the value to hand back. */
export interface TransactionOutcome<T> {
  readonly commit: boolean;
  readonly value: T;
}

/** A connection source: statements, transactions on one connection, and closing. */
export interface SqlDriver extends SqlExecutor {
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
  transaction<T>(body: (tx: SqlExecutor) => Promise<TransactionOutcome<T>>): Promise<T>;
  /** Releases what the driver owns (a pool it created); leaves the caller's pool or PGlite open. */
  close(): Promise<void>;
}

/** The part of a `pg` client the store uses. */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  release(destroy?: boolean | Error): void;
}

/** The part of a `pg.Pool` the store uses. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

/** The part of a PGlite transaction the store uses. */
export interface PGliteTransactionLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  rollback(): Promise<void>;
}

/** The part of a `PGlite` instance the store uses. */
export interface PGliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  transaction<T>(callback: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  readonly dataDir?: string | undefined;
}

/**
 * A driver over a `pg` pool: each transaction takes its own connection.
 *
 * @param pool - the pool.
 * @param owned - whether `close()` ends it (only for pools the store created).
 * @returns the driver.
 */
export function pgPoolDriver(pool: PgPoolLike, owned: boolean): SqlDriver {
  return {
    kind: 'pg',
    persistent: true,
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as R[];
    },
    async transaction<T>(body: (tx: SqlExecutor) => Promise<TransactionOutcome<T>>) {
      const client = await pool.connect();
      const tx: SqlExecutor = {
        async query<R>(sql: string, params: readonly unknown[] = []) {
          return (await client.query(sql, [...params])).rows as R[];
        },
      };
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
export function pgliteDriver(db: PGliteLike): SqlDriver {
  const dataDir = db.dataDir;
  return {
    kind: 'pglite',
    persistent: dataDir !== undefined && dataDir !== '' && !dataDir.startsWith('memory://'),
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<R>(sql, [...params])).rows;
    },
    async transaction<T>(body: (tx: SqlExecutor) => Promise<TransactionOutcome<T>>) {
      return db.transaction(async (t) => {
        const outcome = await body({
          async query<R>(sql: string, params: readonly unknown[] = []) {
            return (await t.query<R>(sql, [...params])).rows;
          },
        });
        if (!outcome.commit) await t.rollback();
        return outcome.value;
      });
    },
    async close() {},
  };
}
