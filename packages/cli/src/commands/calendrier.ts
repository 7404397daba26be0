/**
 * `tremplin calendrier`: imports school calendars from the official dataset `fr-en-calendrier-scolaire` into
 * the project (`import`), lists the calendars the project knows (`list`).
 *
 * @packageDocumentation
 */
import { dirname, join, resolve } from 'node:path';
import type { CalendrierScolaire } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { positionals, stringOption } from '../args/values.js';
import type { CommandContext, CommandOutput, CommandSpec, ParsedArgs } from '../command.js';
import {
  type CalendrierSummary,
  CONFIANCE_CALENDRIER,
  isOfAcademie,
  summarizeCalendrier,
  thinnerThanKnown,
} from '../config/calendrier-summary.js';
import { findConfigFile } from '../config/find-config.js';
import { readCalendrierFile } from '../config/load-calendriers.js';
import { addToConfig, writeCalendriers } from '../config/write-project.js';
import { type CliFailure, usage } from '../failure.js';
import type { Style } from '../output/style.js';
import { renderTable } from '../output/table.js';

const USAGE_IMPORT =
  'tremplin calendrier import <fichier.csv|fichier.json> [--academie A] [--annee AAAA-AAAA]';
const USAGE_LIST = 'tremplin calendrier list [--academie A] [--annee AAAA-AAAA]';

function filtered(all: readonly CalendrierScolaire[], args: ParsedArgs): CalendrierScolaire[] {
  const academie = stringOption(args, 'academie');
  const annee = stringOption(args, 'annee');
  return all.filter(
    (c) =>
      (academie === undefined || isOfAcademie(c, academie)) &&
      (annee === undefined || c.anneeScolaire === annee),
  );
}

function summaryTable(
  rows: readonly (CalendrierSummary & { fichier?: string; etat?: string })[],
  s: Style,
): string[] {
  return renderTable(
    [
      { header: 'Académie', value: (r) => r.academie },
      { header: 'Année', value: (r) => r.anneeScolaire },
      { header: 'Zone', value: (r) => r.zone },
      { header: 'Périodes', value: (r) => String(r.periodes), align: 'right' },
      {
        header: 'Dates',
        value: (r) =>
          `${CONFIANCE_CALENDRIER[r.confiance]}${r.confiance === 'partiel' ? ` (${r.verifiees}/${r.periodes})` : ''}`,
        style: (r, text, st) => (r.confiance === 'verifie' ? text : st('yellow', text)),
      },
      {
        header: 'Source',
        value: (r) => r.fichier ?? (r.origine === 'tremplin' ? 'livré avec Tremplin' : 'fichier du projet'),
      },
    ],
    rows,
    s,
  );
}

const ETAT_FICHIER = { cree: 'créé', remplace: 'remplacé (dates changées)', inchange: 'inchangé' } as const;

async function runImport(
  ctx: CommandContext,
  args: ParsedArgs,
  file: string,
): Promise<Result<CommandOutput, CliFailure>> {
  const path = resolve(ctx.io.cwd, file);
  const read = await readCalendrierFile(path);
  if (read.isErr()) return err(read.error);
  const calendriers = filtered(read.value, args);
  if (calendriers.length === 0) {
    const found = [...new Set(read.value.map((c) => `${c.academie} ${c.anneeScolaire}`))].slice(0, 8);
    return err(
      usage(
        `Aucun calendrier de ${file} ne répond à --academie / --annee.`,
        `Le fichier contient : ${found.join(', ') || 'aucune ligne'}${found.length === 8 ? '…' : ''}.`,
      ),
    );
  }
  // What the project knew before, to warn when a calendar read is thinner than the one it replaces.
  const known = await ctx.config();
  const thinner = known.isOk() ? thinnerThanKnown(calendriers, known.value.rules.calendriers) : [];
  const located = findConfigFile(ctx.io.cwd, ctx.io.env, stringOption(args, 'config'));
  if (located.isErr()) return err(located.error);
  const configFile = located.value ?? join(ctx.io.cwd, 'tremplin.config.json');
  const written = await writeCalendriers(dirname(configFile), calendriers);
  if (written.isErr()) return err(written.error);
  const config = await addToConfig(
    configFile,
    written.value.map((w) => w.file),
  );
  if (config.isErr()) return err(config.error);
  const rows = written.value.map((w) => ({
    ...summarizeCalendrier(w.calendrier),
    origine: 'projet' as const,
    fichier: w.file,
    etat: w.etat,
  }));
  const c = config.value;
  return ok({
    json: { source: path, config: c, calendriers: rows, avertissements: thinner },
    human: (s) => [
      `${s('green', '✓')} ${rows.length} calendrier(s) lu(s) dans ${file} :`,
      ...summaryTable(rows, s),
      ...rows.map((r) => `  ${r.fichier} : ${ETAT_FICHIER[r.etat]}`),
      c.etat === 'cree'
        ? `Configuration créée : ${c.file}`
        : c.etat === 'complete'
          ? `Configuration complétée : ${c.file} (calendriers : ${c.lignes.join(', ')})`
          : c.etat === 'inchange'
            ? `Configuration déjà à jour : ${c.file}`
            : `${s('yellow', 'À faire :')} ajoutez sous « calendriers: » de ${c.file} :`,
      ...(c.etat === 'a-completer' ? c.lignes.map((l) => `  - ${l}`) : []),
    ],
    warnings: [
      ...thinner,
      ...(rows.some((r) => r.confiance !== 'verifie')
        ? ['Des périodes ne sont pas vérifiées : comparez-les au calendrier publié par l’académie.']
        : []),
    ],
  });
}

