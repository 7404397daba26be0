/**
 * Reads the calendar files the configuration names: Tremplin's JSON form, or files of the official dataset
 * `fr-en-calendrier-scolaire` (CSV or JSON as published), decoded by core's `importCalendrierScolaire`.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type CalendrierScolaire, importCalendrierScolaire } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';
import { calendrierFileSchema, isTremplinCalendrier } from './calendrier-schema.js';
import { readDatasetText } from './dataset-rows.js';
import { keyPath } from './read-config-file.js';

function bad(path: string, why: string): FileError {
  return {
    kind: 'file',
    message: `${path} : calendrier illisible — ${why}.`,
    path,
    hint: 'Donnez un fichier du jeu « fr-en-calendrier-scolaire » (CSV ou JSON tel que publié) ou un calendrier écrit par « tremplin calendrier import ».',
  };
}

/**
 * Decodes the text of a calendar file.
 *
 * @param text - the file's content.
 * @param path - its path (the extension `.csv` says CSV; repeated in messages).
 * @returns the calendars, or a `FileError` naming the file and the problem.
 */
export function decodeCalendrierText(text: string, path: string): Result<CalendrierScolaire[], FileError> {
  const format = extname(path).toLowerCase() === '.csv' ? 'csv' : 'json';
  const raw = readDatasetText(text, format);
  if (raw.isErr()) return err(bad(path, raw.error));
  if (format === 'json' && isTremplinCalendrier(raw.value)) {
    const parsed = calendrierFileSchema.safeParse(raw.value);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 5).map((i) => `${keyPath(i.path)} : ${i.message}`);
      return err(bad(path, problems.join(' ; ')));
    }
    // Parsed JSON holds no `undefined` value: zod's optional keys are absent, as core's type wants them.
    const calendriers = (Array.isArray(parsed.data) ? parsed.data : [parsed.data]) as CalendrierScolaire[];
    return ok(calendriers);
  }
  const imported = importCalendrierScolaire(raw.value);
  if (imported.isErr()) {
    const problems = imported.error.issues
      .slice(0, 5)
      .map(
        (i) =>
          `${i.path.length > 0 ? `ligne ${Number(i.path[0]) + 1}, ${i.path.slice(1).join('.')} : ` : ''}${i.message}`,
      );
    return err(bad(path, `${imported.error.message} ${problems.join(' ; ')}`.trim()));
  }
  return ok(imported.value);
}

/**
 * Reads one calendar file.
 *
 * @param path - its absolute path.
 * @returns the calendars it holds, or a `FileError`.
 */
export async function readCalendrierFile(path: string): Promise<Result<CalendrierScolaire[], FileError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return err(bad(path, `lecture impossible (${(e as NodeJS.ErrnoException).code ?? 'erreur'})`));
  }
  return decodeCalendrierText(text, path);
}

/**
 * Reads the calendar files of the configuration, in order.
 *
 * @param dir - the configuration file's directory (paths are relative to it).
 * @param paths - the `calendriers` entries.
 * @returns every calendar, in file order (a later one of the same académie and year wins in the registry).
 */
export async function loadCalendriers(
  dir: string,
  paths: readonly string[],
): Promise<Result<CalendrierScolaire[], FileError>> {
  const all: CalendrierScolaire[] = [];
  for (const p of paths) {
    const read = await readCalendrierFile(resolve(dir, p));
    if (read.isErr()) return err(read.error);
    all.push(...read.value);
  }
  return ok(all);
}
