/**
 * `tremplin schema <name>`: the JSON Schema of an input format, generated from the core's zod schemas.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { positionals } from '../args/values.js';
import type { CommandSpec } from '../command.js';
import { usage } from '../failure.js';
import { type InputSchemaName, inputJsonSchema, SCHEMA_NAMES } from '../import/formats.js';

const NAMES: readonly string[] = SCHEMA_NAMES;
const USAGE = `tremplin schema <${SCHEMA_NAMES.join('|')}>`;

/** The `schema` command. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary:
    'Affiche le schéma JSON d’une entrée (dossiers, events, actor, command, rule-pack, positionnement…).',
  usage: [USAGE],
  description: ['Le schéma est produit depuis les schémas zod du cœur : il suit toujours le code.'],
  options: {},
  examples: [
    'tremplin schema dossiers > dossiers.schema.json',
    'tremplin schema rule-pack > pack.schema.json',
  ],
  async run(_ctx, args) {
    const pos = positionals(args, 1, 1, USAGE);
    if (pos.isErr()) return err(pos.error);
    const name = pos.value[0] ?? '';
    if (!NAMES.includes(name)) return err(usage(`Schéma inconnu « ${name} ».`, USAGE));
    const schema = inputJsonSchema(name as InputSchemaName);
    // The schema is the output itself, for people too: it is meant to be redirected to a file.
    return ok({ json: schema, human: () => JSON.stringify(schema, null, 2).split('\n') });
  },
};
