import { foldDossier } from '@tremplin/core';
import { describe, expect, it, vi } from 'vitest';
import { createRapportVisiteExporter, defaultPdfFonts, planRapportVisite } from '../src/index.js';
import { config, dossier, evenements } from './fixtures.js';
import { BUDGET_TEST_PDF_MS, bytesOf, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const exporter = createRapportVisiteExporter({ ...config, fonts: defaultPdfFonts() });
const at = '2022-10-14T18:30:00+04:00';

describe('rapport de visite formative', () => {
  it('prints the visit’s date and class, points d’appui, compétences à travailler, conseils and axes de travail', async () => {
    const result = exporter.export({
      dossier: dossier(),
      visiteId: 'V1',
      classe: '4e B — français',
      at,
    });
    if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
    const pdf = await parsePdf(await bytesOf(result.value));
    expect(pdf.pages).toHaveLength(1);
    for (const text of [
      'RAPPORT DE VISITE FORMATIVE',
      'Visite du 13/10/2022',
      'Date de la visite 13/10/2022',
      'Classe observée 4e B — français',
      'Visite effectuée par Jean-Noël MARTIN (tuteur)',
      'Points d’appui (compétences d’appui)',
      'CC1 — Faire partager les valeurs de la',
      'Posture d’adulte responsable ; la classe est « tenue » dès l’entrée.',
      'Compétences à travailler',
      'CC4 — Prendre en compte la diversité des',
      'Hors référentiel',
      'Gestion du temps : la synthèse a été écourtée.',
      '1. Prévoir une trace écrite plus courte.',
      '2. Observer une séance du tuteur en 4e B.',
      'Axes de travail',
      '1. Évaluation formative : construire une grille avec les élèves.',
      'Le ou la stagiaire (copie reçue)',
      'Édité le 14/10/2022 à 18:30',
    ]) {
      expect(pdf.text).toContain(text);
    }
    expect(exporter.fileName({ dossier: dossier(), visiteId: 'V1', at })).toBe('rapport-visite-d0042-v1.pdf');
  });

  it('leaves the class blank when the caller does not know it', async () => {
    const result = exporter.export({ dossier: dossier(), visiteId: 'V1', at });
    if (result.isErr()) throw new Error('export');
    expect((await parsePdf(await bytesOf(result.value))).text).toMatch(/Classe observée\s*\n/);
  });

  it('refuses an unknown visit and a visit that did not take place', () => {
    const unknown = planRapportVisite({ dossier: dossier(), visiteId: 'V9', at });
    expect(unknown.isErr() && unknown.error.issues.map((i) => i.code)).toEqual(['rapport.visite-inconnue']);
    const events = [
      ...evenements({ visite: false, bilans: false }),
      {
        type: 'visite.planifiee' as const,
        v: 1 as const,
        le: '2022-10-01T10:00:00+04:00',
        auteur: { role: 'tuteur' as const, id: 'tut-1' },
        visiteId: 'V2',
        nature: 'visite-formative' as const,
        datePrevue: '2022-10-20',
        visiteur: { role: 'tuteur' as const, id: 'tut-1' },
      },
    ];
    const planned = foldDossier(events.map((event, i) => ({ sequence: i + 1, event })));
    if (planned.isErr()) throw new Error(JSON.stringify(planned.error.issues));
    const result = planRapportVisite({ dossier: planned.value, visiteId: 'V2', at: 'demain' });
    expect(result.isErr() && result.error.issues.map((i) => i.code)).toEqual([
      'rapport.visite-non-realisee',
      'rapport.at-invalide',
    ]);
  });
});
