import { type DossierState, echellesParDefaut, getCompetence } from '@tremplin/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  applyApostrophesTypographiques,
  createFicheBilanExporter,
  defaultPdfFonts,
  type FicheBilanInput,
  planFicheBilan,
} from '../src/index.js';
import {
  ciblesGrille,
  codesGrille,
  config,
  dossier,
  grille2015,
  niveauxIntermediaires,
  niveauxParItem,
} from './fixtures.js';
import { BUDGET_TEST_PDF_MS, bytesOf, occurrences, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const fonts = defaultPdfFonts();
const exporter = createFicheBilanExporter({ ...config, fonts });
const at = '2022-11-30T10:00:00+04:00';

async function render(input: FicheBilanInput, options?: Parameters<typeof exporter.export>[1]) {
  const result = exporter.export(input, options);
  if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
  return parsePdf(await bytesOf(result.value));
}

const echapper = (code: string) => code.replace('.', '\\.');

/** The text of a grid row: from its code to the next code of the grid, a block band, or the appréciations. */
function ligne(text: string, code: string, codes: readonly string[]): string {
  const start = text.search(new RegExp(`\\n${echapper(code)} `));
  const rest = text.slice(start + 1);
  const ends = [
    ...codes.map((c) => rest.search(new RegExp(`\\n${echapper(c)} `))),
    rest.search(/\n\d\. /),
    rest.indexOf('\nAcadémie de La Réunion'),
  ].filter((i) => i > 0);
  return text.slice(start, start + 1 + Math.min(rest.length, ...ends));
}

const niveauxLabels = ['À travailler encore', 'À entretenir', 'À investir'];
const espaces = (text: string) => text.replace(/\s+/g, ' ');

describe('fiche bilan intermédiaire', () => {
  const d = dossier();

  it('prints identity, context, the grid item by item with each assessor side by side, appréciations and signatures', async () => {
    const pdf = await render({ dossier: d, nature: 'intermediaire', at });
    for (const text of [
      'FICHE BILAN INTERMÉDIAIRE',
      'Nom DUPONT Prénom Marie-Hélène',
      'Corps Professeur certifié Discipline Lettres modernes',
      'Lycée Leconte-de-Lisle, Saint-Denis',
      'Année scolaire 2022-2023',
      'Tuteur Jean-Noël MARTIN',
      'Chef d’établissement Françoise PAYET',
      'Inspecteur Gérard HOARAU',
      'Grille : Grille d’évaluation des professeurs stagiaires (NS 2015-055, reconstituée).',
      'Appréciation : Tuteur — Jean-Noël MARTIN (bilan du 25/11/2022)',
      'Appréciation : Chef d’établissement — Françoise PAYET (bilan du 28/11/2022)',
      'Vu par le ou la stagiaire',
      'Fiche à compléter et à déposer sur COMPAS pour fin novembre 2022.',
    ]) {
      expect(pdf.text).toContain(text);
    }
    // Typographic apostrophes and punctuation of the appréciation survive.
    expect(pdf.text).toContain('l’autorité est « naturelle » et le cœur des séances est solide. Œuvrer');
    expect(occurrences(pdf.text, 'Date :')).toBe(3);
    expect(occurrences(pdf.text, 'Signature :')).toBe(3);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`page ${i + 1} / ${pdf.pages.length}`);
    });

    // One row per item of the grid, with its wording; no competency row: the bilans are given per item.
    const cibles = ciblesGrille();
    const grille = grille2015();
    for (const { item, tuteur, chef } of niveauxParItem()) {
      expect(pdf.text.match(new RegExp(`\\n${echapper(item)} `, 'g')), item).toHaveLength(1);
      const row = ligne(pdf.text, item, cibles);
      const texte = grille.blocs.flatMap((b) => b.items).find((i) => i.id === item)?.texte ?? '?';
      expect(espaces(row)).toContain(applyApostrophesTypographiques(texte).split(' ').slice(0, 3).join(' '));
      const t = tuteur === null ? -1 : row.indexOf(tuteur);
      const c = chef === null ? -1 : row.indexOf(chef, t < 0 ? 0 : t + (tuteur?.length ?? 0));
      if (tuteur !== null) expect(t, `${item} tuteur`).toBeGreaterThan(0);
      if (chef !== null) expect(c, `${item} chef`).toBeGreaterThan(t);
      // A blank cell is printed blank: only the other assessor's level is in the row, and no dash.
      const niveaux = niveauxLabels.reduce((n, l) => n + occurrences(row, l), 0);
      expect(niveaux, `${item} levels`).toBe((tuteur === null ? 0 : 1) + (chef === null ? 0 : 1));
      expect(row).not.toContain('—');
    }
    expect(pdf.text).not.toMatch(/\nCC\d+ /);
    // The entry comment is printed under its level.
    expect(pdf.text).toContain('Progrès nets depuis la');
  });

  it('accepts a bilan with a third of its items blank and prints those cells blank', async () => {
    const items = niveauxParItem();
    const blancs = items.filter((i) => i.tuteur === null);
    expect(blancs.length).toBe(Math.floor(items.length / 3));
    const plan = planFicheBilan({ dossier: d, nature: 'intermediaire', at }, config);
    if (plan.isErr()) throw new Error(JSON.stringify(plan.error.issues));
    const lignes = plan.value.lignes.flatMap((b) => b.lignes);
    expect(lignes.filter((l) => l.entrees[0] === null).map((l) => l.cible)).toEqual(
      blancs.map((b) => b.item),
    );
    const pdf = await render({ dossier: d, nature: 'intermediaire', at });
    for (const { item, chef } of blancs) {
      const row = ligne(pdf.text, item, ciblesGrille());
      // Only the chef's level: the tuteur's cell, before it, is empty.
      expect(
        espaces(row)
          .trim()
          .endsWith(chef ?? '?'),
        `${item}: ${row}`,
      ).toBe(true);
    }
  });

  it('prints the rows of a positionnement recorded per competency, before grids had item ids', async () => {
    const pdf = await render({ dossier: dossier({ parCompetence: true }), nature: 'intermediaire', at });
    const codes = [...codesGrille(), ...ciblesGrille()];
    for (const { competence, tuteur, chef } of niveauxIntermediaires()) {
      expect(pdf.text.match(new RegExp(`\\n${competence} `, 'g')), competence).toHaveLength(1);
      const row = ligne(pdf.text, competence, codes);
      expect(row).toContain(
        applyApostrophesTypographiques(getCompetence(competence)?.titre ?? '?').split(' ')[0],
      );
      expect(espaces(row)).toContain('(positionné par compétence)');
      const t = row.indexOf(tuteur);
      const c = row.indexOf(chef, t + tuteur.length);
      expect(t, `${competence} tuteur`).toBeGreaterThan(0);
      expect(c, `${competence} chef`).toBeGreaterThan(t);
    }
    // CC8 is in no block of the 2015 grid.
    expect(pdf.text).not.toMatch(/\nCC8 /);
  });

  it('gives the same bytes for the same input', async () => {
    const input = { dossier: d, nature: 'intermediaire' as const, at };
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const r = exporter.export(input);
        if (r.isErr()) throw new Error('export');
        return bytesOf(r.value);
      }),
    );
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
  });

  it('prints a blank form on the académie’s grid when no bilan was filed yet', async () => {
    const vierge = dossier({ bilans: false });
    const pdf = await render({ dossier: vierge, nature: 'intermediaire', at });
    for (const code of ciblesGrille()) expect(pdf.text).toMatch(new RegExp(`\\n${echapper(code)} `));
    expect(pdf.text).toContain('Échelle : À investir · À travailler encore · À entretenir');
    expect(pdf.text).not.toContain('À entretenir À');
    expect(pdf.text).toContain('Appréciation : Tuteur — Jean-Noël MARTIN');
    expect(pdf.text).not.toContain('(bilan du');
  });

  it('uses the formally applicable 2023 grid when the académie made no choice', () => {
    const plan = planFicheBilan(
      { dossier: dossier({ bilans: false }), nature: 'intermediaire', at },
      { academie: 'Académie de Lyon', timeZone: 'Europe/Paris' },
    );
    expect(plan.isOk() && plan.value.grille.id).toBe('ns-2023-enseignants');
  });

  it('gives every assessor role that filed a bilan its own column, others on request', () => {
    const plan = planFicheBilan({ dossier: d, nature: 'intermediaire', at }, config, {
      colonnes: ['tuteur', 'chef-etablissement', 'inspecteur', 'formateur-inspe'],
    });
    expect(plan.isOk() && plan.value.colonnes.map((c) => [c.role, c.bilan?.bilanId ?? null])).toEqual([
      ['tuteur', 'B1'],
      ['chef-etablissement', 'B2'],
      ['inspecteur', null],
      ['formateur-inspe', null],
    ]);
  });
});

