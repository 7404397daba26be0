/**
 * Translating better-sqlite3 exceptions into the port's `StoreFailure`.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import { storeFailure } from '@tremplin/core/store-kit';

const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|PERM|AUTH|PROTOCOL)/;
const CORRUPT = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * Maps an exception thrown by better-sqlite3 to a `StoreFailure`.
 *
 * @param cause - the exception.
 * @param doing - what the store was doing, in French, for the message.
 * @returns `unavailable` for locks held too long, I/O and permission errors; `corrupt` for a damaged file
 * or a file that is not a database; `driver` otherwise. The exception is kept as `cause`.
 */
export function sqliteFailure(cause: unknown, doing: string): StoreFailure {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (typeof code === 'string' && UNAVAILABLE.test(code)) {
    return storeFailure('unavailable', `SQLite indisponible (${doing}) : ${code} ${detail}`, cause);
  }
  if (typeof code === 'string' && CORRUPT.test(code)) {
    return storeFailure(
      'corrupt',
      `Base SQLite endommagée ou illisible (${doing}) : ${code} ${detail}`,
      cause,
    );
  }
  return storeFailure('driver', `Erreur SQLite (${doing}) : ${detail}`, cause);
}
