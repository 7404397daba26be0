/**
 * The help texts: the list of commands, and each command's usage, options and examples.
 *
 * @packageDocumentation
 */
import type { CommandSpec, OptionSpec } from './command.js';
import { DOCS_URL, guideUrl } from './docs-url.js';
import { EXIT } from './exit-codes.js';
import type { Style } from './output/style.js';

/** The options every command accepts. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  db: {
    type: 'string',
    short: 'd',
    value: 'base',
    description: 'fichier SQLite (défaut ./tremplin.sqlite, ou TREMPLIN_DB) ou postgres://…',
  },
  config: {
    type: 'string',
    value: 'fichier',
    description:
      'fichier de configuration du projet (défaut : tremplin.config.json|yaml trouvé en remontant, ou TREMPLIN_CONFIG)',
  },
  json: { type: 'boolean', description: 'sortie JSON pour les programmes (un document sur stdout)' },
  'no-color': { type: 'boolean', description: 'sans couleurs (aussi : NO_COLOR=1)' },
  help: { type: 'boolean', short: 'h', description: 'aide' },
  version: { type: 'boolean', short: 'V', description: 'version' },
};

function optionLines(options: Readonly<Record<string, OptionSpec>>, s: Style): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const flagText = `${o.short === undefined ? '    ' : `-${o.short}, `}--${name}${o.value === undefined ? '' : ` <${o.value}>`}`;
    return [flagText, o.description] as const;
  });
  const width = Math.max(0, ...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${s('cyan', f.padEnd(width))}  ${d}`);
}

/**
 * The general help.
 *
 * @param commands - the commands.
 * @param version - the package's version.
 * @param s - the styler.
 * @returns lines.
 */
export function generalHelp(commands: readonly CommandSpec[], version: string, s: Style): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `${s('bold', 'tremplin')} ${version} — l’année de stage des fonctionnaires stagiaires du second degré`,
    '',
    `${s('bold', 'Utilisation :')} tremplin <commande> [arguments] [options]`,
    '',
    s('bold', 'Commandes :'),
    ...commands.map((c) => `  ${s('cyan', c.name.padEnd(width))}  ${c.summary}`),
    `  ${s('cyan', 'help'.padEnd(width))}  L’aide d’une commande : tremplin help <commande>.`,
    '',
    s('bold', 'Options communes :'),
    ...optionLines(GLOBAL_OPTIONS, s),
    '',
    s('bold', 'Codes de sortie :'),
    `  ${EXIT.ok} fait · ${EXIT.domain} refus, données invalides, dossier inconnu · ${EXIT.usage} ligne de commande incorrecte`,
    `  ${EXIT.store} base ou fichier inaccessible · ${EXIT.conflict} écriture concurrente (relancer) · ${EXIT.integrity} journal modifié hors de Tremplin (verify)`,
    `  ${EXIT.internal} erreur interne`,
    '',
    'Pour commencer : tremplin demo (une année simulée, dans ./tremplin-demo), ou tremplin init puis',
    'tremplin import dossiers <fichier>.',
    `Guide de la ligne de commande : ${guideUrl('cli')}`,
    `Documentation : ${DOCS_URL}`,
  ];
}

/**
 * A command's help.
 *
 * @param c - the command.
 * @param s - the styler.
 * @returns lines.
 */
export function commandHelp(c: CommandSpec, s: Style): string[] {
  return [
    `${s('bold', `tremplin ${c.name}`)} — ${c.summary}`,
    '',
    s('bold', 'Utilisation :'),
    ...c.usage.map((u) => `  ${u}`),
    ...(c.description === undefined ? [] : ['', ...c.description]),
    ...(Object.keys(c.options).length === 0
      ? []
      : ['', s('bold', 'Options :'), ...optionLines(c.options, s)]),
    '',
    s('bold', 'Options communes :'),
    ...optionLines(GLOBAL_OPTIONS, s),
    ...(c.examples === undefined ? [] : ['', s('bold', 'Exemples :'), ...c.examples.map((e) => `  ${e}`)]),
  ];
}
