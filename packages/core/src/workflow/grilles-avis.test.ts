/**
 * Grids at item level in the workflow: blank items, « non observé », each evaluator's own copy, and avis that
 * name the grid they rest on (arrêté MENH1411675A art. 5), even where the académie asks no final bilan of the
 * chef d'établissement.
 */
import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../dossier/events.js';
import { getGrille } from '../referentiel/grilles.js';
import {
  getCibleEntree,
  listCiblesGrille,
  listCiblesNonPositionnees,
} from '../referentiel/positionnement.js';
import type { Grille } from '../referentiel/types.js';
import { packNational } from '../rules/data/pack-national.js';
import type { RulePack } from '../rules/pack.js';
import { resolveRules } from '../rules/resolve.js';
import { buildWorkflowRules } from '../rules/workflow-rules.js';
import type { Command } from './commands.js';
import { acteurs, bilan, dossierNomme } from './testing/fixtures.js';

function grille(id: string): Grille {
  const g = getGrille(id);
  if (g === undefined) throw new Error(id);
  return g;
}

/** A final bilan on the 2023 enseignant grid with every third item left blank. */
function bilanAvecBlancs(bilanId: string, date: string, niveau = 'suffisant'): Command {
  const cibles = listCiblesGrille(grille('ns-2023-enseignants'));
  return {
    type: 'bilan.deposer',
    bilanId,
    nature: 'final',
    date,
    positionnement: {
      grilleId: 'ns-2023-enseignants',
      echelleId: 'tuteur-final',
      entries: cibles.filter((_, i) => i % 3 !== 0).map((item) => ({ item, niveau })),
    },
    appreciation: 'Bilan final.',
  };
}

function avisEmis(events: readonly DossierEvent[]) {
  const e = events.find((x) => x.type === 'avis.emis');
  if (e?.type !== 'avis.emis') throw new Error('no avis.emis');
  return e;
}

describe('bilans on items', () => {
  it('accepts a bilan with a third of its items blank, and keeps them blank', () => {
    const j = dossierNomme();
    j.ok(bilanAvecBlancs('b-tut', '2023-04-25'), acteurs.tuteur, '2023-04-25');
    const depose = j.etat.bilans[0];
    if (depose === undefined) throw new Error('no bilan');
    const g = grille('ns-2023-enseignants');
    const blancs = listCiblesNonPositionnees(depose.positionnement, g);
    expect(blancs.length).toBeGreaterThanOrEqual(listCiblesGrille(g).length / 3);
    expect(blancs[0]).toBe('B1.1');
    expect(depose.positionnement.entries.map(getCibleEntree)).not.toContain('B1.1');
  });

  it('accepts « non observé » on the final bilan, whose scale has it, and not on the intermediate one', () => {
    const j = dossierNomme();
    const final: Command = {
      type: 'bilan.deposer',
      bilanId: 'b-fin',
      nature: 'final',
      date: '2023-04-25',
      positionnement: {
        grilleId: 'ns-2023-enseignants',
        echelleId: 'tuteur-final',
        entries: [
          { item: 'B1.1', niveau: 'non-observe' },
          { item: 'B4.3', niveau: 'suffisant' },
        ],
      },
      appreciation: 'Bilan final.',
    };
    j.ok(final, acteurs.tuteur, '2023-04-25');
    expect(j.etat.bilans[0]?.positionnement.entries[0]).toEqual({ item: 'B1.1', niveau: 'non-observe' });
    const intermediaire: Command = {
      type: 'bilan.deposer',
      bilanId: 'b-int',
      nature: 'intermediaire',
      date: '2022-12-01',
      positionnement: {
        grilleId: 'ns-2023-enseignants',
        echelleId: 'tuteur-intermediaire',
        entries: [{ item: 'B1.1', niveau: 'non-observe' }],
      },
      appreciation: 'Bilan intermédiaire.',
    };
    const e = j.ko(intermediaire, acteurs.chef, '2023-04-26');
    expect(e.kind === 'validation' && e.issues.map((i) => i.code)).toEqual(['niveau.hors-echelle']);
  });

  it('keeps each evaluator’s own copy side by side', () => {
    const j = dossierNomme();
    j.ok(bilanAvecBlancs('b-tut', '2023-04-25', 'suffisant'), acteurs.tuteur, '2023-04-25');
    j.ok(bilanAvecBlancs('b-chef', '2023-04-26', 'insuffisant'), acteurs.chef, '2023-04-26');
    expect(j.etat.bilans.map((b) => [b.evaluateur.id, b.positionnement.entries[0]?.niveau])).toEqual([
      ['tut-1', 'suffisant'],
      ['chef-1', 'insuffisant'],
    ]);
  });

  it('gives a documentaliste the documentalistes’ grid, rated by competency', () => {
    const j = dossierNomme({ corps: 'certifie', fonction: 'documentaliste' });
    const commande: Command = {
      type: 'bilan.deposer',
      bilanId: 'b-doc',
      nature: 'final',
      date: '2023-04-25',
      positionnement: {
        grilleId: 'ns-2023-documentalistes',
        echelleId: 'tuteur-final',
        entries: [{ competence: 'D1', niveau: 'suffisant' }],
      },
      appreciation: 'Bilan final.',
    };
    j.ok(commande, acteurs.tuteur, '2023-04-25');
    expect(j.etat.bilans[0]?.positionnement.grilleId).toBe('ns-2023-documentalistes');
  });
});

