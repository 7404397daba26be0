// The SQLite store's own tests: file settings, migrations, options, lock timeouts, corrupt data.
import { writeFileSync } from 'node:fs';
import { collect, expectErr, expectOk, makeInput, type TestEvent } from '@tremplin/storage-testkit';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, SQLITE_SCHEMA_VERSION, type SqliteStore } from '../src/index.js';
import { SQLITE_MIGRATIONS } from '../src/migrations.js';
import { openSqlite, temporaryDirectory } from './helpers.js';

const nextFile = temporaryDirectory();
const opened: { close(): unknown }[] = [];
const track = <T extends { close(): unknown }>(x: T): T => {
  opened.push(x);
  return x;
};
afterEach(async () => {
  for (let x = opened.pop(); x !== undefined; x = opened.pop()) await x.close();
});
const open = (
  file: string,
  extra: { migrate?: boolean; busyTimeoutMs?: number } = {},
): SqliteStore<TestEvent> => track(openSqlite({ file, ...extra }));
const raw = (file: string) => track(new Database(file));

describe('storage-sqlite: files and pragmas', () => {
  it('opens files in WAL mode with synchronous FULL by default, NORMAL on request', () => {
    const file = nextFile();
    open(file);
    const db = raw(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const full = track(openSqlite({ file: nextFile() }));
    const normal = track(openSqlite({ file: nextFile(), synchronous: 'normal' }));
    expect(full.capabilities).toEqual({
      batchAppend: true,
      migrations: true,
      persistent: true,
      multiProcess: true,
    });
    expect(normal.file).not.toBe(full.file);
  });

  it('works in memory, declared neither persistent nor multi-process', async () => {
    const store = track(openSqlite({ file: ':memory:' }));
    expect(store.capabilities).toMatchObject({ persistent: false, multiProcess: false });
    await expectOk(store.append(makeInput('d1', 0, 'k1')));
    expect((await expectOk(store.load('d1'))).lastSequence).toBe(1);
  });

  it('uses a connection the caller opened and leaves it open on close()', async () => {
    const db = raw(':memory:');
    const store = openSqlite({ database: db });
    await expectOk(store.append(makeInput('d1', 0, 'k1')));
    await expectOk(store.close());
    expect(db.open).toBe(true);
    expect(db.prepare('SELECT count(*) FROM tremplin_events').pluck().get()).toBe(1);
  });

  it('survives close and reopen', async () => {
    const file = nextFile();
    const first = openSqlite({ file });
    await expectOk(first.append(makeInput('d1', 0, 'k1')));
    await expectOk(first.close());
    const second = open(file);
    expect((await expectOk(second.load('d1'))).lastSequence).toBe(1);
  });
});

describe('storage-sqlite: migrations', () => {
  it('records the migration and migrates idempotently', async () => {
    const file = nextFile();
    const store = open(file);
    expect(await expectOk(store.schemaVersion())).toBe(SQLITE_SCHEMA_VERSION);
    const v = SQLITE_SCHEMA_VERSION;
    expect(await expectOk(store.migrate())).toEqual({ from: v, to: v, applied: [] });
    const rows = raw(file).prepare('SELECT version, name FROM tremplin_migrations ORDER BY version').all();
    expect(rows.slice(0, 3)).toEqual([
      { version: 1, name: 'event-log' },
      { version: 2, name: 'corps-documentaliste-certifie' },
      { version: 3, name: 'hash-chain' },
    ]);
    expect(rows).toEqual(SQLITE_MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('with migrate: false, opens an empty file but refuses to work until migrate()', async () => {
    const store = open(nextFile(), { migrate: false });
    expect(await expectOk(store.schemaVersion())).toBe(0);
    expect(await expectErr(store.load('d1'))).toMatchObject({ kind: 'store', code: 'unavailable' });
    expect(await expectErr(store.append(makeInput('d1', 0, 'k1')))).toMatchObject({
      kind: 'store',
      code: 'unavailable',
    });
    expect(await expectOk(store.migrate())).toEqual({
      from: 0,
      to: SQLITE_SCHEMA_VERSION,
      applied: SQLITE_MIGRATIONS.map((m) => m.version),
    });
    await expectOk(store.append(makeInput('d1', 0, 'k1')));
  });

  it('migrates a version-1 file: a dossier indexed with corps documentaliste is listed with the certifiés', async () => {
    const file = nextFile();
    const v1 = new Database(file);
    v1.exec(
      'CREATE TABLE tremplin_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    const first = SQLITE_MIGRATIONS[0];
    if (first === undefined) throw new Error('no migration');
    for (const statement of first.statements) v1.exec(statement);
    v1.prepare("INSERT INTO tremplin_migrations VALUES (1, 'event-log', '2025-09-01T00:00:00Z')").run();
    v1.prepare(
      `INSERT INTO tremplin_dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
       VALUES ('doc-1', 1, 'Réunion', '2022-2023', '9740001A', 'documentaliste', NULL, 'en-stage', '["tuteur-1"]')`,
    ).run();
    v1.prepare(
      `INSERT INTO tremplin_events (dossier_id, sequence, idempotency_key, recorded_at, type, payload)
       VALUES ('doc-1', 1, 'k1', '2022-09-01T08:00:00+04:00', 'note', '{"type":"note"}')`,
    ).run();
    v1.prepare(
      "INSERT INTO tremplin_commands VALUES ('doc-1', 'k1', 1, 1, '2022-09-01T08:00:00+04:00')",
    ).run();
    v1.prepare("INSERT INTO tremplin_dossier_tuteurs VALUES ('tuteur-1', 'doc-1')").run();
    v1.close();

    const store = open(file);
    expect(await expectOk(store.schemaVersion())).toBe(SQLITE_SCHEMA_VERSION);
    expect((await expectOk(store.load('doc-1'))).events).toHaveLength(1);
    const certifies = await expectOk(store.list({ corps: 'certifie' }, { limit: 10 }));
    expect(certifies.items.map((i) => [i.dossierId, i.corps])).toEqual([['doc-1', 'certifie']]);
    expect(
      raw(file)
        .prepare("SELECT count(*) FROM tremplin_dossiers WHERE corps = 'documentaliste'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('refuses a database newer than the code, and a migration record it does not know', async () => {
    const newer = nextFile();
    await expectOk(openSqlite({ file: newer }).close());
    const db = new Database(newer);
    db.prepare("INSERT INTO tremplin_migrations VALUES (99, 'futur', '2030-01-01T00:00:00Z')").run();
    db.close();
    for (const migrate of [true, false]) {
      expect(createSqliteStore({ file: newer, migrate })._unsafeUnwrapErr()).toMatchObject({
        kind: 'store',
        code: 'schema-too-new',
      });
    }
    const odd = nextFile();
    const other = new Database(odd);
    other.exec(
      "CREATE TABLE tremplin_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT; INSERT INTO tremplin_migrations VALUES (1, 'autre-chose', 'x')",
    );
    other.close();
    expect(createSqliteStore({ file: odd })._unsafeUnwrapErr()).toMatchObject({
      kind: 'store',
      code: 'corrupt',
    });
  });
});

describe('storage-sqlite: failures become values', () => {
  it('refuses contradictory options', () => {
    const db = raw(':memory:');
    expect(createSqliteStore({ file: 'x.db', database: db } as never)._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'options.source' }],
    });
    expect(createSqliteStore({} as never)._unsafeUnwrapErr()).toMatchObject({ kind: 'validation' });
    expect(createSqliteStore({ file: nextFile(), busyTimeoutMs: -1 })._unsafeUnwrapErr()).toMatchObject({
      issues: [{ code: 'options.busy-timeout' }],
    });
  });

  it('reports a file that cannot be opened as "unavailable" and a file that is not a database as "corrupt"', () => {
    expect(createSqliteStore({ file: '/nonexistent-dir/x/y.db' })._unsafeUnwrapErr()).toMatchObject({
      kind: 'store',
      code: 'unavailable',
    });
    const junk = nextFile();
    writeFileSync(
      junk,
      'ceci n’est pas une base SQLite, mais un texte assez long pour en avoir l’air. '.repeat(100),
    );
    expect(createSqliteStore({ file: junk })._unsafeUnwrapErr()).toMatchObject({
      kind: 'store',
      code: 'corrupt',
    });
  });

  it('reports a write lock held too long as "unavailable", appending nothing', async () => {
    const file = nextFile();
    const store = open(file, { busyTimeoutMs: 50 });
    await expectOk(store.append(makeInput('d1', 0, 'k1')));
    const other = raw(file);
    other.exec('BEGIN IMMEDIATE');
    expect(await expectErr(store.append(makeInput('d1', 1, 'k2')))).toMatchObject({
      kind: 'store',
      code: 'unavailable',
    });
    // Readers are not blocked by the writer (WAL).
    expect((await expectOk(store.load('d1'))).lastSequence).toBe(1);
    other.exec('ROLLBACK');
    expect((await expectOk(store.append(makeInput('d1', 1, 'k2')))).lastSequence).toBe(2);
  });

  it('reports unreadable rows as "corrupt" and missing events as "integrity" on load, history and stream', async () => {
    const file = nextFile();
    const store = open(file);
    await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }])));
    await expectOk(store.append(makeInput('d2', 0, 'k1')));
    const db = raw(file);
    db.prepare("UPDATE tremplin_events SET payload = '{' WHERE dossier_id = 'd2'").run();
    expect(await expectErr(store.load('d2'))).toMatchObject({ kind: 'store', code: 'corrupt' });
    const streamed = await collect(store.streamCohort({}));
    expect(streamed.items.map((e) => e.dossierId)).toEqual(['d1', 'd1']);
    expect(streamed.errors).toMatchObject([{ kind: 'store', code: 'corrupt' }]);
    // A log with events missing is not unreadable but changed: `integrity`, naming the first one.
    const changed = { kind: 'store', code: 'integrity', dossierId: 'd1', sequence: 1 };
    db.prepare("DELETE FROM tremplin_events WHERE dossier_id = 'd1' AND sequence = 1").run();
    expect(await expectErr(store.load('d1'))).toMatchObject(changed);
    expect(await expectErr(store.history('d1'))).toMatchObject(changed);
    db.prepare("DELETE FROM tremplin_events WHERE dossier_id = 'd1'").run();
    expect(await expectErr(store.load('d1'))).toMatchObject(changed);
    expect(await expectErr(store.history('d1'))).toMatchObject(changed);
    expect(await expectErr(store.load('d3'))).toMatchObject({ kind: 'not-found' });
    db.prepare("UPDATE tremplin_dossiers SET tuteur_ids = 'pas du JSON' WHERE dossier_id = 'd2'").run();
    expect(await expectErr(store.list({}))).toMatchObject({ kind: 'store', code: 'corrupt' });
  });

  it('turns a driver exception into StoreFailure "driver" rather than throwing', async () => {
    const file = nextFile();
    const store = open(file);
    await expectOk(store.append(makeInput('d1', 0, 'k1')));
    raw(file).exec('DROP TABLE tremplin_events');
    expect(await expectErr(store.load('d1'))).toMatchObject({ kind: 'store', code: 'driver' });
    expect(await expectErr(store.append(makeInput('d1', 1, 'k2')))).toMatchObject({
      kind: 'store',
      code: 'driver',
    });
  });
});
