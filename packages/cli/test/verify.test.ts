import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT, uai974 } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
const db = ['--db', 'verify.sqlite'];
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await run(['init', ...db], { cwd: dir });
  writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, dossierRow(1), dossierRow(2), dossierRow(3)].join('\n'));
  const imported = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(imported.code).toBe(0);
  const recorded = await run(
    [
      'record',
      'D-002',
      '{"type":"nomination.prononcer"}',
      '--as',
      RECTORAT,
      '--at',
      '2022-09-01T08:00',
      ...db,
    ],
    { cwd: dir },
  );
  expect(recorded.code).toBe(0);
});
afterAll(() => cleanup());

/** Runs SQL on the database file, as someone with the file could. */
const tamper = (sql: string) => {
  const file = new Database(join(dir, 'verify.sqlite'));
  try {
    file.prepare(sql).run();
  } finally {
    file.close();
  }
};

describe('tremplin verify', () => {
  it('reports a sound database with its counts, exit 0', async () => {
    const r = await run(['verify', ...db, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(doc(r).result).toEqual({ sound: true, dossiers: 3, events: 4, broken: [], unreadable: [] });
    const human = await run(['verify', ...db], { cwd: dir });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Base intègre : 3 dossier(s) et 4 événement(s) vérifiés');
  });

  it('names each dossier changed outside Tremplin with its first altered sequence, exit 5', async () => {
    tamper(
      "UPDATE tremplin_events SET payload = json_set(payload, '$.altere', 1) WHERE dossier_id = 'D-002' AND sequence = 2",
    );
    tamper("DELETE FROM tremplin_events WHERE dossier_id = 'D-003' AND sequence = 1");
    const r = await run(['verify', ...db, '--json'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(doc(r).result).toEqual({
      sound: false,
      dossiers: 3,
      events: 1,
      broken: [
        { dossierId: 'D-002', sequence: 2 },
        { dossierId: 'D-003', sequence: 1 },
      ],
      unreadable: [],
    });
    const human = await run(['verify', ...db], { cwd: dir });
    expect(human.code).toBe(5);
    expect(human.stdout).toContain(
      '✗ Dossier D-002 : journal modifié hors de Tremplin, première séquence altérée 2.',
    );
    expect(human.stdout).toContain('2 dossier(s) sur 3 ne sont pas intègres.');
    // Another command reading the damaged dossier fails with the store's exit code and says what to do.
    const status = await run(['status', 'D-002', ...db, '--json'], { cwd: dir });
    expect(status.code).toBe(3);
    expect(doc(status).error).toMatchObject({
      kind: 'store',
      code: 'integrity',
      dossierId: 'D-002',
      sequence: 2,
    });
    expect(doc(status).error.nextStep).toContain('tremplin verify');
    // A cohort restricted to the sound dossier is sound.
    const one = await run(['verify', ...db, '--json', '--uai', uai974(1)], { cwd: dir });
    expect(one.code).toBe(0);
    expect(doc(one).result).toMatchObject({ sound: true, dossiers: 1, events: 1 });
  });
});
