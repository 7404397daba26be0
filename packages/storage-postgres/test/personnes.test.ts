// The register of persons on PostgreSQL: the conformance suite, and migration 4, which moves NUMEN, birth date
// and e-mail out of a log written before it. Against TREMPLIN_PG_URL when set, PGlite otherwise.
import type { RegistrePersonnes } from '@tremplin/core';
import { expectOk, runRegistrePersonnesConformance } from '@tremplin/storage-testkit';
import { describe, expect, it } from 'vitest';
import { createPostgresRegistrePersonnes, POSTGRES_MIGRATIONS } from '../src/index.js';
import { openPostgres, useBackend } from './backend.js';

const backend = useBackend();
const AT = '2022-07-15T08:00:00+04:00';
const MARQUEURS = {
  numen: '99MARQ0001ZZZ',
  dateNaissance: '1983-07-19',
  courriel: 'marqueur-1@exemple.invalid',
};
const schemas = new WeakMap<RegistrePersonnes, string>();

async function registreOn(schema: string): Promise<RegistrePersonnes> {
  const options = backend().options(schema);
  const opened = await createPostgresRegistrePersonnes(
    'pool' in options && options.pool !== undefined
      ? { pool: options.pool, schema }
      : { pglite: (options as { pglite: never }).pglite, schema },
  );
  if (opened.isErr()) throw new Error(opened.error.message);
  schemas.set(opened.value, schema);
  return opened.value;
}

runRegistrePersonnesConformance({
  name: 'storage-postgres',
  createRegistre: async () => {
    const schema = backend().newSchema();
    await (await openPostgres(backend().options(schema))).close();
    return registreOn(schema);
  },
  readRaw: async (registre) =>
    JSON.stringify(await backend().query(`SELECT * FROM "${schemas.get(registre)}".personnes`)),
});

describe('storage-postgres: migration 4 (register of persons)', () => {
  it('moves the personal data of stored events into the register, rewrites and re-chains the log', async () => {
    const schema = backend().newSchema();
    const q = `"${schema}"`;
    await backend().query(`CREATE SCHEMA ${q}`);
    await backend().query(
      `CREATE TABLE ${q}.schema_migrations (version int4 NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const migration of POSTGRES_MIGRATIONS.slice(0, 3)) {
      for (const statement of migration.statements(q)) await backend().query(statement);
      await backend().query(`INSERT INTO ${q}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    const ouvert = {
      type: 'dossier.ouvert',
      v: 1,
      le: AT,
      auteur: { role: 'rectorat', id: 'dpe-1' },
      dossierId: 'd1',
      identite: { stagiaire: { id: 'stg-1', nom: 'Payet', prenom: 'Marie', ...MARQUEURS } },
    };
    await backend().query(
      `INSERT INTO ${q}.dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
       VALUES ('d1', 1, 'reunion', '2022-2023', '9740001H', 'certifie', NULL, 'ouvert', '[]')`,
    );
    await backend().query(
      `INSERT INTO ${q}.events (dossier_id, sequence, idempotency_key, recorded_at, type, payload)
       VALUES ('d1', 1, 'k1', $1, 'dossier.ouvert', $2)`,
      [AT, JSON.stringify(ouvert)],
    );
    await backend().query(`INSERT INTO ${q}.commands VALUES ('d1', 'k1', 1, 1, $1)`, [AT]);
    // Migration 4 rewrites the event and chains the log again: the store loads it.
    const options = backend().options(schema);
    const store = await openPostgres(options);
    const loaded = await expectOk(store.load('d1'));
    expect(JSON.stringify(loaded.events)).not.toContain(MARQUEURS.numen);
    const registre = await registreOn(schema);
    expect(await expectOk(registre.get('stg-1'))).toEqual({
      stagiaireId: 'stg-1',
      ...MARQUEURS,
      rectifieLe: AT,
      rectifiePar: 'rectorat:dpe-1',
    });
    const payloads = JSON.stringify(await backend().query(`SELECT payload FROM ${q}.events`));
    for (const marqueur of Object.values(MARQUEURS)) expect(payloads).not.toContain(marqueur);
    await store.close();
  });
});
