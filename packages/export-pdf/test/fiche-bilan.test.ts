import { echellesParDefaut, getCompetence } from '@tremplin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyApostrophesTypographiques,
  createFicheBilanExporter,
  defaultPdfFonts,
  type FicheBilanInput,
  planFicheBilan,
} from '../src/index.js';
import { codesGrille, config, dossier, niveauxIntermediaires } from './fixtures.js';
import { bytesOf, occurrences, parsePdf } from './helpers.js';

const fonts = defaultPdfFonts();
const exporter = createFicheBilanExporter({ ...config, fonts });
const at = '2022-11-30T10:00:00+04:00';

async function render(input: FicheBilanInput, options?: Parameters<typeof exporter.export>[1]) {
  const result = exporter.export(input, options);
  if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
  return parsePdf(await bytesOf(result.value));
}

/** The text of a grid row: from its code to the next code of the grid (or the appréciations). */
function ligne(text: string, code: string, codes: readonly string[]): string {
  const start = text.search(new RegExp(`\\n${code} `));
  const next = codes
    .map((c) => text.slice(start + 1).search(new RegExp(`\\n${c} `)))
    .filter((i) => i > 0)
    .reduce((a, b) => Math.min(a, b), text.length);
  return text.slice(start, start + 1 + Math.min(next, text.slice(start + 1).indexOf('3. Appréciations')));
}

describe('fiche bilan intermédiaire', () => {
  const d = dossier();

  it('prints identity, context, the whole grid with each assessor side by side, appréciations and signatures on two pages', async () => {
    const pdf = await render({ dossier: d, nature: 'intermediaire', at });
    expect(pdf.pages).toHaveLength(2);
    for (const text of [
      'FICHE BILAN INTERMÉDIAIRE',
      'Nom DUPONT Prénom Marie-Hélène',
      'Corps Professeur certifié Discipline Lettres modernes',
      'Lycée Leconte-de-Lisle, Saint-Denis',
      'Année scolaire 2022-2023',
      'Tuteur Jean-Noël MARTIN',
      'Chef d’établissement Françoise PAYET',
      'Inspecteur Gérard HOARAU',
      'Grille : NS 2015-055',
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
      expect(page).toContain(`page ${i + 1} / 2`);
    });

    const codes = codesGrille();
    for (const { competence, tuteur, chef } of niveauxIntermediaires()) {
      expect(pdf.text.match(new RegExp(`\\n${competence} `, 'g')), competence).toHaveLength(1);
      const row = ligne(pdf.text, competence, codes);
      expect(row).toContain(
        applyApostrophesTypographiques(getCompetence(competence)?.titre ?? '?').split(' ')[0],
      );
      // Tuteur's column before the chef's.
      const t = row.indexOf(tuteur);
      const c = row.indexOf(chef, t + tuteur.length);
      expect(t, `${competence} tuteur`).toBeGreaterThan(0);
      expect(c, `${competence} chef`).toBeGreaterThan(t);
    }
    // CC8 is in no block of the 2015 grid.
    expect(pdf.text).not.toMatch(/\nCC8 /);
    // The entry comment is printed under its level.
    expect(pdf.text).toContain('Progrès nets depuis la');
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
    for (const code of codesGrille()) expect(pdf.text).toMatch(new RegExp(`\\n${code} `));
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

describe('fiche bilan, any appréciation', () => {
  it('prints every word of an appréciation of any length, in order, cutting it across pages when needed', async () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeéèêàçîôùœæ'), minLength: 1, maxLength: 14 });
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 2500, size: 'max' }), async (words) => {
        const tagged = words.map((w, i) => `${w}${i}`);
        const d = dossier({ appreciationTuteur: tagged.join(' ') });
        const pdf = await render({ dossier: d, nature: 'intermediaire', at });
        const found = pdf.text.match(/\p{L}+\d+/gu)?.filter((t) => /^\p{Ll}+\d+$/u.test(t)) ?? [];
        expect(found).toEqual(tagged);
      }),
      { numRuns: 6 },
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
    ).toContain('fiche.competence-hors-grille');
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
