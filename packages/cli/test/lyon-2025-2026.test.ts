/**
 * Issue 14, « Must show »: a Lyon 2025-2026 cohort end to end from the official calendar dataset and a project
 * configuration file, in a temporary directory — calendrier import, import dossiers, record, deadlines, alerts,
 * export.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCleUai } from '@tremplin/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const DATASET_CSV = 'fr-en-calendrier-scolaire-lyon-2025-2026.csv';
const DATASET_JSON = 'fr-en-calendrier-scolaire-lyon-2025-2026.json';
const RECTORAT_LYON = 'rectorat:dpe-1,academie=lyon';

/** A valid UAI of the Rhône (069) from its number. */
function uai069(n: number): string {
  const digits = `069${String(n).padStart(4, '0')}`;
  return digits + computeCleUai(digits);
}

function lyonRow(i: number, overrides: Record<string, string> = {}): string {
  return dossierRow(i, {
    nom: `Martin${i}`,
    academie: 'lyon',
    anneeScolaire: '2025-2026',
    uai: uai069(i),
    tuteur: `t-${i}|Claire|Durand`,
    chefEtablissement: `ce-${i}|Marc|Bernard`,
    inspecteur: 'ipr-1|Sophie|Morel',
    directeurInspe: 'di-1|Luc|Petit',
    ...overrides,
  });
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(join(FIXTURES, DATASET_CSV), join(dir, DATASET_CSV));
  copyFileSync(join(FIXTURES, DATASET_JSON), join(dir, DATASET_JSON));
});
afterAll(() => cleanup());

const cli = (...args: string[]) => run(args, { cwd: dir });

