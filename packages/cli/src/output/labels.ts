/**
 * French labels of the core's codes, for people (JSON output keeps the codes).
 *
 * @packageDocumentation
 */
import type { Corps, EtatDossier, NatureDecision } from '@tremplin/core';

/** Labels of the workflow states. */
export const ETAT_LABEL: Readonly<Record<EtatDossier, string>> = {
  ouvert: 'ouvert (non nommé)',
  'nomination-reportee': 'nomination reportée',
  'en-stage': 'en stage',
  'devant-jury': 'devant le jury',
  'prolongation-master': 'prolongé (master)',
  titularise: 'titularisé',
  licencie: 'licencié',
  reintegre: 'réintégré',
  demissionnaire: 'démissionnaire',
};

/** Labels of the corps. */
export const CORPS_LABEL: Readonly<Record<Corps, string>> = {
  certifie: 'certifié',
  agrege: 'agrégé',
  plp: 'PLP',
  eps: 'EPS',
  documentaliste: 'professeur documentaliste',
  cpe: 'CPE',
};

/** Labels of the decisions. */
export const DECISION_LABEL: Readonly<Record<NatureDecision, string>> = {
  titularisation: 'titularisation',
  renouvellement: 'renouvellement',
  'prolongation-master': 'prolongation (master)',
  licenciement: 'licenciement',
  reintegration: 'réintégration',
};

/**
 * The label of a state code, or the code itself when unknown.
 *
 * @param etat - a state code as a store lists it.
 * @returns its label.
 */
export function etatLabel(etat: string): string {
  return (ETAT_LABEL as Readonly<Record<string, string>>)[etat] ?? etat;
}

/**
 * The label of a corps code.
 *
 * @param corps - a corps code.
 * @returns its label.
 */
export function corpsLabel(corps: string): string {
  return (CORPS_LABEL as Readonly<Record<string, string>>)[corps] ?? corps;
}

/** Labels of the deadline statuses. */
export const STATUT_ECHEANCE: Readonly<Record<string, string>> = {
  upcoming: 'à venir',
  'due-soon': 'bientôt due',
  overdue: 'en retard',
  done: 'faite',
};

/** Labels of the alert severities. */
export const GRAVITE: Readonly<Record<string, string>> = {
  critical: 'critique',
  warning: 'attention',
  info: 'information',
};
