/**
 * Opaque paging cursors: a position in the `dossierId` order.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';
import { textIssue } from './text.js';

const PREFIX = 'c1.';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Encodes the cursor that resumes a listing after a dossier.
 *
 * @param lastDossierId - the last dossier of the page.
 * @returns an opaque, URL-safe string.
 * @category Ports
 */
export function encodeCursor(lastDossierId: string): string {
  const bytes = new TextEncoder().encode(lastDossierId);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes a cursor made by {@link encodeCursor}.
 *
 * @param cursor - the cursor the caller passed.
 * @returns the dossier after which the page starts, or a `ValidationError` (`curseur.invalide`).
 * @category Ports
 */
export function decodeCursor(cursor: unknown): Result<string, ValidationError> {
  const invalid = () =>
    err(
      validationError('Curseur de pagination invalide.', [
        issue(
          'curseur.invalide',
          "Ce curseur n'a pas été produit par list() : repartir de la première page.",
          ['cursor'],
        ),
      ]),
    );
  if (typeof cursor !== 'string' || !cursor.startsWith(PREFIX)) return invalid();
  const body = cursor.slice(PREFIX.length);
  if (!BASE64URL.test(body) || body.length % 4 === 1) return invalid();
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const id = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (textIssue(id, [], { required: true }) !== undefined) return invalid();
    return ok(id);
  } catch {
    return invalid();
  }
}
