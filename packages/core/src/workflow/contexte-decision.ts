/**
 * The shared inputs of the command handlers.
 *
 * @packageDocumentation
 */
import type { Result } from 'neverthrow';
import type { AuteurRef } from '../dossier/acteurs.js';
import type { DossierEvent } from '../dossier/events.js';
import type { DossierState } from '../dossier/state.js';
import type { PermissionDenied, Refusal, ValidationError } from '../errors.js';
import type { RuledContext } from './context.js';

/**
 * Every error `transition` returns.
 *
 * @category Workflow
 */
export type TransitionError = Refusal | PermissionDenied | ValidationError;

/**
 * What `transition` returns: the events to append, or why not.
 *
 * @category Workflow
 */
export type TransitionResult = Result<DossierEvent[], TransitionError>;

/**
 * The fields every event carries.
 *
 * @category Workflow
 */
export interface EnTete {
  readonly v: 1;
  readonly le: string;
  readonly auteur: AuteurRef;
}

/**
 * The inputs of a handler on an existing dossier.
 *
 * @category Workflow
 */
export interface Entrees {
  readonly state: DossierState;
  readonly ctx: RuledContext;
  /** The calendar day of `now` in the rules' time zone. */
  readonly jour: string;
  readonly entete: EnTete;
}
