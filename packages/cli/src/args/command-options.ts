/**
 * The options of a workflow command, generated from its zod schema (through its JSON Schema): `tremplin record
 * D-1 visite.realiser --date 2022-10-04 --nature visite-conseil …`. A field becomes a kebab-case option
 * (`datePrevue` → `--date-prevue`), a nested object's fields dotted options (`--tuteur.nom`) — or one JSON value
 * for the whole object (`--tuteur '{…}'`) —, a list a repeatable option (empty when not given), a number or a
 * boolean a checked value; what has no plain form (a list of objects, a value that may be null, a union) takes a
 * JSON value for that option only.
 *
 * @packageDocumentation
 */
import { commandSchema, commandTypes } from '@tremplin/core/schemas';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { OptionSpec } from '../command.js';
import { type UsageError, usage } from '../failure.js';

/** How an option's value is read. */
export type OptionKind = 'texte' | 'nombre' | 'booleen' | 'json';

/** One option generated from a command's schema. */
export interface CommandOption {
  /** The option's name, without `--` (kebab-case, dotted for nested fields). */
  readonly name: string;
  /** Where its value goes in the command (field names). */
  readonly path: readonly string[];
  readonly kind: OptionKind;
  /** A list: the option is repeated, one item each time. */
  readonly multiple: boolean;
  /** The field is required (a required list defaults to empty). */
  readonly required: boolean;
  /** An object whose fields have options of their own (this option takes the whole object in JSON). */
  readonly object: boolean;
  /** The values the field accepts, when it is an enumeration. */
  readonly values?: readonly string[];
  /** The value's placeholder in the help (`AAAA-MM-JJ`, `texte`, `JSON`…). */
  readonly placeholder: string;
  /** The option's help (French). */
  readonly description: string;
}

/** The options of one command type. */
export interface CommandOptions {
  /** The command's type, e.g. `visite.realiser`. */
  readonly type: string;
  readonly options: readonly CommandOption[];
  /** Fields left to the JSON form, because their option's name is taken by `record`'s own options. */
  readonly jsonOnly: readonly string[];
}

interface JsonNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonNode>>;
  readonly required?: readonly string[];
  readonly items?: JsonNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly description?: string;
  readonly anyOf?: readonly JsonNode[];
  readonly oneOf?: readonly JsonNode[];
}

/**
 * A field name as an option: `datePrevue` → `date-prevue`.
 *
 * @param field - the field's name.
 * @returns its kebab-case form.
 */
