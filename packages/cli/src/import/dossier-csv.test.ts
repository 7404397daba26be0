import { describe, expect, it } from 'vitest';
import { checkDossierHeader, columnOfPath, dossierFromCsv } from './dossier-csv.js';

const header = [
  'dossierId',
  'stagiaireId',
  'nom',
  'prenom',
  'academie',
  'anneeScolaire',
  'corps',
  'discipline',
  'uai',
  'quotite',
  'categorie',
  'master',
  'tuteur',
  'stageRenouvele',
];

describe('the dossiers CSV', () => {
  it('needs every required column, knows no other, and accepts any case', () => {
    expect(checkDossierHeader(header)).toEqual([]);
    expect(checkDossierHeader(header.map((h) => h.toUpperCase()))).toEqual([]);
    const issues = checkDossierHeader(['dossierId', 'dossierid', 'colonne']).map((i) => i.code);
    expect(issues).toContain('csv.colonne-en-double');
    expect(issues).toContain('csv.colonne-inconnue');
    expect(issues.filter((c) => c === 'csv.colonne-manquante').length).toBe(11);
  });

  it('builds the dossier record: people, booleans, default nomination date', () => {
    const { candidate, issues } = dossierFromCsv(header, {
      line: 2,
      fields: [
        'D-1',
        'S-1',
        'Payet',
        'Marie',
        'reunion',
        '2022-2023',
        'certifie',
        'mathematiques',
        '9740001H',
        'temps-plein',
        'master-meef',
        'detenu',
        ' t-1 | Jean | Hoarau ',
        'oui',
      ],
    });
    expect(issues).toEqual([]);
    expect(candidate).toMatchObject({
      dossierId: 'D-1',
      identite: {
        stagiaire: { id: 'S-1', numen: null },
        stageRenouvele: true,
        dateNominationPrevue: '2022-09-01',
      },
      acteurs: {
        tuteurs: [{ id: 't-1', prenom: 'Jean', nom: 'Hoarau' }],
        chefEtablissement: null,
        formateursInspe: [],
      },
    });
  });

  it('reports a wrong count of cells alone (the cells are not read), and a malformed person', () => {
    const { issues } = dossierFromCsv(header, {
      line: 5,
      fields: [
        'D-1',
        'S-1',
        'x',
        'y',
        'reunion',
        '2022-2023',
        'certifie',
        'm',
        'u',
        'q',
        'c',
        'm',
        't-1|Jean',
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(['csv.nombre-de-champs']);
    const person = dossierFromCsv(header, {
      line: 5,
      fields: [
        'D-1',
        'S-1',
        'x',
        'y',
        'reunion',
        '2022-2023',
        'certifie',
        'm',
        'u',
        'q',
        'c',
        'm',
        't-1|Jean',
        '',
      ],
    });
    expect(person.issues.map((i) => i.code)).toEqual(['csv.personne']);
  });

  it('names schema paths by their column', () => {
    expect(columnOfPath(['identite', 'stagiaire', 'nom'])).toBe('nom');
    expect(columnOfPath(['acteurs', 'tuteurs', 1, 'id'])).toBe('tuteur2');
    expect(columnOfPath(['identite', 'uai'])).toBe('uai');
    expect(columnOfPath(['autre'])).toBe('autre');
  });

  it('reads the civilité (Madame, Mme, Monsieur, M.), and leaves it out when the cell is empty', () => {
    const h = [...header, 'civilite'];
    const row = (civilite: string) =>
      dossierFromCsv(h, {
        line: 2,
        fields: [
          'D-1',
          'S-1',
          'Payet',
          'Marie',
          'reunion',
          '2022-2023',
          'certifie',
          'mathematiques',
          '9740001H',
          'temps-plein',
          'master-meef',
          'detenu',
          '',
          'non',
          civilite,
        ],
      }).candidate as { identite: { stagiaire: object } };
    expect(row('Madame').identite.stagiaire).toMatchObject({ civilite: 'madame' });
    expect(row('Mme').identite.stagiaire).toMatchObject({ civilite: 'madame' });
    expect(row('M.').identite.stagiaire).toMatchObject({ civilite: 'monsieur' });
    expect(row('').identite.stagiaire).not.toHaveProperty('civilite');
  });

  it('reads corps « documentaliste » as a certifié of the documentaliste fonction, and the concours', () => {
    const h = [...header, 'fonction', 'concours', 'session'];
    const row = (corps: string, fonction: string, concours: string, session: string) =>
      dossierFromCsv(h, {
        line: 2,
        fields: [
          'D-1',
          'S-1',
          'Payet',
          'Marie',
          'reunion',
          '2022-2023',
          corps,
          'documentation',
          '9740001H',
          'temps-plein',
          'master-meef',
          'detenu',
          '',
          'non',
          fonction,
          concours,
          session,
        ],
      });
    const ancien = row('documentaliste', '', 'externe', '2022');
    expect(ancien.issues).toEqual([]);
    expect(ancien.candidate.identite).toMatchObject({
      corps: 'certifie',
      fonction: 'documentaliste',
      concours: { voie: 'externe', session: 2022 },
    });
    const nouveau = row('certifie', 'documentaliste', '', '');
    expect(nouveau.candidate.identite).toMatchObject({ corps: 'certifie', fonction: 'documentaliste' });
    expect(nouveau.candidate.identite).not.toHaveProperty('concours');
    const enseignant = row('certifie', '', '', '');
    expect(enseignant.candidate.identite).not.toHaveProperty('fonction');
    expect(row('certifie', '', 'interne', '').issues.map((i) => i.code)).toEqual(['csv.concours']);
    expect(columnOfPath(['identite', 'concours', 'session'])).toBe('session');
  });

  it('reads the EPLE’s name, its town and the discipline’s label under their usual French headers', () => {
    const extra = ['Nom établissement', 'commune', 'libelle_discipline'];
    expect(checkDossierHeader([...header, ...extra])).toEqual([]);
    expect(
      checkDossierHeader([...header, 'etablissementNom', 'nom_etablissement']).map((i) => i.code),
    ).toEqual(['csv.colonne-en-double']);
    const fields = (nom: string, commune: string) => ({
      line: 2,
      fields: [
        'D-1',
        'S-1',
        'Payet',
        'Marie',
        'reunion',
        '2022-2023',
        'certifie',
        'mathematiques',
        '9740001H',
        'temps-plein',
        'master-meef',
        'detenu',
        '',
        'non',
        nom,
        commune,
        'Mathématiques',
      ],
    });
    const { candidate, issues } = dossierFromCsv(
      [...header, ...extra],
      fields('Lycée Leconte-de-Lisle', 'Saint-Denis'),
    );
    expect(issues).toEqual([]);
    expect(candidate.identite).toMatchObject({
      uai: '9740001H',
      etablissement: { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' },
      disciplineLibelle: 'Mathématiques',
    });
    const sansNom = dossierFromCsv([...header, ...extra], fields('', 'Saint-Denis'));
    expect(sansNom.issues.map((i) => i.code)).toEqual(['csv.etablissement']);
    expect(sansNom.candidate.identite).not.toHaveProperty('etablissement');
    expect(columnOfPath(['identite', 'etablissement', 'nom'])).toBe('etablissementNom');
  });
});
