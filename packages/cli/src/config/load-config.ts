/**
 * Reads the project's configuration: finds the file, validates it, loads the packs and calendars it names and
 * builds the rules registry.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import { createRulesProvider } from '../workflow/rules.js';
import { defaultProjectConfig } from './default-config.js';
import type { ProjectConfig } from './types.js';

/** Where to look for the configuration. */
export interface ConfigLocation {
  /** The working directory the search starts from. */
  readonly cwd: string;
  /** Environment (`TREMPLIN_CONFIG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The value of `--config`, when given. */
  readonly option: string | undefined;
}

/**
 * Reads the project's configuration.
 *
 * @param _where - where to look.
 * @returns the configuration, or why it cannot be used.
 */
export async function loadProjectConfig(_where: ConfigLocation): Promise<Result<ProjectConfig, CliFailure>> {
  const rules = createRulesProvider();
  return rules.isErr() ? err(rules.error) : ok(defaultProjectConfig(rules.value));
}
