/**
 * Helpers to build refusals: every reason with a stable code, a sentence and the text behind it.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import type { Refusal, RefusalReason, SourceRef } from '../errors.js';

/**
 * Builds a refusal reason.
 *
 * @param code - stable code for programs (e.g. `renouvellement.deja-accorde`).
 * @param message - the sentence shown to a user (French).
 * @param source - the text that requires or forbids it.
 * @returns the reason.
 */
export function raison(code: string, message: string, source?: SourceRef): RefusalReason {
  return source === undefined ? { code, message } : { code, message, source };
}

/**
 * A refusal with at least one reason, or null when there is none.
 *
 * @param reasons - the reasons found.
 * @returns the refusal, or null for an empty list.
 */
export function refusal(reasons: readonly RefusalReason[]): Refusal | null {
  const [premiere, ...autres] = reasons;
  return premiere === undefined ? null : { kind: 'refusal', reasons: [premiere, ...autres] };
}

/**
 * An `Err` carrying a refusal built from non-empty reasons.
 *
 * @param premiere - the first reason.
 * @param autres - the others.
 * @returns `err(refusal)`.
 */
export function refuser(premiere: RefusalReason, ...autres: RefusalReason[]): Result<never, Refusal> {
  return err({ kind: 'refusal', reasons: [premiere, ...autres] });
}
