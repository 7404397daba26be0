// The in-memory store through the whole kit. It is also the oracle of the model-based run, so that part
// checks determinism (two fresh memory stores agree) more than correctness; the example, hostile and
// concurrency tests check its behaviour on their own.
import { createMemoryStore } from '@tremplin/storage-memory';
import { runStoreConformance } from '../src/index.js';

runStoreConformance({
  name: 'storage-memory',
  createStore: () => createMemoryStore(),
});