async function runList(ctx: CommandContext, args: ParsedArgs): Promise<Result<CommandOutput, CliFailure>> {
  const config = await ctx.config();
  if (config.isErr()) return err(config.error);
  const rows = filtered(config.value.rules.calendriers, args)
    .map(summarizeCalendrier)
    .sort(
      (a, b) => a.academie.localeCompare(b.academie, 'fr') || a.anneeScolaire.localeCompare(b.anneeScolaire),
    );
  return ok({
    json: { config: config.value.file, count: rows.length, calendriers: rows },
    human: (s) => [
      ...summaryTable(rows, s),
      '',
      `${rows.length} calendrier(s) ; configuration : ${config.value.file ?? 'aucune (calendriers livrés avec Tremplin)'}.`,
    ],
  });
}

/** The `calendrier` command. */
export const calendrierCommand: CommandSpec = {
  name: 'calendrier',
  summary:
    'Importe le calendrier scolaire officiel d’une académie (jeu fr-en-calendrier-scolaire) ; liste les calendriers.',
  usage: [USAGE_IMPORT, USAGE_LIST],
  description: [
    'import lit le jeu de données « fr-en-calendrier-scolaire » de data.education.gouv.fr tel que publié : export CSV',
    '(séparateur « ; », en-tête de noms de champs ou de libellés) ou JSON. Il écrit un fichier par académie et année',
    'dans calendriers/ à côté du fichier de configuration, et l’ajoute à « calendriers » de tremplin.config.json',
    '(créé s’il n’existe pas ; une configuration YAML n’est pas réécrite : les lignes à ajouter sont affichées).',
    'Les dates sont lues à l’heure de Paris, convention du jeu de données, y compris outre-mer.',
    'list (ou liste) montre les calendriers connus : ceux livrés avec Tremplin et ceux du projet.',
  ],
  options: {
    academie: { type: 'string', value: 'académie', description: 'seulement cette académie (ex. lyon)' },
    annee: {
      type: 'string',
      value: 'AAAA-AAAA',
      description: 'seulement cette année scolaire (ex. 2025-2026)',
    },
  },
  examples: [
    'tremplin calendrier import fr-en-calendrier-scolaire.csv --academie lyon --annee 2025-2026',
    'tremplin calendrier import fr-en-calendrier-scolaire.json --academie lyon',
    'tremplin calendrier list --academie lyon',
  ],
  async run(ctx, args) {
    const [action] = args.positionals;
    if (action === 'import') {
      const pos = positionals(args, 2, 2, USAGE_IMPORT);
      if (pos.isErr()) return err(pos.error);
      return await runImport(ctx, args, pos.value[1] ?? '');
    }
    if (action === 'list' || action === 'liste') {
      const pos = positionals(args, 1, 1, USAGE_LIST);
      if (pos.isErr()) return err(pos.error);
      return await runList(ctx, args);
    }
    return err(
      usage(
        action === undefined
          ? 'Que faire : import ou list ?'
          : `Action inconnue « ${action} » (import ou list).`,
        USAGE_IMPORT,
      ),
    );
  },
};
