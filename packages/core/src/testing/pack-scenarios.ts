/**
 * Runs every scenario file of a folder against a pack — the one runner the académie packs share.
 *
 * @remarks This module reads files (`node:fs`): it belongs to `@tremplin/core/testing`, never to the pure root.
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { err, ok, type Result } from 'neverthrow';
import type { RuleSet } from '../alerts/evaluate-cohort.js';
import { parseScenarios, runScenarios, type ScenarioResult } from '../alerts/scenarios.js';
import { issue, type NotFoundError, notFound, type ValidationError, validationError } from '../errors.js';
import type { RulePack } from '../rules/pack.js';
import { guardResult, invalidInput } from '../schemas/entree.js';

/**
 * The outcome of one scenario file of the folder.
 *
 * @category Scénarios
 */
export interface ScenarioFileOutcome {
  /** The file's name inside the folder, e.g. `bilans.yaml`. */
  readonly file: string;
  /** The file's scenarios run against the pack, in order, or why the file could not be read or parsed. */
  readonly results: Result<readonly ScenarioResult[], ValidationError>;
}

/**
 * Why a folder of scenarios could not be run at all: it does not exist (`not-found`), or it is empty or
 * unreadable (`validation`).
 *
 * @category Scénarios
 */
export type PackScenariosError = NotFoundError | ValidationError;

/** The extensions of scenario files: YAML, and JSON (which is YAML). */
const EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

function pathOf(dir: string | URL): string {
  return typeof dir === 'string' ? dir : fileURLToPath(dir);
}

function errorCode(cause: unknown): string | undefined {
  return typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
}

function listFiles(dir: string): Result<string[], PackScenariosError> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (cause) {
    const code = errorCode(cause);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return err(notFound(dir, `Dossier de scénarios introuvable : ${dir}`));
    }
    const message = `Dossier de scénarios illisible : ${dir} (${code ?? String(cause)})`;
    return err(validationError(message, [issue('scenarios.dossier-illisible', message)]));
  }
  const files = names.filter((name) => EXTENSIONS.some((ext) => name.endsWith(ext))).sort();
  if (files.length === 0) {
    const message = `Aucun fichier de scénarios (${EXTENSIONS.join(', ')}) dans ${dir}`;
    return err(validationError(message, [issue('scenarios.dossier-vide', message)]));
  }
  return ok(files);
}

function readText(path: string, file: string): Result<string, ValidationError> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (cause) {
    const message = `Fichier de scénarios illisible : ${file} (${errorCode(cause) ?? String(cause)})`;
    return err(validationError(message, [issue('scenarios.fichier-illisible', message, [file])]));
  }
}

/**
 * Reads every scenario file (`.yaml`, `.yml`, `.json`) of a folder, parses it and runs it against a pack.
 *
 * @remarks The one runner behind every académie pack's scenario tests. It reads files with `node:fs` — the
 * testing subpath may do I/O, the root of `@tremplin/core` never does — and it depends on no test runner: it
 * returns values, and each pack maps them to its runner's `describe`/`it` in a few lines. Files are taken in
 * name order, not recursively. It never throws: a missing folder is a `not-found` error, an empty or unreadable
 * one a `validation` error, and a file that cannot be read or parsed is an error for that file only.
 *
 * @param rules - the académie's pack (run with the national pack and the shipped calendars), or a full rule set.
 * @param dir - the folder, as a path or a `file:` URL (`new URL('./scenarios', import.meta.url)`).
 * @returns one outcome per file, in name order, or why the folder could not be read.
 * @example
 * ```ts
 * const run = runPackScenarios(packLyon, new URL('./scenarios', import.meta.url));
 * describe('scénarios', () => {
 *   it('has scenario files', () => expect(run.isOk() ? '' : run.error.message).toBe(''));
 *   for (const { file, results } of run.unwrapOr([])) {
 *     describe(file, () =>
 *       results.match(
 *         (scenarios) => { for (const s of scenarios) it(s.name, () => expect(s.failures).toEqual([])); },
 *         (error) => { it('parses', () => expect(error.issues).toEqual([])); },
 *       ),
 *     );
 *   }
 * });
 * ```
 * @category Scénarios
 */
export function runPackScenarios(
  rules: RulePack | RuleSet,
  dir: string | URL,
): Result<readonly ScenarioFileOutcome[], PackScenariosError> {
  if (typeof dir !== 'string' && !(dir instanceof URL)) {
    return err(invalidInput('runPackScenarios', 'le chemin d’un dossier de scénarios', ['dir']));
  }
  if (typeof rules !== 'object' || rules === null) {
    return err(invalidInput('runPackScenarios', 'un pack ou un jeu de règles', ['rules']));
  }
  return guardResult('runPackScenarios', () => runPackScenariosChecked(rules, dir));
}

function runPackScenariosChecked(
  rules: RulePack | RuleSet,
  dir: string | URL,
): Result<readonly ScenarioFileOutcome[], PackScenariosError> {
  const folder = pathOf(dir);
  return listFiles(folder).map((files) =>
    files.map((file) => ({
      file,
      results: readText(join(folder, file), file)
        .andThen(parseScenarios)
        .map((parsed): readonly ScenarioResult[] => runScenarios(rules, parsed)),
    })),
  );
}
