/**
 * Finds the project's configuration file: `--config`, else `TREMPLIN_CONFIG`, else `tremplin.config.json`,
 * `tremplin.config.yaml` or `tremplin.config.yml` in the working directory or the nearest parent, stopping at
 * the directory that holds `.git` (the project's root) or at the filesystem's root.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';

/** The names looked for, in each directory. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  'tremplin.config.json',
  'tremplin.config.yaml',
  'tremplin.config.yml',
];

/**
 * The configuration file to read.
 *
 * @param cwd - the working directory.
 * @param env - the environment (`TREMPLIN_CONFIG`).
 * @param option - the value of `--config`.
 * @returns the absolute path, null when there is none, or a `FileError` when the file named explicitly is
 * missing or a directory holds two configuration files.
 */
export function findConfigFile(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  option: string | undefined,
): Result<string | null, FileError> {
  const explicit = option ?? (env.TREMPLIN_CONFIG === '' ? undefined : env.TREMPLIN_CONFIG);
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (existsSync(path)) return ok(path);
    const origin = option === undefined ? 'TREMPLIN_CONFIG' : '--config';
    return err({
      kind: 'file',
      message: `Fichier de configuration introuvable : ${path} (${origin}).`,
      path,
      hint: `Vérifiez le chemin donné par ${origin}.`,
    });
  }
  let dir = resolve(cwd);
  for (;;) {
    const found = CONFIG_FILE_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) {
      return err({
        kind: 'file',
        message: `Plusieurs fichiers de configuration dans ${dir} : ${found.join(', ')}.`,
        path: join(dir, found[0] ?? ''),
        hint: 'Gardez-en un seul, ou choisissez avec --config <fichier>.',
      });
    }
    if (found[0] !== undefined) return ok(join(dir, found[0]));
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) return ok(null);
    dir = parent;
  }
}
