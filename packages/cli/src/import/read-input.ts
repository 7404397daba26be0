/**
 * Reading an input file (or standard input for `-`) and choosing its format.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { FileError, UsageError } from '../failure.js';
import type { CliIo } from '../io.js';

/** The formats `import` reads. */
export type InputFormat = 'csv' | 'json' | 'jsonl';

/** The text of an input and its format. */
export interface Input {
  /** The path as given (`-` for standard input). */
  readonly name: string;
  readonly format: InputFormat;
  readonly text: string;
}

/**
 * Reads an input.
 *
 * @param io - for the working directory and standard input.
 * @param name - a path, or `-`.
 * @param format - the `--format` option, if given.
 * @returns the text and its format (from `--format`, the extension, or the first character on standard
 * input), or a failure.
 */
export async function readInput(
  io: CliIo,
  name: string,
  format: string | undefined,
): Promise<Result<Input, FileError | UsageError>> {
  if (format !== undefined && format !== 'csv' && format !== 'json' && format !== 'jsonl') {
    return err({
      kind: 'usage',
      message: `--format : « ${format} » inconnu.`,
      hint: 'Formats : csv, json, jsonl.',
    });
  }
  let text: string;
  try {
    text = name === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, name), 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return err({
      kind: 'file',
      message: code === 'ENOENT' ? 'Fichier introuvable' : `Lecture impossible (${code ?? String(e)})`,
      path: name,
      hint: 'Vérifiez le chemin du fichier (relatif au dossier courant).',
    });
  }
  if (format !== undefined) return ok({ name, format, text });
  const ext = extname(name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return ok({ name, format: 'csv', text });
  if (ext === '.json') return ok({ name, format: 'json', text });
  if (ext === '.jsonl' || ext === '.ndjson') return ok({ name, format: 'jsonl', text });
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '[') return ok({ name, format: 'json', text });
  if (first === '{') return ok({ name, format: 'jsonl', text });
  return ok({ name, format: 'csv', text });
}
