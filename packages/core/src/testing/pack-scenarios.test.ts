import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { packTest } from '../alerts/testing/dossiers.js';
import { PRELUDE_NOMME } from '../alerts/testing/scenario-prelude.js';
import { runPackScenarios } from './pack-scenarios.js';

const GOOD = `
acteurs:
  rectorat: { role: rectorat, id: dpe-1 }
${PRELUDE_NOMME}scenarios:
  - name: bilan en retard
    instant: 2022-12-01T08:00:00+04:00
    expect:
      deadlines: [{ id: bilan-intermediaire/tuteur, status: overdue }]
  - name: échoue exprès
    instant: 2022-12-01T08:00:00+04:00
    expect:
      deadlines: [{ id: bilan-intermediaire/tuteur, status: done }]
`;

const root = mkdtempSync(join(tmpdir(), 'tremplin-pack-scenarios-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('runPackScenarios', () => {
  it('runs every scenario file of a folder in name order, a malformed file being an error of its own', () => {
    const dir = folder('mixed', {
      'b-bon.yaml': GOOD,
      'a-casse.yaml': 'scenarios: [\n',
      'c-json.json': JSON.stringify({
        scenarios: [{ name: 'x', instant: '2022-12-01T08:00:00Z', expect: { alertes: [] } }],
      }),
      'notes.md': '# pas un scénario',
    });
    const outcomes = runPackScenarios(packTest, dir)._unsafeUnwrap();
    expect(outcomes.map((o) => o.file)).toEqual(['a-casse.yaml', 'b-bon.yaml', 'c-json.json']);
    const [broken, good, json] = outcomes;
    expect(broken?.results._unsafeUnwrapErr().message).toMatch(/^Scénarios illisibles : ligne 2/);
    const results = good?.results._unsafeUnwrap() ?? [];
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['bilan en retard', true],
      ['échoue exprès', false],
    ]);
    expect(results[1]?.failures).toEqual([
      'échéance « bilan-intermediaire/tuteur » : status attendu "done", obtenu "overdue"',
    ]);
    expect(json?.results._unsafeUnwrapErr().issues[0]?.message).toContain('alertes');
  });

  it('takes the folder as a file: URL too', () => {
    const dir = folder('url', { 'bon.yml': GOOD });
    const outcomes = runPackScenarios(packTest, pathToFileURL(dir))._unsafeUnwrap();
    expect(outcomes.map((o) => o.file)).toEqual(['bon.yml']);
  });

  it('refuses an empty folder and a missing one, in French, without throwing', () => {
    const empty = runPackScenarios(packTest, folder('vide', { 'LISEZMOI.txt': 'rien' }))._unsafeUnwrapErr();
    expect(empty).toMatchObject({ kind: 'validation', issues: [{ code: 'scenarios.dossier-vide' }] });
    expect(empty.message).toMatch(/^Aucun fichier de scénarios/);
    const missing = runPackScenarios(packTest, join(root, 'absent'))._unsafeUnwrapErr();
    expect(missing).toMatchObject({ kind: 'not-found', id: join(root, 'absent') });
    expect(missing.message).toBe(`Dossier de scénarios introuvable : ${join(root, 'absent')}`);
  });

  it('reports a file it cannot read as that file’s error', () => {
    const dir = folder('dossier-yaml', {});
    mkdirSync(join(dir, 'sous-dossier.yaml'));
    const [outcome] = runPackScenarios(packTest, dir)._unsafeUnwrap();
    expect(outcome?.results._unsafeUnwrapErr().issues[0]).toMatchObject({
      code: 'scenarios.fichier-illisible',
      path: ['sous-dossier.yaml'],
    });
  });
});
