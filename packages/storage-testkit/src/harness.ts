/**
 * Test plumbing: opening and closing stores around each test, unwrapping results, collecting streams.
 *
 * @packageDocumentation
 */
import type { DossierFilter, StreamOptions } from '@tremplin/core';
import type { Result } from 'neverthrow';
import { afterEach, expect } from 'vitest';
import type { StoreConformanceOptions, TestStore } from './options.js';

/** Opens stores for the current test and closes them after it. */
export interface Harness {
  /** A new, empty store. */
  fresh(): Promise<TestStore>;
  /** Another connection to `store`'s data (or `store` itself when the store has no peers). */
  peer(store: TestStore): Promise<TestStore>;
}

/**
 * Registers, in the current `describe`, the closing of every store a test opened.
 *
 * @param options - the kit's options.
 * @returns the harness.
 */
export function harness(options: StoreConformanceOptions): Harness {
  const opened: TestStore[] = [];
  afterEach(async () => {
    for (let store = opened.pop(); store !== undefined; store = opened.pop()) await store.close();
  });
  return {
    async fresh() {
      const store = await options.createStore();
      opened.push(store);
      return store;
    },
    async peer(store) {
      if (options.openPeer === undefined) return store;
      const peer = await options.openPeer(store);
      opened.push(peer);
      return peer;
    },
  };
}

/**
 * Asserts that a result is `ok` and returns its value; on `err`, fails with the error's details.
 *
 * @param result - the result (or a promise of it, e.g. a `ResultAsync`).
 * @returns the value.
 */
export async function expectOk<T, X>(result: PromiseLike<Result<T, X>> | Result<T, X>): Promise<T> {
  const r = await result;
  if (r.isErr()) {
    const { cause: _, ...error } = r.error as X & { cause?: unknown };
    expect.fail(`expected ok, got ${JSON.stringify(error)}`);
  }
  return r.value;
}

/**
 * Asserts that a result is `err` and returns its error.
 *
 * @param result - the result.
 * @returns the error.
 */
export async function expectErr<T, X>(result: PromiseLike<Result<T, X>> | Result<T, X>): Promise<X> {
  const r = await result;
  if (r.isOk()) expect.fail(`expected an error, got ok ${JSON.stringify(r.value).slice(0, 500)}`);
  return r.error;
}

/** What a stream yielded. */
export interface Collected<T, X> {
  readonly items: T[];
  readonly errors: X[];
  /** Items yielded after the first error (a stream must end at its first error). */
  readonly afterError: number;
}

/**
 * Reads a whole stream of results.
 *
 * @param stream - the stream.
 * @returns its items and errors.
 */
export async function collect<T, X>(stream: AsyncIterable<Result<T, X>>): Promise<Collected<T, X>> {
  const items: T[] = [];
  const errors: X[] = [];
  let afterError = 0;
  for await (const item of stream) {
    if (errors.length > 0) afterError++;
    if (item.isOk()) items.push(item.value);
    else errors.push(item.error);
  }
  return { items, errors, afterError };
}

/**
 * Streams a cohort and asserts it ends without error.
 *
 * @param store - the store.
 * @param filter - the cohort.
 * @param options - stream options.
 * @returns the envelopes.
 */
export async function streamAll(store: TestStore, filter: DossierFilter, options?: StreamOptions) {
  const collected = await collect(store.streamCohort(filter, options));
  expect(collected.errors).toEqual([]);
  return collected.items;
}

/**
 * Lists every page of a listing.
 *
 * @param store - the store.
 * @param filter - the filter.
 * @param limit - page size.
 * @returns the summaries, and the number of pages.
 */
export async function listAll(store: TestStore, filter: DossierFilter, limit = 1000) {
  const items = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await expectOk(store.list(filter, cursor === undefined ? { limit } : { limit, cursor }));
    pages++;
    items.push(...page.items);
    cursor = page.nextCursor;
    if (pages > 100_000) expect.fail('listing does not end');
  } while (cursor !== undefined);
  return { items, pages };
}
