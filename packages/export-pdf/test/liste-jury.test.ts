import { describe, expect, it } from 'vitest';
import { createListeJuryExporter, defaultPdfFonts, planListeJury } from '../src/index.js';
import { config, dossier } from './fixtures.js';
import { bytesOf, occurrences, parsePdf } from './helpers.js';

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
});
