/**
 * Temps partiel and the length of the stage: the periods served at a quotité, the days they add to the stage
 * (« à due proportion »), and the stage time they leave unserved (for the half of the stage).
 *
 * @packageDocumentation
 */
import type { NatureTempsPartiel } from '../dossier/chaine.js';
import type { DossierState, PeriodeTempsPartiel } from '../dossier/state.js';
import { countJoursCommuns } from './dates.js';
import type { WorkflowRules } from './rules.js';

/**
 * A period of temps partiel as counted in a window of the stage.
 *
 * @category Workflow
 */
export interface PeriodeTempsPartielComptee {
  readonly periodeId: string;
  readonly nature: NatureTempsPartiel;
  /** Share of a full-time service, in percent. */
  readonly quotite: number;
  readonly debut: string;
  readonly fin: string;
  /** Days of the period inside the window, days on leave excluded. */
  readonly jours: number;
  /** Whether this nature lengthens the stage (`rules.tempsPartiel`). */
  readonly allonge: boolean;
  /** Days added to the stage, not rounded: `jours × (100 − quotité) / quotité`; 0 when the nature does not lengthen. */
  readonly joursAjoutes: number;
  /** Stage time not served, not rounded: `jours × (100 − quotité) / 100`; 0 when the nature does not lengthen. */
  readonly joursNonEffectues: number;
}

function laterOf(x: string, y: string): string {
  return x > y ? x : y;
}

function earlierOf(x: string, y: string): string {
  return x < y ? x : y;
}

/** Days of a period inside `[de, a]` that are not also days of leave (leave is counted by its own rule). */
function countJoursHorsConges(
  periode: PeriodeTempsPartiel,
  conges: DossierState['conges'],
  de: string,
  a: string | null,
): number {
  let jours = countJoursCommuns(periode.debut, periode.fin, de, a);
  for (const conge of conges) {
    jours -= countJoursCommuns(laterOf(conge.debut, periode.debut), earlierOf(conge.fin, periode.fin), de, a);
  }
  return Math.max(0, jours);
}

/**
 * The periods of temps partiel that fall in a window of the stage, each with the days it adds to the stage and
 * the stage time it leaves unserved.
 *
 * Days of a period that are also days of leave are left out: leave is counted by its own rule (a day is either
 * leave or service). Periods of a nature that does not lengthen the stage (temps partiel thérapeutique) are
 * listed with 0 added days.
 *
 * @param state - the dossier.
 * @param rules - the rules (`tempsPartiel`: which natures lengthen the stage).
 * @param de - first day of the window (e.g. the start of the current year of stage).
 * @param a - last day of the window, included (null: no end).
 * @returns the periods with at least one day in the window, in the order recorded.
 * @remarks Décret n° 94-874 art. 15: the stage « est augmentée pour tenir compte à due proportion du rapport
 * existant entre la durée hebdomadaire du service effectué et la durée résultant des obligations hebdomadaires
 * du service fixées pour les agents travaillant à temps plein » (temps partiel sur autorisation or de droit).
 * Art. 24 bis: temps partiel thérapeutique counts « pour l'intégralité de sa durée effective ». Leaving leave days
 * out is an interpretation, not a text.
 * @category Workflow
 */
export function listPeriodesTempsPartiel(
  state: DossierState,
  rules: WorkflowRules,
  de: string,
  a: string | null,
): PeriodeTempsPartielComptee[] {
  const comptees: PeriodeTempsPartielComptee[] = [];
  for (const periode of state.tempsPartiel) {
    const jours = countJoursHorsConges(periode, state.conges, de, a);
    if (jours === 0) continue;
    const allonge = rules.tempsPartiel.valeur[periode.nature].allonge;
    const manque = 100 - periode.quotite;
    comptees.push({
      periodeId: periode.periodeId,
      nature: periode.nature,
      quotite: periode.quotite,
      debut: periode.debut,
      fin: periode.fin,
      jours,
      allonge,
      joursAjoutes: allonge ? (jours * manque) / periode.quotite : 0,
      joursNonEffectues: allonge ? (jours * manque) / 100 : 0,
    });
  }
  return comptees;
}

/**
 * The days temps partiel adds to the stage: for each period of a nature that lengthens the stage, D days at
 * quotité q % add D × (100/q − 1) days; the exact amounts are summed over the periods, then rounded once to the
 * nearest day (halves up; floating-point dust below a millionth of a day is ignored). A whole year (365 days) at
 * 80 % adds 91 days (91.25), about three months; two months (61 days) at 50 % add 61 days.
 *
 * @param periodes - the periods counted (from {@link listPeriodesTempsPartiel}).
 * @returns the whole number of days added.
 * @remarks Décret n° 94-874 art. 15 (« à due proportion »); the rounding is ours: no text sets it.
 * @example
 * ```ts
 * sumJoursAjoutes(listPeriodesTempsPartiel(state, nationalWorkflowRules, '2022-09-01', null));
 * // 91 for a period 2022-09-01 → 2023-08-31 at 80 %
 * ```
 * @category Workflow
 */
export function sumJoursAjoutes(periodes: readonly PeriodeTempsPartielComptee[]): number {
  const exact = periodes.reduce((s, p) => s + p.joursAjoutes, 0);
  return Math.round(Math.round(exact * 1e6) / 1e6);
}

/**
 * The stage time temps partiel leaves unserved in a window, not rounded: a day at 80 % counts 0.8 day of stage,
 * so it leaves 0.2 day unserved. Temps partiel thérapeutique counts in full (nothing unserved).
 *
 * @param state - the dossier.
 * @param rules - the rules (`tempsPartiel`).
 * @param de - first day of the window.
 * @param a - last day of the window, included.
 * @returns the fractional days not served.
 * @remarks Décret n° 94-874 art. 15 (a period at a quotité is stage time « à due proportion »), art. 24 bis.
 * @category Workflow
 */
export function countJoursTempsPartielNonEffectues(
  state: DossierState,
  rules: WorkflowRules,
  de: string,
  a: string,
): number {
  return listPeriodesTempsPartiel(state, rules, de, a).reduce((s, p) => s + p.joursNonEffectues, 0);
}
