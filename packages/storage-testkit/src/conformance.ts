/**
 * The entry point of the conformance kit.
 *
 * @packageDocumentation
 */
import { describe } from 'vitest';
import type { StoreConformanceOptions } from './options.js';
import { appendSuite } from './suites/append.js';
import { batchSuite } from './suites/batch.js';
import { concurrencySuite } from './suites/concurrency.js';
import { crashSuite } from './suites/crash.js';
import { hostileSuite } from './suites/hostile.js';
import { integritySuite } from './suites/integrity.js';
import { lifecycleSuite } from './suites/lifecycle.js';
import { modelSuite } from './suites/model.js';
import { readSuite } from './suites/reads.js';

/**
 * Registers the whole conformance suite of a Store in the calling vitest file: example tests of every
 * method and error, hostile data, tamper evidence (the hash chain; raw damage when `tamper` is given), a
 * fast-check model-based run against the in-memory store, concurrent writers (connections, and processes
 * when `processes` is given) and the crash test.
 *
 * @param options - how to open the store, and what it supports.
 * @example
 * // test/conformance.test.ts of a store package
 * import { runStoreConformance } from '@tremplin/storage-testkit';
 * import { createMyStore } from '../src/index.js';
 *
 * runStoreConformance({ name: 'my-store', createStore: () => createMyStore({ url: testUrl() }) });
 */
export function runStoreConformance(options: StoreConformanceOptions): void {
  describe(`${options.name} conforms to the Store port`, () => {
    lifecycleSuite(options);
    appendSuite(options);
    batchSuite(options);
    readSuite(options);
    hostileSuite(options);
    integritySuite(options);
    concurrencySuite(options);
    crashSuite(options);
    modelSuite(options);
  });
}
