/**
 * The options of `record`: its own (`--as`, `--at`, `--key`, `--dry-run`) and those of the command type named.
 *
 * @packageDocumentation
 */
import type { OptionSpec } from '../command.js';
import { describeActorOption } from './actor.js';
import { type CommandOptions, describeCommandOptions } from './command-options.js';

/** `record`'s own options. */
export const RECORD_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  as: {
    type: 'string',
    value: 'acteur',
    description: describeActorOption(' (ministre:dgrh-1, cap:capn-1,academie=nationale,corps=agrege…)'),
  },
  at: { type: 'string', value: 'instant', description: 'instant de la commande (défaut : maintenant)' },
  key: {
    type: 'string',
    value: 'clé',
    description: 'clé d’idempotence (défaut : empreinte de la commande et de l’instant)',
  },
  'dry-run': { type: 'boolean', description: 'décider sans enregistrer' },
};

// Names the command line already uses: a field whose option would take one stays in the JSON form.
const RESERVED = new Set([
  ...Object.keys(RECORD_OPTIONS),
  'db',
  'json',
  'no-color',
  'help',
  'version',
  'config',
]);

/**
 * The options a command type takes on `record`'s command line.
 *
 * @param type - the command's type.
 * @returns its options, or null for an unknown type.
 */
export function recordOptionsOf(type: string): CommandOptions | null {
  return describeCommandOptions(type, RESERVED);
}
