// The database the tests run against: the PostgreSQL server named by TREMPLIN_PG_URL (CI), or an embedded
// PGlite otherwise (one instance per test file: it takes seconds and hundreds of MB to open). Each test
// file works in its own schemas, with a random prefix, dropped at the end, so concurrent runs never collide.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { RawDump, Tamper, TestEvent, TestStore } from '@tremplin/storage-testkit';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createPostgresStore, type PostgresStore, type PostgresStoreOptions } from '../src/index.js';

export const PG_URL = process.env.TREMPLIN_PG_URL;

export interface Backend {
  readonly kind: 'pg' | 'pglite';
  /** A new schema name, dropped after the file. */
  newSchema(): string;
  /** Connection options for a store on `schema`, on the shared pool or PGlite. */
  options(schema: string): PostgresStoreOptions;
  /** Runs SQL without the adapter. */
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** Registers the backend's opening and cleaning for the current test file. */
export function useBackend(): () => Backend {
  let backend: Backend | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  const prefix = `t_${randomBytes(5).toString('hex')}`;
  const schemas: string[] = [];
  const newSchema = () => {
    const schema = `${prefix}_${schemas.length}`;
    schemas.push(schema);
    return schema;
  };

  beforeAll(async () => {
    if (PG_URL !== undefined) {
      const pool = new pg.Pool({ connectionString: PG_URL, max: 8 });
      backend = {
        kind: 'pg',
        newSchema,
        options: (schema) => ({ pool, schema }),
        query: async (sql, params = []) => (await pool.query(sql, params)).rows,
      };
      cleanup = () => pool.end();
    } else {
      const db = new PGlite();
      await db.waitReady;
      backend = {
        kind: 'pglite',
        newSchema,
        options: (schema) => ({ pglite: db, schema }),
        query: async <R>(sql: string, params: unknown[] = []) => (await db.query<R>(sql, params)).rows,
      };
      cleanup = () => db.close();
    }
  }, 120_000);

  afterAll(async () => {
    if (backend !== undefined) {
      for (const schema of schemas) await backend.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
    await cleanup?.();
  }, 120_000);

  return () => {
    if (backend === undefined) throw new Error('backend not open yet');
    return backend;
  };
}

/** Opens a store or fails the test. */
export async function openPostgres(options: PostgresStoreOptions): Promise<PostgresStore<TestEvent>> {
  const opened = await createPostgresStore<TestEvent>(options);
  if (opened.isErr()) throw new Error(`${opened.error.kind}: ${opened.error.message}`);
  return opened.value;
}

/** Reads a store's schema with plain SQL: what is in the database, not what the adapter says. */
export async function readRawPostgres(backend: Backend, store: TestStore): Promise<RawDump> {
  const s = `"${(store as PostgresStore<TestEvent>).schema}"`;
  const events = await backend.query<RawDump['events'][number]>(
    `SELECT dossier_id AS "dossierId", sequence, idempotency_key AS "idempotencyKey", recorded_at AS "recordedAt", payload
     FROM ${s}.events ORDER BY dossier_id, sequence`,
  );
  const dossiers = await backend.query<RawDump['dossiers'][number]>(
    `SELECT dossier_id AS "dossierId", last_sequence AS "lastSequence" FROM ${s}.dossiers ORDER BY dossier_id`,
  );
  return { events, dossiers };
}

/** Damages a store's schema with plain SQL, as someone with access to the database could. */
export function tamperPostgres(backend: Backend, store: TestStore): Tamper {
  const s = `"${(store as PostgresStore<TestEvent>).schema}"`;
  return {
    async editEvent(dossierId, sequence, { payload, chain }) {
      await backend.query(
        `UPDATE ${s}.events SET payload = coalesce($1, payload), chain = coalesce($2, chain)
         WHERE dossier_id = $3 AND sequence = $4`,
        [payload ?? null, chain ?? null, dossierId, sequence],
      );
    },
    async deleteEvent(dossierId, sequence) {
      await backend.query(`DELETE FROM ${s}.events WHERE dossier_id = $1 AND sequence = $2`, [
        dossierId,
        sequence,
      ]);
    },
    async editHead(dossierId, { lastSequence, lastChain }) {
      await backend.query(
        `UPDATE ${s}.dossiers SET last_sequence = coalesce($1::int4, last_sequence), last_chain = coalesce($2, last_chain)
         WHERE dossier_id = $3`,
        [lastSequence ?? null, lastChain ?? null, dossierId],
      );
    },
  };
}
