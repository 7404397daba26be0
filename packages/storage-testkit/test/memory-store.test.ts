// The in-memory store through the whole kit. It is also the oracle of the model-based run, so that part
// checks determinism (two fresh memory stores agree) more than correctness; the example, hostile and
// concurrency tests check its behaviour on their own. Its data live in a map the test keeps, which the
// tamper-evidence tests damage.
import { createMemoryStore, type MemoryData, type MemoryDossier } from '@tremplin/storage-memory';
import { runStoreConformance, type TestStore } from '../src/index.js';

const data = new WeakMap<TestStore, MemoryData>();
const dossierOf = (store: TestStore, dossierId: string): MemoryDossier => {
  const dossier = data.get(store)?.get(dossierId);
  if (dossier === undefined) throw new Error(`no dossier ${dossierId}`);
  return dossier;
};

runStoreConformance({
  name: 'storage-memory',
  createStore: () => {
    const map: MemoryData = new Map();
    const store = createMemoryStore({ data: map });
    data.set(store, map);
    return store;
  },
  tamper: (store) => ({
    editEvent(dossierId, sequence, change) {
      const rows = dossierOf(store, dossierId).rows;
      const i = rows.findIndex((r) => r.sequence === sequence);
      rows[i] = { ...(rows[i] as (typeof rows)[number]), ...change };
    },
    deleteEvent(dossierId, sequence) {
      const rows = dossierOf(store, dossierId).rows;
      rows.splice(
        rows.findIndex((r) => r.sequence === sequence),
        1,
      );
    },
    editHead(dossierId, head) {
      const dossier = dossierOf(store, dossierId);
      if (head.lastSequence !== undefined) dossier.lastSequence = head.lastSequence;
      if (head.lastChain !== undefined) dossier.lastChain = head.lastChain;
    },
  }),
});
