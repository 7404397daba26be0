// The names staff read, from the import to every export: an EPLE's name and a discipline's label given in the
// dossiers CSV are kept in the dossier and printed on the lists, calendars, fiches and jury lists; the jury list
// is headed by the service that runs the jury, not by the training school.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../export-pdf/test/helpers.js';
import { DOSSIER_HEADER, dossierRow, RECTORAT, uai974 } from './fixtures.js';
import { run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
const db = ['--db', 'noms.sqlite'];
const HEADER = `${DOSSIER_HEADER};Nom établissement;commune;libelle_discipline`;
const LYCEE = 'Lycée Bellepierre';

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  expect((await run(['init', ...db], { cwd: dir })).code).toBe(0);
  const rows = [
    `${dossierRow(1, { nom: 'Payet' })};${LYCEE};Saint-Denis;Mathématiques`,
    `${dossierRow(2, { nom: 'Hoarau' })};;;`,
  ];
  writeFileSync(join(dir, 'd.csv'), [HEADER, ...rows].join('\n'));
  const r = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(() => cleanup());

const record = async (dossier: string, command: object, as: string, at: string) => {
  const r = await run(['record', dossier, JSON.stringify(command), '--as', as, '--at', at, ...db], {
    cwd: dir,
  });
  expect(r.stderr, JSON.stringify(command)).toBe('');
  expect(r.code).toBe(0);
};

describe('EPLE names and discipline labels given at import', () => {
  it('are printed in the cohort overview and name the EPLE’s calendar', async () => {
    const r = await run(
      ['export', 'synthese', '--format', 'csv', '--at', '2022-09-15', '--out', 'out', ...db],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const [csv] = readdirSync(join(dir, 'out', 'synthese'));
    const text = readFileSync(join(dir, 'out', 'synthese', csv ?? ''), 'utf8');
    expect(text).toContain('Établissement');
    expect(text).toContain(`${LYCEE}, Saint-Denis`);
    expect(text).toContain('Mathématiques');
    // The second dossier names no EPLE: its cell stays empty (a discipline's label holds for its code).
    expect(text).toContain(`Hoarau;Marie;Professeur certifié;Enseignant;Mathématiques;${uai974(2)};;`);
    const cal = await run(['export', 'calendriers', '--at', '2022-09-15', '--out', 'cal', ...db], {
      cwd: dir,
    });
    expect(cal.code).toBe(0);
    const ics = readFileSync(
      join(dir, 'cal', 'calendriers', 'etablissements', `echeances-eple-${uai974(1).toLowerCase()}.ics`),
      'utf8',
    );
    expect(ics).toContain(`${LYCEE} (${uai974(1)})`);
  });

  it('are printed on the PDF fiche and, with the service of the jury, on the jury list', async () => {
    const uai = uai974(1);
    await record('D-001', { type: 'nomination.prononcer' }, RECTORAT, '2022-09-01');
    const avis = (id: string, date: string) => ({
      type: 'avis.emettre',
      avisId: id,
      sens: 'favorable',
      date,
    });
    await record('D-001', avis('a-ce', '2023-05-02'), `chef-etablissement:ce-001,uai=${uai}`, '2023-05-02');
    await record('D-001', avis('a-di', '2023-05-02'), 'directeur-inspe:di-1,academie=reunion', '2023-05-02');
    const positionnement = { grilleId: 'ns-2015-055-enseignants', echelleId: 'tuteur-final', entries: [] };
    const bilan = { type: 'bilan.deposer', bilanId: 'b-t', nature: 'final', date: '2023-05-04' };
    await record('D-001', { ...bilan, positionnement, appreciation: 'Bien.' }, 'tuteur:t-001', '2023-05-04');
    const ipr = 'inspecteur:ipr-1,academie=reunion,disciplines=mathematiques';
    await record('D-001', avis('a-ipr', '2023-05-05'), ipr, '2023-05-05');
    await record('D-001', { type: 'jury.saisir', date: '2023-05-31' }, RECTORAT, '2023-05-31');

    const pdfText = async (folder: string) => {
      const [file] = readdirSync(folder);
      return (await parsePdf(readFileSync(join(folder, file ?? '')))).text.replace(/\s+/g, ' ');
    };
    const fiche = await run(
      ['export', 'fiches-bilans', 'D-001', '--nature', 'final', '--at', '2023-06-01', '--out', 'pdf', ...db],
      { cwd: dir },
    );
    expect(fiche.code).toBe(0);
    const ficheText = await pdfText(join(dir, 'pdf', 'fiches-bilans', 'final'));
    expect(ficheText).toContain(LYCEE);
    expect(ficheText).toContain('Mathématiques');
    expect(ficheText).not.toContain(`UAI ${uai}`);

    const liste = await run(
      ['export', 'liste-jury', '--format', 'pdf', '--at', '2023-06-01', '--out', 'jury', ...db],
      { cwd: dir },
    );
    expect(liste.code).toBe(0);
    const listeText = await pdfText(join(dir, 'jury', 'listes-jury'));
    expect(listeText).toContain(LYCEE);
    // Headed by the rectorat's personnel division (the default), not by the training school.
    expect(listeText).toContain('Rectorat');
    expect(listeText).not.toContain('formation continue');
  });
});
