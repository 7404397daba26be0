/**
 * Positionnements for the demo's bilans and auto-positionnements: every item of the grid the rules choose for
 * the dossier (every competency of a block without items), on the scale the rules give, with levels drawn from
 * how well the year goes.
 *
 * @packageDocumentation
 */
import {
  type DossierState,
  type NiveauNotation,
  type PositionnementInput,
  selectGrilleEtEchelle,
  type UsagePositionnement,
  type WorkflowRules,
} from '@tremplin/core';
import type { Prng } from './prng.js';

/**
 * Builds a positionnement.
 *
 * @param state - the dossier (its corps and year choose the grid).
 * @param usage - auto-positionnement, bilan intermédiaire or final.
 * @param rules - the workflow rules (the grid and scale choices of the académie).
 * @param qualite - 0 (badly) to 1 (well): the higher, the higher the levels.
 * @param rng - the seeded generator.
 * @returns the positionnement, or null when the rules name no grid (the command would be refused).
 */
export function positionnement(
  state: DossierState,
  usage: UsagePositionnement,
  rules: WorkflowRules,
  qualite: number,
  rng: Prng,
): PositionnementInput | null {
  const chosen = selectGrilleEtEchelle(state, usage, { rules });
  if (chosen.isErr()) return null;
  const { grille, echelle } = chosen.value;
  const notes = echelle.niveaux
    .filter((n): n is NiveauNotation => n.kind === 'notation')
    .sort((a, b) => a.rang - b.rang);
  const attendu = notes.findIndex((n) => n.code === echelle.attendu);
  // A block with items is rated on its items; a block without, on its competencies (each target once).
  const cibles: ({ readonly item: string } | { readonly competence: string })[] = [];
  const vues = new Set<string>();
  for (const b of grille.blocs) {
    for (const cible of b.items.length > 0
      ? b.items.map((i) => ({ item: i.id }))
      : b.competences.map((c) => ({ competence: c }))) {
      const cle = 'item' in cible ? `item:${cible.item}` : `competence:${cible.competence}`;
      if (vues.has(cle)) continue;
      vues.add(cle);
      cibles.push(cible);
    }
  }
  const entries = cibles.map((cible) => {
    // Around the expected level for an average year; often below it for a difficult one.
    const base = attendu < 0 ? Math.floor(notes.length / 2) : attendu;
    let shift: number;
    if (qualite < 0.3) shift = rng.chance(0.65) ? -1 : 0;
    else if (qualite < 0.55 && rng.chance(0.55 - qualite)) shift = -1;
    else shift = rng.chance(qualite - 0.4) ? 1 : 0;
    const i = Math.max(0, Math.min(notes.length - 1, base + shift));
    return { ...cible, niveau: notes[i]?.code ?? echelle.attendu ?? '' };
  });
  return { grilleId: grille.id, echelleId: echelle.id, entries };
}
