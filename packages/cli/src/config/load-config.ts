/**
 * Reads the project's configuration: finds the file, validates it, loads the packs and calendars it names and
 * builds the rules registry.
 *
 * @packageDocumentation
 */
import { dirname, resolve } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import { createRulesProvider } from '../workflow/rules.js';
import type { ConfigFile } from './config-schema.js';
import { defaultProjectConfig } from './default-config.js';
import { findConfigFile } from './find-config.js';
import { loadCalendriers } from './load-calendriers.js';
import { loadPacks } from './load-packs.js';
import { readConfigFile } from './read-config-file.js';
import { DEFAULT_SERVICE_JURY, type Libelles, type ProjectConfig } from './types.js';

/** Where to look for the configuration. */
export interface ConfigLocation {
  /** The working directory the search starts from. */
  readonly cwd: string;
  /** Environment (`TREMPLIN_CONFIG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The value of `--config`, when given. */
  readonly option: string | undefined;
}

function libellesOf(file: ConfigFile): Libelles {
  const etablissements: Record<string, { nom: string; commune?: string }> = {};
  for (const [uai, value] of Object.entries(file.libelles?.etablissements ?? {})) {
    if (typeof value === 'string') etablissements[uai] = { nom: value };
    else
      etablissements[uai] =
        value.commune === undefined ? { nom: value.nom } : { nom: value.nom, commune: value.commune };
  }
  return { etablissements, disciplines: { ...(file.libelles?.disciplines ?? {}) } };
}

function dbOf(dir: string, db: string | undefined): string | undefined {
  if (db === undefined) return undefined;
  return /^postgres(ql)?:\/\//u.test(db) ? db : resolve(dir, db);
}

/**
 * Builds the configuration of a validated file.
 *
 * @param path - the file's absolute path.
 * @param file - its content.
 * @returns the configuration, or the pack, calendar or registry failure.
 */
export async function projectConfigOf(
  path: string,
  file: ConfigFile,
): Promise<Result<ProjectConfig, CliFailure>> {
  const dir = dirname(path);
  const packs = file.packs === undefined ? ok(undefined) : await loadPacks(dir, file.packs);
  if (packs.isErr()) return err(packs.error);
  const calendriers = await loadCalendriers(dir, file.calendriers ?? []);
  if (calendriers.isErr()) return err(calendriers.error);
  const rules = createRulesProvider({
    ...(packs.value === undefined ? {} : { packs: packs.value }),
    calendriers: calendriers.value,
  });
  if (rules.isErr()) return err({ ...rules.error, message: `${path} : ${rules.error.message}` });
  const db = dbOf(dir, file.db);
  const annees = file.personnes?.conservation?.annees;
  return ok({
    file: path,
    rules: rules.value,
    libelles: libellesOf(file),
    documents: {
      ...(file.documents?.academie === undefined ? {} : { academie: file.documents.academie }),
      serviceJury: file.documents?.serviceJury ?? DEFAULT_SERVICE_JURY,
    },
    personnes: annees === undefined ? {} : { conservationAnnees: annees },
    ...(db === undefined ? {} : { db }),
  });
}

/**
 * Reads the project's configuration: `--config`, else `TREMPLIN_CONFIG`, else the nearest
 * `tremplin.config.json|yaml|yml` up to the project's root; without one, the shipped packs and calendars.
 *
 * @param where - where to look.
 * @returns the configuration, or why it cannot be used (a `FileError` naming the file and the key).
 */
export async function loadProjectConfig(where: ConfigLocation): Promise<Result<ProjectConfig, CliFailure>> {
  const found = findConfigFile(where.cwd, where.env, where.option);
  if (found.isErr()) return err(found.error);
  if (found.value === null) {
    const rules = createRulesProvider();
    return rules.isErr() ? err(rules.error) : ok(defaultProjectConfig(rules.value));
  }
  const file = await readConfigFile(found.value);
  if (file.isErr()) return err(file.error);
  return projectConfigOf(found.value, file.value);
}
