/**
 * Stable event identifiers: UUID version 5 (RFC 9562) of the dossier and the deadline.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';

/**
 * The default namespace of deadline UIDs: UUID v5 of `urn:tremplin:export-calendar:deadline` in the URL
 * namespace of RFC 9562. An académie that wants its UIDs disjoint from every other deployment passes its
 * own namespace.
 */
export const DEFAULT_UID_NAMESPACE = 'a894c9a2-7a4c-5049-9262-b823b2e38f17';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tells whether a string is a UUID in its canonical textual form.
 *
 * @param value - the candidate.
 * @returns true for `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (hexadecimal digits, any case).
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Computes a name-based UUID version 5 (SHA-1).
 *
 * @param name - the name, hashed as UTF-8.
 * @param namespace - the namespace UUID.
 * @returns the lowercase UUID.
 * @example
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8') // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 * @remarks RFC 9562 § 5.5. The namespace must be a valid UUID (checked by {@link isUuid} in callers).
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The UID of the calendar event for one deadline of one dossier. The same dossier and deadline always give
 * the same UID, in every calendar that holds it (the stagiaire's, his tuteur's, his EPLE's), so a client
 * that re-imports an updated calendar updates the event instead of adding a copy.
 *
 * @param dossierId - the dossier's identifier (never printed: only its hash reaches the file).
 * @param deadlineCode - the deadline's stable code within the dossier.
 * @param namespace - the UUID namespace; {@link DEFAULT_UID_NAMESPACE} unless the académie sets its own.
 * @returns a lowercase UUID, usable as an RFC 5545 UID.
 * @example
 * deadlineUid('dossier-42', 'bilan-intermediaire') === deadlineUid('dossier-42', 'bilan-intermediaire') // true
 * @remarks RFC 5545 § 3.8.4.7 (UID must be globally unique and persistent); RFC 7986 § 5.3 recommends a
 * UUID that does not reveal the data it was made from.
 */
export function deadlineUid(
  dossierId: string,
  deadlineCode: string,
  namespace: string = DEFAULT_UID_NAMESPACE,
): string {
  // JSON keeps ('a', 'b/c') and ('a/b', 'c') apart whatever characters the two parts hold.
  return uuidV5(JSON.stringify([dossierId, deadlineCode]), namespace);
}
