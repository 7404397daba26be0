/**
 * `tremplin import dossiers|events <file>`.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { describeActorOption, parseActor } from '../args/actor.js';
import { parseAt } from '../args/instant.js';
import { flag, positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { missingCalendriersOfRows } from '../config/missing-calendrier.js';
import { guideUrl } from '../docs-url.js';
import { usage } from '../failure.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../import/decode.js';
import { openInput } from '../import/input-source.js';
import { IMPORT_CHUNK_ROWS, type ImportKind, runImport } from '../import/run-import.js';
import { withStore } from '../store/with-store.js';
import { createSession } from '../workflow/session.js';

const USAGE =
  'tremplin import <dossiers|events> <fichier.csv|fichier.json|fichier.jsonl|-> [--as acteur] [--skip-invalid] [--encoding utf-8|windows-1252]';
const CHUNK = IMPORT_CHUNK_ROWS.toLocaleString('fr-FR');

/** The `import` command. */
export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'Importe des dossiers ou des événements (CSV, JSON, JSON Lines), ligne par ligne vérifiés.',
  usage: [USAGE],
  description: [
    'Chaque ligne passe par le flux de travail comme une commande tapée : schéma, permissions de l’acteur,',
    'état du dossier et conditions des textes. Le fichier est lu deux fois. D’abord toutes les lignes sont',
    'vérifiées (forme, schéma, acteur) : si une seule est fautive, rien n’est importé, sauf avec --skip-invalid.',
    `Puis elles sont décidées et écrites par paquets de ${CHUNK} lignes, un paquet par transaction (mémoire bornée`,
    `quelle que soit la taille du fichier). Jusqu’à ${CHUNK} lignes, c’est tout ou rien. Au-delà, une ligne refusée`,
    'par le flux de travail arrête l’import à son paquet : les paquets précédents restent écrits, et réimporter le',
    'même fichier corrigé le complète sans rien dupliquer (chaque ligne porte sa clé d’idempotence : sa colonne',
    '« cle », ou une empreinte de son contenu). CSV : séparateur « ; », « , » ou tabulation, lu sur l’en-tête ;',
    'UTF-8 avec ou sans BOM ; un fichier Windows-1252 (Excel) est reconnu et converti, avec une remarque.',
    `Formats et schémas JSON : ${guideUrl('cli')}, « tremplin schema dossiers » et « tremplin schema events ».`,
  ],
  options: {
    as: {
      type: 'string',
      value: 'acteur',
      description: describeActorOption(' (dossiers : le rectorat ; événements : défaut des lignes)'),
    },
    at: {
      type: 'string',
      value: 'instant',
      description: 'instant d’enregistrement des lignes qui n’en donnent pas (défaut : maintenant)',
    },
    format: { type: 'string', value: 'csv|json|jsonl', description: 'format (défaut : selon l’extension)' },
    encoding: {
      type: 'string',
      value: 'utf-8|windows-1252',
      description: 'encodage du fichier (défaut : UTF-8, ou Windows-1252 reconnu)',
    },
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
    const encodingText = stringOption(args, 'encoding')?.toLowerCase();
    if (encodingText !== undefined && !(INPUT_ENCODINGS as readonly string[]).includes(encodingText)) {
      return err(
        usage(`--encoding : « ${encodingText} » inconnu.`, `Encodages : ${INPUT_ENCODINGS.join(', ')}.`),
      );
    }
    const input = await openInput(ctx.io, file, stringOption(args, 'format'));
    if (input.isErr()) return err(input.error);
    const dryRun = flag(args, 'dry-run');
    return withStore<CommandOutput>(ctx, 'existing', async ({ store, personnes }) => {
      const rules = (await ctx.config()).map((c) => c.rules);
      if (rules.isErr()) return err(rules.error);
      const report = await runImport(
        input.value,
        {
          kind,
          acteur,
          at: at.value,
          skipInvalid: flag(args, 'skip-invalid'),
          dryRun,
          encoding: encodingText as InputEncoding | undefined,
        },
        {
          openSession: () => createSession(store, rules.value, { personnes }),
          progress: (label, total) => ctx.progress(label, total),
          note: ctx.note,
        },
      );
      if (report.isErr()) return err(missingCalendriersOfRows(report.error));
      const r = report.value;
      return ok({
        json: r,
        human: (s) => [
          `${s('green', '✓')} ${r.written ? 'Importé' : 'Vérifié (rien n’a été écrit : --dry-run)'} : ${s('bold', String(r.accepted))} ligne(s) sur ${r.rows} de ${r.file} (${r.format})`,
          `  ${r.events} événement(s) ${r.written ? 'enregistré(s)' : 'à enregistrer'} sur ${r.dossiers} dossier(s)${r.replayed > 0 ? ` ; ${r.replayed} ligne(s) déjà enregistrée(s) (même clé) : rien de nouveau pour elles` : ''}.`,
          ...(r.rejected.length > 0
            ? [
                s(
                  'yellow',
                  `  ${r.rejectedCount} ligne(s) ignorée(s) (--skip-invalid), détail sur la sortie d’erreur.`,
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
