/**
 * Name-based UUIDs, version 5 (SHA-1), per RFC 9562 § 5.5, with `node:crypto` only.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';

/** The RFC 9562 namespace for fully qualified domain names. */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
/** The RFC 9562 namespace for URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tells whether a string is a UUID in its canonical 8-4-4-4-12 hexadecimal form.
 *
 * @param value - any string.
 * @returns true for a well-formed UUID (any version), either case.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Computes the version 5 UUID of a name in a namespace: the first 16 bytes of SHA-1(namespace bytes ‖ UTF-8
 * name), with the version nibble set to 5 and the variant bits to `10`.
 *
 * @param name - the name, hashed as UTF-8.
 * @param namespace - a UUID, e.g. `NAMESPACE_URL` or a UUID computed earlier.
 * @returns the lowercase canonical UUID; the same inputs always give the same UUID.
 * @throws {TypeError} when `namespace` is not a UUID (a programming error, not an input error).
 * @remarks RFC 9562, § 5.5 (UUID Version 5) and Appendix A.4 (test vector).
 * @example
 * ```ts
 * uuidV5('www.example.com', NAMESPACE_DNS); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 * ```
 */
export function uuidV5(name: string, namespace: string): string {
  if (!isUuid(namespace)) throw new TypeError(`Not a UUID namespace: ${namespace}`);
  const namespaceBytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
