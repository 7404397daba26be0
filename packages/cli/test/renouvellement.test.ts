/**
 * Issue 14, point 1: a renewed stagiaire's second year is evaluated as soon as its calendar exists. A Réunion
 * stagiaire of 2025-2026 goes from nomination to the jury's proposition and the recteur's renouvellement; his
 * second year (2026-2027) has no calendar shipped with core, so `status`, `deadlines` and `alerts` say he is set
 * aside for that reason; once `tremplin calendrier import` adds the year from the official dataset, the same
 * commands give his second year's deadlines, dated by that calendar.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT, uai974 } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const DATASET = 'fr-en-calendrier-scolaire-reunion-2026-2027.csv';
const JURY = 'jury:jury-certifie-2026,academie=reunion,corps=certifie';
const MOTIVATION = 'Insuffisances persistantes dans la conduite de la classe.';
const MISSING = 'Aucun calendrier scolaire pour l’académie de La Réunion en 2026-2027.';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(join(FIXTURES, DATASET), join(dir, DATASET));
});
afterAll(() => cleanup());

const cli = (...args: string[]) => run(args, { cwd: dir });

/** Records a command on D-001 and expects it accepted. */
async function record(command: object, acteur: string, at: string): Promise<void> {
  const r = await cli('record', 'D-001', JSON.stringify(command), '--as', acteur, '--at', at, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

/** The jury académique of the certifiés (arrêté MENH1411675A art. 4: five to eight members). */
function composition() {
  const categories = [
    'corps-inspection',
    'chef-etablissement',
    'formateur-academique',
    'enseignant-chercheur',
  ];
  return {
    juryId: 'jury-certifie-2026',
    corps: 'certifie',
    session: 2026,
    membres: Array.from({ length: 5 }, (_, i) => ({
      personne: { id: `jury-${i + 1}`, prenom: 'Claude', nom: `Membre${i + 1}` },
      qualite: i === 0 ? 'president' : i === 1 ? 'vice-president' : 'membre',
      categorie: i === 0 ? null : categories[i - 1],
      affecteEtablissementFormation: false,
    })),
  };
}

describe('a renewed stagiaire’s second year', () => {
  it('goes from nomination to the recteur’s renouvellement', async () => {
    // The project's configuration names its database and no calendar: core ships none for 2026-2027.
    writeFileSync(
      join(dir, 'tremplin.config.json'),
      JSON.stringify({ db: 'reunion.sqlite', calendriers: [] }),
    );
    expect((await cli('init')).code).toBe(0);
    writeFileSync(
      join(dir, 'd.csv'),
      [DOSSIER_HEADER, dossierRow(1, { anneeScolaire: '2025-2026' })].join('\n'),
    );
    const imported = await cli(
      'import',
      'dossiers',
      'd.csv',
      '--as',
      RECTORAT,
      '--at',
      '2025-07-01',
      '--json',
    );
    expect(doc(imported).result).toMatchObject({ accepted: 1, written: true });
    await record({ type: 'nomination.prononcer' }, RECTORAT, '2025-09-01T08:00');
    // The three avis, the tuteur's report before the inspecteur's (arrêté du 22 août 2014 art. 5).
    const avis = (avisId: string) => ({
      type: 'avis.emettre',
      avisId,
      sens: 'defavorable',
      date: '2026-05-20',
      motivation: MOTIVATION,
    });
    await record(avis('avis-chef'), `chef-etablissement:ce-001,uai=${uai974(1)}`, '2026-05-20T16:00');
    await record(avis('avis-inspe'), 'directeur-inspe:di-1,academie=reunion', '2026-05-20T16:30');
    const grille = doc(await cli('referentiel', 'grilles', 'ns-2023-enseignants', '--json')).result;
    const entries = grille.blocs.flatMap((b: { items: { id: string }[] }) =>
      b.items.map((i) => ({ item: i.id, niveau: 'insuffisant' })),
    );
    expect(entries.length).toBeGreaterThan(0);
    await record(
      {
        type: 'bilan.deposer',
        bilanId: 'b-final-tuteur',
        nature: 'final',
        date: '2026-05-21',
        positionnement: { grilleId: 'ns-2023-enseignants', echelleId: 'tuteur-final', entries },
        appreciation: 'Difficultés persistantes.',
      },
      'tuteur:t-001',
      '2026-05-21T18:00',
    );
    await record(
      { ...avis('avis-ipr'), date: '2026-05-22' },
      'inspecteur:ipr-1,academie=reunion,disciplines=mathematiques',
      '2026-05-22T16:00',
    );
    // The jury hears the stagiaire, finds him inapte and proposes a renouvellement; the recteur decides it.
    await record({ type: 'jury.saisir', date: '2026-06-05' }, RECTORAT, '2026-06-05T08:00');
    await record(
      { type: 'jury.entendre', date: '2026-06-19', compteRendu: 'Le stagiaire a présenté son année.' },
      JURY,
      '2026-06-19T09:00',
    );
    await record(
      {
        type: 'jury.deliberer',
        constat: 'inapte',
        proposition: 'renouvellement',
        motivation: 'Proposition du jury académique après examen du dossier et entretien.',
        jury: composition(),
      },
      JURY,
      '2026-06-22T10:00',
    );
    await record(
      { type: 'decision.prononcer', decision: 'renouvellement', fondement: 'evaluation', date: '2026-06-29' },
      RECTORAT,
      '2026-06-29T10:00',
    );
    const status = doc(await cli('status', 'D-001', '--at', '2026-10-01', '--json')).result;
    expect(status.overview).toMatchObject({
      etat: 'en-stage',
      annee: 2,
      anneeScolaire: '2025-2026',
      anneeScolaireCourante: '2026-2027',
      stage: { dateDebut: '2026-09-01', dateFinStatutaire: '2027-08-31' },
    });
  });

  it('is set aside, saying so, while 2026-2027 has no calendar', async () => {
    const status = await cli('status', 'D-001', '--at', '2026-10-01', '--json');
    expect(doc(status).result.calendrierAbsent).toMatchObject({
      academie: 'Réunion',
      anneeScolaire: '2026-2027',
    });
    expect((await cli('status', 'D-001', '--at', '2026-10-01')).stderr).toContain(MISSING);
    for (const command of ['deadlines', 'alerts']) {
      const json = doc(await cli(command, '--at', '2026-10-01', '--json')).result;
      expect(json.skipped).toEqual([
        expect.objectContaining({
          dossierId: 'D-001',
          raison: 'calendrier-absent',
          academie: 'reunion',
          anneeScolaire: '2026-2027',
          error: expect.objectContaining({ message: MISSING }),
          nextStep: expect.stringContaining('tremplin calendrier import'),
        }),
      ]);
      const human = await cli(command, '--at', '2026-10-01');
      expect(human.code).toBe(0);
      expect(human.stderr).toContain(
        '1 dossier(s) mis de côté, ni échéances ni alertes calculées : aucun calendrier scolaire pour l’académie de La Réunion en 2026-2027.',
      );
      expect(human.stderr).toContain('→ Ajoutez-le : tremplin calendrier import');
    }
  });

  it('gets its second year’s deadlines once the calendar is imported', async () => {
    const imported = await cli(
      'calendrier',
      'import',
      DATASET,
      '--academie',
      'reunion',
      '--annee',
      '2026-2027',
      '--json',
    );
    expect(imported.code).toBe(0);
    expect(doc(imported).result.calendriers).toEqual([
      expect.objectContaining({
        academie: 'Réunion',
        anneeScolaire: '2026-2027',
        rentreeEleves: '2026-08-18',
      }),
    ]);
    const config = JSON.parse(readFileSync(join(dir, 'tremplin.config.json'), 'utf8'));
    expect(config).toMatchObject({
      db: 'reunion.sqlite',
      calendriers: ['calendriers/reunion-2026-2027.json'],
    });

    const status = await cli('status', 'D-001', '--at', '2026-10-01', '--json');
    expect(status.stderr).toBe('');
    expect(doc(status).result.calendrierAbsent).toBeUndefined();
    expect((await cli('status', 'D-001', '--at', '2026-10-01')).stdout).toContain(
      'année de stage 2 du 2026-09-01 au 2027-08-31 (année scolaire 2026-2027)',
    );

    const deadlines = await cli('deadlines', '--at', '2026-10-01', '--json');
    expect(deadlines.stderr).toBe('');
    const result = doc(deadlines).result;
    expect(result.skipped).toEqual([]);
    expect(result.instants).toEqual({ reunion: '2026-10-01T00:00:00.000+04:00' });
    const dues = Object.fromEntries(
      result.dossiers[0].deadlines.map((d: { id: string; due: string }) => [d.id, d.due]),
    );
    // Before the été austral: its « fin des cours » of 19 December 2026 comes from the imported dataset.
    expect(dues).toMatchObject({
      'bilan-intermediaire/tuteur': '2026-12-19',
      'bilan-intermediaire/chef-etablissement': '2026-12-19',
      'bilan-final/tuteur': '2027-04-30',
      'piece/inspection-renouvellement': '2027-05-31',
      jury: '2027-06-30',
      'fin-de-stage': '2027-08-31',
    });
    const human = await cli('deadlines', 'D-001', '--at', '2026-10-01');
    expect(human.stderr).toBe('');
    expect(human.stdout).toMatch(/Bilan intermédiaire du tuteur\s.*2026-12-19\s+à venir/u);

    const alerts = await cli('alerts', '--at', '2027-03-01', '--json');
    expect(alerts.stderr).toBe('');
    const late = doc(alerts).result;
    expect(late.skipped).toEqual([]);
    expect(late.alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'BILAN_EN_RETARD',
          dossierId: 'D-001',
          due: '2026-12-19',
          message: 'Bilan intermédiaire du tuteur : échéance dépassée depuis le 2026-12-19.',
        }),
      ]),
    );
  });
});