describe('every avis names the grid it rests on (arrêté MENH1411675A art. 5)', () => {
  function avecRapportTuteur() {
    const j = dossierNomme();
    j.ok(bilan(j.etat, 'final', 'b-tut', '2023-04-25'), acteurs.tuteur, '2023-04-25');
    return j;
  }

  it('records the grid of the inspecteur’s and the chef’s avis, none for the INSPÉ director’s', () => {
    const j = avecRapportTuteur();
    const ipr = avisEmis(
      j.ok(
        { type: 'avis.emettre', avisId: 'a-ipr', sens: 'favorable', date: '2023-05-10' },
        acteurs.inspecteur,
        '2023-05-10',
      ),
    );
    expect(ipr.grilleId).toBe('ns-2023-enseignants');
    j.ok(
      { type: 'avis.emettre', avisId: 'a-dir', sens: 'favorable', date: '2023-05-12' },
      acteurs.directeur,
      '2023-05-12',
    );
    expect(j.etat.avis.map((a) => [a.role, a.grilleId])).toEqual([
      ['inspecteur', 'ns-2023-enseignants'],
      ['directeur-inspe', null],
    ]);
  });

  it('records the chef’s own positionnement given with his avis, blank items allowed', () => {
    const j = avecRapportTuteur();
    j.ok(
      {
        type: 'avis.emettre',
        avisId: 'a-chef',
        sens: 'favorable',
        date: '2023-05-11',
        grilleId: 'ns-2023-enseignants',
        positionnement: {
          grilleId: 'ns-2023-enseignants',
          echelleId: 'tuteur-final',
          entries: [{ item: 'B1.2', niveau: 'suffisant' }],
        },
      },
      acteurs.chef,
      '2023-05-11',
    );
    expect(j.etat.avis[0]).toMatchObject({
      role: 'chef-etablissement',
      grilleId: 'ns-2023-enseignants',
      positionnement: { entries: [{ item: 'B1.2', niveau: 'suffisant' }] },
    });
  });

  it('refuses another grid than the dossier’s, and a grid for the INSPÉ director', () => {
    const j = avecRapportTuteur();
    const autre = j.ko(
      {
        type: 'avis.emettre',
        avisId: 'a-chef',
        sens: 'favorable',
        date: '2023-05-11',
        grilleId: 'ns-2023-cpe',
      },
      acteurs.chef,
      '2023-05-11',
    );
    expect(autre.kind === 'refusal' && autre.reasons.map((r) => r.code)).toEqual(['avis.grille-differente']);
    const inspe = j.ko(
      {
        type: 'avis.emettre',
        avisId: 'a-dir',
        sens: 'favorable',
        date: '2023-05-12',
        grilleId: 'ns-2023-enseignants',
      },
      acteurs.directeur,
      '2023-05-12',
    );
    expect(inspe.kind === 'refusal' && inspe.reasons.map((r) => r.code)).toEqual(['avis.grille-sans-objet']);
  });

  it('gives the chef a grid for his avis where the pack asks no final bilan of him (Lyon)', () => {
    const lyon: RulePack = {
      id: 'academie-sans-bilan-final-chef',
      version: '1.0.0',
      layer: 'academie',
      label: 'Académie sans bilan final du chef',
      academie: 'test',
      parameters: {
        'bilans.evaluateurs': [
          {
            value: { intermediaire: ['tuteur', 'chef-etablissement'], final: ['tuteur'] },
            validity: { schoolYears: ['2022-2023'] },
            source: { texte: 'SNES-FSU Lyon' },
            confidence: 'secondary',
          },
        ],
      },
    };
    const rules = buildWorkflowRules(resolveRules([packNational, lyon], '2022-2023')._unsafeUnwrap());
    const j = dossierNomme({}, rules);
    j.ok(bilan(j.etat, 'final', 'b-tut', '2023-04-25'), acteurs.tuteur, '2023-04-25');
    const chef = avisEmis(
      j.ok(
        { type: 'avis.emettre', avisId: 'a-chef', sens: 'favorable', date: '2023-05-11' },
        acteurs.chef,
        '2023-05-11',
      ),
    );
    expect(j.etat.bilans.some((b) => b.evaluateur.role === 'chef-etablissement')).toBe(false);
    expect(chef.grilleId).toBe('ns-2023-enseignants');
  });
});