describe('a Lyon 2025-2026 cohort from the calendar dataset and a configuration file', () => {
  it('imports the official calendar and writes the project’s configuration', async () => {
    const r = await cli(
      'calendrier',
      'import',
      DATASET_CSV,
      '--academie',
      'lyon',
      '--annee',
      '2025-2026',
      '--json',
    );
    expect(r.code).toBe(0);
    const result = doc(r).result;
    expect(result.config).toMatchObject({ etat: 'cree', lignes: ['calendriers/lyon-2025-2026.json'] });
    expect(result.calendriers).toEqual([
      expect.objectContaining({
        academie: 'Lyon',
        anneeScolaire: '2025-2026',
        zone: 'Zone A',
        periodes: 7,
        verifiees: 7,
        confiance: 'verifie',
        rentreeEleves: '2025-09-01',
        etat: 'cree',
      }),
    ]);
    const written = JSON.parse(readFileSync(join(dir, 'calendriers', 'lyon-2025-2026.json'), 'utf8'));
    expect(
      written.vacances.map((p: { type: string; finDesCours: string }) => `${p.type} ${p.finDesCours}`),
    ).toEqual([
      'toussaint 2025-10-18',
      'noel 2025-12-20',
      'hiver 2026-02-07',
      'printemps 2026-04-04',
      'pont-ascension 2026-05-14',
      'ete 2026-07-04',
      'ete 2026-07-04',
    ]);
    // The JSON export gives the same calendar: the file is unchanged, the configuration already names it.
    const again = await cli(
      'calendrier',
      'import',
      DATASET_JSON,
      '--academie',
      'Lyon',
      '--annee',
      '2025-2026',
      '--json',
    );
    expect(again.code).toBe(0);
    expect(doc(again).result.config.etat).toBe('inchange');
    expect(doc(again).result.calendriers.map((c: { etat: string }) => c.etat)).toEqual(['inchange']);
    // The académie's staff complete the file by hand: database, labels, jury service.
    const config = JSON.parse(readFileSync(join(dir, 'tremplin.config.json'), 'utf8'));
    writeFileSync(
      join(dir, 'tremplin.config.json'),
      JSON.stringify({
        ...config,
        packs: ['@tremplin/academie-lyon'],
        db: 'lyon.sqlite',
        libelles: { etablissements: { [uai069(1)]: { nom: 'Lycée du Parc', commune: 'Lyon' } } },
        documents: { academie: 'Académie de Lyon' },
      }),
    );
    const list = doc(
      await cli('calendrier', 'list', '--academie', 'lyon', '--annee', '2025-2026', '--json'),
    ).result;
    expect(list.calendriers).toEqual([expect.objectContaining({ origine: 'projet', confiance: 'verifie' })]);
  });

  it('imports three Lyon stagiaires into the database the configuration names', async () => {
    expect((await cli('init')).code).toBe(0);
    expect(existsSync(join(dir, 'lyon.sqlite'))).toBe(true);
    writeFileSync(
      join(dir, 'lyon.csv'),
      [DOSSIER_HEADER, lyonRow(1), lyonRow(2), lyonRow(3, { corps: 'cpe', discipline: 'cpe' })].join('\n'),
    );
    const r = await cli(
      'import',
      'dossiers',
      'lyon.csv',
      '--as',
      RECTORAT_LYON,
      '--at',
      '2025-07-01',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(doc(r).result).toMatchObject({ rows: 3, accepted: 3, dossiers: 3, written: true });
  });

  it('records the nominations and a visit', async () => {
    for (const id of ['D-001', 'D-002', 'D-003']) {
      const r = await cli(
        'record',
        id,
        JSON.stringify({ type: 'nomination.prononcer' }),
        '--as',
        RECTORAT_LYON,
        '--at',
        '2025-09-01T08:00',
        '--json',
      );
      expect(r.code).toBe(0);
      expect(doc(r).result).toMatchObject({ etat: 'en-stage', recordedAt: '2025-09-01T08:00:00.000+02:00' });
    }
    const visite = {
      type: 'visite.planifier',
      visiteId: 'v-1',
      nature: 'visite-formative',
      datePrevue: '2025-09-29',
    };
    const r = await cli(
      'record',
      'D-001',
      JSON.stringify(visite),
      '--as',
      'tuteur:t-1',
      '--at',
      '2025-09-15',
      '--json',
    );
    expect(r.code).toBe(0);
  });

  it('computes deadlines and alerts with the Lyon calendar', async () => {
    const deadlines = await cli('deadlines', '--at', '2025-11-15', '--json');
    expect(deadlines.code).toBe(0);
    const d = doc(deadlines).result;
    expect(d.skipped).toEqual([]);
    expect(d.dossiers).toHaveLength(3);
    const dues: string[] = d.dossiers.flatMap((x: { deadlines: { due: string }[] }) =>
      x.deadlines.map((y) => y.due),
    );
    expect(dues.length).toBeGreaterThan(0);
    expect(dues.every((due) => due >= '2025-09-01' && due <= '2026-08-31')).toBe(true);
    // Lyon's guide sets the intermediate reports before the Christmas break: the calendar's « fin des cours ».
    const first = d.dossiers.find((x: { dossierId: string }) => x.dossierId === 'D-001');
    expect(first.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'bilan-intermediaire/tuteur', due: '2025-12-20' }),
      ]),
    );
    const human = await cli('deadlines', 'D-001', '--at', '2025-11-15');
    expect(human.stdout).toContain('2025-12-20');
    expect(Object.values(d.instants)).toEqual([expect.stringMatching(/^2025-11-15T.*\+01:00$/)]);
    const alerts = await cli('alerts', '--at', '2026-03-01', '--json');
    expect(alerts.code).toBe(0);
    expect(doc(alerts).result.skipped).toEqual([]);
    expect(doc(alerts).result.count).toBeGreaterThanOrEqual(0);
  });

  it('exports the cohort’s files', async () => {
    const r = await cli('export', 'tout', '--out', 'exports', '--at', '2025-11-15', '--json');
    expect(r.code).toBe(0);
    const files: { path: string; bytes: number }[] = doc(r).result.files;
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.bytes > 0)).toBe(true);
    expect(readdirSync(join(dir, 'exports'), { recursive: true }).length).toBeGreaterThan(0);
  });

  it('says a missing calendar is missing, and how to add it, instead of refusing the rows', async () => {
    writeFileSync(
      join(dir, 'next.csv'),
      [DOSSIER_HEADER, lyonRow(9, { anneeScolaire: '2031-2032' })].join('\n'),
    );
    const human = await cli('import', 'dossiers', 'next.csv', '--as', RECTORAT_LYON, '--at', '2031-07-01');
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('Aucun calendrier scolaire pour l’académie de Lyon en 2031-2032.');
    expect(human.stderr).toContain('tremplin calendrier import');
    expect(human.stderr).not.toContain('Corrigez les lignes');
    const json = doc(
      await cli('import', 'dossiers', 'next.csv', '--as', RECTORAT_LYON, '--at', '2031-07-01', '--json'),
    );
    expect(json.error).toMatchObject({ kind: 'not-found', id: 'Lyon/2031-2032' });
  });
});
