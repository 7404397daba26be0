/**
 * `tremplin import dossiers|events <file>`.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { parseActor } from '../args/actor.js';
import { parseAt } from '../args/instant.js';
import { flag, positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { usage } from '../failure.js';
import { readInput } from '../import/read-input.js';
import { type ImportKind, runImport } from '../import/run-import.js';
import { withStore } from '../store/with-store.js';
import { createRulesProvider } from '../workflow/rules.js';
import { createSession } from '../workflow/session.js';

const USAGE =
  'tremplin import <dossiers|events> <fichier.csv|fichier.json|fichier.jsonl|-> [--as acteur] [--skip-invalid]';

/** The `import` command. */
export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'Importe des dossiers ou des événements (CSV, JSON, JSON Lines), ligne par ligne vérifiés.',
  usage: [USAGE],
  description: [
    'Chaque ligne passe par le flux de travail comme une commande tapée : schéma, permissions de l’acteur,',
    'état du dossier et conditions des textes. Toutes les lignes fautives sont signalées avec leur numéro de',
    'ligne et leurs raisons ; si une seule est fautive, rien n’est importé, sauf avec --skip-invalid.',
    'L’écriture se fait en une transaction. Formats et schémas JSON : docs/guides/cli.md, « tremplin schema ».',
  ],
  options: {
    as: {
      type: 'string',
      value: 'acteur',
      description: 'qui agit (dossiers : le rectorat ; événements : défaut des lignes)',
    },
    at: {
      type: 'string',
      value: 'instant',
      description: 'instant d’enregistrement des lignes qui n’en donnent pas (défaut : maintenant)',
    },
    format: { type: 'string', value: 'csv|json|jsonl', description: 'format (défaut : selon l’extension)' },
    'skip-invalid': { type: 'boolean', description: 'importer les lignes valides et signaler les autres' },
    'dry-run': { type: 'boolean', description: 'tout vérifier sans rien écrire' },
  },
  examples: [
    'tremplin import dossiers stagiaires-2022.csv --as rectorat:dpe-1,academie=reunion',
    'tremplin import events visites.jsonl --as tuteur:t-0042',
    'tremplin import events journal.csv --skip-invalid --json',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 2, 2, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [kindArg = '', file = ''] = pos.value;
    if (kindArg !== 'dossiers' && kindArg !== 'events') {
      return err(usage(`Que faut-il importer : « ${kindArg} » ? (dossiers ou events)`, USAGE));
    }
    const kind: ImportKind = kindArg;
    const asText = stringOption(args, 'as') ?? ctx.io.env.TREMPLIN_AS;
    let acteur = null;
    if (asText !== undefined || kind === 'dossiers') {
      const parsed = parseActor(asText);
      if (parsed.isErr()) return err(parsed.error);
      acteur = parsed.value;
    }
    const at = parseAt(stringOption(args, 'at'), () => ctx.io.now());
    if (at.isErr()) return err(at.error);
    const input = await readInput(ctx.io, file, stringOption(args, 'format'));
    if (input.isErr()) return err(input.error);
    const dryRun = flag(args, 'dry-run');
    return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
      const rules = createRulesProvider();
      if (rules.isErr()) return err(rules.error);
      const session = createSession(store, rules.value);
      const lines = input.value.text.split('\n').length;
      const progress = ctx.progress(
        `Import ${kind}`,
        Math.max(1, lines - (input.value.format === 'csv' ? 1 : 0)),
      );
      const report = await runImport(
        input.value,
        session,
        { kind, acteur, at: at.value, skipInvalid: flag(args, 'skip-invalid'), dryRun },
        progress,
      );
      if (report.isErr()) return err(report.error);
      const r = report.value;
      return ok({
        json: r,
        human: (s) => [
          `${s('green', '✓')} ${r.written ? 'Importé' : 'Vérifié (rien n’a été écrit : --dry-run)'} : ${s('bold', String(r.accepted))} ligne(s) sur ${r.rows} de ${r.file} (${r.format})`,
          `  ${r.events} événement(s) ${r.written ? 'enregistré(s)' : 'à enregistrer'} sur ${r.dossiers} dossier(s)${r.replayed > 0 ? ` ; ${r.replayed} ligne(s) déjà enregistrée(s) (même clé)` : ''}.`,
          ...(r.rejected.length > 0
            ? [
                s(
                  'yellow',
                  `  ${r.rejected.length} ligne(s) ignorée(s) (--skip-invalid), détail sur la sortie d’erreur.`,
                ),
              ]
            : []),
        ],
        warnings: r.rejected.flatMap((row) => [
          `ligne ${row.line}${row.dossierId === null ? '' : ` (${row.dossierId})`} ignorée :`,
          ...row.issues.map(
            (i) => `  • ${i.path.length > 0 ? `${i.path.join('.')} : ` : ''}${i.message} [${i.code}]`,
          ),
        ]),
      });
    });
  },
};
