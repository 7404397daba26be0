import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

// CI provides a PostgreSQL server (TREMPLIN_PG_URL); each run uses its own schema, dropped at the end.
const base = process.env.TREMPLIN_PG_URL;
const schema = `cli_test_${process.pid}_${Date.now().toString(36)}`;
let dir: string;
let cleanup: () => void;

async function dropSchema(): Promise<void> {
  if (base === undefined) return;
  const pg = await import('pg');
  const client = new (pg.default ?? pg).Client({ connectionString: base });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(async () => {
  cleanup();
  await dropSchema();
});

describe.skipIf(base === undefined)('tremplin on PostgreSQL (--db postgres://…)', () => {
  const url = () => `${base}${base?.includes('?') ? '&' : '?'}schema=${schema}`;

  it('refuses a schema that was never initialised, then inits, imports and reads it', async () => {
    const missing = await run(['status', '--db', url(), '--json'], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(doc(missing).error.message).toContain(schema);
    const init = await run(['init', '--db', url(), '--json'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(doc(init).result).toMatchObject({ kind: 'postgres', created: true });
    expect(doc(init).result.db).toContain(schema);
    writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, dossierRow(1), dossierRow(2)].join('\n'));
    const imported = await run(
      ['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', '--db', url(), '--json'],
      {
        cwd: dir,
      },
    );
    expect(doc(imported).result).toMatchObject({ accepted: 2, written: true });
    const nomme = await run(
      [
        'record',
        'D-001',
        '{"type":"nomination.prononcer"}',
        '--as',
        RECTORAT,
        '--at',
        '2022-09-01T08:00',
        '--db',
        url(),
        '--json',
      ],
      { cwd: dir },
    );
    expect(doc(nomme).result.etat).toBe('en-stage');
    const status = doc(await run(['status', '--db', url(), '--json'], { cwd: dir })).result;
    expect(status.byEtat).toEqual({ 'en-stage': 1, ouvert: 1 });
    const alerts = await run(['deadlines', 'D-001', '--db', url(), '--at', '2022-11-25', '--json'], {
      cwd: dir,
    });
    expect(alerts.code).toBe(0);
  });

  it('exits 3 when the server cannot be reached', async () => {
    const r = await run(['status', '--db', 'postgres://nobody@127.0.0.1:1/none', '--json'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(doc(r).error.kind).toBe('store');
  });
});

describe('tremplin on PostgreSQL: what to do when the server or the base is missing', () => {
  it('says that no server answers, and where (connection refused)', async () => {
    // Port 1 is closed on any machine: the connection is refused at once.
    const url = 'postgres://tremplin@127.0.0.1:1/tremplin';
    const human = await run(['status', '--db', url], { cwd: dir });
    expect(human.code).toBe(3);
    expect(human.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^→ Aucun serveur PostgreSQL ne répond à 127\.0\.0\.1:1 : démarrez-le/,
    );
    const json = await run(['status', '--db', url, '--json'], { cwd: dir });
    expect(doc(json).error).toMatchObject({ kind: 'store', code: 'unavailable', exitCode: 3 });
    expect(doc(json).error.nextStep).toMatch(/Aucun serveur PostgreSQL/);
  });

  it.skipIf(base === undefined)(
    'says that the base does not exist, and how to create it (3D000)',
    async () => {
      const missing = new URL(base ?? '');
      missing.pathname = `/absente_${process.pid}`;
      const human = await run(['init', '--db', missing.toString()], { cwd: dir });
      expect(human.code).toBe(3);
      const last = human.stderr.trimEnd().split('\n').at(-1) ?? '';
      expect(last).toContain(
        `→ La base PostgreSQL « absente_${process.pid} » n’existe pas : créez-la (createdb -h`,
      );
      expect(last).toContain('puis lancez « tremplin init --db <la même URL> »');
      const json = await run(['status', '--db', missing.toString(), '--json'], { cwd: dir });
      expect(doc(json).error.nextStep).toContain('n’existe pas : créez-la');
    },
  );
});
