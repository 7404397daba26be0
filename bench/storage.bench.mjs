// Storage benchmark: our SQLite and PostgreSQL stores beside raw driver baselines, in the same run, on the
// same schema and the same rows.
//
//   bulk append  — a 30,000-dossier cohort, one command of two events per dossier, in one transaction:
//                  store.appendBatch(all) vs raw prepared inserts (better-sqlite3) / raw multi-row INSERT (pg)
//   load one     — 5,000 random dossiers read one at a time: store.load vs the equivalent raw SELECTs
//   stream       — the whole cohort in (dossier, sequence) order: store.streamCohort vs one raw SELECT
//
// Ratios are raw time / store time (1 = as fast as the raw driver). Runs alternate raw and store; the ratio is
// the median of the runs' ratios (best-of and median times are recorded too). Targets: SQLite ≥ 0.70,
// PostgreSQL ≥ 0.50.
// Needs `npm run build` first. PostgreSQL: TREMPLIN_PG_URL, else postgres://postgres@127.0.0.1:5432/test;
// skipped with a message when unreachable. Writes bench/results/storage.json.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresStore, POSTGRES_MIGRATIONS } from '../packages/storage-postgres/dist/index.js';
import { createSqliteStore, SQLITE_MIGRATIONS } from '../packages/storage-sqlite/dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
// The raw drivers are the very ones the store packages use (their dev dependencies), so that both sides of
// each ratio run the same driver version.
const Database = createRequire(join(here, '../packages/storage-sqlite/package.json'))('better-sqlite3');
const pg = createRequire(join(here, '../packages/storage-postgres/package.json'))('pg');
// `node bench/storage.bench.mjs --cohort=3000 --runs=1` for a quick look.
const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.slice(name.length + 3));
};
const COHORT = arg('cohort', 30_000);
const RUNS = arg('runs', 7);
const LOADS = 5_000;
const PG_URL = process.env.TREMPLIN_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGETS = { sqlite: 0.7, postgres: 0.5 };

// ---------------------------------------------------------------------------------------------- data
const RECORDED_AT = '2022-09-01T08:00:00+04:00';
const DISCIPLINES = ['Lettres modernes', 'Mathématiques', 'Histoire-géographie', 'Anglais', 'SVT', 'EPS'];
function cohort(n) {
  return Array.from({ length: n }, (_, i) => {
    const dossierId = `2022-974-${String(i).padStart(6, '0')}`;
    const tuteurId = `tuteur-${i % 1_500}`;
    return {
      dossierId,
      expectedSequence: 0,
      idempotencyKey: `import-2022/${dossierId}`,
      recordedAt: RECORDED_AT,
      events: [
        {
          type: 'dossier-ouvert',
          stagiaire: {
            nom: `Payet-${i}`,
            prenom: 'Éloïse',
            naissance: '1998-04-12',
            numen: `${10_000_000 + i}AB`,
          },
          affectation: {
            uai: `974${String(i % 120).padStart(4, '0')}A`,
            discipline: DISCIPLINES[i % 6],
            quotite: 0.5,
          },
          concours: { session: 2022, voie: 'externe', rang: i % 400 },
          note: 'Affectation « à l’année » ; stage en responsabilité.',
        },
        { type: 'tuteur-designe', tuteurId, depuis: '2022-09-01' },
      ],
      index: {
        dossierId,
        academie: 'Réunion',
        anneeScolaire: '2022-2023',
        uai: `974${String(i % 120).padStart(4, '0')}A`,
        corps: 'certifie',
        discipline: DISCIPLINES[i % 6],
        tuteurIds: [tuteurId],
        etat: 'en-stage',
      },
    };
  });
}

