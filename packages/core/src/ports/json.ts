/**
 * JSON values: what a store can persist verbatim inside an event.
 *
 * @packageDocumentation
 */

import { type Issue, issue } from '../errors.js';

/**
 * A value JSON represents exactly: what an event may contain.
 *
 * @category Ports
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * Deepest nesting accepted in an event (JSON text this deep is not a dossier event but an accident).
 *
 * @category Ports
 */
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
 * @category Ports
 */
export function collectJsonIssues(
  value: unknown,
  path: ReadonlyArray<string | number>,
  issues: Issue[],
  limit = 20,
): void {
  if (issues.length >= limit) return;
  visit(value, 0, { root: value, base: path.length, at: [...path], issues, limit, ancestors: undefined });
}

/** Depth from which ancestors are tracked: a cycle repeats forever, so it is caught past any depth. */
const CYCLE_WATCH_DEPTH = 32;

interface WalkState {
  readonly root: unknown;
  /** Length of the caller's path prefix in `at`. */
  readonly base: number;
  /** The current path, mutated in place and copied only into issues (events are checked on every append). */
  readonly at: (string | number)[];
  readonly issues: Issue[];
  readonly limit: number;
  /** Created only when the walk goes deeper than {@link CYCLE_WATCH_DEPTH}. */
  ancestors: Set<object> | undefined;
}

function report(state: WalkState, code: string, message: string): void {
  state.issues.push(issue(code, message, [...state.at]));
}

function visit(v: unknown, depth: number, state: WalkState): void {
  const type = typeof v;
  if (type === 'string' || type === 'boolean') return;
  if (type === 'number') {
    if (!Number.isFinite(v))
      report(state, 'json.nombre-non-fini', `Nombre non représentable en JSON : ${v}.`);
    return;
  }
  if (type !== 'object') {
    report(state, 'json.type', `Valeur de type ${type} non représentable en JSON.`);
    return;
  }
  if (v === null) return;
  const o = v as object;
  const watched = depth >= CYCLE_WATCH_DEPTH;
  if (watched && state.ancestors === undefined) state.ancestors = new Set();
  if (watched && state.ancestors?.has(o)) {
    state.issues.push(issue('json.cycle', 'Référence circulaire.', cyclePath(state)));
    return;
  }
  if (depth >= MAX_JSON_DEPTH) {
    report(state, 'json.trop-profond', `Imbrication au-delà de ${MAX_JSON_DEPTH} niveaux.`);
    return;
  }
  if (watched) state.ancestors?.add(o);
  const { at, issues, limit } = state;
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length && issues.length < limit; i++) {
      at.push(i);
      if (i in o) visit(o[i], depth + 1, state);
      else report(state, 'json.trou', 'Case vide dans un tableau.');
      at.pop();
    }
  } else {
    const proto: unknown = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null) {
      report(
        state,
        'json.objet-non-simple',
        `Objet ${describe(o)} non représentable en JSON : utiliser un objet simple.`,
      );
    } else {
      if (Object.getOwnPropertySymbols(o).length > 0)
        report(state, 'json.cle-symbole', 'Clé de type symbole.');
      const keys = Object.keys(o);
      for (let i = 0; i < keys.length && issues.length < limit; i++) {
        const key = keys[i] as string;
        at.push(key);
        visit((o as Record<string, unknown>)[key], depth + 1, state);
        at.pop();
      }
    }
  }
  if (watched) state.ancestors?.delete(o);
}

/** The path to where a cycle closes for the first time (cycles are only noticed deep in the walk). */
function cyclePath(state: WalkState): (string | number)[] {
  const seen = new Set<object>();
  let node: unknown = state.root;
  for (let i = state.base; i <= state.at.length; i++) {
    if (typeof node === 'object' && node !== null) {
      if (seen.has(node)) return state.at.slice(0, i);
      seen.add(node);
    }
    if (i < state.at.length)
      node = (node as Record<string | number, unknown>)[state.at[i] as string | number];
  }
  return [...state.at];
}

function describe(v: object): string {
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'inconnu';
}
