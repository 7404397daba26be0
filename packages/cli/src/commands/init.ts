/**
 * `tremplin init`: creates the database (a SQLite file by default) or brings its schema up to date.
 *
 * @packageDocumentation
 */
import { ok } from 'neverthrow';
import type { CommandOutput, CommandSpec } from '../command.js';
import { describeDb } from '../store/db-location.js';
import { withStore } from '../store/with-store.js';

/** The `init` command. */
export const initCommand: CommandSpec = {
  name: 'init',
  summary: 'Crée la base (fichier SQLite ou schéma PostgreSQL) ou la met à jour.',
  usage: ['tremplin init [--db fichier.sqlite | --db postgres://…]'],
  description: [
    'Sans effet sur une base déjà à jour : la commande peut être relancée sans risque.',
    'Les autres commandes refusent de créer une base : elles demandent de lancer « tremplin init » d’abord.',
  ],
  options: {},
  examples: ['tremplin init', 'tremplin init --db /srv/tremplin/reunion.sqlite'],
  async run(ctx) {
    return withStore<CommandOutput>(ctx, 'create', async ({ store, migration }) => {
      const version = migration?.to ?? null;
      const applied = migration?.applied ?? [];
      const json = {
        db: describeDb(ctx.db),
        kind: ctx.db.kind,
        schemaVersion: version,
        migrationsApplied: applied,
        created: migration?.from === 0,
        persistent: store.capabilities.persistent,
      };
      return ok({
        json,
        human: (s) => [
          migration?.from === 0
            ? `${s('green', '✓')} Base créée : ${s('bold', json.db)}`
            : applied.length > 0
              ? `${s('green', '✓')} Base mise à jour : ${s('bold', json.db)}`
              : `${s('green', '✓')} Base déjà à jour : ${s('bold', json.db)}`,
          `  Schéma ${version ?? '?'}${applied.length > 0 ? ` (migrations appliquées : ${applied.join(', ')})` : ''}`,
          '  Ensuite : « tremplin import dossiers fichier.csv --as rectorat:<id>,academie=<code> », ou « tremplin demo ».',
        ],
      });
    });
  },
};
