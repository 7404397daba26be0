/**
 * The journal file on disk: reading it whole at open (dropping a torn last line), appending a line with an
 * optional `fdatasync`, undoing a partial write, and the lock file that keeps a second process out.
 *
 * @packageDocumentation
 */
import { type FileHandle, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';

/** What the file held at open. */
export interface JournalContent {
  /** Every complete line, without its newline, with its 1-based line number. */
  readonly lines: readonly { readonly number: number; readonly text: string }[];
  /** Bytes of a torn last line that were cut off (0 when the file ended with a newline). */
  readonly tornBytes: number;
}

const NEWLINE = 0x0a;

/**
 * Reads the journal, cutting a torn last line off the file: a line without its newline is a write that never
 * completed (the process died during it), so its `append` never reported success.
 *
 * @param file - the journal's path.
 * @returns the complete lines (none when the file does not exist yet).
 */
export async function readJournal(file: string): Promise<JournalContent> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], tornBytes: 0 };
    throw error;
  }
  const end = bytes.lastIndexOf(NEWLINE) + 1;
  const tornBytes = bytes.length - end;
  if (tornBytes > 0) await truncate(file, end);
  const lines: { number: number; text: string }[] = [];
  let start = 0;
  let number = 0;
  while (start < end) {
    const stop = bytes.indexOf(NEWLINE, start);
    number++;
    lines.push({ number, text: bytes.toString('utf8', start, stop) });
    start = stop + 1;
  }
  return { lines, tornBytes };
}

/** A line could not be written; `undone` tells whether the file was cut back to its previous length. */
export class JournalWriteError extends Error {
  /**
   * @param cause - the file system's error.
   * @param undone - the partial write was removed.
   */
  constructor(
    override readonly cause: unknown,
    readonly undone: boolean,
  ) {
    super(`Écriture du journal impossible : ${String(cause)}`);
    this.name = 'JournalWriteError';
  }
}

/** The journal opened for appending. */
export interface JournalWriter {
  /**
   * Appends one line. When the write fails the file is cut back to its previous length, so that no partial
   * line stays between two good ones.
   *
   * @param line - the line, newline included.
   * @returns once written (and synced when asked); rejects with a {@link JournalWriteError} when the write failed.
   */
  append(line: string): Promise<void>;
  /** Closes the file. */
  close(): Promise<void>;
}

/**
 * Opens the journal for appending.
 *
 * @param file - the journal's path (created if absent).
 * @param sync - call `fdatasync` after each line, so that a successful append survives a power loss.
 * @returns the writer.
 */
export async function openJournalWriter(file: string, sync: boolean): Promise<JournalWriter> {
  const handle: FileHandle = await open(file, 'a');
  let size = (await handle.stat()).size;
  return {
    async append(line) {
      const bytes = Buffer.from(line, 'utf8');
      try {
        await handle.write(bytes);
        if (sync) await handle.datasync();
        size += bytes.length;
      } catch (error) {
        const undone = await handle.truncate(size).then(
          () => true,
          () => false,
        );
        throw new JournalWriteError(error, undone);
      }
    },
    close: () => handle.close(),
  };
}

/** Why the lock could not be taken. */
export interface LockHeld {
  readonly pid: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file `<file>.lock`, holding this process's id. A lock left by a process that no longer runs
 * (it crashed) is taken over; one held by a running process, this one included, is not.
 *
 * @param file - the journal's path.
 * @returns `null` when taken, or who holds it.
 */
export async function acquireLock(file: string): Promise<LockHeld | null> {
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isSafeInteger(pid) && pid > 0 && alive(pid)) return { pid };
    await rm(lock, { force: true });
  }
  return { pid: Number.NaN };
}

/**
 * Removes the lock file.
 *
 * @param file - the journal's path.
 */
export async function releaseLock(file: string): Promise<void> {
  await rm(`${file}.lock`, { force: true });
}
