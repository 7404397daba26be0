/**
 * Comparable forms of results: what must be equal between a store and the oracle (messages and driver
 * causes may differ; kinds, codes, numbers and values may not).
 *
 * @packageDocumentation
 */
import type { TremplinError } from '@tremplin/core';
import type { Result } from 'neverthrow';

/**
 * Reduces a result to what two conforming stores must agree on.
 *
 * @param result - a store's answer.
 * @returns `{ ok: value }`, or the error's kind with its codes and numbers.
 */
export function outcome<T>(result: Result<T, TremplinError>): unknown {
  if (result.isOk()) return { ok: result.value };
  const e = result.error;
  switch (e.kind) {
    case 'validation':
      return { err: e.kind, issues: e.issues.map((i) => ({ code: i.code, path: i.path })) };
    case 'conflict':
      return {
        err: e.kind,
        dossierId: e.dossierId,
        expectedSequence: e.expectedSequence,
        actualSequence: e.actualSequence,
      };
    case 'not-found':
      return { err: e.kind, id: e.id };
    case 'store':
      return { err: e.kind, code: e.code };
    default:
      return { err: e.kind };
  }
}
