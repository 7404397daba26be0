/**
 * The engine's one piece of state — whether the store is closed, whether its schema was checked — and the
 * error flow every method goes through.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import type { StoreFailure } from '../../errors.js';
import { closedStoreFailure } from '../store-errors.js';
import type { SqlDialect } from './dialect.js';

/** Runs an operation of a store: `closed` after `close()`, every exception mapped by the dialect. */
export interface SqlGuard {
  /** Whether `close()` was called. */
  readonly closed: boolean;
  /**
   * Runs an operation that needs the current schema, checking it before the first one.
   *
   * @param doing - what the store does, in French, for the failure's message.
   * @param fn - the operation.
   * @returns its result, or a `StoreFailure`.
   * @remarks Once the schema is checked, no more promise than `fn`'s and one `catch`: a point read of an
   * in-process database stays cheap.
   */
  guarded<T, X>(doing: string, fn: () => Promise<Result<T, X>>): Promise<Result<T, X | StoreFailure>>;
  /**
   * Runs an operation that needs no schema (migrating, reading the version).
   *
   * @param doing - what the store does, in French.
   * @param fn - the operation.
   * @returns its result, or a `StoreFailure`.
   */
  unguarded<T>(doing: string, fn: () => Promise<Result<T, StoreFailure>>): Promise<Result<T, StoreFailure>>;
  /** Makes the next guarded operation check the schema again (after a migration). */
  recheck(): void;
  /**
   * Marks the store closed.
   *
   * @returns `false` when it already was.
   */
  close(): boolean;
}

/**
 * Starts the guard of a store.
 *
 * @param dialect - the store's dialect.
 * @returns the guard, open, schema not yet checked.
 */
export function createGuard(dialect: SqlDialect): SqlGuard {
  let closed = false;
  let ready = false;
  const attempt = <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return fn();
    } catch (cause) {
      return Promise.reject(cause);
    }
  };
  return {
    get closed() {
      return closed;
    },
    guarded<T, X>(doing: string, fn: () => Promise<Result<T, X>>): Promise<Result<T, X | StoreFailure>> {
      if (closed) return Promise.resolve(err(closedStoreFailure()));
      const failed = (cause: unknown): Result<T, X | StoreFailure> => err(dialect.failure(cause, doing));
      const run = (): Promise<Result<T, X | StoreFailure>> => attempt(fn);
      if (ready) return run().catch(failed);
      return dialect
        .checkSchema()
        .then((checked): Result<T, X | StoreFailure> | Promise<Result<T, X | StoreFailure>> => {
          if (checked.isErr()) return err(checked.error);
          ready = true;
          return run();
        })
        .catch(failed);
    },
    unguarded(doing, fn) {
      if (closed) return Promise.resolve(err(closedStoreFailure()));
      return attempt(fn).catch((cause: unknown) => err(dialect.failure(cause, doing)));
    },
    recheck() {
      ready = false;
    },
    close() {
      if (closed) return false;
      closed = true;
      return true;
    },
  };
}