/**
 * Each run lays out and parses back a fiche of up to 2,500 words (a few hundred milliseconds on an idle box, a few
 * seconds on a loaded 2-core one): four runs, and a budget of two minutes so that the test never depends on speed.
 */
const BUDGET_PROPRIETE_MS = 120_000;

describe('fiche bilan, any appréciation', () => {
  it('prints every word of an appréciation of any length, in order, cutting it across pages when needed', {
    timeout: BUDGET_PROPRIETE_MS,
  }, async () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeéèêàçîôùœæ'), minLength: 1, maxLength: 14 });
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 2500, size: 'max' }), async (words) => {
        const tagged = words.map((w, i) => `${w}${i}`);
        const d = dossier({ appreciationTuteur: tagged.join(' ') });
        const pdf = await render({ dossier: d, nature: 'intermediaire', at });
        const found = pdf.text.match(/\p{L}+\d+/gu)?.filter((t) => /^\p{Ll}+\d+$/u.test(t)) ?? [];
        expect(found).toEqual(tagged);
      }),
      { numRuns: 4, interruptAfterTimeLimit: BUDGET_PROPRIETE_MS - 20_000 },
    );
  });
});

describe('fiche bilan final', () => {
  it('prints the final scale, « non observé », and the avis with their sense and motivation', async () => {
    const pdf = await render({
      dossier: dossier({ avis: true }),
      nature: 'final',
      at: '2023-05-31T10:00:00+04:00',
    });
    expect(pdf.text).toContain('FICHE BILAN FINAL');
    expect(pdf.text).toContain('Non observé');
    expect(pdf.text).toContain('Suffisant');
    expect(pdf.text).toContain('Avis émis en vue de la titularisation');
    expect(pdf.text).toMatch(
      /Chef d’établissement \(Françoise PAYET\), le 10\/05\/2023 : ☒ favorable ☐ défavorable/,
    );
    expect(pdf.text).toMatch(
      /Inspecteur de la discipline \(Gérard HOARAU\), le 20\/05\/2023 : ☐ favorable ☒ défavorable/,
    );
    expect(pdf.text).toContain('Maîtrise didactique encore fragile');
    expect(pdf.text).toContain('Édité le 31/05/2023 à 10:00');
  });
});

