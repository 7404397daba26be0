/**
 * The register of persons on PostgreSQL: the stagiaires' NUMEN, date of birth and e-mail, in the table migration 4
 * creates beside the log (`<schema>.personnes`), rectified in place and erased for good.
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
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { type PGliteLike, type PgDriver, type PgPoolLike, pgliteDriver, pgPoolDriver } from './driver.js';
import { pgFailure } from './pg-errors.js';
import { isSchemaName, quoteSchema } from './pg-names.js';
import { inspectSchema } from './pg-schema.js';

/** Where the register is: the store's `pg` pool or PGlite instance (left open), or a connection string (a pool the register opens and closes), and its schema. */
export type PostgresRegistrePersonnesOptions = (
  | { readonly pool: PgPoolLike; readonly pglite?: never }
  | { readonly pglite: PGliteLike; readonly pool?: never }
  | { readonly connectionString: string; readonly pool?: never; readonly pglite?: never }
) & {
  /** The store's schema (default `tremplin`). */
  readonly schema?: string;
};

/**
 * Opens the register of persons of a PostgreSQL schema migrated to version 4 or later (`createPostgresStore`
 * migrates it).
 *
 * @param options - the pool or PGlite instance (left open by `close()`) and the schema.
 * @returns the register; `StoreFailure` `unavailable` when the schema is not migrated to version 4 (the message
 * says to run the store's migration) or the server cannot be reached.
 * @remarks Règlement (UE) 2016/679, art. 16–17: `put` replaces a record, `erase` deletes its row.
 * @example
 * ```ts
 * const registre = await createPostgresRegistrePersonnes({ pool, schema: 'tremplin' });
 * ```
 */
export function createPostgresRegistrePersonnes(
  options: PostgresRegistrePersonnesOptions,
): ResultAsync<RegistrePersonnes, StoreFailure> {
  return new ResultAsync(open(options));
}

async function open(
  options: PostgresRegistrePersonnesOptions,
): Promise<Result<RegistrePersonnes, StoreFailure>> {
  const schema = options.schema ?? 'tremplin';
  if (!isSchemaName(schema)) return err(storeFailure('driver', 'Nom de schéma PostgreSQL invalide.'));
  const opened = await driverOf(options);
  if (opened.isErr()) return err(opened.error);
  const driver = opened.value;
  const fail = async (failure: StoreFailure) => {
    await driver.close().catch(() => {});
    return err(failure);
  };
  try {
    const version = await inspectSchema(driver, schema);
    if (version.isErr()) return fail(version.error);
    if (version.value < 4) {
      return fail(
        storeFailure(
          'unavailable',
          `Schéma en version ${version.value} : le registre des personnes demande la version 4 (lancez la migration du stockage).`,
        ),
      );
    }
  } catch (cause) {
    return fail(pgFailure(cause, 'ouverture du registre des personnes'));
  }
  return ok(registreOn(driver, quoteSchema(schema)));
}

async function driverOf(options: PostgresRegistrePersonnesOptions): Promise<Result<PgDriver, StoreFailure>> {
  if (options.pool !== undefined) return ok(pgPoolDriver(options.pool, false));
  if (options.pglite !== undefined) return ok(pgliteDriver(options.pglite));
  try {
    const pg = await import('pg');
    const Pool = (pg.default ?? pg).Pool;
    if (!('connectionString' in options))
      return err(storeFailure('driver', 'Aucune connexion PostgreSQL donnée.'));
    const pool = new Pool({ connectionString: options.connectionString, max: 2 });
    // An idle client's error (server restart) must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return ok(pgPoolDriver(pool, true));
  } catch (cause) {
    return err(pgFailure(cause, 'chargement du pilote pg'));
  }
}

function registreOn(driver: PgDriver, s: string): RegistrePersonnes {
  const upsert = upsertPersonneSql(`${s}.personnes`, (position) => `$${position}`);
  let closed = false;
  const run = <T>(doing: string, work: () => Promise<T>): ResultAsync<T, StoreFailure> => {
    if (closed) return new ResultAsync(Promise.resolve(err(closedStoreFailure())));
    return ResultAsync.fromPromise(work(), (cause) => pgFailure(cause, doing));
  };
  return {
    put(fiche) {
      if (closed)
        return new ResultAsync(
          Promise.resolve(err<void, StoreFailure | ValidationError>(closedStoreFailure())),
        );
      const checked = validateFichePersonne(fiche);
      if (checked.isErr()) return new ResultAsync(Promise.resolve(err(checked.error)));
      return run('écriture au registre des personnes', async () => {
        await driver.execute(upsert, valuesOfFiche(checked.value));
      });
    },
    get: (stagiaireId) =>
      run('lecture du registre des personnes', async () => {
        const rows = await driver.query<PersonneColumns>(
          `SELECT * FROM ${s}.personnes WHERE stagiaire_id = $1`,
          [String(stagiaireId)],
        );
        const row = rows[0];
        return row === undefined ? null : ficheFromColumns(row);
      }),
    erase: (stagiaireId) =>
      run('effacement au registre des personnes', async () => {
        const count = await driver.execute(`DELETE FROM ${s}.personnes WHERE stagiaire_id = $1`, [
          String(stagiaireId),
        ]);
        return count > 0;
      }),
    close() {
      if (closed) return new ResultAsync(Promise.resolve(ok(undefined)));
      closed = true;
      return ResultAsync.fromPromise(driver.close(), (cause) => pgFailure(cause, 'fermeture du registre'));
    },
  };
}