export function kebabOf(field: string): string {
  return field.replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? '' : '-'}${c.toLowerCase()}`);
}

function scalarKind(node: JsonNode): OptionKind | null {
  if (node.anyOf !== undefined || node.oneOf !== undefined) return null;
  if (node.type === 'string') return 'texte';
  if (node.type === 'number' || node.type === 'integer') return 'nombre';
  if (node.type === 'boolean') return 'booleen';
  return null;
}

function enumValues(node: JsonNode): readonly string[] | undefined {
  const values = node.enum?.filter((v): v is string => typeof v === 'string');
  return values === undefined || values.length === 0 ? undefined : values;
}

function describe(node: JsonNode, kind: OptionKind, multiple: boolean, required: boolean): string {
  const values = enumValues(node);
  const what =
    values !== undefined
      ? `une valeur parmi : ${values.join(' | ')}`
      : kind === 'json'
        ? 'valeur JSON'
        : kind === 'nombre'
          ? node.type === 'integer'
            ? 'nombre entier'
            : 'nombre'
          : kind === 'booleen'
            ? 'true ou false'
            : node.format === 'date'
              ? 'date AAAA-MM-JJ'
              : (node.description ?? 'texte');
  const count = multiple ? ' ; répétable, une valeur par option (défaut : aucune)' : '';
  return `${what}${count}${required && !multiple ? ' (obligatoire)' : ''}`;
}

function placeholder(node: JsonNode, kind: OptionKind): string {
  if (enumValues(node) !== undefined) return 'valeur';
  if (kind === 'json') return 'JSON';
  if (kind === 'nombre') return 'nombre';
  if (kind === 'booleen') return 'true|false';
  return node.format === 'date' ? 'AAAA-MM-JJ' : 'texte';
}

function option(
  path: readonly string[],
  node: JsonNode,
  kind: OptionKind,
  multiple: boolean,
  required: boolean,
): CommandOption {
  const values = enumValues(node);
  return {
    name: path.map(kebabOf).join('.'),
    path,
    kind,
    multiple,
    required,
    object: false,
    ...(values === undefined ? {} : { values }),
    placeholder: placeholder(node, kind),
    description: describe(node, kind, multiple, required),
  };
}

function walk(node: JsonNode, path: readonly string[], required: boolean, out: CommandOption[]): void {
  if (node.type === 'object' && node.properties !== undefined) {
    if (path.length > 0) {
      const whole = option(path, node, 'json', false, required);
      out.push({
        ...whole,
        object: true,
        description: `objet JSON entier, ou ses champs par les options --${whole.name}.*`,
      });
    }
    for (const [field, child] of Object.entries(node.properties)) {
      if (path.length === 0 && field === 'type') continue;
      walk(child, [...path, field], node.required?.includes(field) === true, out);
    }
    return;
  }
  if (node.type === 'array' && node.items !== undefined) {
    const kind = scalarKind(node.items) ?? 'json';
    const items = option(path, node.items, kind, true, required);
    const fields = Object.keys(node.items.properties ?? {});
    const element = fields.length > 0 ? `un objet JSON {${fields.join(', ')}}` : 'un élément en JSON';
    out.push(
      kind === 'json' ? { ...items, description: items.description.replace('valeur JSON', element) } : items,
    );
    return;
  }
  out.push(option(path, node, scalarKind(node) ?? 'json', false, required));
}

function jsonSchemaOf(type: string): JsonNode | null {
  const schema = commandSchema.options.find((o) => o.shape.type.value === type);
  if (schema === undefined) return null;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
}

/**
 * Whether a word names a command type (`visite.realiser`…).
 *
 * @param word - the word.
 * @returns true for a type of `commandTypes`.
 */
export function isCommandType(word: string): boolean {
  return (commandTypes as readonly string[]).includes(word);
}

/**
 * The options of a command type, generated from its schema.
 *
 * @param type - the command's type.
 * @param reserved - option names the command line already uses (`as`, `at`, `json`…): a field whose option
 * would take one of them is left to the JSON form.
 * @returns the options, or null for an unknown type.
 */
export function describeCommandOptions(type: string, reserved: ReadonlySet<string>): CommandOptions | null {
  const schema = jsonSchemaOf(type);
  if (schema === null) return null;
  const all: CommandOption[] = [];
  walk(schema, [], true, all);
  const options = all.filter((o) => !reserved.has(o.name));
  const jsonOnly = all.filter((o) => reserved.has(o.name)).map((o) => o.name);
  return { type, options, jsonOnly };
}

/**
 * The options as `parseArgs` and the help read them.
 *
 * @param described - the command's options.
 * @returns option specs by name.
 */
export function optionSpecsOf(described: CommandOptions): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const o of described.options) {
    out[o.name] = {
      type: 'string',
      ...(o.multiple ? { multiple: true } : {}),
      value: o.placeholder,
      description: o.description,
    };
  }
  return out;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readValue(o: CommandOption, text: string): Result<unknown, UsageError> {
  switch (o.kind) {
    case 'texte':
      return ok(text);
    case 'nombre':
      return NUMBER.test(text) && Number.isFinite(Number(text))
        ? ok(Number(text))
        : err(usage(`--${o.name} attend un nombre.`, `Voir « tremplin help record <commande> ».`));
    case 'booleen':
      if (text === 'true' || text === 'oui') return ok(true);
      if (text === 'false' || text === 'non') return ok(false);
      return err(usage(`--${o.name} attend true ou false.`));
    case 'json':
      try {
        return ok(JSON.parse(text) as unknown);
      } catch {
        // The value is not echoed: it may carry personal data.
        return err(usage(`--${o.name} attend une valeur JSON, illisible ici.`));
      }
  }
}

type Tree = Record<string, unknown>;

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function place(root: Tree, o: CommandOption, value: unknown): Result<void, UsageError> {
  let node = root;
  for (const field of o.path.slice(0, -1)) {
    const next = node[field] ?? {};
    if (!isTree(next)) {
      return err(
        usage(`--${o.name} : le champ qui le contient a déjà reçu une valeur qui n’est pas un objet.`),
      );
    }
    node[field] = next;
    node = next;
  }
  const last = o.path.at(-1) ?? '';
  node[last] = isTree(node[last]) && isTree(value) ? { ...node[last], ...value } : value;
  return ok(undefined);
}

function defaultLists(tree: Tree, options: readonly CommandOption[]): void {
  for (const o of options) {
    if (!o.multiple || !o.required) continue;
    let node: unknown = tree;
    for (const field of o.path.slice(0, -1)) node = isTree(node) ? node[field] : undefined;
    const last = o.path.at(-1) ?? '';
    // A list is filled in only inside an object given (the command itself, or a nested object named).
    if (isTree(node) && node[last] === undefined) node[last] = [];
  }
}

/**
 * The command the options give: what the JSON form would give for the same fields.
 *
 * @param described - the command's options.
 * @param values - the parsed option values by name.
 * @returns the command (not yet checked against its schema: `record` does it), or a usage error naming the
 * option (never its value).
 */
export function buildCommand(
  described: CommandOptions,
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>,
): Result<Record<string, unknown>, UsageError> {
  const tree: Tree = { type: described.type };
  // Shallow options first: a whole object in JSON, then its fields given one by one.
  const byDepth = [...described.options].sort((a, b) => a.path.length - b.path.length);
  for (const o of byDepth) {
    const given = values[o.name];
    if (given === undefined) continue;
    const texts = (Array.isArray(given) ? given : [given]).filter((v): v is string => typeof v === 'string');
    const read: unknown[] = [];
    for (const text of texts) {
      const v = readValue(o, text);
      if (v.isErr()) return err(v.error);
      read.push(v.value);
    }
    const placed = place(tree, o, o.multiple ? read : read.at(-1));
    if (placed.isErr()) return err(placed.error);
  }
  defaultLists(tree, described.options);
  return ok(tree);
}

/**
 * The option a path of the command comes from (to name it in an error).
 *
 * @param described - the command's options.
 * @param path - a path in the command (field names and list indexes).
 * @returns `--name`, or the dotted path when no option holds it.
 */
export function optionOfPath(described: CommandOptions, path: readonly PropertyKey[]): string {
  const fields = path.filter((p): p is string => typeof p === 'string');
  for (let n = fields.length; n > 0; n--) {
    const o = described.options.find(
      (x) => x.path.length === n && x.path.every((f, i) => f === fields[i]) && x.kind !== 'json',
    );
    if (o !== undefined) return `--${o.name}`;
    const whole = described.options.find(
      (x) => x.path.length === n && x.path.every((f, i) => f === fields[i]),
    );
    if (whole !== undefined) return `--${whole.name}`;
  }
  return fields.join('.');
}
