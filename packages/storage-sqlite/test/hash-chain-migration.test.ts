// Migration 3 (hash-chain) on a file written before it: every stored event gets its chain, the file then
// verifies, and what is changed afterwards is caught.
import { computeChain, GENESIS_CHAIN } from '@tremplin/core/store-kit';
import { collect, expectErr, expectOk } from '@tremplin/storage-testkit';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rebuildChain, SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from '../src/index.js';
import { openSqlite, temporaryDirectory } from './helpers.js';

const nextFile = temporaryDirectory();
const AT = '2022-09-01T08:00:00+04:00';

/** A file at schema version 2 with d1 (3 events, 2 commands), d2 (1 event) and d3 (an event that is not JSON). */
function writeVersion2(file: string): void {
  const db = new Database(file);
  db.exec(
    'CREATE TABLE tremplin_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
  );
  for (const migration of SQLITE_MIGRATIONS.slice(0, 2)) {
    for (const statement of migration.statements) db.exec(statement);
    db.prepare('INSERT INTO tremplin_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, AT);
  }
  const dossier = db.prepare(
    `INSERT INTO tremplin_dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
     VALUES (?, ?, 'Réunion', '2022-2023', '9740001A', 'cpe', NULL, 'en-stage', '[]')`,
  );
  const event = db.prepare(
    'INSERT INTO tremplin_events (dossier_id, sequence, idempotency_key, recorded_at, type, payload) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const command = db.prepare('INSERT INTO tremplin_commands VALUES (?, ?, ?, ?, ?)');
  dossier.run('d1', 3);
  event.run('d1', 1, 'k1', AT, 'ouvert', '{"type":"ouvert","b":1,"a":"é"}');
  event.run('d1', 2, 'k1', AT, 'avis', '{"type":"avis","favorable":true}');
  event.run('d1', 3, 'k2', AT, 'decision', '{"type":"decision","titularise":true}');
  command.run('d1', 'k1', 1, 2, AT);
  command.run('d1', 'k2', 3, 3, AT);
  dossier.run('d2', 1);
  event.run('d2', 1, 'k1', AT, 'ouvert', '{"type":"ouvert"}');
  command.run('d2', 'k1', 1, 1, AT);
  dossier.run('d3', 1);
  event.run('d3', 1, 'k1', AT, 'ouvert', '{');
  command.run('d3', 'k1', 1, 1, AT);
  db.close();
}

describe('storage-sqlite: migration 3 (hash chain)', () => {
  it('chains the events of a version-2 file, which then loads, and catches a later edit', async () => {
    const file = nextFile();
    writeVersion2(file);
    const store = openSqlite({ file });
    try {
      expect(await expectOk(store.schemaVersion())).toBe(SQLITE_SCHEMA_VERSION);
      const loaded = await expectOk(store.load('d1'));
      expect(loaded.events.map((e) => e.event.type)).toEqual(['ouvert', 'avis', 'decision']);
      // The chain stored is the one an append computes: checked link by link from the envelopes.
      const db = new Database(file);
      const stored = db
        .prepare("SELECT chain FROM tremplin_events WHERE dossier_id = 'd1' ORDER BY sequence")
        .pluck()
        .all() as string[];
      let previous = GENESIS_CHAIN;
      for (const [i, envelope] of loaded.events.entries()) {
        previous = computeChain(previous, envelope);
        expect(stored[i]).toBe(previous);
      }
      const head = db
        .prepare("SELECT last_chain FROM tremplin_dossiers WHERE dossier_id = 'd1'")
        .pluck()
        .get();
      expect(head).toBe(previous);
      expect((await expectOk(store.history('d1'))).commands).toHaveLength(2);
      expect((await expectOk(store.load('d2'))).lastSequence).toBe(1);
      // The dossier whose event is not JSON stays unreadable: the migration does not vouch for it.
      expect(await expectErr(store.load('d3'))).toMatchObject({ code: 'corrupt' });
      const streamed = await collect(store.streamCohort({}));
      expect(streamed.items.map((e) => `${e.dossierId}:${e.sequence}`)).toEqual([
        'd1:1',
        'd1:2',
        'd1:3',
        'd2:1',
      ]);
      expect(streamed.errors).toMatchObject([{ code: 'corrupt' }]);
      // After the migration, an edit outside Tremplin is caught.
      db.prepare(
        `UPDATE tremplin_events SET payload = '{"type":"decision","titularise":false}' WHERE dossier_id = 'd1' AND sequence = 3`,
      ).run();
      expect(await expectErr(store.load('d1'))).toMatchObject({
        code: 'integrity',
        dossierId: 'd1',
        sequence: 3,
      });
      // rebuildChain (what a later migration rewriting events calls) re-chains from the stored text.
      expect(rebuildChain(db)).toEqual({ dossiers: 2, events: 4, unreadable: ['d3'] });
      expect((await expectOk(store.load('d1'))).events[2]?.event).toEqual({
        type: 'decision',
        titularise: false,
      });
      db.close();
    } finally {
      await store.close();
    }
  });
});
