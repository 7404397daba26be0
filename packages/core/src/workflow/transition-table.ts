/**
 * The transition table of the workflow: which command is accepted in which state, and where it leads. The
 * `transition` function refuses a command its state does not accept; the Mermaid diagram is generated from it.
 *
 * @packageDocumentation
 */
import type { EtatDossier } from '../dossier/state.js';
import type { CommandType } from './commands.js';

/**
 * The pseudo-state before a dossier exists.
 *
 * @category Workflow
 */
export type EtatOuNouveau = EtatDossier | 'nouveau';

/**
 * One row of the table: from a state, a command leads to a state (itself for a recording), under a condition.
 *
 * @category Workflow
 */
export interface LigneTransition {
  readonly de: EtatOuNouveau;
  readonly commande: CommandType;
  readonly vers: EtatDossier;
  /** What selects this target among several (e.g. the decision taken), in words; null when unique. */
  readonly condition: string | null;
}

const enregistrementsEnStage: readonly CommandType[] = [
  'affectation.modifier',
  'tuteur.designer',
  'tuteur.retirer',
  'acteur.designer',
  'autopositionnement.enregistrer',
  'visite.planifier',
  'visite.realiser',
  'visite.annuler',
  'entretien.enregistrer',
  'formation.enregistrer',
  'bilan.deposer',
  'alerte.declencher',
  'alerte.lever',
  'protocole.ouvrir',
  'protocole.clore',
  'conge.enregistrer',
  'stage.prolonger',
  'avis.emettre',
  'carnet.ecrire',
  'demission.presenter',
];

const enregistrementsAvantNomination: readonly CommandType[] = [
  'affectation.modifier',
  'tuteur.designer',
  'tuteur.retirer',
  'acteur.designer',
];

const enregistrementsDevantJury: readonly CommandType[] = [
  'jury.entendre',
  'conge.enregistrer',
  'stage.prolonger',
  'alerte.lever',
  'protocole.clore',
  'carnet.ecrire',
  'demission.presenter',
];

const enregistrementsProlongationMaster: readonly CommandType[] = [
  'affectation.modifier',
  'conge.enregistrer',
  'master.justifier',
  'carnet.ecrire',
  'demission.presenter',
];

function sur(de: EtatDossier, commandes: readonly CommandType[]): LigneTransition[] {
  return commandes.map((commande) => ({ de, commande, vers: de, condition: null }));
}

/**
 * The whole table. Rows whose `vers` equals `de` record something without changing the state.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 4–6, 9, 11; décret n° 94-874 art. 4, 5, 7, 9.
 * @category Workflow
 */
export const transitionTable: readonly LigneTransition[] = [
  { de: 'nouveau', commande: 'dossier.ouvrir', vers: 'ouvert', condition: null },
  ...sur('ouvert', enregistrementsAvantNomination),
  { de: 'ouvert', commande: 'nomination.reporter', vers: 'nomination-reportee', condition: null },
  { de: 'ouvert', commande: 'nomination.prononcer', vers: 'en-stage', condition: null },
  ...sur('nomination-reportee', enregistrementsAvantNomination),
  { de: 'nomination-reportee', commande: 'nomination.prononcer', vers: 'en-stage', condition: null },
  ...sur('en-stage', enregistrementsEnStage),
  { de: 'en-stage', commande: 'jury.saisir', vers: 'devant-jury', condition: 'dossier complet' },
  {
    de: 'en-stage',
    commande: 'recteur.decider',
    vers: 'titularise',
    condition: 'titularisation sans jury (lauréat qualifié UE)',
  },
  {
    de: 'en-stage',
    commande: 'recteur.decider',
    vers: 'licencie',
    condition: 'licenciement en cours de stage',
  },
  { de: 'en-stage', commande: 'recteur.decider', vers: 'reintegre', condition: 'réintégration d’un détaché' },
  { de: 'en-stage', commande: 'demission.accepter', vers: 'demissionnaire', condition: null },
  ...sur('devant-jury', enregistrementsDevantJury),
  { de: 'devant-jury', commande: 'jury.deliberer', vers: 'titularise', condition: 'titularisation' },
  { de: 'devant-jury', commande: 'jury.deliberer', vers: 'en-stage', condition: 'renouvellement (une fois)' },
  {
    de: 'devant-jury',
    commande: 'jury.deliberer',
    vers: 'prolongation-master',
    condition: 'prolongation (master)',
  },
  { de: 'devant-jury', commande: 'jury.deliberer', vers: 'licencie', condition: 'licenciement' },
  {
    de: 'devant-jury',
    commande: 'jury.deliberer',
    vers: 'reintegre',
    condition: 'réintégration d’un détaché',
  },
  { de: 'devant-jury', commande: 'demission.accepter', vers: 'demissionnaire', condition: null },
  ...sur('prolongation-master', enregistrementsProlongationMaster),
  {
    de: 'prolongation-master',
    commande: 'recteur.decider',
    vers: 'titularise',
    condition: 'master justifié',
  },
  {
    de: 'prolongation-master',
    commande: 'recteur.decider',
    vers: 'licencie',
    condition: 'master non justifié',
  },
  {
    de: 'prolongation-master',
    commande: 'recteur.decider',
    vers: 'reintegre',
    condition: 'master non justifié (détaché)',
  },
  { de: 'prolongation-master', commande: 'demission.accepter', vers: 'demissionnaire', condition: null },
];

const acceptees = new Map<EtatOuNouveau, Set<CommandType>>();
for (const ligne of transitionTable) {
  const set = acceptees.get(ligne.de) ?? new Set<CommandType>();
  set.add(ligne.commande);
  acceptees.set(ligne.de, set);
}

/**
 * Whether a state accepts a command.
 *
 * @param etat - a workflow state (or `nouveau`).
 * @param commande - a command type.
 * @returns true when the table has a row for them.
 * @category Workflow
 */
export function isCommandeAcceptee(etat: EtatOuNouveau, commande: CommandType): boolean {
  return acceptees.get(etat)?.has(commande) ?? false;
}

/**
 * The states a command may lead to from a state.
 *
 * @param etat - a workflow state (or `nouveau`).
 * @param commande - a command type.
 * @returns the possible targets (empty when the command is not accepted).
 * @category Workflow
 */
export function listEtatsAtteignables(etat: EtatOuNouveau, commande: CommandType): EtatDossier[] {
  return transitionTable.filter((l) => l.de === etat && l.commande === commande).map((l) => l.vers);
}

/**
 * The states in which a command is accepted.
 *
 * @param commande - a command type.
 * @returns the states, in table order.
 * @category Workflow
 */
export function listEtatsAcceptant(commande: CommandType): EtatOuNouveau[] {
  return [...new Set(transitionTable.filter((l) => l.commande === commande).map((l) => l.de))];
}
