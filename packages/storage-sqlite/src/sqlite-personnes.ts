/**
 * The register of persons on SQLite: the stagiaires' NUMEN, date of birth and e-mail, in the table migration 4
 * creates beside the log (`tremplin_personnes`), rectified in place and erased for good.
 *
 * @packageDocumentation
 */
import type { RegistrePersonnes, StoreFailure, ValidationError } from '@tremplin/core';
import {
  closedStoreFailure,
  ficheFromColumns,
  type PersonneColumns,
  storeFailure,
  upsertPersonneSql,
  validateFichePersonne,
  valuesOfFiche,
} from '@tremplin/core/store-kit';
import Database from 'better-sqlite3';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { betterSqlite, type SqliteDatabase } from './sqlite-database.js';
import { sqliteFailure } from './sqlite-errors.js';
import { PERSONNES_TABLE } from './sqlite-personnes-migration.js';
import { inspectSchema } from './sqlite-schema.js';

type Db = Database.Database;

/** Where the register is: a database file (its own connection) or a connection you opened (left open). */
export type SqliteRegistrePersonnesOptions =
  | { readonly file: string; readonly database?: never; readonly busyTimeoutMs?: number }
  | { readonly database: SqliteDatabase; readonly file?: never };

function now<T, E>(result: Result<T, E>): ResultAsync<T, E> {
  return new ResultAsync(Promise.resolve(result));
}

function openDb(options: SqliteRegistrePersonnesOptions): Result<{ db: Db; owned: boolean }, StoreFailure> {
  if (options.database !== undefined) return ok({ db: betterSqlite(options.database), owned: false });
  try {
    const db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 5000 });
    if (!db.memory) db.pragma('journal_mode = WAL');
    return ok({ db, owned: true });
  } catch (cause) {
    const failure = sqliteFailure(cause, 'ouverture du registre des personnes');
    return err(failure.code === 'driver' ? { ...failure, code: 'unavailable' } : failure);
  }
}

/**
 * Opens the register of persons of a SQLite database migrated to version 4 or later (`createSqliteStore`
 * migrates it).
 *
 * @param options - `{ file }` (a connection of its own, closed by `close()`) or `{ database }` (the store's
 * connection, left open).
 * @returns the register, or `StoreFailure` `unavailable` when the database is not migrated to version 4 (the
 * message says to run the store's migration).
 * @remarks Règlement (UE) 2016/679, art. 16–17. `secure_delete` is switched on for the connection, so an
 * erased record's bytes are overwritten in the file, not only unlinked.
 * @example
 * ```ts
 * const opened = createSqliteRegistrePersonnes({ file: 'tremplin.db' });
 * if (opened.isErr()) throw new Error(opened.error.message);
 * const registre = opened.value;
 * ```
 */
export function createSqliteRegistrePersonnes(
  options: SqliteRegistrePersonnesOptions,
): Result<RegistrePersonnes, StoreFailure> {
  const opened = openDb(options);
  if (opened.isErr()) return err(opened.error);
  const { db, owned } = opened.value;
  const version = inspectSchemaSafe(db);
  if (version.isErr() || version.value < 4) {
    if (owned) db.close();
    if (version.isErr()) return err(version.error);
    return err(
      storeFailure(
        'unavailable',
        `Base en version ${version.value} : le registre des personnes demande la version 4 (lancez la migration du stockage).`,
      ),
    );
  }
  db.pragma('secure_delete = ON');
  return ok(registreOn(db, owned));
}

function inspectSchemaSafe(db: Db): Result<number, StoreFailure> {
  try {
    return inspectSchema(db);
  } catch (cause) {
    return err(sqliteFailure(cause, 'lecture du schéma'));
  }
}

function registreOn(db: Db, owned: boolean): RegistrePersonnes {
  const select = db.prepare(`SELECT * FROM ${PERSONNES_TABLE} WHERE stagiaire_id = ?`);
  const upsert = db.prepare(upsertPersonneSql(PERSONNES_TABLE, () => '?'));
  const remove = db.prepare(`DELETE FROM ${PERSONNES_TABLE} WHERE stagiaire_id = ?`);
  let closed = false;
  const run = <T>(doing: string, work: () => T): ResultAsync<T, StoreFailure> => {
    if (closed) return now(err(closedStoreFailure()));
    try {
      return now(ok(work()));
    } catch (cause) {
      return now(err(sqliteFailure(cause, doing)));
    }
  };
  return {
    put(fiche) {
      if (closed) return now(err<void, StoreFailure | ValidationError>(closedStoreFailure()));
      const checked = validateFichePersonne(fiche);
      if (checked.isErr()) return now(err(checked.error));
      return run('écriture au registre des personnes', () => {
        upsert.run(...valuesOfFiche(checked.value));
      });
    },
    get: (stagiaireId) =>
      run('lecture du registre des personnes', () => {
        const row = select.get(String(stagiaireId)) as PersonneColumns | undefined;
        return row === undefined ? null : ficheFromColumns(row);
      }),
    erase: (stagiaireId) =>
      run('effacement au registre des personnes', () => remove.run(String(stagiaireId)).changes > 0),
    close() {
      if (!closed) {
        closed = true;
        if (owned) db.close();
      }
      return now(ok(undefined));
    },
  };
}
