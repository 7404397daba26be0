// Import files as users have them: encodings, separators, spreadsheets' empty rows, large files by chunks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT, uai974 } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

async function freshDb(name: string): Promise<string[]> {
  expect((await run(['init', '--db', name], { cwd: dir })).code).toBe(0);
  return ['--db', name];
}

const importDossiers = (file: string, db: string[], ...more: string[]) =>
  run(['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', ...db, ...more], { cwd: dir });

async function names(db: string[]): Promise<string[]> {
  const status = doc(await run(['status', ...db, '--json'], { cwd: dir })).result;
  return status.dossiers.map((d: { dossierId: string }) => d.dossierId);
}

describe('import files as users have them', () => {
  it('reads Windows-1252 (Excel) with a notice, and refuses it with the fix when UTF-8 is asked', async () => {
    const db = await freshDb('cp1252.sqlite');
    const text = [DOSSIER_HEADER, dossierRow(1, { nom: 'Hoarau-Bégué', prenom: 'Léa' })].join('\r\n');
    writeFileSync(join(dir, 'excel.csv'), Buffer.from(text, 'latin1'));
    const strict = await importDossiers('excel.csv', db, '--encoding', 'utf-8');
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain('n’est pas en UTF-8 valide');
    expect(strict.stderr).toContain('--encoding windows-1252');
    expect(await names(db)).toEqual([]);
    const read = await importDossiers('excel.csv', db);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain('lu en Windows-1252');
    const d = doc(await run(['status', 'D-001', ...db, '--json'], { cwd: dir })).result;
    expect(JSON.stringify(d)).toContain('Hoarau-Bégué');
    const bad = await importDossiers('excel.csv', db, '--encoding', 'latin9');
    expect(bad.code).toBe(2);
  });

  it('reads UTF-8 with a BOM, tab-separated files, and skips rows made only of separators', async () => {
    const db = await freshDb('tabs.sqlite');
    const tsv = [DOSSIER_HEADER, dossierRow(1), ';;;;;;;;', dossierRow(2), '']
      .join('\n')
      .replaceAll(';', '\t');
    writeFileSync(join(dir, 'tabs.tsv'), `\uFEFF${tsv}`);
    const r = await importDossiers('tabs.tsv', db, '--json');
    expect(r.code).toBe(0);
    expect(doc(r).result).toMatchObject({ rows: 2, accepted: 2, encoding: 'utf-8' });
    const semi = [DOSSIER_HEADER, ';;;;;', dossierRow(3), ';;;;;;;;;;;;;;;;'].join('\r\n');
    writeFileSync(join(dir, 'vides.csv'), semi);
    expect(doc(await importDossiers('vides.csv', db, '--json')).result).toMatchObject({ rows: 1 });
    expect(await names(db)).toEqual(['D-001', 'D-002', 'D-003']);
  });

  it('names a wrongly separated row by its line and cell count, never its content (a NUMEN)', async () => {
    const db = await freshDb('sep.sqlite');
    const wrong = dossierRow(2, { numen: '07E1234567ABC' }).replaceAll(';', ',');
    writeFileSync(join(dir, 'sep.csv'), [DOSSIER_HEADER, dossierRow(1), wrong].join('\n'));
    for (const json of [true, false]) {
      const r = await importDossiers('sep.csv', db, ...(json ? ['--json'] : []));
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('07E1234567ABC');
      expect(r.stdout + r.stderr).not.toContain('Payet2');
      if (json) {
        const row = doc(r).error.rows.find((x: { line: number }) => x.line === 3);
        expect(row.issues[0]).toMatchObject({
          code: 'csv.nombre-de-champs',
          message: '1 champ(s) pour 17 colonne(s).',
        });
      } else {
        expect(r.stderr).toMatch(
          /ligne 3\n\s+• 1 champ\(s\) pour 17 colonne\(s\)\. \[csv\.nombre-de-champs\]/,
        );
      }
    }
    expect(await names(db)).toEqual([]);
  });

  it('writes a large file by chunks of 5 000 rows; stopped by a refusal, the same file corrected completes it', async () => {
    const db = await freshDb('large.sqlite');
    const rows = 11_000;
    const id = (i: number) => `L-${String(i).padStart(5, '0')}`;
    const lines = [DOSSIER_HEADER];
    for (let i = 1; i <= rows; i++)
      lines.push(dossierRow(i, { dossierId: id(i), uai: uai974((i % 9000) + 1) }));
    // Row 10 001 (line 10 002, in the third chunk) opens L-00001 again with another name: the workflow refuses it.
    const refused = [...lines];
    refused[10_001] = dossierRow(1, { dossierId: id(1), uai: uai974(2), nom: 'Autre' });
    writeFileSync(join(dir, 'large.csv'), refused.join('\n'));
    const first = await importDossiers('large.csv', db, '--json');
    expect(first.code).toBe(1);
    const failure = doc(first).error;
    expect(failure.rows.map((r: { line: number }) => r.line)).toEqual([10_002]);
    expect(failure.rows[0].issues[0].code).toBe('dossier.existe');
    expect(failure.message).toContain('10000 ligne(s) enregistrée(s) (jusqu’à la ligne 10001)');
    const count = async () => doc(await run(['status', ...db, '--json'], { cwd: dir })).result.count;
    expect(await count()).toBe(10_000);
    writeFileSync(join(dir, 'large.csv'), lines.join('\n'));
    const again = await importDossiers('large.csv', db, '--json');
    expect(again.code).toBe(0);
    expect(doc(again).result).toMatchObject({
      rows,
      accepted: rows,
      replayed: 10_000,
      events: 1_000,
      chunks: 3,
    });
    expect(await count()).toBe(rows);
  }, 600_000);
});
