/**
 * The transition table of the workflow: which command is accepted in which state, and where it leads. The
 * `transition` function refuses a command its state does not accept; the Mermaid diagram is generated from it.
 *
 * @packageDocumentation
 */
import { type EtatDossier, etatsDossier } from '../dossier/state.js';
import type { CommandType } from './commands.js';
import type { GardeId } from './gardes/index.js';

/**
 * The pseudo-state before a dossier exists.
 *
 * @category Workflow
 */
export type EtatOuNouveau = EtatDossier | 'nouveau';

/**
 * One row of the table: from a state, a command leads to a state (itself for a recording), under a condition,
 * checked by the named guards (see `gardes`).
 *
 * @category Workflow
 */
export interface LigneTransition {
  readonly de: EtatOuNouveau;
  readonly commande: CommandType;
  readonly vers: EtatDossier;
  /** What selects this target among several (e.g. the decision taken), in words; null when unique. */
  readonly condition: string | null;
  /** The guards that must pass on this edge (recordings check their own conditions: empty). */
  readonly gardes: readonly GardeId[];
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
  'temps-partiel.enregistrer',
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
  'temps-partiel.enregistrer',
  'stage.prolonger',
  'alerte.lever',
  'protocole.clore',
  'carnet.ecrire',
  'demission.presenter',
];

const enregistrementsDevantAutorite: readonly CommandType[] = [
  'conge.enregistrer',
  'carnet.ecrire',
  'demission.presenter',
  'master.justifier',
];

const enregistrementsProlongationMaster: readonly CommandType[] = [
  'affectation.modifier',
  'conge.enregistrer',
  'master.justifier',
  'carnet.ecrire',
  'demission.presenter',
];

function sur(de: EtatDossier, commandes: readonly CommandType[]): LigneTransition[] {
  return commandes.map((commande) => ({ de, commande, vers: de, condition: null, gardes: [] }));
}

function ligne(
  de: EtatOuNouveau,
  commande: CommandType,
  vers: EtatDossier,
  condition: string | null,
  gardes: readonly GardeId[],
): LigneTransition {
  return { de, commande, vers, condition, gardes };
}

/** The commission's avis, the discipline and the medical body, recorded in a state without changing it. */
function chaineSur(de: EtatDossier): LigneTransition[] {
  return [
    ligne(de, 'commission.rendre-avis', de, null, ['date.non-future', 'commission.avis']),
    ligne(de, 'discipline.engager', de, null, ['date.non-future', 'discipline.engagement']),
    ligne(de, 'sanction.prononcer', de, 'avertissement, blâme, exclusion temporaire, déplacement d’office', [
      'date.non-future',
      'sanction',
    ]),
    ligne(de, 'sanction.prononcer', 'exclu', 'exclusion définitive de service', [
      'date.non-future',
      'sanction',
    ]),
    ligne(de, 'avis-medical.enregistrer', de, null, ['date.non-future', 'medical.instance']),
    ligne(de, 'demission.accepter', 'demissionnaire', null, ['demission.en-attente']),
  ];
}

/** The audit entries of the register of persons (RGPD arts 16–17), accepted in every state. */
const registrePersonnes: readonly CommandType[] = ['identite.rectifier', 'identite.effacer'];

const ACTE: readonly GardeId[] = ['date.non-future', 'decision.acte'];

/**
 * Cancelling or correcting a recording, in a state where the year's recordings may still change (before the
 * jury's or the recteur's frozen view; the guard checks the year of the recording). Before the jury, a
 * recording is corrected only.
 */
function correctionsSur(de: EtatDossier): LigneTransition[] {
  return [
    ligne(de, 'enregistrement.annuler', de, null, ['correction.enregistrement']),
    ligne(de, 'enregistrement.corriger', de, null, ['correction.enregistrement', 'correction.remplacement']),
  ];
}

/**
 * The whole table. Rows whose `vers` equals `de` record something without changing the state.
 *
 * @remarks Arrêté MENH1411675A art. 4–6, 9, 11; arrêté MENH1411677A art. 4–7; décret n° 94-874 art. 4, 5, 7, 9,
 * 10, 13, 24.
 * @category Workflow
 */
