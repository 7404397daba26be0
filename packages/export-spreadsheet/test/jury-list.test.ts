import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  createJuryListExporter,
  INTITULE_LISTE_CAPA,
  type JuryListInput,
  juryListRows,
  juryListTable,
  unescapeFormula,
} from '../src/index.js';
import {
  agregeTitularise,
  cohorte,
  DONNEES_PERSONNELLES,
  documentalisteRenouvele,
  dossier,
  NUMENS,
} from './dossiers.js';
import { collect, unzipText } from './unzip.js';

const input: JuryListInput = {
  corps: 'certifie',
  anneeScolaire: '2022-2023',
  timeZone: 'Indian/Reunion',
  at: '2023-06-20T08:00:00+04:00',
  dossiers: cohorte(),
  donneesPersonnelles: DONNEES_PERSONNELLES,
};

describe('juryListRows', () => {
  const rows = juryListRows(input)._unsafeUnwrap();

  it('lists every dossier once, sorted by name in French order, numbered from 1', () => {
    expect(rows.map((r) => [r.rang, r.nom, r.prenom])).toEqual([
      [1, 'Dupont', 'Marie'],
      [2, 'Hoarau', 'Léo'],
      [3, 'Payet', 'Zoé'],
    ]);
  });

  it('shows the latest avis of each role for the current year, and counts the défavorables', () => {
    const marie = rows[0];
    expect([marie?.avisInspecteur, marie?.avisChefEtablissement, marie?.avisDirecteurInspe]).toEqual([
      'Favorable',
      'Défavorable',
      null,
    ]);
    expect(marie?.avisDefavorables).toBe(1);
  });

  it('summarises alerts, protocole, leave, transmission, entretien and decision', () => {
    expect(rows[0]).toMatchObject({
      alertes: 2,
      alertesNonLevees: 1,
      protocoleEnCours: true,
      joursProlongationConges: 14,
      transmisLe: '2023-05-25',
      entretienJuryLe: '2023-06-12',
      decision: 'Titularisation',
      decisionPar: 'Acte du recteur sur proposition du jury (enregistrement antérieur à la version 0.2)',
      dateDecision: '2023-06-15',
      propositionJury: null,
      dateEffet: '2023-09-15',
      etat: 'Titularisé',
      tuteurs: 'GRONDIN Paul',
    });
    expect(rows[2]).toMatchObject({
      alertes: 0,
      protocoleEnCours: false,
      decision: null,
      etat: 'Devant le jury',
    });
  });

  it('counts a renewed stagiaire in his second year before the nomination', () => {
    expect(rows[1]).toMatchObject({
      anneeStage: 2,
      quotite: 'Mi-temps',
      categorie: 'Autre master',
      etat: 'Ouvert',
    });
  });

  it('puts a documentaliste on the certifiés’ list, the jury’s proposition apart from the recteur’s act', () => {
    const [row] = juryListRows({ ...input, dossiers: [documentalisteRenouvele()] })._unsafeUnwrap();
    expect(row).toMatchObject({
      corps: 'Professeur certifié',
      fonction: 'Professeur documentaliste',
      propositionJury: 'Inapte — renouvellement du stage',
      decision: 'Renouvellement',
      decisionPar: 'Recteur',
      dateDecision: '2023-06-20',
      etat: 'En stage',
    });
    expect(rows[0]?.fonction).toBe('Enseignant');
  });

  it('refuses a dossier of another corps and a malformed session, naming each', () => {
    const issues = juryListRows({
      ...input,
      anneeScolaire: '2022-2024',
      dossiers: [dossier(0), dossier(1, { identite: { ...dossier(1).identite, corps: 'cpe' } })],
    })._unsafeUnwrapErr().issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['tableur.annee-scolaire.invalide', 'anneeScolaire'],
      ['tableur.jury.autre-corps', 'dossiers.1'],
    ]);
  });

  it('marks exactly the identifiers the core lists as sensitive', async () => {
    const { sensitivePaths } = await import('@tremplin/core');
    const marked = juryListTable.columns.flatMap((c) => (c.sensitive === undefined ? [] : [c.sensitive]));
    expect(marked.sort()).toEqual(sensitivePaths.personne.map((p) => p.at(-1)).sort());
  });
});

