/**
 * The hash chain of a dossier's log: each stored event carries the SHA-256 of its predecessor's chain and
 * of its own envelope, and the dossier's head keeps the last one, so that an event edited, deleted or added
 * outside Tremplin is caught on the next read. One implementation for every store.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { canonicalJson, sha256Hex } from '../dossier/empreinte.js';
import { integrityFailure, type StoreFailure } from '../errors.js';
import type { EventEnvelope } from '../events.js';
import type { StoredEvent } from './append.js';
import { type EventRow, envelopeFromRow } from './rows.js';

/**
 * The chain "before" sequence 1: 64 zeros, the previous link of every dossier's first event.
 *
 * @category Ports
 */
export const GENESIS_CHAIN = '0'.repeat(64);

/**
 * What a dossier's index row keeps of its log: the last sequence and that event's chain. Comparing the log
 * with it catches a truncated tail (the head says 12, the log ends at 11).
 *
 * @category Ports
 */
export interface ChainHead {
  readonly sequence: number;
  readonly chain: string;
}

const utf8 = new TextEncoder();

type NodeCrypto = { hash?: (algorithm: 'sha256', data: string, encoding: 'hex') => string };

/**
 * SHA-256 (hex) of a text's UTF-8 bytes: Node's one-shot `crypto.hash` when the platform has it (Node ≥ 20.12,
 * looked up once; a third of the cost of `createHash` on short texts, which matters once per stored event on
 * every read), the core's `sha256Hex` otherwise (browsers, other runtimes). Both give the same digest.
 */
const hashText: (text: string) => string = (() => {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hash = (p?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined)?.hash;
  return typeof hash === 'function'
    ? (text: string) => hash('sha256', text, 'hex')
    : (text: string) => sha256Hex(utf8.encode(text));
})();

/**
 * Computes the chain of one event: `sha256(previous + canonicalJson(envelope))`, as 64 lower-case
 * hexadecimal digits.
 *
 * @param previous - the chain of the event before it, {@link GENESIS_CHAIN} for sequence 1.
 * @param envelope - the event as stored: `dossierId`, `sequence`, `idempotencyKey`, `recordedAt`, `event`.
 * @returns the chain.
 * @remarks The envelope is hashed in canonical JSON (RFC 8785 key order), not as the stored text, so that
 * anyone holding the envelopes (an export, a copy of the database) can recompute the chain without
 * Tremplin, whatever a database does to the text.
 * @example
 * const first = computeChain(GENESIS_CHAIN, envelope1);
 * const second = computeChain(first, envelope2);
 * @category Ports
 */
export function computeChain(previous: string, envelope: EventEnvelope): string {
  const { dossierId, sequence, idempotencyKey, recordedAt, event } = envelope;
  const text = canonicalJson({ dossierId, sequence, idempotencyKey, recordedAt, event });
  return hashText(previous + text);
}

/**
 * The first sequence where a log of `count` verified events disagrees with its head.
 *
 * @param count - how many events the log holds, each one matching its chain.
 * @param last - the chain of the last of them.
 * @param head - what the index row says.
 * @returns `undefined` when they agree; otherwise the first missing or extra sequence, or the head's own
 * sequence when the counts agree but not the chains.
 */
function tailMismatch(count: number, last: string, head: ChainHead): number | undefined {
  if (count !== head.sequence) return Math.min(count, head.sequence) + 1;
  return last === head.chain ? undefined : head.sequence;
}

/**
 * Turns a dossier's whole log, in sequence order, back into envelopes, checking each event against its
 * chain and the last one against the dossier's head.
 *
 * @param dossierId - the dossier.
 * @param rows - its event rows, in sequence order, each with its stored chain.
 * @param head - the dossier's head as its index row keeps it.
 * @returns the envelopes; `StoreFailure` `integrity` naming the dossier and the first sequence missing,
 * added or altered (a gap, an event whose chain does not match, a log shorter or longer than its head);
 * `corrupt` when an event is not JSON.
 * @remarks An event edited together with its own chain is caught at the next link, whose chain was
 * computed from the original. Rewriting a whole suffix and the head consistently is not caught: the chain
 * has no secret. Archive the heads elsewhere to anchor them.
 * @category Ports
 */
export function verifyChain<E extends StoredEvent>(
  dossierId: string,
  rows: readonly EventRow[],
  head: ChainHead,
): Result<EventEnvelope<E>[], StoreFailure> {
  const envelopes: EventEnvelope<E>[] = new Array(rows.length);
  let previous = GENESIS_CHAIN;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as EventRow;
    if (row.sequence !== i + 1) return err(integrityFailure(dossierId, i + 1));
    const envelope = envelopeFromRow<E>(row);
    if (envelope.isErr()) return err(envelope.error);
    const chain = computeChain(previous, envelope.value);
    if (chain !== row.chain) return err(integrityFailure(dossierId, row.sequence));
    envelopes[i] = envelope.value;
    previous = chain;
  }
  const bad = tailMismatch(rows.length, previous, head);
  return bad === undefined ? ok(envelopes) : err(integrityFailure(dossierId, bad));
}

/**
 * Computes the chains of events appended after a head.
 *
 * @param previous - the chain of the dossier's last event ({@link GENESIS_CHAIN} for a new dossier).
 * @param envelopes - the new envelopes, in sequence order.
 * @returns one chain per envelope.
 * @category Ports
 */
export function computeChains(previous: string, envelopes: readonly EventEnvelope[]): string[] {
  const chains: string[] = new Array(envelopes.length);
  let link = previous;
  for (let i = 0; i < envelopes.length; i++) {
    link = computeChain(link, envelopes[i] as EventEnvelope);
    chains[i] = link;
  }
  return chains;
}
