/**
 * Tamper evidence: every store chains each dossier's events and checks the chain on every read, so that a
 * log changed outside Tremplin (an event edited, deleted, a chain forged, the head moved) is reported as
 * `StoreFailure` `integrity` naming the dossier and the first sequence altered.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import { computeChains, GENESIS_CHAIN } from '@tremplin/core/store-kit';
import { describe, expect, it } from 'vitest';
import { makeInput } from '../fixtures.js';
import { collect, expectErr, expectOk, type Harness, harness } from '../harness.js';
import type { StoreConformanceOptions, Tamper, TestEvent, TestStore } from '../options.js';

/** d0 and d2 (one event each) around d1, whose five events come from three commands. */
async function populate(store: TestStore): Promise<void> {
  await expectOk(store.append(makeInput('d0', 0, 'k1')));
  await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'ouvert' }, { type: 'visite', n: 1 }])));
  await expectOk(store.append(makeInput('d1', 2, 'k2', [{ type: 'avis', favorable: true }])));
  const last: TestEvent[] = [
    { type: 'proposition', titularisation: true },
    { type: 'decision', titularise: true },
  ];
  await expectOk(store.append(makeInput('d1', 3, 'k3', last)));
  await expectOk(store.append(makeInput('d2', 0, 'k1')));
}

/** Asserts that every read of d1 reports it changed at `sequence`, and that the other dossiers still read. */
async function expectChanged(store: TestStore, sequence: number): Promise<void> {
  const changed: Partial<StoreFailure> = { kind: 'store', code: 'integrity', dossierId: 'd1', sequence };
  const failure = await expectErr(store.load('d1'));
  expect(failure).toMatchObject(changed);
  expect(failure.message).toBe(
    `Le journal du dossier d1 a été modifié hors de Tremplin : première séquence altérée ${sequence}.`,
  );
  expect(await expectErr(store.history('d1'))).toMatchObject(changed);
  // The stream hands out d0, then the error, and ends: none of d1's events is served.
  const streamed = await collect(store.streamCohort({}));
  expect(streamed.items.map((e) => e.dossierId)).toEqual(['d0']);
  expect(streamed.errors).toMatchObject([changed]);
  expect(streamed.afterError).toBe(0);
  expect((await expectOk(store.load('d2'))).lastSequence).toBe(1);
}

/** A test that damages raw storage, skipped (with its reason) when the store gives no way to. */
function tamperTest(
  h: Harness,
  options: StoreConformanceOptions,
  name: string,
  body: (store: TestStore, tamper: Tamper) => Promise<void>,
): void {
  const open = options.tamper;
  it.skipIf(open === undefined)(name, { timeout: options.timeout ?? 60_000 }, async () => {
    const store = await h.fresh();
    await populate(store);
    await body(store, await (open as NonNullable<typeof open>)(store));
  });
}

/**
 * Registers the tamper-evidence tests.
 *
 * @param options - the kit's options; `tamper` enables the tests that damage raw storage.
 */
export function integritySuite(options: StoreConformanceOptions): void {
  describe('tamper evidence (hash chain)', () => {
    const h = harness(options);

    it('reads back a sound log through load, history and streamCohort', {
      timeout: options.timeout ?? 60_000,
    }, async () => {
      const store = await h.fresh();
      await populate(store);
      expect((await expectOk(store.load('d1'))).events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);
      expect((await expectOk(store.history('d1'))).commands.map((c) => c.lastSequence)).toEqual([2, 3, 5]);
      const streamed = await collect(store.streamCohort({}));
      expect(streamed.errors).toEqual([]);
      expect(streamed.items).toHaveLength(7);
    });

    tamperTest(
      h,
      options,
      'catches an event whose JSON was edited (a decision reversed)',
      async (store, tamper) => {
        await tamper.editEvent('d1', 5, { payload: '{"type":"decision","titularise":false}' });
        await expectChanged(store, 5);
      },
    );

    tamperTest(h, options, 'catches an event edited in the middle of the log', async (store, tamper) => {
      await tamper.editEvent('d1', 3, { payload: '{"type":"avis","favorable":false}' });
      await expectChanged(store, 3);
    });

    tamperTest(
      h,
      options,
      'catches a truncated tail: the head says 5, the log ends at 4',
      async (store, tamper) => {
        await tamper.deleteEvent('d1', 5);
        await expectChanged(store, 5);
      },
    );

    tamperTest(h, options, 'catches an event deleted in the middle', async (store, tamper) => {
      await tamper.deleteEvent('d1', 3);
      await expectChanged(store, 3);
    });

    tamperTest(
      h,
      options,
      'catches an edited event whose chain was rewritten to match, at the next link',
      async (store, tamper) => {
        const events = (await expectOk(store.load('d1'))).events;
        const edited = events.map((e) =>
          e.sequence === 3 ? { ...e, event: { type: 'avis', favorable: false } } : e,
        );
        // The forger recomputes sequence 3's chain from the real chain of sequence 2.
        const forged = computeChains(GENESIS_CHAIN, edited.slice(0, 3));
        await tamper.editEvent('d1', 3, {
          payload: '{"type":"avis","favorable":false}',
          chain: forged[2] as string,
        });
        await expectChanged(store, 4);
      },
    );

    tamperTest(
      h,
      options,
      'catches a head moved back over a sound log (an event added past it)',
      async (store, tamper) => {
        const events = (await expectOk(store.load('d1'))).events;
        const chains = computeChains(GENESIS_CHAIN, events);
        await tamper.editHead('d1', { lastSequence: 4, lastChain: chains[3] as string });
        await expectChanged(store, 5);
      },
    );

    tamperTest(h, options, 'catches a head whose chain was changed', async (store, tamper) => {
      await tamper.editHead('d1', { lastChain: GENESIS_CHAIN });
      await expectChanged(store, 5);
    });
  });
}
