/**
 * Constructors of the error values stores return, with their French messages, so every adapter words
 * them alike.
 *
 * @packageDocumentation
 */
import type { ConflictError, Issue, NotFoundError, StoreFailure, ValidationError } from '../errors.js';

/**
 * Builds a `StoreFailure`.
 *
 * @param code - the failure's kind.
 * @param message - what failed, in French.
 * @param cause - the driver's error, kept for logs.
 * @returns the failure.
 */
export function storeFailure(code: StoreFailure['code'], message: string, cause?: unknown): StoreFailure {
  return cause === undefined ? { kind: 'store', code, message } : { kind: 'store', code, message, cause };
}

/**
 * The failure every method of a closed store returns.
 *
 * @returns a `StoreFailure` with code `closed`.
 */
export function closedStoreFailure(): StoreFailure {
  return storeFailure('closed', 'Le stockage est fermé.');
}

/**
 * Builds the `ConflictError` of an append whose expected sequence is not the dossier's last.
 *
 * @param dossierId - the dossier.
 * @param expectedSequence - what the writer expected.
 * @param actualSequence - the dossier's last sequence.
 * @returns the conflict.
 */
export function sequenceConflict(
  dossierId: string,
  expectedSequence: number,
  actualSequence: number,
): ConflictError {
  return {
    kind: 'conflict',
    message: `Le dossier ${JSON.stringify(dossierId)} est à la séquence ${actualSequence}, pas ${expectedSequence} : relire le dossier puis rejouer la commande.`,
    dossierId,
    expectedSequence,
    actualSequence,
  };
}

/**
 * Builds the `NotFoundError` of a dossier without events.
 *
 * @param dossierId - the dossier.
 * @returns the error.
 */
export function dossierNotFound(dossierId: string): NotFoundError {
  return { kind: 'not-found', message: `Aucun dossier ${JSON.stringify(dossierId)}.`, id: dossierId };
}

/**
 * Builds a `ValidationError`.
 *
 * @param message - a summary, in French.
 * @param issues - every problem found.
 * @returns the error.
 */
export function validationError(message: string, issues: readonly Issue[]): ValidationError {
  return { kind: 'validation', message, issues };
}
