/**
 * The crash test: a child process killed in the middle of a bulk import leaves a consistent database, and
 * re-running the import with the same idempotency keys completes it.
 *
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { runChild } from '../child.js';
import { expectOk, harness, listAll } from '../harness.js';
import type { StoreConformanceOptions, TestStore } from '../options.js';
import { cohortInputs, importCohort } from '../scenarios.js';

const COUNT = 1500;
const BATCH = 100;

/** Every dossier of the cohort is either absent or complete, and the present ones are whole batches, in order. */
async function verifyConsistent(options: StoreConformanceOptions, store: TestStore): Promise<number> {
  const inputs = cohortInputs(COUNT);
  const { items } = await listAll(store, {});
  const present = new Set(items.map((s) => s.dossierId));
  const count = present.size;
  const batched = !!store.capabilities.batchAppend;
  if (batched) expect(count % BATCH, 'a batch was partly committed').toBe(0);
  expect(inputs.map((input) => present.has(input.dossierId))).toEqual(inputs.map((_, i) => i < count));
  for (const input of inputs.slice(0, count)) {
    const loaded = await expectOk(store.load(input.dossierId));
    expect(loaded.events.map((e) => e.event)).toStrictEqual(input.events);
    expect(loaded.index).toStrictEqual(input.index);
    const history = await expectOk(store.history(input.dossierId));
    expect(history.commands.map((c) => c.idempotencyKey)).toEqual([input.idempotencyKey]);
  }
  if (options.readRaw !== undefined) {
    const raw = await options.readRaw(store);
    expect(raw.events).toHaveLength(count * 2);
    expect(raw.dossiers).toHaveLength(count);
  }
  return count;
}

/**
 * Registers the crash test (for stores with `capabilities.persistent` and `multiProcess`, when the
 * options give `processes`).
 *
 * @param options - the kit's options.
 */
export function crashSuite(options: StoreConformanceOptions): void {
  const timeout = Math.max(options.timeout ?? 60_000, 180_000);
  const processes = options.processes;
  describe('crash during a bulk import', () => {
    const h = harness(options);

    it.skipIf(processes === undefined || processes.crash === false)(
      `stays consistent when the importing process is killed, and the re-run completes it (${COUNT} dossiers)`,
      { timeout },
      async (context) => {
        const store = await h.fresh();
        if (processes === undefined || !store.capabilities.persistent || !store.capabilities.multiProcess) {
          context.skip();
          return;
        }
        const workerModule = String(processes.workerModule);
        const locator = processes.locate(store);
        let before = 0;
        // Kill three children at different points, each time resuming the same import.
        for (const killAt of [2, 4, 7]) {
          const outcome = await runChild(
            { kind: 'import', workerModule, locator, count: COUNT, batchSize: BATCH },
            (message, child) => {
              if (message.kind === 'batch-start' && message.batch === killAt) child.kill('SIGKILL');
            },
          );
          expect(outcome.messages.filter((m) => m.kind === 'error')).toEqual([]);
          expect(outcome.signal, 'the child was killed').toBe('SIGKILL');
          const count = await verifyConsistent(options, store);
          expect(count).toBeGreaterThanOrEqual(before);
          expect(count, 'the child was killed before the end').toBeLessThan(COUNT);
          before = count;
        }
        const rerun = await importCohort(store, cohortInputs(COUNT), BATCH);
        expect(rerun.error).toBeUndefined();
        expect(rerun.replayed).toBe(before);
        expect(rerun.appended).toBe(COUNT - before);
        expect(await verifyConsistent(options, store)).toBe(COUNT);
      },
    );
  });
}
