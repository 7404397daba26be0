/**
 * `tremplin demo`: the 2022-2023 year of the académie de La Réunion, simulated on a SQLite file through the
 * public API, with its exports and a report. Same seed, same output.
 *
 * @packageDocumentation
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { err, ok } from 'neverthrow';
import { integerOption, stringOption } from '../args/values.js';
import type { CommandContext, CommandOutput, CommandSpec } from '../command.js';
import { renderReport, runDemo } from '../demo/index.js';
import { usage } from '../failure.js';
import { describeDb, parseDbLocation } from '../store/db-location.js';
import { withStore } from '../store/with-store.js';
import { prepareDemoFolder } from './demo-folder.js';

/** The demo's default folder, relative to the working directory. */
export const DEMO_FOLDER = 'tremplin-demo';
/** The demo's database file inside its folder. */
export const DEMO_DB = 'tremplin-demo.sqlite';

function label(cwd: string, path: string): string {
  const r = relative(cwd, path);
  return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? path : r;
}

/** The `demo` command. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'Simule l’année 2022-2023 de l’académie de La Réunion (SQLite, exports, rapport).',
  usage: ['tremplin demo [--out dossier] [--seed n] [--stagiaires n]'],
  description: [
    'Une cohorte réaliste et générée (aucune personne réelle) : plusieurs centaines de stagiaires de tous corps',
    'dans des EPLE aux codes UAI de l’académie 974, leurs tuteurs, chefs d’établissement, inspecteurs et formateurs.',
    'Chaque commande de l’année passe par le flux de travail (permissions, états, conditions des textes) et est',
    'enregistrée dans la base ; les alertes sont évaluées chaque lundi. Les exports (fiches bilans PDF, listes du',
    'jury XLSX et PDF, calendriers ICS, alertes et synthèse XLSX, référentiel CASE) sont écrits dans <out>/exports.',
    'La même graine donne les mêmes fichiers, octet pour octet. Sans --db, la base est <out>/tremplin-demo.sqlite,',
    'recréée à chaque lancement ; avec --db, la base indiquée doit être vide.',
  ],
  options: {
    out: { type: 'string', value: 'dossier', description: `dossier de sortie (défaut ./${DEMO_FOLDER})` },
    seed: { type: 'string', value: 'n', description: 'graine du générateur (défaut 974)' },
    stagiaires: { type: 'string', value: 'n', description: 'taille de la cohorte (défaut 420, au moins 12)' },
  },
  examples: ['tremplin demo', 'tremplin demo --out /tmp/demo --seed 2023 --stagiaires 120'],
  async run(ctx: CommandContext, args) {
    if (args.positionals.length > 0)
      return err(usage(`Argument en trop : « ${args.positionals.join(' ')} ».`));
    const seed = integerOption(args, 'seed', 974);
    if (seed.isErr()) return err(seed.error);
    const size = integerOption(args, 'stagiaires', 420);
    if (size.isErr()) return err(size.error);
    if (size.value < 12)
      return err(usage('--stagiaires : au moins 12, pour que chaque scénario ait son stagiaire.'));
    const folder = resolve(ctx.io.cwd, stringOption(args, 'out') ?? DEMO_FOLDER);
    const explicitDb = typeof args.values.db === 'string' || (ctx.io.env.TREMPLIN_DB ?? '') !== '';
    const db = explicitDb ? ctx.db : parseDbLocation(join(folder, DEMO_DB), ctx.io.cwd);
    const prepared = await prepareDemoFolder(folder, !explicitDb);
    if (prepared !== null) return err(prepared);
    const demoCtx: CommandContext = { ...ctx, db };
    const dbLabel = db.kind === 'sqlite' ? label(ctx.io.cwd, db.file) : describeDb(db);
    return withStore<CommandOutput>(demoCtx, 'create', async ({ store, personnes }) => {
      const existing = await store.list({}, { limit: 1 });
      if (existing.isErr()) return err(existing.error);
      if (existing.value.items.length > 0) {
        return err(
          usage(
            `La base ${describeDb(db)} contient déjà des dossiers : la démo écrit dans une base vide.`,
            'Lancez la démo sans --db (elle utilise sa propre base dans son dossier), ou donnez une base neuve.',
          ),
        );
      }
      const rules = (await ctx.config()).map((c) => c.rules);
      if (rules.isErr()) return err(rules.error);
      const report = await runDemo(store, {
        seed: seed.value,
        stagiaires: size.value,
        folder,
        folderLabel: label(ctx.io.cwd, folder),
        rules: rules.value,
        personnes,
        progress: ctx.progress,
        note: ctx.note,
      });
      if (report.isErr()) return err(report.error);
      const r = report.value;
      return ok({
        json: { ...r, db: describeDb(db) },
        human: (s) => renderReport(r, dbLabel, s),
        ...(r.commands.unexpected.length > 0
          ? {
              warnings: r.commands.unexpected.map(
                (u) => `Issue inattendue : ${u.dossierId} ${u.command} (${u.at}) : ${u.detail}`,
              ),
              exitCode: 1 as const,
            }
          : {}),
      });
    });
  },
};
