/**
 * Reads and validates a configuration file (JSON or YAML), with French messages naming the file and the key.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { err, ok, type Result } from 'neverthrow';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { FileError } from '../failure.js';
import { type ConfigFile, configFileSchema } from './config-schema.js';

/**
 * The key path of a schema issue, as a reader types it (`libelles.etablissements.0690001A.nom`, `packs[1]`).
 *
 * @param path - the issue's path.
 * @returns the path, or « (racine) ».
 */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(racine)' : out;
}

function issueText(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `clé(s) inconnue(s) : ${i.keys.join(', ')}`;
  return i.message;
}

function fileError(path: string, message: string, hint: string): FileError {
  return { kind: 'file', message, path, hint };
}

/**
 * Parses the text of a configuration file.
 *
 * @param text - the file's content.
 * @param path - the file's path (its extension says JSON or YAML; repeated in messages).
 * @returns the validated content, or a `FileError` listing every wrong key.
 */
export function parseConfigText(text: string, path: string): Result<ConfigFile, FileError> {
  let raw: unknown;
  try {
    raw = /\.ya?ml$/iu.test(path) ? parseYaml(text) : JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return err(
      fileError(
        path,
        `${path} : fichier de configuration illisible (${why}).`,
        'Corrigez la syntaxe du fichier.',
      ),
    );
  }
  if (raw === null || raw === undefined) raw = {};
  const parsed = configFileSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((i) => `${keyPath(i.path)} : ${issueText(i)}`);
  return err(
    fileError(
      path,
      `${path} : configuration invalide — ${problems.join(' ; ')}.`,
      'Corrigez ces clés (voir le guide « Configuration » : packs, calendriers, libelles, documents, personnes, db).',
    ),
  );
}

/**
 * Reads a configuration file.
 *
 * @param path - its absolute path.
 * @returns the validated content, or a `FileError`.
 */
export async function readConfigFile(path: string): Promise<Result<ConfigFile, FileError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'erreur';
    return err(
      fileError(
        path,
        `${path} : lecture impossible (${code}).`,
        'Vérifiez que le fichier existe et est lisible.',
      ),
    );
  }
  return parseConfigText(text, path);
}
