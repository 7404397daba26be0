import { computeChain, GENESIS_CHAIN } from '@tremplin/core/store-kit';
import type { TestEvent } from '@tremplin/storage-testkit';
import { collect, expectErr, expectOk, makeInput } from '@tremplin/storage-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresStore, POSTGRES_SCHEMA_VERSION, type PostgresStore } from '../src/index.js';
import { POSTGRES_MIGRATIONS } from '../src/migrations.js';
import { type Backend, openPostgres } from './backend.js';

/** The PostgreSQL store's own tests: migrations, options, failures, corrupt data. */
export function postgresSpecifics(backend: () => Backend): void {
  describe('storage-postgres specifics', () => {
    const opened: PostgresStore<TestEvent>[] = [];
    const open = async (schema: string, extra: { migrate?: boolean } = {}) => {
      const store = await openPostgres({ ...backend().options(schema), ...extra });
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (let s = opened.pop(); s !== undefined; s = opened.pop()) await s.close();
    });

    it('creates its tables in its own schema, records the migration, and migrates idempotently', async () => {
      const schema = backend().newSchema();
      const store = await open(schema);
      const tables = await backend().query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'commands',
        'dossier_tuteurs',
        'dossiers',
        'events',
        'personnes',
        'schema_migrations',
      ]);
      const rows = await backend().query<{ version: number; name: string }>(
        `SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`,
      );
      expect(rows.slice(0, 3)).toEqual([
        { version: 1, name: 'event-log' },
        { version: 2, name: 'corps-documentaliste-certifie' },
        { version: 3, name: 'hash-chain' },
      ]);
      expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
      const v = POSTGRES_SCHEMA_VERSION;
      expect(await expectOk(store.schemaVersion())).toBe(v);
      expect(await expectOk(store.migrate())).toEqual({ from: v, to: v, applied: [] });
      const again = await open(schema);
      expect(await expectOk(again.schemaVersion())).toBe(v);
    });

    it('with migrate: false, opens an empty schema but refuses to work until migrate()', async () => {
      const schema = backend().newSchema();
      const store = await open(schema, { migrate: false });
      expect(await expectOk(store.schemaVersion())).toBe(0);
      expect(await expectErr(store.load('d1'))).toMatchObject({ kind: 'store', code: 'unavailable' });
      expect(await expectErr(store.append(makeInput('d1', 0, 'k1')))).toMatchObject({
        kind: 'store',
        code: 'unavailable',
      });
      expect(await expectOk(store.migrate())).toEqual({
        from: 0,
        to: POSTGRES_SCHEMA_VERSION,
        applied: POSTGRES_MIGRATIONS.map((m) => m.version),
      });
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      expect((await expectOk(store.load('d1'))).lastSequence).toBe(1);
    });

    it('migrates a version-1 schema: a dossier indexed with corps documentaliste is listed with the certifiés', async () => {
      const schema = backend().newSchema();
      const q = `"${schema}"`;
      const first = POSTGRES_MIGRATIONS[0];
      if (first === undefined) throw new Error('no migration');
      await backend().query(`CREATE SCHEMA ${q}`);
      await backend().query(
        `CREATE TABLE ${q}.schema_migrations (version int4 NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      for (const statement of first.statements(q)) await backend().query(statement);
      await backend().query(`INSERT INTO ${q}.schema_migrations (version, name) VALUES (1, 'event-log')`);
      await backend().query(
        `INSERT INTO ${q}.dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
         VALUES ('doc-1', 1, 'Réunion', '2022-2023', '9740001A', 'documentaliste', NULL, 'en-stage', '["tuteur-1"]')`,
      );
      await backend().query(
        `INSERT INTO ${q}.events (dossier_id, sequence, idempotency_key, recorded_at, type, payload)
         VALUES ('doc-1', 1, 'k1', '2022-09-01T08:00:00+04:00', 'note', '{"type":"note"}')`,
      );
      await backend().query(
        `INSERT INTO ${q}.commands VALUES ('doc-1', 'k1', 1, 1, '2022-09-01T08:00:00+04:00')`,
      );
      await backend().query(`INSERT INTO ${q}.dossier_tuteurs VALUES ('tuteur-1', 'doc-1')`);

      const store = await open(schema);
      expect(await expectOk(store.schemaVersion())).toBe(POSTGRES_SCHEMA_VERSION);
      expect((await expectOk(store.load('doc-1'))).events).toHaveLength(1);
      const certifies = await expectOk(store.list({ corps: 'certifie' }, { limit: 10 }));
      expect(certifies.items.map((i) => [i.dossierId, i.corps])).toEqual([['doc-1', 'certifie']]);
      const left = await backend().query<{ n: number }>(
        `SELECT count(*)::int4 AS n FROM ${q}.dossiers WHERE corps = 'documentaliste'`,
      );
      expect(left).toEqual([{ n: 0 }]);
    });

    it('migrates a version-2 schema with events: each gets its chain, the log verifies, later edits are caught', async () => {
      const schema = backend().newSchema();
      const q = `"${schema}"`;
      const at = '2022-09-01T08:00:00+04:00';
      await backend().query(`CREATE SCHEMA ${q}`);
      await backend().query(
        `CREATE TABLE ${q}.schema_migrations (version int4 NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      for (const migration of POSTGRES_MIGRATIONS.slice(0, 2)) {
        for (const statement of migration.statements(q)) await backend().query(statement);
        await backend().query(`INSERT INTO ${q}.schema_migrations (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
      }
      await backend().query(
        `INSERT INTO ${q}.dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
         VALUES ('d1', 2, 'Réunion', '2022-2023', '9740001A', 'cpe', NULL, 'en-stage', '[]')`,
      );
      await backend().query(
        `INSERT INTO ${q}.events (dossier_id, sequence, idempotency_key, recorded_at, type, payload) VALUES
         ('d1', 1, 'k1', $1, 'ouvert', '{"type":"ouvert","b":1,"a":"é"}'),
         ('d1', 2, 'k2', $1, 'decision', '{"type":"decision","titularise":true}')`,
        [at],
      );
      await backend().query(
        `INSERT INTO ${q}.commands VALUES ('d1', 'k1', 1, 1, $1), ('d1', 'k2', 2, 2, $1)`,
        [at],
      );

      const store = await open(schema);
      const loaded = await expectOk(store.load('d1'));
      let previous = GENESIS_CHAIN;
      for (const envelope of loaded.events) previous = computeChain(previous, envelope);
      const heads = await backend().query<{ last_chain: string }>(`SELECT last_chain FROM ${q}.dossiers`);
      expect(heads).toEqual([{ last_chain: previous }]);
      expect((await expectOk(store.history('d1'))).commands).toHaveLength(2);
      await backend().query(
        `UPDATE ${q}.events SET payload = '{"type":"decision","titularise":false}' WHERE sequence = 2`,
      );
      expect(await expectErr(store.load('d1'))).toMatchObject({
        code: 'integrity',
        dossierId: 'd1',
        sequence: 2,
      });
      const streamed = await collect(store.streamCohort({}));
      expect(streamed.items).toEqual([]);
      expect(streamed.errors).toMatchObject([{ code: 'integrity', dossierId: 'd1', sequence: 2 }]);
    });

    it('refuses a schema newer than the code, and a migration record it does not know', async () => {
      const newer = backend().newSchema();
      await (await open(newer)).close();
      await backend().query(`INSERT INTO "${newer}".schema_migrations (version, name) VALUES (99, 'futur')`);
      for (const migrate of [true, false]) {
        const r = await createPostgresStore({ ...backend().options(newer), migrate });
        expect(r._unsafeUnwrapErr()).toMatchObject({ kind: 'store', code: 'schema-too-new' });
      }
      const odd = backend().newSchema();
      const store = await open(odd, { migrate: false });
      await backend().query(`CREATE SCHEMA "${odd}"`);
      await backend().query(
        `CREATE TABLE "${odd}".schema_migrations (version int4 PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      await backend().query(
        `INSERT INTO "${odd}".schema_migrations (version, name) VALUES (1, 'autre-chose')`,
      );
      expect(await expectErr(store.migrate())).toMatchObject({ kind: 'store', code: 'corrupt' });
      expect(await expectErr(store.load('d1'))).toMatchObject({ kind: 'store', code: 'corrupt' });
      const reopened = await createPostgresStore(backend().options(odd));
      expect(reopened._unsafeUnwrapErr()).toMatchObject({ kind: 'store', code: 'corrupt' });
    });

    it('refuses contradictory options and unsafe schema names', async () => {
      const both = await createPostgresStore({
        ...backend().options('x'),
        connectionString: 'postgres://x',
      } as never);
      expect(both._unsafeUnwrapErr()).toMatchObject({
        kind: 'validation',
        issues: [{ code: 'options.source' }],
      });
      for (const schema of ['a"; DROP SCHEMA public; --', '1abc', '', 'x'.repeat(64)]) {
        const r = await createPostgresStore({ ...backend().options(schema), schema });
        expect(r._unsafeUnwrapErr()).toMatchObject({
          kind: 'validation',
          issues: [{ code: 'options.schema' }],
        });
      }
    });

    it('reports an unreachable server as StoreFailure "unavailable", without throwing', async () => {
      const r = await createPostgresStore({
        connectionString: 'postgres://postgres@127.0.0.1:1/none',
        poolSize: 1,
      });
      expect(r._unsafeUnwrapErr()).toMatchObject({ kind: 'store', code: 'unavailable' });
    });

    it('reports unreadable rows as "corrupt" and missing events as "integrity" on load, history and stream', async () => {
      const schema = backend().newSchema();
      const store = await open(schema);
      await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a' }, { type: 'b' }])));
      await expectOk(store.append(makeInput('d2', 0, 'k1')));
      await backend().query(`UPDATE "${schema}".events SET payload = '{' WHERE dossier_id = 'd2'`);
      expect(await expectErr(store.load('d2'))).toMatchObject({ kind: 'store', code: 'corrupt' });
      const streamed = await collect(store.streamCohort({}));
      expect(streamed.items.map((e) => e.dossierId)).toEqual(['d1', 'd1']);
      expect(streamed.errors).toMatchObject([{ kind: 'store', code: 'corrupt' }]);
      // A log with events missing is not unreadable but changed: `integrity`, naming the first one.
      const changed = { kind: 'store', code: 'integrity', dossierId: 'd1', sequence: 1 };
      await backend().query(`DELETE FROM "${schema}".events WHERE dossier_id = 'd1' AND sequence = 1`);
      expect(await expectErr(store.load('d1'))).toMatchObject(changed);
      expect(await expectErr(store.history('d1'))).toMatchObject(changed);
      await backend().query(`DELETE FROM "${schema}".events WHERE dossier_id = 'd1'`);
      expect(await expectErr(store.load('d1'))).toMatchObject(changed);
      expect(await expectErr(store.history('d1'))).toMatchObject(changed);
      expect(await expectErr(store.load('d3'))).toMatchObject({ kind: 'not-found' });
    });

    it('turns a driver exception into StoreFailure "driver" rather than throwing', async () => {
      const schema = backend().newSchema();
      const store = await open(schema);
      await backend().query(`DROP TABLE "${schema}".events`);
      expect(await expectErr(store.load('d1'))).toMatchObject({ kind: 'store', code: 'driver' });
      expect(await expectErr(store.append(makeInput('d1', 0, 'k1')))).toMatchObject({
        kind: 'store',
        code: 'driver',
      });
    });
  });
}
