// The JSON-lines store through the whole conformance kit of @tremplin/storage-testkit: example tests of every
// method and error, hostile strings, concurrency on one shared store, and the fast-check model-based run
// against the in-memory store as an oracle. `readRaw` lets the kit check what the file really holds.
// The multi-process and crash suites skip themselves: the store declares `multiProcess: false`.
import { runStoreConformance } from '@tremplin/storage-testkit';
import { openOrFail, readRawJournal, temporaryJournals } from './helpers.js';

const nextJournal = temporaryJournals();

runStoreConformance({
  name: 'example-jsonl-store',
  // No fsync in the kit's hundreds of appends: durability on power loss is not what it checks.
  createStore: () => openOrFail({ file: nextJournal(), sync: false }),
  readRaw: readRawJournal,
});
