/**
 * The `tremplin` command: reads the command line with `node:util` `parseArgs`, runs the sub-command, writes
 * its output (tables for people, one JSON document with `--json`) and returns the exit code.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { parseArgsFailure } from './args/parse-error.js';
import type { CommandContext, CommandSpec, ParsedArgs } from './command.js';
import { COMMANDS } from './commands/registry.js';
import { memoizeConfig } from './config/memoize-config.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { type CliFailure, exitCodeOf, type FailureContext, internalFailure, usage } from './failure.js';
import { commandHelp, GLOBAL_OPTIONS, generalHelp } from './help.js';
import type { CliIo } from './io.js';
import { startProgress } from './output/progress.js';
import { failureJson, renderFailure } from './output/render-failure.js';
import { colourWanted, createStyle } from './output/style.js';
import { guardIo } from './output/terminal-text.js';
import { parseDbLocation } from './store/db-location.js';

/** The package's version, as `tremplin --version` prints it. */
export const CLI_VERSION: string = version;

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function toParseArgs(
  options: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>,
): ParseArgsOptions {
  const out: NonNullable<ParseArgsOptions> = {};
  for (const [name, o] of Object.entries(options)) {
    out[name] = {
      type: o.type,
      ...(o.short === undefined ? {} : { short: o.short }),
      ...(o.multiple === undefined ? {} : { multiple: o.multiple }),
    };
  }
  return out;
}

function lines(out: { write(text: string): void }, text: readonly string[]): void {
  if (text.length > 0) out.write(`${text.join('\n')}\n`);
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program's name.
 * @param host - streams, environment, working directory, clock (its outputs are guarded: see `guardIo`).
 * @returns the exit code (see `EXIT`).
 * @example
 * ```ts
 * const code = await runCli(['status', '--json'], nodeIo());
 * ```
 */
export async function runCli(argv: readonly string[], host: CliIo): Promise<ExitCode> {
  // Whatever I/O the host gives, no control character of the data reaches its terminal raw.
  const io = guardIo(host);
  const pre = parseArgs({
    args: [...argv],
    options: toParseArgs(GLOBAL_OPTIONS),
    strict: false,
    allowPositionals: true,
  });
  const json = pre.values.json === true;
  const noColor = pre.values['no-color'] === true;
  const out = createStyle(!json && colourWanted(io.stdout, io.env, noColor));
  const errStyle = createStyle(colourWanted(io.stderr, io.env, noColor));

  const fail = (failure: CliFailure, context?: FailureContext): ExitCode => {
    if (json)
      io.stdout.write(`${JSON.stringify({ ok: false, error: failureJson(failure, context) }, null, 2)}\n`);
    else lines(io.stderr, renderFailure(failure, errStyle, context));
    return exitCodeOf(failure);
  };

  const name = pre.positionals[0];
  if (pre.values.version === true && name === undefined) {
    io.stdout.write(json ? `${JSON.stringify({ ok: true, result: { version } })}\n` : `${version}\n`);
    return EXIT.ok;
  }
  if (name === undefined && pre.values.help !== true) {
    lines(io.stderr, generalHelp(COMMANDS, version, errStyle));
    return EXIT.usage;
  }
  if (name === undefined || (name === 'help' && pre.positionals.length === 1)) {
    lines(io.stdout, generalHelp(COMMANDS, version, out));
    return EXIT.ok;
  }
  const helpTarget = name === 'help' ? pre.positionals[1] : undefined;
  const spec: CommandSpec | undefined = COMMANDS.find((c) => c.name === (helpTarget ?? name));
  if (spec === undefined) {
    const known = COMMANDS.map((c) => c.name).join(', ');
    return fail(usage(`Commande inconnue « ${helpTarget ?? name} ».`, `Commandes : ${known}, help.`));
  }
  const extraOptions = spec.optionsFor?.(pre.positionals.slice(1)) ?? {};
  if (helpTarget !== undefined || pre.values.help === true) {
    lines(io.stdout, commandHelp({ ...spec, options: { ...spec.options, ...extraOptions } }, out));
    return EXIT.ok;
  }

  let parsed: ParsedArgs;
  try {
    const r = parseArgs({
      args: [...argv],
      options: toParseArgs({ ...GLOBAL_OPTIONS, ...spec.options, ...extraOptions }),
      strict: true,
      allowPositionals: true,
    });
    parsed = { positionals: r.positionals.slice(1), values: r.values };
  } catch (e) {
    const known = Object.keys({ ...spec.options, ...extraOptions, ...GLOBAL_OPTIONS });
    return fail(parseArgsFailure(e, spec.name, known));
  }
  const config = memoizeConfig(
    io,
    typeof parsed.values.config === 'string' ? parsed.values.config : undefined,
  );
  let dbValue = typeof parsed.values.db === 'string' ? parsed.values.db : io.env.TREMPLIN_DB;
  if (dbValue === undefined || dbValue === '') {
    // No --db nor TREMPLIN_DB: the project's configuration may name the database.
    const loaded = await config();
    if (loaded.isErr()) return fail(loaded.error);
    dbValue = loaded.value.db ?? dbValue;
  }
  const ctx: CommandContext = {
    io,
    json,
    db: parseDbLocation(dbValue, io.cwd),
    style: out,
    progress: (label, total) => startProgress(io.stderr, label, total),
    note: (line) => {
      if (!json) io.stderr.write(`${line}\n`);
    },
    config,
  };
  const context: FailureContext = { command: spec.name, positionals: parsed.positionals, db: ctx.db };
  let result: Awaited<ReturnType<CommandSpec['run']>>;
  try {
    result = await spec.run(ctx, parsed);
  } catch (e) {
    return fail(internalFailure(e), context);
  }
  if (result.isErr()) return fail(result.error, context);
  const output = result.value;
  if (json) {
    io.stdout.write(`${JSON.stringify({ ok: true, result: output.json }, null, 2)}\n`);
  } else {
    lines(io.stdout, output.human(out));
    if (output.warnings !== undefined)
      lines(
        io.stderr,
        output.warnings.map((w) => errStyle('yellow', w)),
      );
  }
  return output.exitCode ?? EXIT.ok;
}
