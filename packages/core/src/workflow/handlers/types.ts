/**
 * The shape of a decision handler and of a guard: a handler chooses the target state and builds the events; the
 * guards the transition table lists for that edge give every reason to refuse.
 *
 * @packageDocumentation
 */
import type { DossierEvent } from '../../dossier/events.js';
import type { EtatDossier } from '../../dossier/state.js';
import type { RefusalReason } from '../../errors.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';

/**
 * The commands that change the workflow state or pass through its chain of acts (handled by the registry).
 *
 * @category Workflow
 */
export const typesDecision = [
  'nomination.prononcer',
  'jury.saisir',
  'jury.deliberer',
  'recteur.saisir',
  'ministre.saisir',
  'decision.prononcer',
  'commission.rendre-avis',
  'discipline.engager',
  'sanction.prononcer',
  'avis-medical.enregistrer',
  'demission.accepter',
  'enregistrement.annuler',
  'enregistrement.corriger',
] as const;

/**
 * A command of the chain of decisions.
 *
 * @category Workflow
 */
export type TypeDecision = (typeof typesDecision)[number];

/**
 * A command handled by the registry.
 *
 * @category Workflow
 */
export type CommandeDecision = CommandOf<TypeDecision>;

/**
 * One handler: the target state of the command on this dossier, and the events it records.
 *
 * @category Workflow
 */
export interface Handler<T extends TypeDecision> {
  readonly cible: (c: CommandOf<T>, e: Entrees) => EtatDossier;
  readonly emettre: (c: CommandOf<T>, e: Entrees) => DossierEvent[];
}

/**
 * A named condition of the texts: every reason it finds to refuse the command, each with its source.
 *
 * @category Workflow
 */
export type Garde<T extends TypeDecision = TypeDecision> = (
  c: CommandOf<T>,
  e: Entrees,
) => readonly RefusalReason[];
