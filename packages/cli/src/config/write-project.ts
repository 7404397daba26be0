/**
 * Writes imported calendars into the project: one file per académie and year under `calendriers/`, named in the
 * configuration's `calendriers` (a JSON configuration is updated, or created when there is none; a YAML one is
 * left as its author wrote it, and the lines to add are returned).
 *
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { CalendrierScolaire } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';
import { calendrierFileName } from './calendrier-summary.js';
import { parseConfigText } from './read-config-file.js';

/** What happened to one calendar file. */
export interface WrittenCalendrier {
  readonly calendrier: CalendrierScolaire;
  /** The file, relative to the configuration's directory (with `/`). */
  readonly file: string;
  /** `cree`, `remplace` (other dates than before), `inchange`. */
  readonly etat: 'cree' | 'remplace' | 'inchange';
}

/** What the configuration became. */
export interface ConfigUpdate {
  /** The configuration file. */
  readonly file: string;
  /** `cree`, `complete` (entries added), `inchange`, `a-completer` (YAML: add `lignes` by hand). */
  readonly etat: 'cree' | 'complete' | 'inchange' | 'a-completer';
  /** The `calendriers` entries to add by hand (YAML). */
  readonly lignes: readonly string[];
}

function fileError(path: string, message: string, hint: string): FileError {
  return { kind: 'file', message, path, hint };
}

async function readIfAny(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Writes the calendars under `<dir>/calendriers/`.
 *
 * @param dir - the configuration's directory.
 * @param calendriers - the calendars.
 * @returns each file and whether it was created, replaced or unchanged, or the failure to write.
 */
export async function writeCalendriers(
  dir: string,
  calendriers: readonly CalendrierScolaire[],
): Promise<Result<WrittenCalendrier[], FileError>> {
  const written: WrittenCalendrier[] = [];
  for (const calendrier of calendriers) {
    const path = join(dir, 'calendriers', calendrierFileName(calendrier));
    const text = `${JSON.stringify(calendrier, null, 2)}\n`;
    const before = await readIfAny(path);
    const file = relative(dir, path).split(sep).join('/');
    if (before === text) {
      written.push({ calendrier, file, etat: 'inchange' });
      continue;
    }
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'erreur';
      return err(
        fileError(path, `${path} : écriture impossible (${code}).`, 'Vérifiez les droits sur le dossier.'),
      );
    }
    written.push({ calendrier, file, etat: before === null ? 'cree' : 'remplace' });
  }
  return ok(written);
}

/**
 * Names the calendar files in the configuration's `calendriers`.
 *
 * @param configFile - the configuration file (existing or to create).
 * @param files - the entries (relative to its directory).
 * @returns what was done, or why the configuration cannot be updated (a JSON file that does not validate).
 */
export async function addToConfig(
  configFile: string,
  files: readonly string[],
): Promise<Result<ConfigUpdate, FileError>> {
  const before = await readIfAny(configFile);
  if (before !== null && /\.ya?ml$/iu.test(configFile)) {
    const parsed = parseConfigText(before, configFile);
    if (parsed.isErr()) return err(parsed.error);
    const missing = files.filter((f) => !(parsed.value.calendriers ?? []).includes(f));
    return ok({ file: configFile, etat: missing.length === 0 ? 'inchange' : 'a-completer', lignes: missing });
  }
  let raw: Record<string, unknown> = {};
  if (before !== null) {
    const parsed = parseConfigText(before, configFile);
    if (parsed.isErr()) return err(parsed.error);
    raw = JSON.parse(before.replace(/^\uFEFF/u, '')) as Record<string, unknown>;
  }
  const current = Array.isArray(raw.calendriers) ? (raw.calendriers as string[]) : [];
  const missing = files.filter((f) => !current.includes(f));
  if (before !== null && missing.length === 0) return ok({ file: configFile, etat: 'inchange', lignes: [] });
  const next = { ...raw, calendriers: [...current, ...missing] };
  try {
    await writeFile(configFile, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'erreur';
    return err(
      fileError(
        configFile,
        `${configFile} : écriture impossible (${code}).`,
        'Vérifiez les droits sur le fichier.',
      ),
    );
  }
  return ok({ file: configFile, etat: before === null ? 'cree' : 'complete', lignes: missing });
}
