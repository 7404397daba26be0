/**
 * Capabilities and `close()`.
 *
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { makeInput } from '../fixtures.js';
import { collect, expectErr, expectOk, harness } from '../harness.js';
import type { StoreConformanceOptions } from '../options.js';

/**
 * Registers the capability and closing tests.
 *
 * @param options - the kit's options.
 */
export function lifecycleSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  describe('capabilities and close', () => {
    const h = harness(options);

    it('declares each capability as a boolean, matching the optional methods', { timeout }, async () => {
      const store = await h.fresh();
      const c = store.capabilities;
      for (const flag of ['batchAppend', 'migrations', 'persistent', 'multiProcess'] as const) {
        expect(typeof c[flag], flag).toBe('boolean');
      }
      expect(typeof store.appendBatch === 'function').toBe(c.batchAppend);
      expect(typeof store.migrate === 'function').toBe(c.migrations);
      expect(typeof store.schemaVersion === 'function').toBe(c.migrations);
      if (c.multiProcess) expect(c.persistent).toBe(true);
    });

    it('reports the schema version and migrates idempotently (migrations capability)', {
      timeout,
    }, async (context) => {
      const store = await h.fresh();
      if (
        !store.capabilities.migrations ||
        store.migrate === undefined ||
        store.schemaVersion === undefined
      ) {
        context.skip();
        return;
      }
      const version = await expectOk(store.schemaVersion());
      expect(version).toBeGreaterThan(0);
      expect(await expectOk(store.migrate())).toEqual({ from: version, to: version, applied: [] });
    });

    it('fails every method with StoreFailure "closed" after close(), and closes twice harmlessly', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k1')));
      await expectOk(store.close());
      await expectOk(store.close());
      const closed = { kind: 'store', code: 'closed' };
      expect(await expectErr(store.append(makeInput('d1', 1, 'k2')))).toMatchObject(closed);
      expect(await expectErr(store.load('d1'))).toMatchObject(closed);
      expect(await expectErr(store.history('d1'))).toMatchObject(closed);
      expect(await expectErr(store.list({}))).toMatchObject(closed);
      if (store.appendBatch !== undefined) {
        expect(await expectErr(store.appendBatch([makeInput('d2', 0, 'k')]))).toMatchObject(closed);
      }
      if (store.schemaVersion !== undefined)
        expect(await expectErr(store.schemaVersion())).toMatchObject(closed);
      if (store.migrate !== undefined) expect(await expectErr(store.migrate())).toMatchObject(closed);
      const streamed = await collect(store.streamCohort({}));
      expect(streamed.items).toEqual([]);
      expect(streamed.errors).toMatchObject([closed]);
    });
  });
}
