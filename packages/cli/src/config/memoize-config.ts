/**
 * Reads the project's configuration once per command run, on first use.
 *
 * @packageDocumentation
 */
import type { Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';
import type { CliIo } from '../io.js';
import { loadProjectConfig } from './load-config.js';
import type { ProjectConfig } from './types.js';

/**
 * A function reading the configuration on its first call and returning the same answer afterwards.
 *
 * @param io - environment (`TREMPLIN_CONFIG`) and working directory.
 * @param option - the value of `--config`, when given.
 * @returns the reader.
 */
export function memoizeConfig(
  io: CliIo,
  option: string | undefined,
): () => Promise<Result<ProjectConfig, CliFailure>> {
  let loaded: Promise<Result<ProjectConfig, CliFailure>> | undefined;
  return () => {
    loaded ??= loadProjectConfig({ cwd: io.cwd, env: io.env, option });
    return loaded;
  };
}
