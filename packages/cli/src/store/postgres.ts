/**
 * PostgreSQL for the command: `--db postgres://user@host:5432/base?schema=tremplin`. The storage package
 * (and its `pg` driver) is loaded only when such a URL is given.
 *
 * @packageDocumentation
 */
import type { DossierEvent } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import { describeDb } from './db-location.js';
import type { OpenedStore } from './open-store.js';

/**
 * Splits Tremplin's own `schema` parameter from a connection URL.
 *
 * @param url - the `--db` URL.
 * @returns the URL for `pg` and the PostgreSQL schema holding Tremplin's tables (default `tremplin`).
 */
export function splitPostgresUrl(url: string): {
  readonly connectionString: string;
  readonly schema: string | undefined;
} {
  try {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return { connectionString: parsed.toString(), schema };
  } catch {
    return { connectionString: url, schema: undefined };
  }
}

/**
 * Opens a PostgreSQL store.
 *
 * @param url - the connection URL (`?schema=` chooses the PostgreSQL schema, default `tremplin`).
 * @param mode - `create` migrates the schema; `existing` requires it to exist.
 * @returns the store, or a failure with what to do.
 */
export async function openPostgresStore(
  url: string,
  mode: 'create' | 'existing',
): Promise<Result<OpenedStore, CliFailure>> {
  const { connectionString, schema } = splitPostgresUrl(url);
  const { createPostgresRegistrePersonnes, createPostgresStore } = await import('@tremplin/storage-postgres');
  const opened = await createPostgresStore<DossierEvent>({
    connectionString,
    migrate: false,
    ...(schema === undefined ? {} : { schema }),
  });
  if (opened.isErr()) return err(opened.error);
  const store = opened.value;
  const version = await store.schemaVersion();
  if (version.isErr()) {
    await store.close();
    return err(version.error);
  }
  if (mode === 'existing' && version.value === 0) {
    await store.close();
    return err({
      kind: 'file',
      message: `Pas de schéma Tremplin « ${store.schema} » dans cette base PostgreSQL`,
      path: describeDb({ kind: 'postgres', url }),
      hint: 'Créez-le avec « tremplin init --db <la même URL> ».',
    });
  }
  const migration = await store.migrate();
  if (migration.isErr()) {
    await store.close();
    return err(migration.error);
  }
  const personnes = await createPostgresRegistrePersonnes({ connectionString, schema: store.schema });
  if (personnes.isErr()) {
    await store.close();
    return err(personnes.error);
  }
  return ok({ store, migration: migration.value, personnes: personnes.value });
}
