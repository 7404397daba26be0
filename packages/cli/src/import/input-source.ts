/**
 * An input file (or standard input for `-`) as a source of bytes that can be read more than once — the import
 * reads a file twice, to check every row and then to record them — with its format.
 *
 * @packageDocumentation
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { FileError, UsageError } from '../failure.js';
import type { CliIo } from '../io.js';

/** The formats `import` reads. */
export type InputFormat = 'csv' | 'json' | 'jsonl';

/** An input to read. */
export interface InputSource {
  /** The path as given (`-` for standard input). */
  readonly name: string;
  readonly format: InputFormat;
  /** Its size in bytes. */
  readonly size: number;
  /** Its bytes from the start, in chunks; each call reads again (standard input is held in memory). */
  bytes(): AsyncIterable<Uint8Array>;
}

const CHUNK = 1 << 16;

async function* slices(buffer: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < buffer.length; i += CHUNK) yield buffer.subarray(i, i + CHUNK);
}

async function firstChar(bytes: AsyncIterable<Uint8Array>): Promise<string | undefined> {
  for await (const chunk of bytes) {
    const text = Buffer.from(chunk)
      .toString('latin1')
      .replace(/^\u00ef\u00bb\u00bf/, '')
      .trimStart();
    if (text !== '') return text[0];
  }
  return undefined;
}

function formatOfName(name: string): InputFormat | undefined {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

async function open(
  io: CliIo,
  name: string,
): Promise<Result<Omit<InputSource, 'format' | 'name'>, FileError>> {
  if (name === '-') {
    const buffer =
      io.readStdinBytes === undefined ? Buffer.from(await io.readStdin()) : await io.readStdinBytes();
    return ok({ size: buffer.length, bytes: () => slices(buffer) });
  }
  const path = resolve(io.cwd, name);
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return err({
        kind: 'file',
        message: 'C’est un dossier, pas un fichier',
        path: name,
        hint: 'Donnez le chemin d’un fichier CSV, JSON ou JSON Lines.',
      });
    }
    return ok({ size: info.size, bytes: () => createReadStream(path, { highWaterMark: CHUNK }) });
  } catch (e) {
    const code = (e as { code?: string }).code;
    return err({
      kind: 'file',
      message:
        code === 'ENOENT' ? 'Fichier introuvable' : `Lecture impossible (${code ?? 'erreur inconnue'})`,
      path: name,
      hint: 'Vérifiez le chemin du fichier (relatif au dossier courant).',
    });
  }
}

/**
 * Opens an input.
 *
 * @param io - for the working directory and standard input.
 * @param name - a path, or `-`.
 * @param format - the `--format` option, if given.
 * @returns the source and its format (from `--format`, the extension, or the first character: `[` JSON, `{`
 * JSON Lines, otherwise CSV), or a failure.
 */
export async function openInput(
  io: CliIo,
  name: string,
  format: string | undefined,
): Promise<Result<InputSource, FileError | UsageError>> {
  if (format !== undefined && format !== 'csv' && format !== 'json' && format !== 'jsonl') {
    return err({
      kind: 'usage',
      message: `--format : « ${format} » inconnu.`,
      hint: 'Formats : csv, json, jsonl.',
    });
  }
  const opened = await open(io, name);
  if (opened.isErr()) return err(opened.error);
  const source = opened.value;
  const chosen = format ?? formatOfName(name);
  if (chosen !== undefined) return ok({ ...source, name, format: chosen });
  const first = await firstChar(source.bytes());
  return ok({ ...source, name, format: first === '[' ? 'json' : first === '{' ? 'jsonl' : 'csv' });
}
