/**
 * Workloads shared by the in-process tests and the child processes: concurrent writers and a bulk import.
 *
 * @packageDocumentation
 */
import type { AppendInput } from '@tremplin/core';
import { makeIndex, RECORDED_AT } from './fixtures.js';
import type { TestEvent, TestStore } from './options.js';

/** What one writer does. */
export interface WriterTask {
  readonly writer: string;
  readonly dossierIds: readonly string[];
  readonly appends: number;
}

/** An append a writer got accepted. */
export interface WriterSuccess {
  readonly dossierId: string;
  readonly idempotencyKey: string;
  readonly expectedSequence: number;
  readonly lastSequence: number;
}

/** A conflict a writer was told about. */
export interface WriterConflict {
  readonly dossierId: string;
  readonly expectedSequence: number;
  readonly actualSequence: number;
}

/** What a writer reports. */
export interface WriterReport {
  readonly writer: string;
  readonly successes: readonly WriterSuccess[];
  readonly conflicts: readonly WriterConflict[];
  /** Re-sent commands answered as replays with the original result. */
  readonly replays: number;
  /** Unexpected failures (any is a conformance failure). */
  readonly failures: readonly string[];
}

/**
 * Runs one writer: `appends` commands spread over the shared dossiers, each retried after a conflict with
 * the head it re-reads; every third command is sent again afterwards (a network retry), with a stale
 * expected sequence, and must be answered as a replay.
 *
 * @param store - the writer's connection.
 * @param task - its identity and workload.
 * @returns what happened.
 */
export async function runWriter(store: TestStore, task: WriterTask): Promise<WriterReport> {
  const successes: WriterSuccess[] = [];
  const conflicts: WriterConflict[] = [];
  const failures: string[] = [];
  let replays = 0;
  for (let op = 0; op < task.appends && failures.length === 0; op++) {
    const dossierId = task.dossierIds[op % task.dossierIds.length] as string;
    const idempotencyKey = `${task.writer}/${op}`;
    const events: TestEvent[] = [{ type: 'ecrit', writer: task.writer, op }];
    for (let attempt = 0; ; attempt++) {
      if (attempt > 10_000) {
        failures.push(`${idempotencyKey}: too many conflicts`);
        break;
      }
      const loaded = await store.load(dossierId);
      if (loaded.isErr() && loaded.error.kind !== 'not-found') {
        failures.push(`${idempotencyKey}: load ${loaded.error.kind} ${loaded.error.message}`);
        break;
      }
      const head = loaded.isOk() ? loaded.value.lastSequence : 0;
      const input: AppendInput<TestEvent> = {
        dossierId,
        expectedSequence: head,
        idempotencyKey,
        recordedAt: RECORDED_AT,
        events,
        ...(head === 0 ? { index: makeIndex(dossierId) } : {}),
      };
      const appended = await store.append(input);
      if (appended.isOk()) {
        if (appended.value.replayed) {
          failures.push(`${idempotencyKey}: first send answered as a replay`);
          break;
        }
        successes.push({
          dossierId,
          idempotencyKey,
          expectedSequence: head,
          lastSequence: appended.value.lastSequence,
        });
        if (op % 3 === 0) {
          const again = await store.append({ ...input, expectedSequence: head, index: makeIndex(dossierId) });
          if (
            again.isOk() &&
            again.value.replayed &&
            again.value.lastSequence === appended.value.lastSequence &&
            JSON.stringify(again.value.events) === JSON.stringify(appended.value.events)
          ) {
            replays++;
          } else {
            failures.push(`${idempotencyKey}: retry not answered with the original result`);
          }
        }
        break;
      }
      if (appended.error.kind === 'conflict') {
        conflicts.push({
          dossierId,
          expectedSequence: appended.error.expectedSequence,
          actualSequence: appended.error.actualSequence,
        });
        continue;
      }
      failures.push(`${idempotencyKey}: append ${appended.error.kind} ${appended.error.message}`);
      break;
    }
  }
  return { writer: task.writer, successes, conflicts, replays, failures };
}

/**
 * The deterministic cohort of the import scenario: dossier `i` gets one command of two events, the first
 * with a 2 KB appréciation.
 *
 * @param count - how many dossiers.
 * @returns the inputs, in import order.
 */
export function cohortInputs(count: number): AppendInput<TestEvent>[] {
  const text = 'Appréciation « détaillée » de l’inspecteur. '.repeat(45);
  return Array.from({ length: count }, (_, i) => {
    const dossierId = `import-${String(i).padStart(6, '0')}`;
    return {
      dossierId,
      expectedSequence: 0,
      idempotencyKey: `import/${dossierId}`,
      recordedAt: RECORDED_AT,
      events: [
        { type: 'dossier-ouvert', numero: i, appreciation: text },
        { type: 'tuteur-designe', tuteurId: `tuteur-${i % 37}` },
      ],
      index: makeIndex(dossierId, {
        uai: `974${String(i % 100).padStart(4, '0')}A`,
        tuteurIds: [`tuteur-${i % 37}`],
      }),
    };
  });
}

/** Progress of an import. */
export type ImportProgress =
  | { readonly kind: 'batch-start'; readonly batch: number }
  | {
      readonly kind: 'batch-done';
      readonly batch: number;
      readonly appended: number;
      readonly replayed: number;
    };

/**
 * Imports a cohort in batches (with `appendBatch` when the store has it, else one append at a time).
 *
 * @param store - the store.
 * @param inputs - the cohort.
 * @param batchSize - dossiers per batch.
 * @param onProgress - told before and after each batch.
 * @returns how many inputs were appended and how many replayed, or the first error's message.
 */
export async function importCohort(
  store: TestStore,
  inputs: readonly AppendInput<TestEvent>[],
  batchSize: number,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<{ appended: number; replayed: number; error?: string }> {
  let appended = 0;
  let replayed = 0;
  for (let start = 0, batch = 0; start < inputs.length; start += batchSize, batch++) {
    const slice = inputs.slice(start, start + batchSize);
    onProgress({ kind: 'batch-start', batch });
    let results: { replayed: boolean }[] = [];
    if (store.appendBatch !== undefined) {
      const r = await store.appendBatch(slice);
      if (r.isErr()) return { appended, replayed, error: `${r.error.kind}: ${r.error.message}` };
      results = [...r.value];
    } else {
      for (const input of slice) {
        const r = await store.append(input);
        if (r.isErr()) return { appended, replayed, error: `${r.error.kind}: ${r.error.message}` };
        results.push(r.value);
      }
    }
    const batchReplayed = results.filter((r) => r.replayed).length;
    appended += results.length - batchReplayed;
    replayed += batchReplayed;
    onProgress({
      kind: 'batch-done',
      batch,
      appended: results.length - batchReplayed,
      replayed: batchReplayed,
    });
  }
  return { appended, replayed };
}