// ------------------------------------------------------------------------------------------ helpers
const gc = globalThis.gc ?? (() => {});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const best = (xs) => Math.min(...xs);
async function timed(fn) {
  gc();
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
const unwrap = (r, what) => {
  if (r.isErr()) throw new Error(`${what}: ${r.error.kind} ${r.error.message}`);
  return r.value;
};
const pick = (inputs, n) => Array.from({ length: n }, (_, i) => inputs[(i * 7919) % inputs.length].dossierId);
function row(name, raws, stores, unit, target) {
  // Raw and store runs alternate, so each pair ran under the same load: the median of the pairs' ratios is
  // what resists other processes on a shared machine best.
  const ratio = median(raws.map((raw, i) => raw / stores[i]));
  return {
    name,
    unit,
    rawMs: +best(raws).toFixed(1),
    storeMs: +best(stores).toFixed(1),
    rawMedianMs: +median(raws).toFixed(1),
    storeMedianMs: +median(stores).toFixed(1),
    ratio: +ratio.toFixed(3),
    bestRatio: +(best(raws) / best(stores)).toFixed(3),
    pairRatios: raws.map((raw, i) => +(raw / stores[i]).toFixed(3)),
    target,
    pass: ratio >= target,
  };
}
function print(title, rows) {
  console.log(`\n${title}`);
  console.log(
    '  measure        raw ms   store ms   ratio   (best raw/best store)   target   [best of runs in ms]',
  );
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(13)} ${String(r.rawMs).padStart(8)} ${String(r.storeMs).padStart(10)} ${r.ratio.toFixed(2).padStart(7)}   (${r.bestRatio.toFixed(2)})   ≥ ${r.target} ${r.pass ? 'ok' : 'BELOW'}   ${r.unit}`,
    );
  }
}

// ------------------------------------------------------------------------------------------- SQLite
function sqliteRawBulk(file, inputs) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE tremplin_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
  );
  for (const m of SQLITE_MIGRATIONS) for (const s of m.statements) db.exec(s);
  const dossier = db.prepare(
    'INSERT INTO tremplin_dossiers (dossier_id, last_sequence, academie, annee_scolaire, uai, corps, discipline, etat, tuteur_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const event = db.prepare(
    'INSERT INTO tremplin_events (dossier_id, sequence, idempotency_key, recorded_at, type, payload) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const command = db.prepare(
    'INSERT INTO tremplin_commands (dossier_id, idempotency_key, first_sequence, last_sequence, recorded_at) VALUES (?, ?, ?, ?, ?)',
  );
  const tuteur = db.prepare('INSERT INTO tremplin_dossier_tuteurs (tuteur_id, dossier_id) VALUES (?, ?)');
  const t0 = performance.now();
  db.transaction(() => {
    for (const input of inputs) {
      const i = input.index;
      dossier.run(
        input.dossierId,
        input.events.length,
        i.academie,
        i.anneeScolaire,
        i.uai,
        i.corps,
        i.discipline ?? null,
        i.etat,
        JSON.stringify(i.tuteurIds),
      );
      for (let k = 0; k < input.events.length; k++) {
        const e = input.events[k];
        event.run(input.dossierId, k + 1, input.idempotencyKey, input.recordedAt, e.type, JSON.stringify(e));
      }
      command.run(input.dossierId, input.idempotencyKey, 1, input.events.length, input.recordedAt);
      for (const t of i.tuteurIds) tuteur.run(t, input.dossierId);
    }
  }).immediate();
  const ms = performance.now() - t0;
  return { ms, db };
}

async function benchSqlite(inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-bench-'));
  try {
    const raws = [];
    const stores = [];
    let rawDb;
    let store;
    for (let run = 0; run < RUNS; run++) {
      rawDb?.close();
      if (store !== undefined) unwrap(await store.close(), 'close');
      gc();
      const raw = sqliteRawBulk(join(dir, `raw-${run}.db`), inputs);
      raws.push(raw.ms);
      rawDb = raw.db;
      store = unwrap(createSqliteStore({ file: join(dir, `store-${run}.db`) }), 'open');
      const s = await timed(() => store.appendBatch(inputs));
      unwrap(s.value, 'appendBatch');
      stores.push(s.ms);
    }
    const bulk = row('bulk append', raws, stores, `${COHORT} dossiers, ${COHORT * 2} events`, TARGETS.sqlite);

    const ids = pick(inputs, LOADS);
    const selectDossier = rawDb.prepare('SELECT * FROM tremplin_dossiers WHERE dossier_id = ?');
    const selectEvents = rawDb.prepare(
      'SELECT * FROM tremplin_events WHERE dossier_id = ? ORDER BY sequence',
    );
    const readOne = rawDb.transaction((id) => ({ d: selectDossier.get(id), e: selectEvents.all(id) }));
    const rawLoad = [];
    const storeLoad = [];
    for (let run = 0; run < RUNS; run++) {
      rawLoad.push(
        (
          await timed(() => {
            for (const id of ids) {
              const r = readOne.deferred(id);
              JSON.parse(r.d.tuteur_ids);
              for (const e of r.e) JSON.parse(e.payload);
            }
          })
        ).ms,
      );
      storeLoad.push(
        (
          await timed(async () => {
            for (const id of ids) unwrap(await store.load(id), 'load');
          })
        ).ms,
      );
    }
    const load = row('load one', rawLoad, storeLoad, `${LOADS} loads`, TARGETS.sqlite);

    const rawStream = [];
    const storeStream = [];
    const streamSql = rawDb.prepare(
      `SELECT e.* FROM tremplin_events e JOIN tremplin_dossiers d ON d.dossier_id = e.dossier_id
       WHERE d.academie = ? AND d.annee_scolaire = ? ORDER BY e.dossier_id, e.sequence`,
    );
    for (let run = 0; run < RUNS; run++) {
      rawStream.push(
        (
          await timed(() => {
            let n = 0;
            for (const e of streamSql.iterate('Réunion', '2022-2023')) {
              JSON.parse(e.payload);
              n++;
            }
            if (n !== COHORT * 2) throw new Error(`raw stream: ${n}`);
          })
        ).ms,
      );
      storeStream.push(
        (
          await timed(async () => {
            let n = 0;
            for await (const item of store.streamCohort({
              academie: 'Réunion',
              anneeScolaire: '2022-2023',
            })) {
              unwrap(item, 'stream');
              n++;
            }
            if (n !== COHORT * 2) throw new Error(`store stream: ${n}`);
          })
        ).ms,
      );
    }
    const stream = row('stream cohort', rawStream, storeStream, `${COHORT * 2} events`, TARGETS.sqlite);
    rawDb.close();
    unwrap(await store.close(), 'close');
    return [bulk, load, stream];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --------------------------------------------------------------------------------------- PostgreSQL
async function pgReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const r = await client.query('SELECT version()');
    return r.rows[0].version;
  } catch (error) {
    return { error: error.message };
  } finally {
    await client.end().catch(() => {});
  }
}

async function pgRawBulk(pool, schema, inputs) {
  const q = `"${schema}"`;
  const client = await pool.connect();
  try {
    await client.query(`CREATE SCHEMA ${q}`);
    for (const m of POSTGRES_MIGRATIONS) for (const s of m.statements(q)) await client.query(s);
    const insert = async (table, columns, rows) => {
      const per = Math.floor(60_000 / columns.length);
      for (let start = 0; start < rows.length; start += Math.min(per, 1000)) {
        const part = rows.slice(start, start + Math.min(per, 1000));
        const params = [];
        const values = part.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
        await client.query(
          `INSERT INTO ${q}.${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`,
          params,
        );
      }
    };
    const t0 = performance.now();
    await client.query('BEGIN');
    const dossiers = [];
    const events = [];
    const commands = [];
    const tuteurs = [];
    for (const input of inputs) {
      const i = input.index;
      dossiers.push([
        input.dossierId,
        input.events.length,
        i.academie,
        i.anneeScolaire,
        i.uai,
        i.corps,
        i.discipline ?? null,
        i.etat,
        JSON.stringify(i.tuteurIds),
      ]);
      for (let k = 0; k < input.events.length; k++) {
        const e = input.events[k];
        events.push([
          input.dossierId,
          k + 1,
          input.idempotencyKey,
          input.recordedAt,
          e.type,
          JSON.stringify(e),
        ]);
      }
      commands.push([input.dossierId, input.idempotencyKey, 1, input.events.length, input.recordedAt]);
      for (const t of i.tuteurIds) tuteurs.push([t, input.dossierId]);
    }
    await insert(
      'dossiers',
      [
        'dossier_id',
        'last_sequence',
        'academie',
        'annee_scolaire',
        'uai',
        'corps',
        'discipline',
        'etat',
        'tuteur_ids',
      ],
      dossiers,
    );
    await insert(
      'events',
      ['dossier_id', 'sequence', 'idempotency_key', 'recorded_at', 'type', 'payload'],
      events,
    );
    await insert(
      'commands',
      ['dossier_id', 'idempotency_key', 'first_sequence', 'last_sequence', 'recorded_at'],
      commands,
    );
    await insert('dossier_tuteurs', ['tuteur_id', 'dossier_id'], tuteurs);
    await client.query('COMMIT');
    return performance.now() - t0;
  } finally {
    client.release();
  }
}

async function benchPostgres(inputs) {
  const version = await pgReachable();
  if (typeof version !== 'string')
    return { skipped: `PostgreSQL unreachable at ${new URL(PG_URL).host}: ${version.error}` };
  const pool = new pg.Pool({ connectionString: PG_URL, max: 4 });
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const schemas = [];
  const schema = () => {
    schemas.push(`${prefix}_${schemas.length}`);
    return schemas.at(-1);
  };
  try {
    const raws = [];
    const stores = [];
    let rawSchema;
    let store;
    for (let run = 0; run < RUNS; run++) {
      if (store !== undefined) unwrap(await store.close(), 'close');
      rawSchema = schema();
      raws.push(await pgRawBulk(pool, rawSchema, inputs));
      store = unwrap(await createPostgresStore({ pool, schema: schema() }), 'open');
      const s = await timed(() => store.appendBatch(inputs));
      unwrap(s.value, 'appendBatch');
      stores.push(s.ms);
    }
    const bulk = row(
      'bulk append',
      raws,
      stores,
      `${COHORT} dossiers, ${COHORT * 2} events`,
      TARGETS.postgres,
    );

    const q = `"${rawSchema}"`;
    const ids = pick(inputs, LOADS);
    const rawLoad = [];
    const storeLoad = [];
    for (let run = 0; run < RUNS; run++) {
      rawLoad.push(
        (
          await timed(async () => {
            for (const id of ids) {
              const r = await pool.query(
                `SELECT d.*, e.sequence, e.idempotency_key, e.recorded_at, e.type, e.payload
                 FROM ${q}.dossiers d JOIN ${q}.events e ON e.dossier_id = d.dossier_id WHERE d.dossier_id = $1 ORDER BY e.sequence`,
                [id],
              );
              JSON.parse(r.rows[0].tuteur_ids);
              for (const e of r.rows) JSON.parse(e.payload);
            }
          })
        ).ms,
      );
      storeLoad.push(
        (
          await timed(async () => {
            for (const id of ids) unwrap(await store.load(id), 'load');
          })
        ).ms,
      );
    }
    const load = row('load one', rawLoad, storeLoad, `${LOADS} loads`, TARGETS.postgres);

    const rawStream = [];
    const storeStream = [];
    for (let run = 0; run < RUNS; run++) {
      rawStream.push(
        (
          await timed(async () => {
            const r = await pool.query(
              `SELECT e.* FROM ${q}.events e JOIN ${q}.dossiers d ON d.dossier_id = e.dossier_id
               WHERE d.academie = $1 AND d.annee_scolaire = $2 ORDER BY e.dossier_id, e.sequence`,
              ['Réunion', '2022-2023'],
            );
            for (const e of r.rows) JSON.parse(e.payload);
            if (r.rows.length !== COHORT * 2) throw new Error(`raw stream: ${r.rows.length}`);
          })
        ).ms,
      );
      storeStream.push(
        (
          await timed(async () => {
            let n = 0;
            for await (const item of store.streamCohort({
              academie: 'Réunion',
              anneeScolaire: '2022-2023',
            })) {
              unwrap(item, 'stream');
              n++;
            }
            if (n !== COHORT * 2) throw new Error(`store stream: ${n}`);
          })
        ).ms,
      );
    }
    const stream = row('stream cohort', rawStream, storeStream, `${COHORT * 2} events`, TARGETS.postgres);
    unwrap(await store.close(), 'close');
    return { server: version, rows: [bulk, load, stream] };
  } finally {
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`).catch(() => {});
    await pool.end();
  }
}

