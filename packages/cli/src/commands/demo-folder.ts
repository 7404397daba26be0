/**
 * The demo's output folder: the demo replaces only what an earlier demo wrote there, which a marker file
 * tells. A folder the demo did not make (`--out .`, a home folder holding its own `exports`) is never emptied.
 *
 * @packageDocumentation
 */
import { access, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFailure } from '../exports/write-failure.js';
import type { FileError, UsageError } from '../failure.js';

/** The marker file the demo leaves in its folder. */
export const DEMO_MARKER = '.tremplin-demo';

/** What the demo writes in its folder (its database is `tremplin-demo.sqlite`, with `-wal` and `-shm`). */
const DEMO_ENTRIES = ['exports', 'resume.json'] as const;
const DB_FILES = ['tremplin-demo.sqlite', 'tremplin-demo.sqlite-wal', 'tremplin-demo.sqlite-shm'] as const;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the demo's folder ready: creates it, or, when it holds a previous demo's files (its marker is there),
 * removes those files only; refuses a folder that holds what the demo would write but that no demo made.
 *
 * @param folder - the absolute folder (`--out`).
 * @param ownDb - whether the demo's database lives in the folder (no `--db`).
 * @returns null when ready, a usage failure (exit 2) when the folder is not the demo's, or a file failure
 * (exit 3) when it cannot be written.
 */
export async function prepareDemoFolder(
  folder: string,
  ownDb: boolean,
): Promise<UsageError | FileError | null> {
  const ours = [...DEMO_ENTRIES, ...(ownDb ? DB_FILES : [])];
  try {
    await mkdir(folder, { recursive: true });
    const marked = await exists(join(folder, DEMO_MARKER));
    if (!marked) {
      const present = new Set(await readdir(folder));
      const clash = ours.filter((name) => present.has(name));
      if (clash.length > 0) {
        return {
          kind: 'usage',
          message: `Le dossier ${folder} contient déjà ${clash.map((c) => `« ${c} »`).join(', ')}, que la démo n’a pas créé : rien n’a été supprimé.`,
          hint: 'Donnez à la démo un dossier à elle (--out tremplin-demo), ou videz celui-ci vous-même.',
        };
      }
    }
    for (const name of ours) await rm(join(folder, name), { recursive: true, force: true });
    await writeFile(
      join(folder, DEMO_MARKER),
      'Dossier écrit par « tremplin demo » : une nouvelle démo y remplace exports/, resume.json et sa base.\n',
    );
  } catch (e) {
    return writeFailure(e, folder);
  }
  return null;
}
