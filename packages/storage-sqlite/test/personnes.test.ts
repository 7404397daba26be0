// The register of persons on SQLite: the conformance suite, and migration 4, which moves NUMEN, birth date and
// e-mail out of a log written before it.
import { readFileSync } from 'node:fs';
import type { RegistrePersonnes } from '@tremplin/core';
import { expectOk, runRegistrePersonnesConformance } from '@tremplin/storage-testkit';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createSqliteRegistrePersonnes,
  createSqliteStore,
  rebuildChain,
  SQLITE_MIGRATIONS,
} from '../src/index.js';
import { openSqlite, temporaryDirectory } from './helpers.js';

const nextFile = temporaryDirectory();
const AT = '2022-07-15T08:00:00+04:00';
const MARQUEURS = {
  numen: '99MARQ0001ZZZ',
  dateNaissance: '1983-07-19',
  courriel: 'marqueur-1@exemple.invalid',
};

const files = new WeakMap<RegistrePersonnes, string>();

runRegistrePersonnesConformance({
  name: 'storage-sqlite',
  createRegistre: async () => {
    const file = nextFile();
    await openSqlite({ file }).close();
    const registre = createSqliteRegistrePersonnes({ file })._unsafeUnwrap();
    files.set(registre, file);
    return registre;
  },
  readRaw: (registre) => {
    const db = new Database(files.get(registre) ?? '', { readonly: true, fileMustExist: true });
    try {
      return JSON.stringify(db.prepare('SELECT * FROM tremplin_personnes').all());
    } finally {
      db.close();
    }
  },
});

function ouvert(stagiaire: Record<string, unknown>) {
  return {
    type: 'dossier.ouvert',
    v: 1,
    le: AT,
    auteur: { role: 'rectorat', id: 'dpe-1' },
    dossierId: 'd1',
    identite: {
      stagiaire: { id: 'stg-1', nom: 'Payet', prenom: 'Marie', ...stagiaire },
      academie: 'reunion',
    },
  };
}

/** A file at schema version 3 whose dossier.ouvert carries personal data, as Tremplin 0.2 wrote it. */
function writeVersion3(file: string): void {
  const db = new Database(file);
  db.exec(
    'CREATE TABLE tremplin_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
  );
  for (const migration of SQLITE_MIGRATIONS.slice(0, 3)) {
    for (const statement of migration.statements) db.exec(statement);
    db.prepare('INSERT INTO tremplin_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, AT);
  }
  db.prepare(
    `INSERT INTO tremplin_dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids)
     VALUES ('d1', 2, 'reunion', '2022-2023', '9740001H', 'certifie', NULL, 'ouvert', '[]')`,
  ).run();
  const event = db.prepare(
    'INSERT INTO tremplin_events (dossier_id, sequence, idempotency_key, recorded_at, type, payload) VALUES (?, ?, ?, ?, ?, ?)',
  );
  event.run('d1', 1, 'k1', AT, 'dossier.ouvert', JSON.stringify(ouvert(MARQUEURS)));
  event.run('d1', 2, 'k2', AT, 'tuteur.designe', '{"type":"tuteur.designe","v":1}');
  db.prepare('INSERT INTO tremplin_commands VALUES (?, ?, ?, ?, ?)').run('d1', 'k1', 1, 1, AT);
  db.prepare('INSERT INTO tremplin_commands VALUES (?, ?, ?, ?, ?)').run('d1', 'k2', 2, 2, AT);
  rebuildChain(db);
  db.close();
}

describe('storage-sqlite: migration 4 (register of persons)', () => {
  it('moves the personal data of stored events into the register, rewrites and re-chains the log', async () => {
    const file = nextFile();
    writeVersion3(file);
    const store = openSqlite({ file });
    const loaded = await expectOk(store.load('d1'));
    expect(loaded.events.map((e) => e.event.type)).toEqual(['dossier.ouvert', 'tuteur.designe']);
    const first = loaded.events[0]?.event as ReturnType<typeof ouvert> | undefined;
    expect(first?.identite.stagiaire).toEqual({
      id: 'stg-1',
      nom: 'Payet',
      prenom: 'Marie',
    });
    const registre = createSqliteRegistrePersonnes({ file })._unsafeUnwrap();
    expect(await expectOk(registre.get('stg-1'))).toEqual({
      stagiaireId: 'stg-1',
      ...MARQUEURS,
      rectifieLe: AT,
      rectifiePar: 'rectorat:dpe-1',
    });
    const raw = new Database(file, { readonly: true });
    const payloads = raw.prepare('SELECT payload FROM tremplin_events').pluck().all().join('\n');
    raw.close();
    for (const marqueur of Object.values(MARQUEURS)) expect(payloads).not.toContain(marqueur);
    await expectOk(registre.erase('stg-1'));
    await expectOk(registre.close());
    await expectOk(store.close());
  });

  it('refuses a register on a database not migrated to version 4', () => {
    const file = nextFile();
    writeVersion3(file);
    const r = createSqliteRegistrePersonnes({ file });
    expect(r.isErr() && r.error.code).toBe('unavailable');
    expect(createSqliteStore({ file, migrate: false }).isOk()).toBe(true);
  });

  it('an erased record leaves no value in the database file (secure_delete)', async () => {
    const file = nextFile();
    await openSqlite({ file }).close();
    const registre = createSqliteRegistrePersonnes({ file })._unsafeUnwrap();
    await expectOk(
      registre.put({
        stagiaireId: 'stg-9',
        ...MARQUEURS,
        rectifieLe: AT,
        rectifiePar: 'rectorat:dpe-1',
      } as never),
    );
    await expectOk(registre.erase('stg-9'));
    await expectOk(registre.close());
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(readFileSync(file).includes(Buffer.from(MARQUEURS.courriel))).toBe(false);
  });
});
