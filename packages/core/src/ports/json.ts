/**
 * JSON values: what a store can persist verbatim inside an event.
 *
 * @packageDocumentation
 */
import type { Issue } from '../errors.js';

/** A value JSON represents exactly: what an event may contain. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Deepest nesting accepted in an event (JSON text this deep is not a dossier event but an accident). */
export const MAX_JSON_DEPTH = 256;

/**
 * Collects the places where `value` is not exactly representable in JSON, so that a store never keeps
 * something different from what it was given (`JSON.stringify` would silently drop `undefined`, turn `NaN`
 * into `null` and a `Date` into a string).
 *
 * @param value - the value to check.
 * @param path - the path of `value` in the caller's input, prefixed to every issue.
 * @param issues - where issues are pushed; checking stops once it holds `limit` issues.
 * @param limit - the most issues worth reporting.
 * @remarks Accepted: `null`, booleans, finite numbers, strings (any content, lone surrogates included:
 * `JSON.stringify` escapes them), arrays without holes or `undefined`, and plain objects (prototype
 * `Object.prototype` or `null`) with string keys. `-0` is accepted and comes back as `0`, as in JSON.
 */
export function collectJsonIssues(
  value: unknown,
  path: ReadonlyArray<string | number>,
  issues: Issue[],
  limit = 20,
): void {
  const ancestors = new Set<object>();
  const visit = (v: unknown, at: ReadonlyArray<string | number>, depth: number): void => {
    if (issues.length >= limit) return;
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return;
      case 'number':
        if (!Number.isFinite(v)) {
          issues.push({
            code: 'json.nombre-non-fini',
            message: `Nombre non représentable en JSON : ${v}.`,
            path: at,
          });
        }
        return;
      case 'object': {
        if (v === null) return;
        if (depth >= MAX_JSON_DEPTH) {
          issues.push({
            code: 'json.trop-profond',
            message: `Imbrication au-delà de ${MAX_JSON_DEPTH} niveaux.`,
            path: at,
          });
          return;
        }
        if (ancestors.has(v)) {
          issues.push({ code: 'json.cycle', message: 'Référence circulaire.', path: at });
          return;
        }
        ancestors.add(v);
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) {
              issues.push({ code: 'json.trou', message: 'Case vide dans un tableau.', path: [...at, i] });
            } else {
              visit(v[i], [...at, i], depth + 1);
            }
            if (issues.length >= limit) break;
          }
        } else {
          const proto: unknown = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) {
            issues.push({
              code: 'json.objet-non-simple',
              message: `Objet ${describe(v)} non représentable en JSON : utiliser un objet simple.`,
              path: at,
            });
          } else {
            if (Object.getOwnPropertySymbols(v).length > 0) {
              issues.push({ code: 'json.cle-symbole', message: 'Clé de type symbole.', path: at });
            }
            for (const key of Object.keys(v)) {
              visit((v as Record<string, unknown>)[key], [...at, key], depth + 1);
              if (issues.length >= limit) break;
            }
          }
        }
        ancestors.delete(v);
        return;
      }
      default:
        issues.push({
          code: 'json.type',
          message: `Valeur de type ${typeof v} non représentable en JSON.`,
          path: at,
        });
    }
  };
  visit(value, path, 0);
}

function describe(v: object): string {
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'inconnu';
}
