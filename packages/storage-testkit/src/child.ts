/**
 * Forking the kit's worker and talking to it.
 *
 * @packageDocumentation
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkerMessage, WorkerRequest } from './worker.js';

/** How a child ended, and what it said. */
export interface ChildOutcome {
  readonly messages: readonly WorkerMessage[];
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * The path of the compiled worker script, next to the kit's compiled entry point.
 *
 * @returns the absolute path.
 */
export function workerPath(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

/**
 * Forks the worker, sends it a request, and resolves when it exits.
 *
 * @param request - the workload.
 * @param onMessage - called with each message and the child (e.g. to kill it mid-import).
 * @returns the messages and the exit status.
 */
export function runChild(
  request: WorkerRequest,
  onMessage: (message: WorkerMessage, child: ChildProcess) => void = () => {},
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(workerPath(), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'json',
    });
    const messages: WorkerMessage[] = [];
    child.on('message', (message: WorkerMessage) => {
      messages.push(message);
      onMessage(message, child);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ messages, code, signal }));
    child.send(request);
  });
}
