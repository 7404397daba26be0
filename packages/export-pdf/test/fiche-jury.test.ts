/**
 * The fiche a jury relies on (issue 12, points 1, 2 and 7): honest marks on unverified grids and scales, the
 * expected level only when a pack sets one, each avis with its grid, the year-1 fiche after a renouvellement,
 * the year's congés, visits and training, and words agreed with the civilité. Every check parses the PDF back.
 */
import type { Avis, Bilan, DossierState, Grille, JourneeFormation, SessionFormation } from '@tremplin/core';
import { echellesParDefaut, grillesNationales } from '@tremplin/core';
import { describe, expect, it, vi } from 'vitest';
import {
  createFicheBilanExporter,
  createRapportVisiteExporter,
  defaultPdfFonts,
  type FicheBilanInput,
  formatCategorie,
  formatTitreVisite,
  getAnneeFicheBilan,
  listAnneesFicheBilan,
  listMentionsStatut,
  type PdfExportConfig,
  planFicheBilan,
} from '../src/index.js';
import { config, dossier } from './fixtures.js';
import { BUDGET_TEST_PDF_MS, bytesOf, occurrences, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const fonts = defaultPdfFonts();
const atFinal = '2023-05-31T10:00:00+04:00';
const espaces = (text: string) => text.replace(/\s+/g, ' ');

async function texte(input: FicheBilanInput, extra: Partial<PdfExportConfig> = {}): Promise<string> {
  const result = createFicheBilanExporter({ ...config, ...extra, fonts }).export(input);
  if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
  return espaces((await parsePdf(await bytesOf(result.value))).text);
}

describe('a fiche on a grid that is not verified', () => {
  it('carries the default mark of the grid and of the scale, parsed back from the PDF', async () => {
    const text = await texte({ dossier: dossier(), nature: 'intermediaire', at: atFinal });
    expect(text).toContain(
      '⚠ Grille non vérifiée : reconstituée d’après une reproduction publique de la grille de la NS 2015-055',
    );
    expect(text).toContain('à confirmer par l’académie.');
    expect(text).toContain('⚠ Échelle non vérifiée : reprise d’après une application tierce');
  });

  it('prints the académie’s own wording when its pack gives one', async () => {
    const mentionsStatut = {
      grille: 'Grille de travail de l’académie, dans l’attente de la grille nationale.',
      echelle: 'Échelle de l’académie (guide 2022-2023).',
    };
    const text = await texte(
      { dossier: dossier(), nature: 'intermediaire', at: atFinal },
      { mentionsStatut },
    );
    expect(text).toContain('⚠ Grille de travail de l’académie, dans l’attente de la grille nationale.');
    expect(text).toContain('⚠ Échelle de l’académie (guide 2022-2023).');
    expect(text).not.toContain('Grille non vérifiée');
  });

  it('prints no mark for a grid and a scale read in an official text', async () => {
    const verifiee: Grille = {
      ...(grillesNationales.find((g) => g.id === 'ns-2015-055-enseignants') as Grille),
      statut: 'verified',
    };
    const echelles = echellesParDefaut.map((e) => ({
      ...e,
      statut: 'verified' as const,
      niveaux: e.niveaux.map((n) => ({ ...n, statut: 'verified' as const })),
    }));
    expect(listMentionsStatut(verifiee, echelles, {})).toEqual([]);
    const text = await texte(
      { dossier: dossier(), nature: 'intermediaire', at: atFinal },
      { grilles: [verifiee], echelles },
    );
    expect(text).not.toContain('⚠');
  });

  it('prints the CPE grid’s own headings with its mark', async () => {
    const text = await texte(
      { dossier: dossier({ corps: 'cpe', bilans: false }), nature: 'final', at: atFinal },
      {
        choixGrilles: { cpe: { grilleId: 'ns-2015-055-cpe' } },
      },
    );
    expect(text).toContain(
      '⚠ Grille non vérifiée : reconstituée d’après les titres des compétences du référentiel',
    );
    expect(text).toMatch(/ C1 /);
  });
});

describe('niveau attendu', () => {
  const input = { dossier: dossier({ avis: true }), nature: 'final' as const, at: atFinal };

  it('is never printed when no pack sets one', async () => {
    const text = await texte(input);
    expect(text).not.toContain('niveau attendu');
    const plan = planFicheBilan(input, config);
    expect(plan.isOk() && plan.value.niveauxAttendus).toEqual([]);
  });

  it('is printed with its source when the pack sets one, and marks the ratings below it', async () => {
    const niveauxAttendus = {
      value: { 'tuteur-final': 'suffisant' },
      source: { texte: 'Guide de l’année de stage, académie de La Réunion, 2022-2023', article: '§ 5' },
    };
    const text = await texte(input, { niveauxAttendus });
    expect(text).toContain(
      'niveau attendu : Suffisant (fixé par l’académie : Guide de l’année de stage, académie de La Réunion, 2022-2023, § 5)',
    );
    // The tuteur's B2.3 and the inspecteur's B3.1 and B3.2 are « Insuffisant ».
    expect(occurrences(text, 'Insuffisant (sous le niveau attendu)')).toBe(3);
    expect(text).not.toContain('Suffisant (sous le niveau attendu)');
  });
});

describe('avis', () => {
  it('names the grid each avis rests on, the inspecteur’s positionnement in its own column', async () => {
    const d = dossier({ avis: true });
    const plan = planFicheBilan({ dossier: d, nature: 'final', at: atFinal }, config);
    if (plan.isErr()) throw new Error(JSON.stringify(plan.error.issues));
    expect(plan.value.avis.map((a) => [a.avis.role, a.grille?.id])).toEqual([
      ['inspecteur', 'ns-2015-055-enseignants'],
      ['chef-etablissement', 'ns-2015-055-enseignants'],
    ]);
    expect(plan.value.colonnes.map((c) => [c.role, c.bilan?.bilanId ?? c.avis?.avisId ?? null])).toEqual([
      ['tuteur', 'B3'],
      ['chef-etablissement', null],
      ['inspecteur', 'A2'],
    ]);
    const text = await texte({ dossier: d, nature: 'final', at: atFinal });
    expect(text).toContain('Avis — Inspecteur Gérard HOARAU');
    expect(
      occurrences(
        text,
        'Avis établi sur la grille : Grille d’évaluation des professeurs stagiaires (NS 2015-055, reconstituée) (celle de cette fiche)',
      ),
    ).toBe(2);
    expect(text).toContain('Non observé');
    expect(text).toMatch(
      /Chef d’établissement \(Françoise PAYET\), le 10\/05\/2023 : ☒ favorable ☐ défavorable/,
    );
    expect(text).toMatch(
      /Inspecteur de la discipline \(Gérard HOARAU\), le 20\/05\/2023 : ☐ favorable ☒ défavorable/,
    );
  });

  it('prints an avis on another grid with that grid, its mark and its positionnement', async () => {
    const base = dossier({ avis: true });
    const d: DossierState = {
      ...base,
      avis: base.avis.map(
        (a): Avis =>
          a.role === 'chef-etablissement'
            ? {
                ...a,
                grilleId: 'ns-2023-enseignants',
                positionnement: {
                  grilleId: 'ns-2023-enseignants',
                  echelleId: 'tuteur-final',
                  entries: [{ item: 'B2.4', niveau: 'suffisant' }],
                },
              }
            : a,
      ),
    };
    const text = await texte({ dossier: d, nature: 'final', at: atFinal });
    expect(text).toContain(
      'Avis établi sur la grille : Grille d’évaluation des professeurs stagiaires (NS du 21-6-2023, contenu non vérifié).',
    );
    expect(text).toContain('⚠ Grille non vérifiée : reconstituée sur la structure de la grille de 2015');
    expect(text).toMatch(/B2\.4 Participe aux différentes instances et conseils Suffisant/);
  });

  it('says when an avis recorded before grids were named names none', async () => {
    const base = dossier({ avis: true });
    const d: DossierState = {
      ...base,
      avis: base.avis.map((a) => ({ ...a, grilleId: null, positionnement: null })),
    };
    const text = await texte({ dossier: d, nature: 'final', at: atFinal });
    expect(occurrences(text, 'Grille de l’avis : non précisée')).toBe(2);
  });
});

const HASH = `sha256:${'0'.repeat(64)}`;
const instantane = {
  version: 1,
  sequence: 30,
  regles: { version: '1', empreinte: HASH },
  vue: {},
  empreinte: HASH,
} as const;

/** A dossier renewed for a second year (2023-2024) by the recteur on the jury's proposition, its year-1 bilans and avis kept. */
function renouvele(): DossierState {
  const d = dossier({ avis: true });
  return {
    ...d,
    propositionsJury: [
      {
        annee: 1,
        constat: 'inapte',
        proposition: 'renouvellement',
        motivation: null,
        jury: { juryId: 'jury-2023', corps: 'certifie', session: 2023, membres: [] },
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
    stage: {
      ...d.stage,
      annees: [...d.stage.annees, { numero: 2, dateDebut: '2023-09-01', dateFinStatutaire: '2024-08-31' }],
    },
  };
}

describe('after a renouvellement', () => {
  it('exports the year-1 fiche the jury relied on until year 2 has content', async () => {
    const d = renouvele();
    expect(getAnneeFicheBilan(d, 'final')).toBe(1);
    expect(getAnneeFicheBilan(d, 'intermediaire')).toBe(1);
    const exporter = createFicheBilanExporter({ ...config, fonts });
    expect(exporter.fileName({ dossier: d, nature: 'final', at: '2024-01-10T10:00:00+04:00' })).toBe(
      'fiche-bilan-final-2022-2023-d0042.pdf',
    );
    const text = await texte({ dossier: d, nature: 'final', at: '2024-01-10T10:00:00+04:00' });
    expect(text).toContain('Année scolaire 2022-2023');
    expect(text).not.toContain('seconde année de stage');
    expect(text).toContain('Compétences acquises à un niveau suffisant.');
    expect(text).toContain('Proposition du jury : Inapte — renouvellement du stage.');
    expect(text).toContain('Décision : Renouvellement du stage (acte du recteur, 20/06/2023).');
    expect(text).toContain('Édité le 10/01/2024');
  });

  it('gives the year-2 fiche once year 2 has a bilan, and one fiche per year on request', async () => {
    const base = renouvele();
    const b3 = base.bilans.find((b) => b.bilanId === 'B3') as Bilan;
    const d: DossierState = {
      ...base,
      bilans: [
        ...base.bilans,
        {
          ...b3,
          bilanId: 'B9',
          annee: 2,
          date: '2024-04-18',
          appreciation: 'Seconde année : progrès confirmés.',
        },
      ],
    };
    expect(listAnneesFicheBilan(d, 'final')).toEqual([1, 2]);
    expect(getAnneeFicheBilan(d, 'final')).toBe(2);
    const text = await texte({ dossier: d, nature: 'final', at: '2024-05-31T10:00:00+04:00' });
    expect(text).toContain('seconde année de stage (renouvellement)');
    expect(text).toContain('Seconde année : progrès confirmés.');
    expect(text).not.toContain('Compétences acquises à un niveau suffisant.');
    expect(text).not.toContain('Décision : Renouvellement');

    const exporter = createFicheBilanExporter({ ...config, fonts });
    const noms: string[] = [];
    for await (const item of exporter.cohorte([d], {
      nature: 'final',
      at: '2024-05-31T10:00:00+04:00',
      annee: 'toutes',
    })) {
      if (item.kind === 'erreur') throw new Error(JSON.stringify(item.error.issues));
      noms.push(item.fileName);
      await bytesOf(item.content);
    }
    expect(noms).toEqual(['fiche-bilan-final-2022-2023-d0042.pdf', 'fiche-bilan-final-2023-2024-d0042.pdf']);
  });
});

const rectorat = { role: 'rectorat', id: 'rectorat-974' } as const;

describe('the year’s course', () => {
  it('shows the congés and their effect on the stage, temps partiel included, for the year of the fiche', async () => {
    const base = renouvele();
    const d: DossierState = {
      ...base,
      conges: [
        {
          congeId: 'C1',
          nature: 'maladie-ordinaire',
          debut: '2022-11-02',
          fin: '2023-01-03',
          enregistrePar: rectorat,
        },
        {
          congeId: 'C2',
          nature: 'maladie-ordinaire',
          debut: '2023-10-02',
          fin: '2023-10-06',
          enregistrePar: rectorat,
        },
      ],
      tempsPartiel: [
        {
          periodeId: 'T1',
          nature: 'sur-autorisation',
          quotite: 80,
          debut: '2023-01-09',
          fin: '2023-06-30',
          enregistrePar: rectorat,
        },
      ],
    };
    const text = await texte({ dossier: d, nature: 'final', at: '2024-01-10T10:00:00+04:00' });
    expect(text).toContain('Congés et temps partiel');
    expect(text).toContain('Congé de maladie ordinaire 02/11/2022 03/01/2023 63');
    expect(text).toContain('Temps partiel sur autorisation à 80 % 09/01/2023 30/06/2023');
    // Year 2's leave is not on the year-1 fiche.
    expect(text).not.toContain('02/10/2023');
    expect(text).toContain('Effet sur le stage');
    expect(text).toContain('Congés rémunérés depuis le 2022-09-01 : 63 jour(s)');
    expect(text).toContain('Temps partiel sur autorisation à 80 %');
    expect(text).toMatch(/Prolongation : \d+ jour\(s\) ; fin effective du stage le 2023-/);
  });

  it('lists the visits and, when the pack lists sessions, the sessions attended and missed', async () => {
    const base = dossier({ civilite: 'madame' });
    const sessions: SessionFormation[] = [
      { id: 'S1', date: '2022-10-05', intitule: 'Gestion de classe', heures: 6, organisateur: 'EAFC' },
      { id: 'S2', date: '2022-11-16', intitule: 'Analyse de pratiques', heures: 3, organisateur: 'INSPE' },
      { id: 'S3', date: '2023-03-01', intitule: 'Évaluer les élèves', heures: 6, organisateur: 'INSPE' },
    ];
    const journee = (
      id: string,
      sessionId: string,
      presence: JourneeFormation['presence'],
    ): JourneeFormation => ({
      formationId: id,
      annee: 1,
      date: sessions.find((s) => s.id === sessionId)?.date ?? '',
      operateur: 'EAFC',
      heures: 6,
      intitule: 'Session',
      presence,
      sessionId,
      enregistrePar: rectorat,
    });
    const d: DossierState = {
      ...base,
      formations: [journee('F1', 'S1', 'present'), journee('F2', 'S2', 'absent')],
    };
    const text = await texte(
      { dossier: d, nature: 'intermediaire', at: '2022-11-30T10:00:00+04:00' },
      { sessionsFormation: sessions },
    );
    expect(text).toContain('13/10/2022 Visite formative Jean-Noël MARTIN Réalisée');
    expect(text).toContain(
      'tenues à la date d’édition selon le calendrier de l’académie : 2 ; suivies : 1 ; manquées : 1 ; à venir : 1.',
    );
    expect(text).toContain('05/10/2022 Gestion de classe EAFC 6 h Présente');
    expect(text).toContain('16/11/2022 Analyse de pratiques INSPÉ 3 h Absente');
    expect(text).not.toContain('Évaluer les élèves');
  });
});

describe('civilité', () => {
  const tutrice = { id: 'tut-1', civilite: 'madame' as const, nom: 'Rivière', prenom: 'Sophie' };

  it('agrees every word of the fiche with a woman stagiaire and a woman tutrice', async () => {
    const d = dossier({ civilite: 'madame', tuteur: tutrice, avis: true });
    for (const nature of ['intermediaire', 'final'] as const) {
      const text = await texte({ dossier: d, nature, at: atFinal });
      expect(text).toContain('Situation Lauréate titulaire d’un master MEEF');
      expect(text).toContain('Tutrice Sophie RIVIÈRE');
      expect(text).toContain('Vu par la stagiaire');
      expect(text).toContain('La tutrice Sophie RIVIÈRE');
      expect(text).not.toMatch(/Lauréat |Tuteur|tuteur ou|le ou la stagiaire|Le tuteur/);
    }
    const final = await texte({ dossier: d, nature: 'final', at: atFinal });
    expect(final).toContain('Appréciation : Tutrice — Sophie RIVIÈRE (bilan du 20/04/2023)');
  });

  it('agrees the rapport de visite with them', async () => {
    const d = dossier({ civilite: 'madame', tuteur: tutrice });
    const result = createRapportVisiteExporter({ ...config, fonts }).export({
      dossier: d,
      visiteId: 'V1',
      at: atFinal,
    });
    if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
    const text = espaces((await parsePdf(await bytesOf(result.value))).text);
    expect(text).toContain('Sophie RIVIÈRE (tutrice)');
    expect(text).toContain('La tutrice');
    expect(text).toContain('La stagiaire (copie reçue)');
    expect(text).not.toMatch(/Tuteur|tuteur\)|Le ou la stagiaire|Le visiteur/);
  });

  it('agrees the titles and categories it prints', () => {
    expect(formatTitreVisite('visite-formateur-inspe', 'madame')).toBe(
      'Rapport de visite de la formatrice INSPÉ',
    );
    expect(formatTitreVisite('visite-chez-tuteur', undefined)).toBe(
      'Compte rendu de visite dans la classe du tuteur ou de la tutrice',
    );
    expect(formatCategorie('detache', 'madame')).toBe('Lauréate détachée d’un autre corps');
    expect(formatCategorie('detache', 'monsieur')).toBe('Lauréat détaché d’un autre corps');
    expect(formatCategorie('ue-qualifie', undefined)).toBe(
      'Lauréat ou lauréate réputé(e) qualifié(e) (décret n° 2000-129)',
    );
  });

  it('names both forms when no civilité is recorded', async () => {
    const d = dossier({ tuteur: { id: 'tut-1', nom: 'Martin', prenom: 'Camille' } });
    const text = await texte({ dossier: d, nature: 'intermediaire', at: atFinal });
    expect(text).toContain('Situation Lauréat ou lauréate titulaire d’un master MEEF');
    expect(text).toContain('Tuteur ou tutrice Camille MARTIN');
    expect(text).toContain('Vu par le ou la stagiaire');
    expect(text).toContain('Le tuteur ou la tutrice Camille MARTIN');
  });
});
