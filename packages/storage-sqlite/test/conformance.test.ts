// @tremplin/storage-sqlite through the whole conformance kit, on temporary files (WAL), with peers on
// separate connections, writers in separate processes, the crash test, and raw reads of the file.
import { runStoreConformance, type TestStore } from '@tremplin/storage-testkit';
import type { SqliteStore } from '../src/index.js';
import { openSqlite, readRawSqlite, tamperSqlite, temporaryDirectory } from './helpers.js';

const nextFile = temporaryDirectory();
const fileOf = (store: TestStore) => (store as SqliteStore).file;

runStoreConformance({
  name: 'storage-sqlite',
  createStore: () => openSqlite({ file: nextFile() }),
  openPeer: (store) => openSqlite({ file: fileOf(store) }),
  readRaw: readRawSqlite,
  tamper: tamperSqlite,
  processes: {
    workerModule: new URL('./fixtures/open-store.mjs', import.meta.url),
    locate: (store) => ({ file: fileOf(store) }),
  },
});
