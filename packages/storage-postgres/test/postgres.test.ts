// @tremplin/storage-postgres through the whole conformance kit, then its own tests (migrations, options,
// failures). Against the server of TREMPLIN_PG_URL when set — peers on separate pools, writers in separate
// processes, the crash test — and against PGlite otherwise.
import { runStoreConformance, type TestStore } from '@tremplin/storage-testkit';
import type { PostgresStore } from '../src/index.js';
import { openPostgres, PG_URL, readRawPostgres, tamperPostgres, useBackend } from './backend.js';
import { postgresSpecifics } from './specifics.js';

const backend = useBackend();
const schemaOf = (store: TestStore) => (store as PostgresStore).schema;

runStoreConformance({
  name: `storage-postgres (${PG_URL === undefined ? 'PGlite' : 'PostgreSQL server'})`,
  createStore: () => openPostgres(backend().options(backend().newSchema())),
  openPeer: (store) =>
    PG_URL === undefined
      ? openPostgres(backend().options(schemaOf(store)))
      : openPostgres({ connectionString: PG_URL, schema: schemaOf(store), poolSize: 2 }),
  readRaw: (store) => readRawPostgres(backend(), store),
  tamper: (store) => tamperPostgres(backend(), store),
  ...(PG_URL === undefined
    ? {}
    : {
        processes: {
          workerModule: new URL('./fixtures/open-store.mjs', import.meta.url),
          locate: (store: TestStore) => ({ connectionString: PG_URL, schema: schemaOf(store) }),
        },
      }),
});

postgresSpecifics(backend);
