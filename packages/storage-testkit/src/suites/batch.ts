/**
 * Example tests of `appendBatch`, for stores that declare `capabilities.batchAppend`.
 *
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { makeInput } from '../fixtures.js';
import { expectErr, expectOk, harness, listAll } from '../harness.js';
import type { StoreConformanceOptions, TestStore } from '../options.js';

const batchOf = (store: TestStore) => {
  const append = store.appendBatch?.bind(store);
  if (append === undefined) expect.fail('capabilities.batchAppend is true but appendBatch is missing');
  return append;
};

/**
 * Registers the `appendBatch` tests (skipped when the store has no batch capability).
 *
 * @param options - the kit's options.
 */
export function batchSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  describe('appendBatch', () => {
    const h = harness(options);
    const batchIt = (name: string, fn: (store: TestStore) => Promise<void>) =>
      it(name, { timeout }, async (context) => {
        const store = await h.fresh();
        if (!store.capabilities.batchAppend) {
          context.skip();
          return;
        }
        await fn(store);
      });

    batchIt('appends many dossiers in order, chaining appends to the same dossier', async (store) => {
      const append = batchOf(store);
      const results = await expectOk(
        append([
          makeInput('d1', 0, 'k1'),
          makeInput('d2', 0, 'k1', [{ type: 'a' }, { type: 'b' }]),
          makeInput('d1', 1, 'k2'),
          makeInput('d1', 0, 'k1'),
        ]),
      );
      expect(results.map((r) => [r.dossierId, r.lastSequence, r.replayed])).toEqual([
        ['d1', 1, false],
        ['d2', 2, false],
        ['d1', 2, false],
        ['d1', 1, true],
      ]);
      expect((await expectOk(store.load('d1'))).events.map((e) => e.idempotencyKey)).toEqual(['k1', 'k2']);
      expect(await expectOk(append([]))).toEqual([]);
    });

    batchIt('writes nothing when one input conflicts', async (store) => {
      const append = batchOf(store);
      await expectOk(store.append(makeInput('d1', 0, 'k0')));
      const error = await expectErr(
        append([makeInput('d2', 0, 'k1'), makeInput('d1', 1, 'k1'), makeInput('d1', 1, 'k2')]),
      );
      expect(error).toMatchObject({
        kind: 'conflict',
        dossierId: 'd1',
        expectedSequence: 1,
        actualSequence: 2,
      });
      expect((await listAll(store, {})).items.map((s) => [s.dossierId, s.lastSequence])).toEqual([['d1', 1]]);
      expect((await expectErr(store.load('d2'))).kind).toBe('not-found');
    });

    batchIt('writes nothing when one input is invalid, and says which', async (store) => {
      const append = batchOf(store);
      const error = await expectErr(
        append([makeInput('d1', 0, 'k1'), makeInput('d2', 0, 'k1', [{ type: 'a', x: Number.NaN }])]),
      );
      expect(error).toMatchObject({
        kind: 'validation',
        issues: [{ code: 'json.nombre-non-fini', path: [1, 'events', 0, 'x'] }],
      });
      expect((await listAll(store, {})).items).toEqual([]);
    });

    batchIt(
      'treats a large batch as one: replays, conflicts and paths across the whole of it',
      async (store) => {
        const append = batchOf(store);
        const inputs = Array.from({ length: 2500 }, (_, i) =>
          makeInput(`big-${String(i).padStart(4, '0')}`, 0, 'k'),
        );
        const repeated = [...inputs, makeInput('big-0000', 0, 'k'), makeInput('big-0001', 1, 'k2')];
        const results = await expectOk(append(repeated));
        expect(results).toHaveLength(2502);
        expect(results[2500]).toStrictEqual({ ...results[0], replayed: true });
        expect(results[2501]?.lastSequence).toBe(2);
        const reused = await expectErr(
          append([
            makeInput('x', 0, 'k'),
            ...inputs.slice(0, 1499),
            makeInput('x', 1, 'k', [{ type: 'autre' }]),
          ]),
        );
        expect(reused).toMatchObject({
          kind: 'validation',
          issues: [{ code: 'cle-idempotence.reutilisee', path: [1500, 'idempotencyKey'] }],
        });
        const late = await expectErr(
          append([
            ...Array.from({ length: 2000 }, (_, i) => makeInput(`new-${i}`, 0, 'k')),
            makeInput('big-0002', 5, 'k3'),
          ]),
        );
        expect(late).toMatchObject({ kind: 'conflict', dossierId: 'big-0002', actualSequence: 1 });
        expect((await listAll(store, {})).items).toHaveLength(2500);
        expect((await expectErr(store.load('x'))).kind).toBe('not-found');
      },
    );

    batchIt('replays stored commands inside a batch, even with stale sequences', async (store) => {
      const append = batchOf(store);
      const first = await expectOk(append([makeInput('d1', 0, 'k1'), makeInput('d2', 0, 'k1')]));
      await expectOk(store.append(makeInput('d1', 1, 'k2')));
      const again = await expectOk(
        append([makeInput('d1', 0, 'k1'), makeInput('d2', 0, 'k1'), makeInput('d3', 0, 'k1')]),
      );
      expect(again.slice(0, 2)).toStrictEqual(first.map((r) => ({ ...r, replayed: true })));
      expect(again[2]?.replayed).toBe(false);
      expect((await listAll(store, {})).items.map((s) => [s.dossierId, s.lastSequence])).toEqual([
        ['d1', 2],
        ['d2', 1],
        ['d3', 1],
      ]);
    });
  });
}
