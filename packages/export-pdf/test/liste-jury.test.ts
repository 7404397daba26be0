import type { CompositionJury, DossierState } from '@tremplin/core';
import { describe, expect, it, vi } from 'vitest';
import {
  createListeJuryExporter,
  defaultPdfFonts,
  formatMembresJury,
  INTITULE_LISTE_CAPA,
  planListeJury,
} from '../src/index.js';
import { config, dossier, uai } from './fixtures.js';
import { BUDGET_TEST_PDF_MS, bytesOf, occurrences, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const exporter = createListeJuryExporter({ ...config, fonts: defaultPdfFonts() });
const at = '2023-06-01T10:00:00+04:00';
const noms = ['Élodie', 'Noël', 'Françoise', 'Anaïs', 'Loïc', 'Cœur', 'Ève', 'Bénédicte'];

describe('liste du jury', () => {
  it('lists 200 stagiaires, each once, sorted, with a repeated header and page numbers', async () => {
    // Names share prefixes (NOM-1, NOM-10, NOM-100) so that a lost or doubled row would show.
    const dossiers = Array.from({ length: 200 }, (_, i) =>
      dossier({
        dossierId: `D${i}`,
        nom: `Grondin-${i}`,
        prenom: noms[i % noms.length] ?? 'A',
        avis: i % 7 === 0,
      }),
    );
    const result = exporter.export({
      corps: 'certifie',
      anneeScolaire: '2022-2023',
      dossiers: [...dossiers].reverse(),
      at,
      jury: {
        president: 'Mme la rectrice ou son représentant',
        membres: ['M. Hoarau (IA-IPR)', 'Mme Payet (principale)'],
      },
    });
    if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
    const pdf = await parsePdf(await bytesOf(result.value));
    expect(pdf.pages.length).toBeGreaterThan(5);
    expect(pdf.text).toContain('Professeur certifié — session 2022-2023 — 200 stagiaires');
    for (let i = 0; i < 200; i++) {
      const name = `GRONDIN-${i} ${noms[i % noms.length]}`;
      expect(occurrences(pdf.text, `${name}\n`) + occurrences(pdf.text, `${name} `), name).toBe(1);
    }
    // Sorted with numbers read as numbers: Grondin-0, -1, -2 … -199, numbered 1 … 200.
    const order = [...pdf.text.matchAll(/^(\d+) GRONDIN-(\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(order).toEqual(Array.from({ length: 200 }, (_, i) => [i + 1, i]));
    pdf.pages.forEach((page, i) => {
      expect(page).toContain('Nom, prénom');
      expect(page).toContain(`page ${i + 1} / ${pdf.pages.length}`);
    });
    expect(occurrences(pdf.text, 'Défavorable')).toBe(Math.ceil(200 / 7));
    expect(pdf.text).toContain('Le président ou la présidente du jury');
  });

  it('refuses dossiers of another corps, outside the session, or given twice', () => {
    const d = dossier();
    const cpe = dossier({ dossierId: 'C1', corps: 'cpe', bilans: false });
    const old = dossier({ dossierId: 'O1', anneeScolaire: '2020-2021', bilans: false });
    const result = planListeJury({
      corps: 'certifie',
      anneeScolaire: '2022-2023',
      dossiers: [d, d, cpe, old],
      at,
    });
    expect(result.isErr() && result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['jury.dossier-en-double', ['dossiers', 1]],
      ['jury.corps-different', ['dossiers', 2]],
      ['jury.hors-session', ['dossiers', 3]],
    ]);
    expect(exporter.fileName({ corps: 'certifie', anneeScolaire: '2022-2023', dossiers: [], at })).toBe(
      'liste-jury-certifie-2022-2023.pdf',
    );
  });

  const HASH = `sha256:${'0'.repeat(64)}`;
  const instantane = {
    version: 1,
    sequence: 30,
    regles: { version: '1', empreinte: HASH },
    vue: {},
    empreinte: HASH,
  } as const;
  const membre = (
    id: string,
    nom: string,
    qualite: 'president' | 'vice-president' | 'membre',
    categorie: CompositionJury['membres'][number]['categorie'],
  ) => ({
    personne: { id, nom, prenom: 'Anne', civilite: 'madame' as const },
    qualite,
    categorie,
    affecteEtablissementFormation: false,
  });
  const jury: CompositionJury = {
    juryId: 'jury-certifies-2023',
    corps: 'certifie',
    session: 2023,
    membres: [
      membre('p1', 'Lebon', 'president', null),
      membre('p2', 'Maillot', 'vice-president', 'corps-inspection'),
      membre('p3', 'Fontaine', 'membre', 'chef-etablissement'),
      membre('p4', 'Nativel', 'membre', 'formateur-academique'),
      membre('p5', 'Boyer', 'membre', 'enseignant-chercheur'),
    ],
  };

  it('puts a documentaliste on the certifiés’ list, the jury’s proposition apart from the recteur’s act', async () => {
    const base = dossier({
      dossierId: 'DOC1',
      nom: 'Técher',
      fonction: 'documentaliste',
      discipline: 'documentation',
      bilans: false,
    });
    const documentaliste: DossierState = {
      ...base,
      propositionsJury: [
        {
          annee: 1,
          constat: 'inapte',
          proposition: 'renouvellement',
          motivation: null,
          jury,
          instantane,
          auteur: { role: 'jury', id: 'j1' },
          le: '2023-06-14T10:00:00+04:00',
        },
      ],
      decisions: [
        {
          decision: 'renouvellement',
          instance: 'recteur',
          fondement: 'evaluation',
          date: '2023-06-20',
          arrete: null,
          annee: 1,
          motivation: null,
          dateEffet: null,
          periodeSuivante: { dateDebut: '2023-09-01', dateFinStatutaire: '2024-08-31' },
          instantane,
          auteur: { role: 'rectorat', id: 'r1' },
          le: '2023-06-20T10:00:00+04:00',
        },
      ],
    };
    const legacy: DossierState = {
      ...dossier({ dossierId: 'OLD1', nom: 'Payet', bilans: false }),
      decisions: [
        {
          decision: 'titularisation',
          instance: 'jury',
          fondement: null,
          date: '2023-06-15',
          arrete: null,
          annee: 1,
          motivation: null,
          dateEffet: '2023-09-01',
          periodeSuivante: null,
          instantane,
          auteur: { role: 'jury', id: 'j1' },
          le: '2023-06-15T10:00:00+04:00',
        },
      ],
    };
    const printed = formatMembresJury(jury);
    expect(printed).toEqual({
      president: 'Anne LEBON',
      civilitePresident: 'madame',
      membres: [
        'Anne MAILLOT (vice-présidente, corps d’inspection)',
        'Anne FONTAINE (chef d’établissement)',
        'Anne NATIVEL (formatrice académique)',
        'Anne BOYER (enseignante-chercheuse)',
      ],
    });
    const result = exporter.export({
      corps: 'certifie',
      anneeScolaire: '2022-2023',
      dossiers: [documentaliste, legacy],
      at,
      jury: printed,
    });
    if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
    const text = (await parsePdf(await bytesOf(result.value))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Inapte — renouvellement du stage');
    expect(text).toContain('Renouvellement du stage (acte du recteur, 20/06/2023)');
    expect(text).toContain(
      'acte du recteur sur proposition du jury (enregistrement antérieur à la version 0.2)',
    );
    expect(text).toContain('Présidente : Anne LEBON');
    expect(text).toContain('La présidente du jury');
    expect(text).not.toContain('Le président');
  });

  it('lists agrégés as the CAPA examines them, without a jury', async () => {
    const agrege: DossierState = {
      ...dossier({ dossierId: 'AG1', corps: 'agrege', bilans: false }),
      avisCommissions: [
        {
          avisId: 'capa-1',
          annee: 1,
          commission: 'capa',
          formation: 'ordinaire',
          objet: 'titularisation',
          sens: 'favorable',
          motivation: null,
          date: '2023-06-22',
          procedureId: null,
          auteur: { role: 'cap', id: 'capa' },
          le: '2023-06-22T10:00:00+04:00',
        },
      ],
    };
    const input = { corps: 'agrege' as const, anneeScolaire: '2022-2023', dossiers: [agrege], at };
    expect(exporter.fileName(input)).toBe('liste-capa-agrege-2022-2023.pdf');
    const result = exporter.export(input);
    if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
    const text = (await parsePdf(await bytesOf(result.value))).text.replace(/\s+/g, ' ');
    expect(text).toContain(INTITULE_LISTE_CAPA.toLocaleUpperCase('fr-FR'));
    expect(text).toContain('Avis favorable');
    expect(text).not.toContain('PAR LE JURY ACADÉMIQUE');
    const withJury = planListeJury({ ...input, jury: { president: 'X' } });
    expect(withJury.isErr() && withJury.error.issues.map((i) => i.code)).toEqual(['jury.agreges-sans-jury']);
  });

  it('names the service that runs the jury, not the training school, and the EPLE the dossier names', async () => {
    const d = dossier({ dossierId: 'N1' });
    const nomme: DossierState = {
      ...d,
      identite: {
        ...d.identite,
        uai: uai('9740099'),
        etablissement: { nom: 'Collège Les Alizés', commune: 'Le Port' },
        disciplineLibelle: 'Lettres (libellé du dossier)',
      },
      affectations: [{ uai: uai('9740099'), depuis: null }],
    };
    const input = { corps: 'certifie' as const, anneeScolaire: '2022-2023', dossiers: [nomme], at };
    const text = async (c: typeof config) => {
      const result = createListeJuryExporter({ ...c, fonts: defaultPdfFonts() }).export(input);
      if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
      return (await parsePdf(await bytesOf(result.value))).text.replace(/\s+/g, ' ');
    };
    const sans = await text(config);
    expect(sans).not.toContain('formation continue');
    expect(sans).toContain('Collège Les Alizés');
    const avec = await text({
      ...config,
      serviceJury: 'Rectorat — division des personnels enseignants (DPE)',
    });
    expect(avec).toContain('Rectorat — division des personnels enseignants (DPE)');
    expect(avec).not.toContain('formation continue');
  });
});
