/**
 * Opening the store `--db` names: a SQLite file through `@tremplin/storage-sqlite`, or PostgreSQL through
 * `@tremplin/storage-postgres` (loaded only when asked, so SQLite users never load `pg`).
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import type { DossierEvent, MigrationReport, RegistrePersonnes, Store } from '@tremplin/core';
import { createSqliteRegistrePersonnes, createSqliteStore } from '@tremplin/storage-sqlite';
import { err, ok, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import { type DbLocation, describeDb } from './db-location.js';
import { openPostgresStore } from './postgres.js';

/** The store of dossier events the command works on. */
export type DossierStore = Store<DossierEvent>;

/** An opened store, with what opening it did to the schema. */
export interface OpenedStore {
  readonly store: DossierStore;
  /** The schema migrations applied on opening (only `init` applies them). */
  readonly migration: MigrationReport | null;
  /** The register of persons (NUMEN, date of birth, e-mail), beside the log in the same database. */
  readonly personnes: RegistrePersonnes;
}

/**
 * Opens the store.
 *
 * @param db - where it is.
 * @param mode - `create` (for `init`: create the file or schema and migrate it) or `existing` (every other
 * command: a missing SQLite file is an error that says to run `tremplin init`).
 * @returns the store, or a failure with what to do.
 */
export async function openStore(
  db: DbLocation,
  mode: 'create' | 'existing',
): Promise<Result<OpenedStore, CliFailure>> {
  if (db.kind === 'postgres') return openPostgresStore(db.url, mode);
  if (mode === 'existing' && !existsSync(db.file)) {
    return err({
      kind: 'file',
      message: 'Aucune base Tremplin à cet endroit',
      path: describeDb(db),
      hint: `Créez-la avec « tremplin init --db ${db.file} », ou indiquez la bonne base avec --db (ou TREMPLIN_DB).`,
    });
  }
  const opened = createSqliteStore<DossierEvent>({ file: db.file, migrate: false });
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
      message: 'Ce fichier SQLite ne contient pas de base Tremplin',
      path: describeDb(db),
      hint: `Initialisez-la avec « tremplin init --db ${db.file} ».`,
    });
  }
  // Upgrading an older schema is what any command would need first; it is what `init` reports.
  const migration = await store.migrate();
  if (migration.isErr()) {
    await store.close();
    return err(migration.error);
  }
  const personnes = createSqliteRegistrePersonnes({ file: db.file });
  if (personnes.isErr()) {
    await store.close();
    return err(personnes.error);
  }
  return ok({ store, migration: migration.value, personnes: personnes.value });
}
