/**
 * French labels of roles and records, for messages.
 *
 * @packageDocumentation
 */
import type { Role } from '../dossier/acteurs.js';
import type { NatureBilan } from '../dossier/vocabulaire.js';

/**
 * « du tuteur », « du chef d'établissement »…
 *
 * @category Alertes
 */
export const DU_ROLE: Readonly<Record<Role, string>> = {
  stagiaire: 'du stagiaire',
  tuteur: 'du tuteur',
  'chef-etablissement': 'du chef d’établissement',
  inspecteur: 'de l’inspecteur',
  'formateur-inspe': 'du formateur de l’INSPÉ',
  'directeur-inspe': 'du directeur de l’INSPÉ',
  jury: 'du jury',
  rectorat: 'du rectorat',
  ministre: 'du ministre',
  'inspecteur-general': 'de l’inspecteur général',
  cap: 'de la commission administrative paritaire',
  'conseil-discipline': 'du conseil de discipline',
  'conseil-medical': 'du conseil médical',
};

/**
 * « intermédiaire », « final ».
 *
 * @category Alertes
 */
export const BILAN: Readonly<Record<NatureBilan, string>> = {
  intermediaire: 'intermédiaire',
  final: 'final',
};
