/**
 * PostgreSQL for the command: `--db postgres://…`.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import type { OpenedStore } from './open-store.js';

/**
 * Opens a PostgreSQL store.
 *
 * @param url - the connection URL.
 * @param mode - `create` migrates the schema; `existing` requires it.
 * @returns the store, or a failure.
 */
export async function openPostgresStore(
  url: string,
  mode: 'create' | 'existing',
): Promise<Result<OpenedStore, CliFailure>> {
  void url;
  void mode;
  return err({
    kind: 'store',
    code: 'unavailable',
    message: 'Le stockage PostgreSQL n’est pas encore disponible dans cette version de la commande.',
  });
}
