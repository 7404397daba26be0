/**
 * The envelope in which a domain event is recorded in a dossier's append-only log.
 *
 * @packageDocumentation
 */

/**
 * One recorded event of a dossier: the domain event plus its place in the log.
 *
 * @typeParam E - the domain event union (a JSON-serialisable object with a `type` discriminant).
 * @remarks The sequence number is assigned by the store at append time, 1 for the first event of a
 * dossier, contiguous, never reused; the idempotency key is the key of the command that produced it.
 * @category Ports
 */
export interface EventEnvelope<E extends { readonly type: string } = { readonly type: string }> {
  /** Identifier of the dossier the event belongs to. */
  readonly dossierId: string;
  /** Position in the dossier's log, starting at 1, with no gap. */
  readonly sequence: number;
  /** The domain event itself. */
  readonly event: E;
  /** When it was recorded: an ISO 8601 instant with offset, supplied by the caller (time is a parameter). */
  readonly recordedAt: string;
  /** Idempotency key of the command that produced this event. */
  readonly idempotencyKey: string;
}
