/**
 * French labels of the core's codes, for people (JSON output keeps the codes).
 *
 * @packageDocumentation
 */

import type {
  Decision,
  EtatDossier,
  Fonction,
  NatureConge,
  NatureDecision,
  PropositionJury,
  Role,
} from '@tremplin/core';
import {
  type Autorite,
  type CategorieStagiaire,
  type Confidence,
  type ConstatJury,
  type Corps,
  corpsSecondDegre,
  type FamilleCompetence,
  findAcademie,
  type StatutDonnee,
  type UsageEchelle,
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

const labelDuCorps = (corps: Corps): string =>
  (corpsSecondDegre.find((c) => c.corps === corps)?.label ?? corps).replace(/^./, (c) => c.toLowerCase());

/**
 * Labels of the corps, as the core names them (« professeur certifié »…); the professeurs documentalistes are
 * certifiés: see {@link FONCTION_LABEL}.
 */
export const CORPS_LABEL: Readonly<Record<Corps, string>> = {
  certifie: labelDuCorps('certifie'),
  agrege: labelDuCorps('agrege'),
  plp: labelDuCorps('plp'),
  eps: labelDuCorps('eps'),
  cpe: labelDuCorps('cpe'),
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

/** The roles after « du », « de l’ »: « bilan final du tuteur », « avis de l’inspecteur ». */
export const ROLE_DE_LABEL: Readonly<Record<Role, string>> = {
  stagiaire: 'du stagiaire',
  tuteur: 'du tuteur',
  'chef-etablissement': 'du chef d’établissement',
  inspecteur: 'de l’inspecteur',
  'formateur-inspe': 'du formateur INSPÉ',
  'directeur-inspe': 'du directeur de l’INSPÉ',
  jury: 'du jury académique',
  rectorat: 'du rectorat',
  ministre: 'du ministre',
  'inspecteur-general': 'de l’inspecteur général',
  cap: 'de la commission administrative paritaire',
  'conseil-discipline': 'du conseil de discipline',
  'conseil-medical': 'du conseil médical',
};

/**
 * The label of a role code, or the code itself when unknown.
 *
 * @param role - a role code.
 * @returns e.g. « chef d’établissement ».
 */
export function roleLabel(role: string): string {
  return (ROLE_LABEL as Readonly<Record<string, string>>)[role] ?? role;
}

/** Labels of the kinds of bilan. */
export const BILAN_LABEL: Readonly<Record<string, string>> = {
  intermediaire: 'bilan intermédiaire',
  final: 'bilan final',
};

/** Labels of the way an avis goes. */
export const SENS_AVIS_LABEL: Readonly<Record<string, string>> = {
  favorable: 'favorable',
  defavorable: 'défavorable',
};

/** Labels of the quotités of service. */
export const QUOTITE_LABEL: Readonly<Record<string, string>> = {
  'temps-plein': 'temps plein',
  'mi-temps': 'mi-temps',
};

/** Labels of the categories of stagiaires (circulaire du 13 juillet 2022, NOR MENH2218500C). */
export const CATEGORIE_LABEL: Readonly<Record<CategorieStagiaire, string>> = {
  'master-meef': 'titulaire d’un master MEEF',
  'experience-enseignement': 'expérience d’enseignement',
  'autre-master': 'titulaire d’un autre master',
  detache: 'fonctionnaire détaché',
  'ue-qualifie': 'qualifié par un titre de l’Union européenne',
};

/**
 * The académie as people name it (« Réunion », « Lyon »), from the core's list of académies.
 *
 * @param code - the académie's code in the dossiers (`reunion`).
 * @returns its name, or the code when the core does not know it.
 */
export function academieLabel(code: string): string {
  return findAcademie(code)?.nom ?? code;
}

/** Labels of the layers of rule packs (« couche nationale »…). */
export const COUCHE_LABEL: Readonly<Record<string, string>> = {
  national: 'nationale',
  academie: 'académique',
  etablissement: 'de l’établissement',
};

/** Labels of how sure the core is of a source. */
export const CONFIANCE_LABEL: Readonly<Record<Confidence, string>> = {
  verified: 'vérifiée',
  secondary: 'source secondaire',
  unverified: 'non vérifiée',
};

/** Labels of where a grid, a scale or a level comes from. */
export const STATUT_DONNEE_LABEL: Readonly<Record<StatutDonnee, string>> = {
  verified: 'lue dans un texte officiel',
  academie: 'établie par l’académie',
  assumption: 'non vérifiée (reconstituée par Tremplin)',
};

/** Labels of the families of competencies (the parts of the référentiel 2013's annex). */
export const FAMILLE_LABEL: Readonly<Record<FamilleCompetence, string>> = {
  commune: 'commune aux professeurs et personnels d’éducation',
  professeur: 'commune aux professeurs',
  documentaliste: 'professeurs documentalistes',
  cpe: 'conseillers principaux d’éducation',
};

/** Labels of what a scale is used for. */
export const USAGE_ECHELLE_LABEL: Readonly<Record<UsageEchelle, string>> = {
  'bilan-intermediaire': 'bilan intermédiaire',
  'bilan-final': 'bilan final',
  'degres-acquisition': 'degrés d’acquisition',
  acquisition: 'acquisition',
  avis: 'avis',
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
  'due-soon': 'proche',
  overdue: 'en retard',
  done: 'faite',
};

/** Labels of the alert severities. */
export const GRAVITE: Readonly<Record<string, string>> = {
  critical: 'critique',
  warning: 'avertissement',
  info: 'information',
};

/**
 * A label from a table, or the code itself when the table does not know it.
 *
 * @param labels - the table.
 * @param code - the code.
 * @returns the label.
 */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}
