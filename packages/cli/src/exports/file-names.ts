/**
 * File names that keep people apart: a dossier, visit or tuteur identifier becomes part of a file name
 * without two identifiers ever giving the same name (`t.1` and `t-1`, two « Payet Marie ») and without any
 * character that could leave the export folder (`../../x`).
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';

/** An identifier that its lowercase slug names faithfully: letters, digits, single inner dashes. */
const PLAIN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The first 8 hexadecimal digits of the SHA-256 of an identifier.
 *
 * @param id - the raw identifier.
 * @returns e.g. `3fa9c1e2`.
 */
export function shortHash(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Whether the slug the exporters write for an identifier (lowercase letters and digits joined by dashes)
 * names it without loss, but for case.
 *
 * @param id - the raw identifier.
 * @returns true for `D-0042`, false for `t.1`, `../x`, `Élodie`, `a--b`.
 */
export function isPlainId(id: string): boolean {
  return PLAIN.test(id);
}

/**
 * An identifier as a file or folder name: its slug, followed by a short hash of the raw identifier when the
 * slug loses something (`t.1` → `t-1-…`, `../../x` → `x-…`).
 *
 * @param id - the raw identifier.
 * @returns the identifier itself when plain (`D-0042`), else a name made of `[a-z0-9-]`; never `.` or `..`.
 */
export function fileId(id: string): string {
  if (isPlainId(id)) return id;
  const readable = slug(id);
  return readable === '' ? shortHash(id) : `${readable}-${shortHash(id)}`;
}

/**
 * A file name an exporter made from an identifier's slug, kept apart from every other identifier's: the
 * short hash of the raw identifier is added before the extension when the slug loses something.
 *
 * @param name - the exporter's name (`fiche-bilan-final-2022-2023-t-1.pdf`).
 * @param id - the identifier the name was made from.
 * @returns the name, or the name with `-<hash>` before its extension.
 */
export function distinctName(name: string, id: string): string {
  return isPlainId(id) ? name : withSuffix(name, shortHash(id));
}

/**
 * Adds a suffix before a name's extension.
 *
 * @param name - `echeances-payet-marie-2022-2023.ics`.
 * @param suffix - `d-0042`.
 * @returns `echeances-payet-marie-2022-2023-d-0042.ics`.
 */
export function withSuffix(name: string, suffix: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? `${name}-${suffix}` : `${name.slice(0, dot)}-${suffix}${name.slice(dot)}`;
}
