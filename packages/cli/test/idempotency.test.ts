// An idempotency key never loses a command: reused for another command it is refused (nothing written);
// the same command sent again is a replay (exit 0, nothing new) — from `record` and from `import events`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
const db = ['--db', 'cles.sqlite'];
const NOMINATION = JSON.stringify({ type: 'nomination.prononcer' });
const plan = (visiteId: string, datePrevue: string) =>
  JSON.stringify({ type: 'visite.planifier', visiteId, nature: 'visite-formative', datePrevue });

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await run(['init', ...db], { cwd: dir });
  writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, dossierRow(1), dossierRow(2)].join('\n'));
  const r = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(r.code).toBe(0);
});
afterAll(() => cleanup());

async function sequence(dossierId: string): Promise<number> {
  const value = doc(await run(['status', dossierId, ...db, '--json'], { cwd: dir })).result.state.sequence;
  expect(typeof value).toBe('number');
  return value as number;
}

const record = (dossierId: string, command: string, as: string, at: string, key: string, json = true) =>
  run(
    ['record', dossierId, command, '--as', as, '--at', at, '--key', key, ...db, ...(json ? ['--json'] : [])],
    {
      cwd: dir,
    },
  );

describe('record --key', () => {
  it('refuses a key already used for another command, with exit 1 and a French error, and writes nothing', async () => {
    expect((await record('D-001', NOMINATION, RECTORAT, '2022-09-01T08:00', 'k-1')).code).toBe(0);
    const before = await sequence('D-001');
    const other = await record('D-001', plan('v1', '2022-09-20'), 'tuteur:t-001', '2022-09-05', 'k-1', false);
    expect(other.code).toBe(1);
    expect(other.stdout).not.toContain('Déjà enregistrée');
    expect(other.stderr).toContain('La clé d’idempotence « k-1 » a déjà servi pour une autre commande');
    expect(other.stderr).toContain('[cle-idempotence.reutilisee]');
    const asJson = await record('D-001', plan('v1', '2022-09-20'), 'tuteur:t-001', '2022-09-05', 'k-1');
    expect(doc(asJson).error.issues[0].code).toBe('cle-idempotence.reutilisee');
    expect(await sequence('D-001')).toBe(before);
  });

  it('replays the same command sent again (same --at): exit 0, « Déjà enregistrée », nothing new', async () => {
    const before = await sequence('D-001');
    const again = await record('D-001', NOMINATION, RECTORAT, '2022-09-01T08:00', 'k-1', false);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Déjà enregistrée (clé k-1)');
    const asJson = doc(await record('D-001', NOMINATION, RECTORAT, '2022-09-01T08:00', 'k-1')).result;
    expect(asJson).toMatchObject({ replayed: true, written: false });
    expect(await sequence('D-001')).toBe(before);
  });
});

describe('import events and idempotency keys', () => {
  const header = 'dossierId;acteur;instant;cle;type;donnees';
  const row = (key: string, visiteId: string, date: string, instant = '2022-09-05T10:00:00+04:00') =>
    `D-002;tuteur:t-002;${instant};${key};visite.planifier;"${JSON.stringify({ visiteId, nature: 'visite-formative', datePrevue: date }).replaceAll('"', '""')}"`;

  it('refuses rows sharing one key with different commands, and writes nothing', async () => {
    expect((await record('D-002', NOMINATION, RECTORAT, '2022-09-01T08:00', 'n-2')).code).toBe(0);
    const before = await sequence('D-002');
    writeFileSync(
      join(dir, 'clash.csv'),
      [header, row('e-1', 'v1', '2022-09-20'), row('e-1', 'v2', '2022-09-21')].join('\n'),
    );
    const r = await run(['import', 'events', 'clash.csv', ...db, '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const rows = doc(r).error.rows;
    expect(rows.map((x: { line: number }) => x.line)).toEqual([3]);
    expect(rows[0].issues[0]).toMatchObject({ code: 'cle-idempotence.reutilisee', path: ['cle'] });
    expect(await sequence('D-002')).toBe(before);
  });

  it('replays a file imported again: exit 0, nothing new, with or without a « cle » column', async () => {
    const before = await sequence('D-002');
    writeFileSync(
      join(dir, 'ok.csv'),
      [header, row('e-1', 'v1', '2022-09-20'), row('', 'v2', '2022-10-20', '')].join('\n'),
    );
    const args = ['import', 'events', 'ok.csv', ...db, '--json'];
    const first = await run([...args, '--at', '2022-09-06T09:00'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(doc(first).result).toMatchObject({ accepted: 2, replayed: 0 });
    const written = await sequence('D-002');
    expect(written).toBeGreaterThan(before);
    // Later, another --at: the row without key nor instant is still the same row.
    const again = await run([...args, '--at', '2022-09-08T09:00'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(doc(again).result).toMatchObject({ accepted: 2, replayed: 2, events: 0 });
    expect(await sequence('D-002')).toBe(written);
  });
});
