/**
 * The export folder: every document is written inside it and nowhere else, under a name no other document of
 * the export takes, through a temporary file renamed into place (a failed write never leaves a truncated file
 * under the final name), and a failure is a `file` failure in French (exit code 3), never an exception.
 *
 * @packageDocumentation
 */
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ExportBody } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';
import type { WrittenFile } from './write-body.js';
import { writeFailure } from './write-failure.js';

/** The file operations an export folder uses (the process's by default; tests inject failures). */
export interface ExportFileSystem {
  mkdir(path: string): Promise<void>;
  realpath(path: string): Promise<string>;
  writeFile(path: string, data: Uint8Array | AsyncIterable<Uint8Array>): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** The process's file system. */
export const nodeExportFileSystem: ExportFileSystem = {
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  realpath: (path) => realpath(path),
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};

/** A folder documents are written into. */
export interface ExportFolder {
  /** The folder's absolute path. */
  readonly dir: string;
  /**
   * Writes one document.
   *
   * @param path - its path in the folder, with `/` separators (`fiches-bilans/final/fiche-….pdf`).
   * @param body - text (UTF-8), bytes or a stream of bytes.
   * @returns the file written, or why not: a path leaving the folder, a name already taken in this export
   * (names differing only by case count as one), an I/O error (EACCES, ENOTDIR, EFBIG, ENOSPC…).
   */
  write(path: string, body: ExportBody): Promise<Result<WrittenFile, FileError>>;
}

function refused(path: string, message: string, hint: string): FileError {
  return { kind: 'file', message, path, hint };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function safeSegments(path: string): boolean {
  const segments = path.split('/');
  return segments.every(
    (s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\\') && !s.includes('\0') && !s.includes(':'),
  );
}

async function* counted(body: AsyncIterable<Uint8Array>, count: { bytes: number }) {
  for await (const chunk of body) {
    count.bytes += chunk.length;
    yield chunk;
  }
}

/**
 * Opens an export folder (created on the first write).
 *
 * @param dir - the folder's absolute path (`--out`).
 * @param fs - the file operations; the process's by default.
 * @returns the folder.
 */
export function openExportFolder(dir: string, fs: ExportFileSystem = nodeExportFileSystem): ExportFolder {
  const root = resolve(dir);
  const taken = new Set<string>();
  const ready = new Set<string>();
  let realRoot: string | undefined;
  let temporaries = 0;

  const prepare = async (folder: string): Promise<FileError | null> => {
    if (ready.has(folder)) return null;
    try {
      await fs.mkdir(folder);
      realRoot ??= await fs.realpath(root);
      // A symbolic link inside the folder must not lead the export elsewhere.
      if (!inside(realRoot, await fs.realpath(folder))) {
        return refused(
          folder,
          'Ce dossier mène hors du dossier d’export (lien symbolique)',
          'Supprimez le lien, ou choisissez un autre dossier de sortie (--out).',
        );
      }
    } catch (e) {
      return writeFailure(e, folder);
    }
    ready.add(folder);
    return null;
  };

  const write = async (path: string, body: ExportBody): Promise<Result<WrittenFile, FileError>> => {
    const target = resolve(root, ...path.split('/'));
    if (!safeSegments(path) || !inside(root, target) || target === root) {
      return err(
        refused(
          path,
          'Nom de document hors du dossier d’export : refusé',
          'C’est un défaut de Tremplin ou un identifiant piégé : signalez-le.',
        ),
      );
    }
    const key = relative(root, target).normalize('NFC').toLowerCase();
    if (taken.has(key)) {
      return err(
        refused(
          target,
          'Deux documents de cet export porteraient ce nom',
          'Des identifiants qui ne diffèrent que par la casse (D-1 et d-1) : exportez-les séparément (--out).',
        ),
      );
    }
    const folder = dirname(target);
    const prepared = await prepare(folder);
    if (prepared !== null) return err(prepared);
    const temporary = join(folder, `.${basename(target)}.${process.pid}-${temporaries++}.tmp`);
    const count = { bytes: 0 };
    try {
      if (typeof body === 'string' || body instanceof Uint8Array) {
        const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
        count.bytes = bytes.length;
        await fs.writeFile(temporary, bytes);
      } else {
        await fs.writeFile(temporary, counted(body, count));
      }
      await fs.rename(temporary, target);
    } catch (e) {
      await fs.remove(temporary).catch(() => undefined);
      return err(writeFailure(e, target));
    }
    taken.add(key);
    return ok({ path, bytes: count.bytes });
  };

  return { dir: root, write };
}
