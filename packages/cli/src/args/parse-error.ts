/**
 * The errors of `node:util` `parseArgs`, in French, naming the options the command takes.
 *
 * @packageDocumentation
 */
import { type UsageError, usage } from '../failure.js';

function optionIn(message: string): string | null {
  const quoted = /'(-[^' ]*)/.exec(message);
  return quoted?.[1] ?? null;
}

/**
 * A usage error for what `parseArgs` refused (unknown option, value missing or starting with « - »).
 *
 * @param error - what `parseArgs` threw.
 * @param command - the command's name as the help names it (`record`, `record visite.realiser`).
 * @param known - the options the command takes, without `--`.
 * @returns the usage error (the message never repeats a value given: only the option's name).
 */
export function parseArgsFailure(error: unknown, command: string, known: readonly string[]): UsageError {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = optionIn(message);
  const help = `Voir « tremplin help ${command} ».`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== null) {
    const list = known.map((k) => `--${k}`).join(', ');
    return usage(`Option inconnue « ${option} » pour ${command}. Options permises : ${list}.`, help);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== null) {
    const name = option.split(' ')[0] ?? option;
    if (/ambiguous/.test(message)) {
      return usage(`La valeur de ${name} commence par « - » : écrivez ${name}=<valeur>.`, help);
    }
    if (/missing/.test(message)) return usage(`${name} attend une valeur.`, help);
    return usage(`${name} ne prend pas de valeur.`, help);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return usage(`Argument inattendu pour ${command}.`, help);
  return usage(`${command} : ligne de commande illisible.`, help);
}
