import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDump, Tamper, TestEvent, TestStore } from '@tremplin/storage-testkit';
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

/** Damages a store's file with plain SQL on a separate connection, as someone with the file could. */
export function tamperSqlite(store: TestStore): Tamper {
  const run = (sql: string, ...params: unknown[]) => {
    const db = new Database((store as SqliteStore<TestEvent>).file, { fileMustExist: true });
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  };
  return {
    editEvent(dossierId, sequence, { payload, chain }) {
      run(
        'UPDATE tremplin_events SET payload = coalesce(?, payload), chain = coalesce(?, chain) WHERE dossier_id = ? AND sequence = ?',
        payload ?? null,
        chain ?? null,
        dossierId,
        sequence,
      );
    },
    deleteEvent(dossierId, sequence) {
      run('DELETE FROM tremplin_events WHERE dossier_id = ? AND sequence = ?', dossierId, sequence);
    },
    editHead(dossierId, { lastSequence, lastChain }) {
      run(
        'UPDATE tremplin_dossiers SET last_sequence = coalesce(?, last_sequence), last_chain = coalesce(?, last_chain) WHERE dossier_id = ?',
        lastSequence ?? null,
        lastChain ?? null,
        dossierId,
      );
    },
  };
}