describe('createJuryListExporter', () => {
  it('exports CSV with a safe, clock-free file name', () => {
    const exporter = createJuryListExporter({ format: 'csv' });
    expect(exporter.fileName(input)).toBe('liste-jury-certifie-2022-2023.csv');
    expect(exporter.mediaType).toMatch(/^text\/csv; charset=utf-8/);
    const body = exporter.export(input)._unsafeUnwrap();
    expect(typeof body).toBe('string');
    const records = parse(body as string, { delimiter: ';', bom: true }) as string[][];
    expect(records[0]?.slice(0, 4)).toEqual(['N°', 'Nom', 'Prénom', 'Corps']);
    expect(records.slice(1).map((r) => unescapeFormula(r[1] ?? ''))).toEqual(['Dupont', 'Hoarau', 'Payet']);
    for (const numen of NUMENS) expect(body).not.toContain(numen);
  });

  it('exports XLSX as a stream of bytes that exceljs reads back, dates as dates', async () => {
    const exporter = createJuryListExporter({ format: 'xlsx', xlsx: { freezeColumns: 3 } });
    expect(exporter.fileName(input)).toBe('liste-jury-certifie-2022-2023.xlsx');
    const body = exporter.export(input, { includeSensitive: ['numen'] })._unsafeUnwrap();
    const bytes = await collect(body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Liste jury');
    expect(sheet?.getRow(1).getCell(4).value).toBe('NUMEN');
    expect(sheet?.getRow(2).getCell(4).value).toBe(NUMENS[0]);
    const transmis = sheet?.getRow(1).values as unknown[];
    const col = transmis.indexOf('Transmis au jury le');
    expect(sheet?.getRow(2).getCell(col).value).toEqual(new Date(Date.UTC(2023, 4, 25)));
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
  });

  it('lists agrégés as the CAPA examines them: no jury, transmission to the recteur, the CAPA’s avis', () => {
    const capa: JuryListInput = { ...input, corps: 'agrege', dossiers: [agregeTitularise()] };
    const exporter = createJuryListExporter({ format: 'csv' });
    expect(exporter.fileName(capa)).toBe('liste-capa-agrege-2022-2023.csv');
    const records = parse(exporter.export(capa)._unsafeUnwrap() as string, {
      delimiter: ';',
      bom: true,
    }) as string[][];
    const header = records[0] ?? [];
    expect(header).toContain('Avis de la CAPA');
    expect(header).toContain('Transmis au recteur le');
    expect(header).not.toContain('Transmis au jury le');
    expect(header).not.toContain('Proposition du jury');
    const row = Object.fromEntries(header.map((h, i) => [h, records[1]?.[i]]));
    expect(row).toMatchObject({
      Corps: 'Professeur agrégé',
      'Avis de la CAPA': 'Favorable',
      'Transmis au recteur le': '2023-05-30',
      Décision: 'Titularisation',
      'Décision prise par': 'Recteur',
    });
    expect(INTITULE_LISTE_CAPA).toBe(
      'Liste examinée par la commission administrative paritaire académique (CAPA)',
    );
  });

  it('returns the validation error before producing any byte', () => {
    const exporter = createJuryListExporter({ format: 'xlsx' });
    const result = exporter.export({ ...input, timeZone: 'Mars/Olympus' });
    expect(result._unsafeUnwrapErr().issues[0]?.code).toBe('tableur.fuseau.inconnu');
  });
});

describe('the jury list names EPLE, disciplines and the service that runs the jury', () => {
  const [premier, ...autres] = cohorte();
  if (premier === undefined) throw new Error('cohorte vide');
  const nomme = {
    ...premier,
    identite: {
      ...premier.identite,
      etablissement: { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' },
      disciplineLibelle: 'Mathématiques',
    },
  };
  const named: JuryListInput = {
    ...input,
    dossiers: [nomme, ...autres],
    libelles: { etablissements: { [premier.identite.uai]: { nom: 'Nom de la configuration' } } },
    entete: { academie: 'Académie de La Réunion', service: 'Rectorat — DPE & examens' },
  };

  it('prints the dossier’s names before the configuration’s, codes otherwise', () => {
    const rows = juryListRows(named)._unsafeUnwrap();
    const row = rows.find((r) => r.dossierId === premier.dossierId);
    expect(row).toMatchObject({
      etablissement: 'Lycée Leconte-de-Lisle, Saint-Denis',
      discipline: 'Mathématiques',
    });
    expect(juryListTable.columns.map((c) => c.header)).toContain('Établissement');
    const sansNom = juryListRows({ ...input, libelles: {} })._unsafeUnwrap();
    expect(sansNom.find((r) => r.dossierId === premier.dossierId)?.etablissement).toBeNull();
  });

  it('heads every printed page with the académie, the list and the service (XLSX)', async () => {
    const body = createJuryListExporter({ format: 'xlsx' }).export(named)._unsafeUnwrap();
    const files = unzipText(await collect(body));
    const sheet = [...files].find(([n]) => /xl\/worksheets\/sheet1\.xml$/.test(n))?.[1] ?? '';
    const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(sheet)?.[1] ?? '';
    expect(header).toBe(
      '&amp;LAcadémie de La Réunion&amp;CJury académique — Professeur certifié — session 2022-2023&amp;RRectorat — DPE &amp;&amp; examens',
    );
    expect(sheet).toContain('<oddFooter>&amp;CPage &amp;P / &amp;N</oddFooter>');
  });
});

describe('fixtures', () => {
  it('are dossier states the core accepts', async () => {
    const { parseDossierState } = await import('@tremplin/core');
    for (const state of [...cohorte(), documentalisteRenouvele(), agregeTitularise()]) {
      const parsed = parseDossierState(JSON.parse(JSON.stringify(state)));
      expect(parsed.isOk() ? [] : parsed.error.issues).toEqual([]);
    }
  });
});
