/**
 * French labels of the core's codes, for people (JSON output keeps the codes).
 *
 * @packageDocumentation
 */
import type {
  Autorite,
  ConstatJury,
  Corps,
  Decision,
  EtatDossier,
  Fonction,
  NatureConge,
  NatureDecision,
  PropositionJury,
  Role,
} from '@tremplin/core';

/** Labels of the workflow states. */
export const ETAT_LABEL: Readonly<Record<EtatDossier, string>> = {
  ouvert: 'ouvert (non nommé)',
  'nomination-reportee': 'nomination reportée',
  'en-stage': 'en stage',
  'devant-jury': 'devant le jury',
  'devant-recteur': 'en attente de l’acte du recteur',
  'devant-ministre': 'dossier transmis au ministre',
  'prolongation-master': 'prolongé (master)',
  titularise: 'titularisé',
  licencie: 'licencié',
  reintegre: 'réintégré',
  exclu: 'exclusion définitive',
  demissionnaire: 'démissionnaire',
};

/** Labels of the corps (the professeurs documentalistes are certifiés: see {@link FONCTION_LABEL}). */
export const CORPS_LABEL: Readonly<Record<Corps, string>> = {
  certifie: 'certifié',
  agrege: 'agrégé',
  plp: 'PLP',
  eps: 'EPS',
  cpe: 'CPE',
};

/**
 * Labels of the fonctions within a corps.
 *
 * @remarks Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1: CAPES « Section documentation ».
 */
export const FONCTION_LABEL: Readonly<Record<Fonction, string>> = {
  enseignant: 'enseignant',
  documentaliste: 'professeur documentaliste',
  cpe: 'conseiller principal d’éducation',
};

/** Labels of the roles in which people act on a dossier. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  stagiaire: 'stagiaire',
  tuteur: 'tuteur',
  'chef-etablissement': 'chef d’établissement',
  inspecteur: 'inspecteur',
  'formateur-inspe': 'formateur INSPÉ',
  'directeur-inspe': 'directeur de l’INSPÉ',
  jury: 'jury académique',
  rectorat: 'rectorat',
  ministre: 'ministre',
  'inspecteur-general': 'inspecteur général',
  cap: 'commission administrative paritaire',
  'conseil-discipline': 'conseil de discipline',
  'conseil-medical': 'conseil médical',
};

/** Labels of the kinds of leave. */
export const CONGE_LABEL: Readonly<Record<NatureConge, string>> = {
  'maladie-ordinaire': 'congé de maladie ordinaire',
  'longue-maladie': 'congé de longue maladie',
  'longue-duree': 'congé de longue durée',
  citis: 'congé pour invalidité temporaire imputable au service (CITIS)',
  maternite: 'congé de maternité',
  paternite: 'congé de paternité',
  adoption: 'congé d’adoption',
  'sans-traitement-convenances': 'congé sans traitement (convenances personnelles)',
  'sans-traitement-inaptitude': 'congé sans traitement (inaptitude)',
  parental: 'congé parental',
  'presence-parentale': 'congé de présence parentale',
  'accompagnement-fin-de-vie': 'congé d’accompagnement d’une personne en fin de vie',
  suspension: 'suspension',
};

/** Labels of what the jury finds (arrêté MENH1411675A art. 4 and 9). */
export const CONSTAT_LABEL: Readonly<Record<ConstatJury, string>> = {
  apte: 'apte',
  inapte: 'inapte',
  'non-evalue': 'non évalué (session suivante)',
};

/** Labels of what the jury proposes. */
export const PROPOSITION_LABEL: Readonly<Record<PropositionJury, string>> = {
  titularisation: 'titularisation',
  renouvellement: 'renouvellement du stage',
  licenciement: 'licenciement',
  reintegration: 'réintégration',
};

/** Labels of the authorities that sign the acts. */
export const AUTORITE_LABEL: Readonly<Record<Autorite, string>> = {
  recteur: 'acte du recteur',
  'vice-recteur': 'acte du vice-recteur',
  ministre: 'acte du ministre',
};

/**
 * Who took a decision, for people: the recteur, the vice-recteur or the ministre. A decision recorded before
 * Tremplin 0.2 (`instance: 'jury'`) was the recteur's act on the jury's proposition, recorded as one.
 *
 * @param decision - a decision of the dossier.
 * @returns e.g. `acte du recteur`.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9.
 */
export function auteurDecisionLabel(decision: Pick<Decision, 'instance'>): string {
  return decision.instance === 'jury'
    ? 'acte du recteur sur proposition du jury (enregistrement antérieur à la version 0.2)'
    : AUTORITE_LABEL[decision.instance];
}

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