describe('fiche bilan validation', () => {
  const d = dossier();
  const codes = (r: ReturnType<typeof planFicheBilan>) =>
    r.isErr() ? r.error.issues.map((i) => i.code) : [];

  it('lists every problem instead of printing a wrong form', () => {
    expect(
      codes(planFicheBilan({ dossier: d, nature: 'intermediaire', at }, { ...config, echelles: [] })),
    ).toEqual(['fiche.echelle-inconnue', 'fiche.echelle-inconnue']);
    expect(
      codes(planFicheBilan({ dossier: d, nature: 'intermediaire', at }, { ...config, grilles: [] })),
    ).toEqual(['fiche.grille-inconnue']);
    // Year 2 does not exist, the instant is unreadable, and the 2015 grid is not valid in 2023-2024.
    expect(
      codes(planFicheBilan({ dossier: d, nature: 'intermediaire', annee: 2, at: 'hier' }, config)),
    ).toEqual(['fiche.annee-inconnue', 'fiche.at-invalide', 'fiche.grille-introuvable']);
    const sansEntretenir = echellesParDefaut.map((e) =>
      e.id === 'tuteur-intermediaire'
        ? { ...e, niveaux: e.niveaux.filter((n) => n.code !== 'a-entretenir') }
        : e,
    );
    const niveaux = codes(
      planFicheBilan({ dossier: d, nature: 'intermediaire', at }, { ...config, echelles: sansEntretenir }),
    );
    expect(niveaux.length).toBeGreaterThan(0);
    expect(new Set(niveaux)).toEqual(new Set(['fiche.niveau-inconnu']));
    expect(
      codes(
        planFicheBilan(
          { dossier: dossier({ grilleId: 'ns-2015-055-cpe' }), nature: 'intermediaire', at },
          config,
        ),
      ),
    ).toContain('fiche.item-hors-grille');
    expect(
      codes(
        planFicheBilan(
          {
            dossier: dossier({ grilleId: 'ns-2015-055-cpe', parCompetence: true }),
            nature: 'intermediaire',
            at,
          },
          config,
        ),
      ),
    ).toContain('fiche.competence-hors-grille');
    const avisSurGrilleInconnue: DossierState = {
      ...dossier({ avis: true }),
      avis: dossier({ avis: true }).avis.map((a) => ({ ...a, grilleId: 'grille-de-nulle-part' })),
    };
    expect(codes(planFicheBilan({ dossier: avisSurGrilleInconnue, nature: 'final', at }, config))).toEqual([
      'fiche.grille-avis-inconnue',
      'fiche.grille-avis-inconnue',
    ]);
  });

  it('names the files without personal data', () => {
    expect(exporter.fileName({ dossier: d, nature: 'final', at })).toBe(
      'fiche-bilan-final-2022-2023-d0042.pdf',
    );
    expect(exporter.format).toBe('pdf');
    expect(exporter.mediaType).toBe('application/pdf');
    expect(exporter.fileExtension).toBe('pdf');
  });
});
