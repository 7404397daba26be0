/**
 * Concurrency: several writers (separate connections, and separate processes when the store allows)
 * appending to the same dossiers. No event lost, none duplicated, every conflict reported.
 *
 * @packageDocumentation
 */
import type { ChildProcess } from 'node:child_process';
import type { EventEnvelope } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { runChild } from '../child.js';
import { makeInput } from '../fixtures.js';
import { expectOk, harness } from '../harness.js';
import type { StoreConformanceOptions, TestEvent, TestStore } from '../options.js';
import { runWriter, type WriterReport } from '../scenarios.js';

/**
 * Checks the final logs against what the writers were told: every accepted command's event exactly once,
 * at the position its result gave, sequences without gaps, nothing else; every conflict consistent.
 */
async function verifyWriters(
  store: TestStore,
  dossierIds: readonly string[],
  reports: readonly WriterReport[],
) {
  for (const report of reports) expect(report.failures, report.writer).toEqual([]);
  const logs = new Map<string, readonly EventEnvelope<TestEvent>[]>();
  for (const id of dossierIds) {
    const loaded = await expectOk(store.load(id));
    expect(loaded.events.map((e) => e.sequence)).toEqual(loaded.events.map((_, i) => i + 1));
    expect(loaded.lastSequence).toBe(loaded.events.length);
    logs.set(id, loaded.events);
  }
  const seen = new Set<string>();
  for (const events of logs.values()) {
    for (const e of events) {
      expect(seen.has(e.idempotencyKey), `duplicated ${e.idempotencyKey}`).toBe(false);
      seen.add(e.idempotencyKey);
      expect(e.idempotencyKey).toBe(`${e.event.writer}/${e.event.op}`);
    }
  }
  const successes = reports.flatMap((r) => r.successes);
  expect(seen.size).toBe(successes.length);
  for (const s of successes) {
    const event = logs.get(s.dossierId)?.[s.lastSequence - 1];
    expect(event?.idempotencyKey, `${s.idempotencyKey} lost`).toBe(s.idempotencyKey);
    expect(s.lastSequence).toBe(s.expectedSequence + 1);
  }
  for (const c of reports.flatMap((r) => r.conflicts)) {
    expect(c.actualSequence).not.toBe(c.expectedSequence);
    expect(c.actualSequence).toBeGreaterThan(c.expectedSequence);
    expect(c.actualSequence).toBeLessThanOrEqual(logs.get(c.dossierId)?.length ?? 0);
  }
}

/**
 * Registers the concurrency tests.
 *
 * @param options - the kit's options.
 */
export function concurrencySuite(options: StoreConformanceOptions): void {
  const timeout = Math.max(options.timeout ?? 60_000, 120_000);
  const writers = options.concurrency?.writers ?? 4;
  const appends = options.concurrency?.appendsPerWriter ?? 20;
  const dossierCount = options.concurrency?.dossiers ?? 3;
  const dossierIds = Array.from({ length: dossierCount }, (_, i) => `partage-${i}`);

  describe('concurrency', () => {
    const h = harness(options);

    it('lets exactly one of several simultaneous writers with the same expected sequence win', {
      timeout,
    }, async () => {
      const store = await h.fresh();
      await expectOk(store.append(makeInput('d1', 0, 'k0')));
      const peers = await Promise.all(Array.from({ length: writers }, () => h.peer(store)));
      const results = await Promise.all(peers.map((peer, i) => peer.append(makeInput('d1', 1, `w${i}`))));
      const winners = results.filter((r) => r.isOk());
      expect(winners).toHaveLength(1);
      for (const r of results) {
        if (r.isErr()) {
          expect(r.error).toMatchObject({
            kind: 'conflict',
            dossierId: 'd1',
            expectedSequence: 1,
            actualSequence: 2,
          });
        }
      }
      expect((await expectOk(store.load('d1'))).lastSequence).toBe(2);
    });

    it('appends a command sent simultaneously on several connections exactly once', { timeout }, async () => {
      const store = await h.fresh();
      const peers = await Promise.all(Array.from({ length: writers }, () => h.peer(store)));
      const results = await Promise.all(
        peers.map((peer) => peer.append(makeInput('d1', 0, 'meme-commande'))),
      );
      const values = await Promise.all(results.map((r) => expectOk(r)));
      expect(values.filter((v) => !v.replayed)).toHaveLength(1);
      for (const v of values) expect(v.events.map((e) => e.sequence)).toEqual([1]);
      expect((await expectOk(store.load('d1'))).events).toHaveLength(1);
    });

    it(`keeps every write of ${writers} writers × ${appends} appends on ${dossierCount} dossiers`, {
      timeout,
    }, async () => {
      const store = await h.fresh();
      const peers = await Promise.all(Array.from({ length: writers }, () => h.peer(store)));
      const reports = await Promise.all(
        peers.map((peer, i) => runWriter(peer, { writer: `w${i}`, dossierIds, appends })),
      );
      await verifyWriters(store, dossierIds, reports);
      expect(reports.reduce((n, r) => n + r.replays, 0)).toBe(writers * Math.ceil(appends / 3));
    });

    const processes = options.processes;
    it.skipIf(processes === undefined)(
      `keeps every write of ${processes?.writers ?? 3} writer processes`,
      { timeout },
      async (context) => {
        const store = await h.fresh();
        if (processes === undefined || !store.capabilities.multiProcess) {
          context.skip();
          return;
        }
        const count = processes.writers ?? 3;
        const workerModule = String(processes.workerModule);
        const locator = processes.locate(store);
        const ready: ChildProcess[] = [];
        const outcomes = await Promise.all(
          Array.from({ length: count }, (_, i) =>
            runChild(
              { kind: 'write', workerModule, locator, task: { writer: `p${i}`, dossierIds, appends } },
              (m, child) => {
                if (m.kind !== 'ready') return;
                ready.push(child);
                if (ready.length === count) for (const c of ready) c.send({ kind: 'go' });
              },
            ),
          ),
        );
        const reports: WriterReport[] = [];
        for (const outcome of outcomes) {
          const errors = outcome.messages.filter((m) => m.kind === 'error');
          expect(errors).toEqual([]);
          expect(outcome.code).toBe(0);
          const done = outcome.messages.find((m) => m.kind === 'done');
          expect(done).toBeDefined();
          if (done?.kind === 'done') reports.push(done.result as WriterReport);
        }
        await verifyWriters(store, dossierIds, reports);
        // Processes racing on three dossiers must have collided at least once.
        expect(reports.reduce((n, r) => n + r.conflicts.length, 0)).toBeGreaterThan(0);
      },
    );
  });
}
