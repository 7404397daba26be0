/**
 * Typed reading of parsed option values, with usage errors that name the option.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { ParsedArgs } from '../command.js';
import { type UsageError, usage } from '../failure.js';

/**
 * A string option.
 *
 * @param args - the parsed command line.
 * @param name - the option's name.
 * @returns its value, or undefined when absent.
 */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const last = v.at(-1);
    return typeof last === 'string' ? last : undefined;
  }
  return undefined;
}

/**
 * A repeatable string option; each value may also hold several, separated by commas.
 *
 * @param args - the parsed command line.
 * @param name - the option's name.
 * @returns every value, in order (empty when absent).
 */
export function listOption(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  const raw = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return raw
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * A boolean option.
 *
 * @param args - the parsed command line.
 * @param name - the option's name.
 * @returns true when given.
 */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/**
 * A positive integer option.
 *
 * @param args - the parsed command line.
 * @param name - the option's name.
 * @param fallback - the value when absent.
 * @returns the number, or a usage error naming the option.
 */
export function integerOption(args: ParsedArgs, name: string, fallback: number): Result<number, UsageError> {
  const v = stringOption(args, name);
  if (v === undefined) return ok(fallback);
  if (!/^[0-9]+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) {
    return err(usage(`--${name} attend un entier positif, pas « ${v} ».`));
  }
  return ok(Number(v));
}

/**
 * The positional arguments, checked against the count the command accepts.
 *
 * @param args - the parsed command line.
 * @param min - fewest accepted.
 * @param max - most accepted.
 * @param usageLine - the usage to show on error.
 * @returns the positionals, or a usage error.
 */
export function positionals(
  args: ParsedArgs,
  min: number,
  max: number,
  usageLine: string,
): Result<readonly string[], UsageError> {
  const p = args.positionals;
  if (p.length < min) return err(usage('Argument manquant.', usageLine));
  if (p.length > max) {
    return err(usage(`Argument en trop : « ${p.slice(max).join(' ')} ».`, usageLine));
  }
  return ok(p);
}
