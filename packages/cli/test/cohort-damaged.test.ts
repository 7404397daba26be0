import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebuildChain } from '@tremplin/storage-sqlite';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
const db = ['--db', 'cohorte.sqlite'];
const at = ['--at', '2022-11-15T12:00'];

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  await run(['init', ...db], { cwd: dir });
  writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, dossierRow(1), dossierRow(2), dossierRow(3)].join('\n'));
  const imported = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(imported.code).toBe(0);
});
afterEach(() => cleanup());

/** Runs SQL on the database file, as someone with the file could; `rechain` also forges the hash chain. */
const tamper = (sql: string, rechain: boolean) => {
  const file = new Database(join(dir, 'cohorte.sqlite'));
  try {
    file.prepare(sql).run();
    if (rechain) rebuildChain(file);
  } finally {
    file.close();
  }
};

// `status --at` and `deadlines` list every dossier read; `alerts` lists alerts only (none here), so it is checked
// for its exit code and the dossier it set aside.
const listingCommands = [
  ['status', ...at],
  ['deadlines', ...at],
] as const;
const cohortCommands = [...listingCommands, ['alerts', ...at]] as const;

describe('a cohort command with one damaged dossier', () => {
  it('sets aside a dossier holding an event of unknown type and reads the others, exit 5', async () => {
    tamper(
      "UPDATE tremplin_events SET payload = json_set(payload, '$.type', 'x.inconnu') WHERE dossier_id = 'D-002'",
      true,
    );
    for (const command of cohortCommands) {
      const r = await run([...command, ...db, '--json'], { cwd: dir });
      expect(r.code, command[0]).toBe(5);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      const text = JSON.stringify(doc(r).result);
      expect(text, command[0]).toContain('D-002');
      expect(text, command[0]).toContain('x.inconnu');
      if (command[0] !== 'alerts') {
        expect(text, command[0]).toContain('D-001');
        expect(text, command[0]).toContain('D-003');
      }
    }
    const human = await run(['alerts', ...at, ...db], { cwd: dir });
    expect(human.code).toBe(5);
    expect(human.stdout + human.stderr).toContain('D-002');
  });

  it('sets aside a dossier whose log was edited without its chain and reads the others, exit 5', async () => {
    tamper(
      "UPDATE tremplin_events SET payload = json_set(payload, '$.altere', 1) WHERE dossier_id = 'D-001'",
      false,
    );
    for (const command of cohortCommands) {
      const r = await run([...command, ...db, '--json'], { cwd: dir });
      expect(r.code, command[0]).toBe(5);
      const text = JSON.stringify(doc(r).result);
      expect(text, command[0]).toContain('D-001');
      expect(text, command[0]).toContain('modifié hors de Tremplin');
      if (command[0] !== 'alerts') {
        expect(text, command[0]).toContain('D-002');
        expect(text, command[0]).toContain('D-003');
      }
    }
  });

  it('exits 0 when every dossier reads', async () => {
    for (const command of cohortCommands) {
      const r = await run([...command, ...db, '--json'], { cwd: dir });
      expect(r.code, command[0]).toBe(0);
    }
  });
});
