/**
 * The child-process side of the kit: forked by the concurrency and crash tests, it opens the store the
 * parent describes (through the store's `workerModule`) and runs one workload, reporting over IPC.
 *
 * @packageDocumentation
 */
import { pathToFileURL } from 'node:url';
import type { TestStore } from './options.js';
import { cohortInputs, type ImportProgress, importCohort, runWriter, type WriterTask } from './scenarios.js';

/** What the parent asks (writers then wait for a `{ kind: 'go' }` message). */
export type WorkerRequest =
  | {
      readonly kind: 'write';
      readonly workerModule: string;
      readonly locator: unknown;
      readonly task: WriterTask;
    }
  | {
      readonly kind: 'import';
      readonly workerModule: string;
      readonly locator: unknown;
      readonly count: number;
      readonly batchSize: number;
    };

/** What the child answers. */
export type WorkerMessage =
  | { readonly kind: 'ready' }
  | ImportProgress
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'error'; readonly message: string };

const send = (message: WorkerMessage): Promise<void> =>
  new Promise((resolve) => {
    if (process.send === undefined) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });

async function handle(request: WorkerRequest): Promise<void> {
  const url = request.workerModule.startsWith('file:')
    ? request.workerModule
    : pathToFileURL(request.workerModule).href;
  const module = (await import(url)) as { openStore?: (locator: unknown) => Promise<TestStore> };
  if (typeof module.openStore !== 'function') throw new Error(`${request.workerModule} exports no openStore`);
  const store = await module.openStore(request.locator);
  try {
    if (request.kind === 'write') {
      // Start together: the parent says "go" once every writer has opened its store.
      const go = new Promise((resolve) => process.once('message', resolve));
      await send({ kind: 'ready' });
      await go;
      await send({ kind: 'done', result: await runWriter(store, request.task) });
    } else {
      const result = await importCohort(store, cohortInputs(request.count), request.batchSize, (progress) => {
        void send(progress);
      });
      await send({ kind: 'done', result });
    }
  } finally {
    await store.close();
  }
}

process.once('message', (request: WorkerRequest) => {
  handle(request).then(
    () => process.disconnect?.(),
    async (error: unknown) => {
      await send({
        kind: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exitCode = 1;
      process.disconnect?.();
    },
  );
});
