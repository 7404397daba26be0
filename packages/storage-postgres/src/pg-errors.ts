/**
 * Translating `pg` and PGlite exceptions into the port's `StoreFailure`.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import { storeFailure } from '@tremplin/core/store-kit';

const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
const UNAVAILABLE = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '53400',
  '55P03',
  '57014',
  '53100',
  '53200',
]);

function codeOf(cause: unknown): string | undefined {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether an exception is worth retrying the whole transaction for: a deadlock or a serialisation failure.
 *
 * @param cause - the exception.
 * @returns `true` for SQLSTATE `40P01` and `40001`.
 */
export function isRetryable(cause: unknown): boolean {
  const code = codeOf(cause);
  return code === '40P01' || code === '40001';
}

/**
 * Maps an exception thrown by `pg` or PGlite to a `StoreFailure`.
 *
 * @param cause - the exception.
 * @param doing - what the store was doing, in French, for the message.
 * @returns `unavailable` for connection problems, lock and statement timeouts, shutdowns and repeated
 * deadlocks; `corrupt` for SQLSTATE class XX data corruption; `driver` otherwise. The exception is kept as
 * `cause`.
 */
export function pgFailure(cause: unknown, doing: string): StoreFailure {
  const code = codeOf(cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (
    (code !== undefined &&
      (NETWORK.has(code) || UNAVAILABLE.has(code) || code.startsWith('08') || isRetryable(cause))) ||
    /Connection terminated|connection timeout|Client has encountered a connection error|pool (is|has been) (closed|ended)/i.test(
      detail,
    )
  ) {
    return storeFailure(
      'unavailable',
      `PostgreSQL indisponible (${doing}) : ${code ?? ''} ${detail}`.trim(),
      cause,
    );
  }
  if (code === 'XX001' || code === 'XX002') {
    return storeFailure('corrupt', `Données PostgreSQL endommagées (${doing}) : ${code} ${detail}`, cause);
  }
  return storeFailure('driver', `Erreur PostgreSQL (${doing}) : ${code ?? ''} ${detail}`.trim(), cause);
}
