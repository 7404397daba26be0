/**
 * `tremplin schema <name>`: the JSON Schema of an input format, generated from the core's zod schemas.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { positionals } from '../args/values.js';
import type { CommandSpec } from '../command.js';
import { usage } from '../failure.js';
import { INPUT_SCHEMAS, type InputSchemaName, inputJsonSchema } from '../import/formats.js';

const NAMES = Object.keys(INPUT_SCHEMAS) as InputSchemaName[];
const USAGE = `tremplin schema <${NAMES.join('|')}>`;

/** The `schema` command. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'Affiche le schéma JSON d’un format d’entrée (dossiers, events, command, actor).',
  usage: [USAGE],
  description: ['Le schéma est produit depuis les schémas zod du cœur : il suit toujours le code.'],
  options: {},
  examples: ['tremplin schema dossiers > dossiers.schema.json'],
  async run(_ctx, args) {
    const pos = positionals(args, 1, 1, USAGE);
    if (pos.isErr()) return err(pos.error);
    const name = pos.value[0] ?? '';
    if (!(NAMES as string[]).includes(name)) return err(usage(`Schéma inconnu « ${name} ».`, USAGE));
    const schema = inputJsonSchema(name as InputSchemaName);
    // The schema is the output itself, for people too: it is meant to be redirected to a file.
    return ok({ json: schema, human: () => JSON.stringify(schema, null, 2).split('\n') });
  },
};