// --------------------------------------------------------------------------------------------- main
const inputs = cohort(COHORT);
console.log(`Storage benchmark: cohort of ${COHORT} dossiers (${COHORT * 2} events), ${RUNS} paired runs.`);
const sqlite = await benchSqlite(inputs);
print('SQLite (better-sqlite3, file, WAL, synchronous FULL)', sqlite);
const postgres = await benchPostgres(inputs);
if ('skipped' in postgres) console.log(`\nPostgreSQL: skipped — ${postgres.skipped}`);
else print(`PostgreSQL (pg, ${postgres.server.split(' on ')[0]})`, postgres.rows);

const result = {
  benchmark: 'storage',
  recordedAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cohort: { dossiers: COHORT, events: COHORT * 2, runs: RUNS, loads: LOADS },
  ratio:
    'raw driver time / store time (1 = as fast as the raw driver), best of the runs; medianRatio from medians',
  baselines: {
    sqlite:
      'better-sqlite3 prepared inserts in one IMMEDIATE transaction, same schema and rows, same file settings',
    postgres:
      'pg multi-row INSERT … VALUES (1,000 rows per statement) in one transaction, same schema and rows',
  },
  sqlite: { targets: TARGETS.sqlite, measures: sqlite },
  postgres:
    'skipped' in postgres
      ? postgres
      : { targets: TARGETS.postgres, server: postgres.server, measures: postgres.rows },
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'storage.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nWrote bench/results/storage.json');
const below = [...sqlite, ...('rows' in postgres ? postgres.rows : [])].filter(
  (r) => r.name === 'bulk append' && !r.pass,
);
process.exit(below.length === 0 ? 0 : 1);
