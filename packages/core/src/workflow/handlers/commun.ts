/**
 * What several handlers compute: the effect of leave and temps partiel on the current year, the frozen view.
 *
 * @packageDocumentation
 */
import { getAnneeCourante } from '../../dossier/annee.js';
import { computeEmpreinte } from '../../dossier/empreinte.js';
import { freezeVueJury } from '../../dossier/instantane.js';
import type { InstantaneJury } from '../../dossier/instantane-schema.js';
import { computeEffetConges, type EffetConges } from '../conges.js';
import type { Entrees } from '../contexte-decision.js';
import { computeFinDePeriode } from '../dates.js';

/**
 * The effect of leave and temps partiel on the current year, or the year as planned when the stage has not
 * started (kept total for the types; decisions are taken on a started stage).
 *
 * @category Workflow
 */
export function computeEffet(e: Entrees): EffetConges {
  const rules = e.ctx.rules;
  const effet = computeEffetConges(e.state, rules);
  if (effet !== null) return effet;
  const debut = e.state.identite.dateNominationPrevue;
  const fin = computeFinDePeriode(debut, rules.dureeStageMois.valeur);
  return {
    annee: getAnneeCourante(e.state),
    dateDebut: debut,
    dateFinStatutaire: fin,
    joursCongesRemuneres: 0,
    joursArt22: 0,
    joursNonComptes: 0,
    joursTempsPartiel: 0,
    seuil: rules.seuilCongesRemuneresJours.valeur,
    joursProlongation: 0,
    dateFinEffective: fin,
    dateFinPourTitularisation: fin,
    explication: [],
  };
}

/**
 * The frozen view of the dossier as the deciding body sees it, with the rules it applies and, when given, the
 * fields of the act it records (so that the view's hash covers them).
 *
 * @category Workflow
 */
export function freezeVue(e: Entrees, acte?: Readonly<Record<string, unknown>>): InstantaneJury {
  const rules = e.ctx.rules;
  return freezeVueJury(e.state, { version: rules.version, empreinte: computeEmpreinte(rules) }, acte);
}
