/**
 * French labels of the dossier's closed vocabularies, as they appear in the spreadsheets' cells.
 *
 * @packageDocumentation
 */
import {
  type CategorieStagiaire,
  type Corps,
  corpsSecondDegre,
  type EtatDossier,
  type NatureDecision,
  type Quotite,
  type Role,
  type RoleAvis,
  type SensAvis,
  type Severity,
} from '@tremplin/core';

/** Label of each workflow state. */
export const LIBELLES_ETAT: Readonly<Record<EtatDossier, string>> = {
  ouvert: 'Ouvert',
  'nomination-reportee': 'Nomination reportée',
  'en-stage': 'En stage',
  'devant-jury': 'Devant le jury',
  'prolongation-master': 'Prolongation (master)',
  titularise: 'Titularisé',
  licencie: 'Licencié',
  reintegre: 'Réintégré',
  demissionnaire: 'Démissionnaire',
};

/** Label of each role, as a column value. */
export const LIBELLES_ROLE: Readonly<Record<Role, string>> = {
  stagiaire: 'Stagiaire',
  tuteur: 'Tuteur',
  'chef-etablissement': 'Chef d’établissement',
  inspecteur: 'Inspecteur',
  'formateur-inspe': 'Formateur INSPÉ',
  'directeur-inspe': 'Directeur INSPÉ',
  jury: 'Jury',
  rectorat: 'Rectorat',
};

/** Label of each alert severity. */
export const LIBELLES_GRAVITE: Readonly<Record<Severity, string>> = {
  critical: 'Critique',
  warning: 'Attention',
  info: 'Information',
};

/** Label of each sense of avis. */
export const LIBELLES_SENS_AVIS: Readonly<Record<SensAvis, string>> = {
  favorable: 'Favorable',
  defavorable: 'Défavorable',
};

/** Label of each role whose avis the jury reads (arrêté du 22 août 2014, art. 5). */
export const LIBELLES_ROLE_AVIS: Readonly<Record<RoleAvis, string>> = {
  inspecteur: 'Inspecteur',
  'chef-etablissement': 'Chef d’établissement',
  'directeur-inspe': 'Directeur de l’INSPÉ',
};

/** Label of each category of stagiaire. */
export const LIBELLES_CATEGORIE: Readonly<Record<CategorieStagiaire, string>> = {
  'master-meef': 'Master MEEF',
  'experience-enseignement': 'Expérience d’enseignement',
  'autre-master': 'Autre master',
  detache: 'Détaché',
  'ue-qualifie': 'Qualifié UE/EEE',
};

/** Label of each quotité. */
export const LIBELLES_QUOTITE: Readonly<Record<Quotite, string>> = {
  'temps-plein': 'Temps plein',
  'mi-temps': 'Mi-temps',
};

/** Label of each decision on a year of stage. */
export const LIBELLES_DECISION: Readonly<Record<NatureDecision, string>> = {
  titularisation: 'Titularisation',
  renouvellement: 'Renouvellement',
  'prolongation-master': 'Prolongation (master)',
  licenciement: 'Licenciement',
  reintegration: 'Réintégration',
};

/**
 * The label of a corps, from the référentiel's list (`corpsSecondDegre`).
 *
 * @param corps - the corps.
 * @returns e.g. `Professeur certifié`.
 */
export function formatLibelleCorps(corps: Corps): string {
  return corpsSecondDegre.find((c) => c.corps === corps)?.label ?? corps;
}
