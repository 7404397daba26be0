// Exports stay in their folder under names that keep people apart, I/O errors are said in French with
// exit 3, the demo never empties a folder it did not make, and nothing a name holds acts on the terminal.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { run, tempDir } from './helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters must be absent.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let dir: string;
let cleanup: () => void;
const db = ['--db', 'export.sqlite'];
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await run(['init', ...db], { cwd: dir });
  // Two « Payet Marie », whose tuteurs' identifiers t.1 and t-1 have the same slug.
  const rows = [
    dossierRow(1, { nom: 'Payet', tuteur: 't.1|Jean|Hoarau' }),
    dossierRow(2, { nom: 'Payet', tuteur: 't-1|Paul|Hoarau' }),
  ];
  writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, ...rows].join('\n'));
  const r = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(r.code).toBe(0);
});
afterAll(() => cleanup());

describe('tremplin export', () => {
  it('gives each person a file of his own: two « Payet Marie », tuteurs t.1 and t-1', async () => {
    const r = await run(
      ['export', 'calendriers', '--stagiaires', '--at', '2022-09-15', '--out', 'cal', ...db],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const stagiaires = readdirSync(join(dir, 'cal', 'calendriers', 'stagiaires')).sort();
    expect(stagiaires).toEqual([
      'echeances-payet-marie-2022-2023-D-001.ics',
      'echeances-payet-marie-2022-2023-D-002.ics',
    ]);
    const tuteurs = readdirSync(join(dir, 'cal', 'calendriers', 'tuteurs'));
    expect(tuteurs).toHaveLength(2);
    expect(tuteurs).toContain('echeances-tuteur-t-1.ics');
    expect(readdirSync(join(dir, 'cal', 'calendriers', 'tuteurs')).some((f) => f.endsWith('.tmp'))).toBe(
      false,
    );
  });

  it('says in French, with exit 3 and no stack trace, that a file stands where a folder is expected', async () => {
    writeFileSync(join(dir, 'occupe'), 'un fichier');
    const r = await run(['export', 'referentiel', '--out', 'occupe', '--at', '2022-09-15'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Un fichier occupe la place d’un dossier');
    expect(r.stderr).toContain(join(dir, 'occupe'));
    expect(r.stderr).toContain('--out');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'occupe'), 'utf8')).toBe('un fichier');
  });
});

describe('tremplin demo --out', () => {
  it('refuses a folder whose « exports » it did not create, and deletes nothing', async () => {
    mkdirSync(join(dir, 'mien', 'exports'), { recursive: true });
    writeFileSync(join(dir, 'mien', 'exports', 'a-moi.xlsx'), 'à moi');
    const r = await run(['demo', '--out', '.', '--stagiaires', '12'], { cwd: join(dir, 'mien') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('que la démo n’a pas créé : rien n’a été supprimé');
    expect(readFileSync(join(dir, 'mien', 'exports', 'a-moi.xlsx'), 'utf8')).toBe('à moi');
    expect(existsSync(join(dir, 'mien', 'tremplin-demo.sqlite'))).toBe(false);
  });
});

describe('terminal output', () => {
  it('prints an identifier holding ESC [31m, BEL and U+202E without any of them', async () => {
    const hostile = 'D\u001b[31m\u0007\u202eX';
    const r = await run(
      ['record', hostile, '{"type":"nomination.prononcer"}', '--as', RECTORAT, '--at', '2022-09-01', ...db],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('D\\u001b[31m\\u0007\\u202eX');
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  });
});
