/**
 * Running the built `tremplin` command in a child process, on temporary directories.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built executable (`TREMPLIN_CLI_BIN` runs another build, e.g. a copy isolated from concurrent rebuilds). */
export const BIN = process.env.TREMPLIN_CLI_BIN ?? fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tremplin` with arguments.
 *
 * @param args - the command line.
 * @param options - working directory, standard input, extra environment.
 * @returns exit code and outputs.
 */
export function run(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: Record<string, string | undefined> },
): Promise<RunResult> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (npm run build).`);
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      TREMPLIN_DB: undefined,
      TREMPLIN_AS: undefined,
      ...options.env,
    };
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The JSON document of a `--json` run. */
export interface JsonDocument {
  readonly ok: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: tests read into the documents freely.
  readonly result?: any;
  // biome-ignore lint/suspicious/noExplicitAny: tests read into the documents freely.
  readonly error?: any;
}

/**
 * Parses the stdout of a `--json` run (it must be exactly one JSON document).
 *
 * @param r - the run.
 * @returns the document.
 */
export function doc(r: RunResult): JsonDocument {
  return JSON.parse(r.stdout) as JsonDocument;
}

/**
 * A temporary directory, removed by the returned function.
 *
 * @returns the path and its cleanup.
 */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
