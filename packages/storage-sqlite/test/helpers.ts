import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDump, TestEvent, TestStore } from '@tremplin/storage-testkit';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { createSqliteStore, type SqliteStore, type SqliteStoreOptions } from '../src/index.js';

/** A temporary directory removed after the test file. */
export function temporaryDirectory(): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-sqlite-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => join(dir, `store-${n++}.db`);
}

/** Opens a store or fails the test. */
export function openSqlite(options: SqliteStoreOptions): SqliteStore<TestEvent> {
  const opened = createSqliteStore<TestEvent>(options);
  if (opened.isErr()) throw new Error(`${opened.error.kind}: ${opened.error.message}`);
  return opened.value;
}

/** Reads a store's file with a separate read-only connection: what is on disk, not what the adapter says. */
export function readRawSqlite(store: TestStore): RawDump {
  const db = new Database((store as SqliteStore<TestEvent>).file, { readonly: true, fileMustExist: true });
  try {
    const events = db
      .prepare(
        `SELECT dossier_id AS dossierId, sequence, idempotency_key AS idempotencyKey, recorded_at AS recordedAt, payload
         FROM tremplin_events ORDER BY dossier_id, sequence`,
      )
      .all() as RawDump['events'];
    const dossiers = db
      .prepare(
        'SELECT dossier_id AS dossierId, last_sequence AS lastSequence FROM tremplin_dossiers ORDER BY dossier_id',
      )
      .all() as RawDump['dossiers'];
    return { events, dossiers };
  } finally {
    db.close();
  }
}