export const transitionTable: readonly LigneTransition[] = [
  ligne('nouveau', 'dossier.ouvrir', 'ouvert', null, []),
  ...sur('ouvert', enregistrementsAvantNomination),
  ...correctionsSur('ouvert'),
  ligne('ouvert', 'nomination.reporter', 'nomination-reportee', null, []),
  ligne('ouvert', 'nomination.prononcer', 'en-stage', null, ['nomination.report']),
  ...sur('nomination-reportee', enregistrementsAvantNomination),
  ...correctionsSur('nomination-reportee'),
  ligne('nomination-reportee', 'nomination.prononcer', 'en-stage', null, ['nomination.report']),
  ...sur('en-stage', enregistrementsEnStage),
  ...correctionsSur('en-stage'),
  ligne('en-stage', 'jury.saisir', 'devant-jury', 'dossier complet', [
    'date.non-future',
    'jury.avec-jury',
    'dossier.pieces',
  ]),
  ligne('en-stage', 'recteur.saisir', 'devant-recteur', 'agrégé : avis et rapports au recteur', [
    'date.non-future',
    'recteur.saisine',
    'dossier.pieces',
  ]),
  ligne('en-stage', 'decision.prononcer', 'titularise', 'lauréat qualifié UE, sans jury', [
    ...ACTE,
    'decision.en-cours-de-stage',
    'dossier.pieces',
  ]),
  ligne('en-stage', 'decision.prononcer', 'licencie', 'licenciement en cours de stage', [
    ...ACTE,
    'decision.en-cours-de-stage',
  ]),
  ligne('en-stage', 'decision.prononcer', 'reintegre', 'réintégration d’un détaché en cours de stage', [
    ...ACTE,
    'decision.en-cours-de-stage',
  ]),
  ...chaineSur('en-stage'),
  ...sur('devant-jury', enregistrementsDevantJury),
  // Seized on a complete dossier, the jury reads corrected recordings, never fewer.
  ligne('devant-jury', 'enregistrement.corriger', 'devant-jury', null, [
    'correction.enregistrement',
    'correction.remplacement',
  ]),
  ligne('devant-jury', 'jury.deliberer', 'devant-recteur', 'apte ou inapte : proposition au recteur', [
    'jury.composition',
    'jury.constat',
    'jury.entretien',
    'jury.renouvellement',
  ]),
  ligne('devant-jury', 'jury.deliberer', 'en-stage', 'non évalué : session suivante', [
    'jury.composition',
    'jury.constat',
  ]),
  ...chaineSur('devant-jury'),
  ...sur('devant-recteur', enregistrementsDevantAutorite),
  ligne('devant-recteur', 'decision.prononcer', 'titularise', 'titularisation', [
    ...ACTE,
    'decision.evaluation',
    'decision.master',
  ]),
  ligne('devant-recteur', 'decision.prononcer', 'en-stage', 'seconde année de stage', [
    ...ACTE,
    'decision.evaluation',
  ]),
  ligne('devant-recteur', 'decision.prononcer', 'prolongation-master', 'prolongation pour master', [
    ...ACTE,
    'decision.evaluation',
    'decision.master',
  ]),
  ligne('devant-recteur', 'ministre.saisir', 'devant-ministre', 'ni titularisé ni renouvelé', [
    'date.non-future',
    'ministre.saisine',
  ]),
  ...chaineSur('devant-recteur'),
  ...sur(
    'devant-ministre',
    enregistrementsDevantAutorite.filter((c) => c !== 'master.justifier'),
  ),
  ligne('devant-ministre', 'decision.prononcer', 'licencie', 'licenciement', [...ACTE, 'decision.ministre']),
  ligne('devant-ministre', 'decision.prononcer', 'reintegre', 'réintégration d’un détaché', [
    ...ACTE,
    'decision.ministre',
  ]),
  ...chaineSur('devant-ministre'),
  ...sur('prolongation-master', enregistrementsProlongationMaster),
  ligne('prolongation-master', 'decision.prononcer', 'titularise', 'master justifié', [
    ...ACTE,
    'decision.fin-prolongation',
  ]),
  ligne('prolongation-master', 'ministre.saisir', 'devant-ministre', 'master non justifié', [
    'date.non-future',
    'ministre.saisine',
  ]),
  ...chaineSur('prolongation-master'),
  // The register of persons is rectified or erased in every state, after the stage too (RGPD arts 16–17).
  ...etatsDossier.flatMap((etat) => sur(etat, registrePersonnes)),
];

/**
 * The row of the table for a command leading from a state to a target, if any.
 *
 * @param de - the current state.
 * @param commande - the command type.
 * @param vers - the target the handler chose.
 * @category Workflow
 */
export function findLigne(
  de: EtatOuNouveau,
  commande: CommandType,
  vers: EtatDossier,
): LigneTransition | null {
  return transitionTable.find((l) => l.de === de && l.commande === commande && l.vers === vers) ?? null;
}

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
