/**
 * `tremplin record <dossier> <command>`: one command, decided by the workflow as the actor given, then
 * appended.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '@tremplin/core';
import { commandSchema, commandTypes } from '@tremplin/core/schemas';
import { err, ok, type Result } from 'neverthrow';
import { ACTOR_DECLARED_NOTE, parseActor } from '../args/actor.js';
import { buildCommand, isCommandType, optionOfPath, optionSpecsOf } from '../args/command-options.js';
import { parseAt } from '../args/instant.js';
import { RECORD_OPTIONS, recordOptionsOf } from '../args/record-options.js';
import { flag, positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec, ParsedArgs } from '../command.js';
import { type CliFailure, usage } from '../failure.js';
import { parseWith } from '../import/zod-issues.js';
import type { CliIo } from '../io.js';
import { etatLabel } from '../output/labels.js';
import { withStore } from '../store/with-store.js';
import { decideOne } from '../workflow/decide-one.js';

const USAGE = 'tremplin record <dossier> <type> [--champ valeur…] --as <acteur> [--at instant] [--key clé]';
const USAGE_JSON =
  "tremplin record <dossier> '<commande JSON>'|@fichier.json|- --as <acteur> [--at instant] [--key clé]";

function typeAmong(words: readonly string[]): string | undefined {
  return words.find(isCommandType);
}

/** Wraps the list of command types for the help. */
function typeLines(): string[] {
  const out: string[] = [];
  let line = ' ';
  for (const t of commandTypes) {
    if (line.length + t.length > 100) {
      out.push(line);
      line = ' ';
    }
    line += ` ${t}`;
  }
  return [...out, line];
}

function fromOptions(type: string, args: ParsedArgs): Result<Command, CliFailure> {
  const described = recordOptionsOf(type);
  if (described === null) return err(usage(`Type de commande inconnu « ${type} ».`, USAGE));
  const built = buildCommand(described, args.values);
  if (built.isErr()) return err(built.error);
  const command = parseWith(commandSchema, built.value, (path) => optionOfPath(described, path));
  if (!command.ok) {
    return err({
      kind: 'validation',
      message: `Commande ${type} invalide (voir « tremplin help record ${type} »).`,
      issues: command.issues,
    });
  }
  return ok(command.value);
}

async function fromJson(io: CliIo, arg: string): Promise<Result<Command, CliFailure>> {
  const text = await commandText(io, arg);
  if (text.isErr()) return err(text.error);
  let raw: unknown;
  try {
    raw = JSON.parse(text.value);
  } catch (e) {
    return err({
      kind: 'validation',
      message: 'La commande n’est pas du JSON lisible.',
      issues: [{ code: 'json.syntaxe', message: e instanceof Error ? e.message : String(e), path: [] }],
    });
  }
  const command = parseWith(commandSchema, raw);
  if (!command.ok) {
    return err({
      kind: 'validation',
      message: 'Commande invalide (voir « tremplin schema command »).',
      issues: command.issues,
    });
  }
  return ok(command.value);
}

async function commandText(io: CliIo, arg: string): Promise<Result<string, CliFailure>> {
  if (arg === '-') return ok(await io.readStdin());
  if (!arg.startsWith('@')) return ok(arg);
  const path = arg.slice(1);
  try {
    return ok(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return err({
      kind: 'file',
      message: code === 'ENOENT' ? 'Fichier introuvable' : `Lecture impossible (${code ?? String(e)})`,
      path,
    });
  }
}

/** The `record` command. */
export const recordCommand: CommandSpec = {
  name: 'record',
  summary: 'Enregistre une commande sur un dossier, au nom d’un acteur (les permissions s’appliquent).',
  usage: [USAGE, USAGE_JSON],
  description: [
    'La commande se donne par son type et ses champs en options (« tremplin help record <type> » les liste,',
    'avec les valeurs permises) : un champ « datePrevue » devient --date-prevue, le champ d’un objet une option',
    'pointée (--tuteur.nom), une liste une option répétée (vide si absente), un élément de liste qui est un',
    'objet une valeur JSON. Pour les programmes, la commande peut aussi être un objet JSON (« tremplin schema',
    'command » donne leur schéma), passé en argument, dans un fichier (@fichier.json) ou sur l’entrée standard',
    '(-) : les deux formes donnent la même commande.',
    'Le flux de travail la décide : permission de l’acteur, état du dossier, conditions des textes ; un refus',
    'donne toutes ses raisons.',
    'Types de commande :',
    ...typeLines(),
    'La clé d’idempotence (--key) fait qu’une commande relancée n’est enregistrée qu’une fois.',
    'L’acteur (--as) est déclaré par l’opérateur, non authentifié : la ligne de commande est faite pour le poste',
    'd’un opérateur ; un service qui sert plusieurs personnes les authentifie (voir le guide, « Qui agit ? »).',
  ],
  options: RECORD_OPTIONS,
  optionsFor(words) {
    const type = typeAmong(words);
    const described = type === undefined ? null : recordOptionsOf(type);
    return described === null ? {} : optionSpecsOf(described);
  },
  examples: [
    'tremplin record D-0042 visite.planifier --visite-id v1 --nature visite-formative --date-prevue 2022-10-04 --as tuteur:t-17',
    'tremplin record D-0042 visite.realiser --visite-id v1 --nature visite-formative --date 2022-10-04 --conseils "Varier les supports" --as tuteur:t-17',
    'tremplin record D-0042 alerte.declencher --alerte-id a1 --moment en-cours-annee --motifs gestion-de-classe --motifs evolution-insuffisante --date 2023-01-10 --description "Difficultés persistantes" --as chef-etablissement:ce-1',
    'tremplin help record visite.realiser',
    `tremplin record D-0042 '{"type":"visite.planifier","visiteId":"v1","nature":"visite-formative","datePrevue":"2022-10-04"}' --as tuteur:t-17`,
    'tremplin record D-0042 @avis.json --as inspecteur:ipr-3,academie=reunion,disciplines=mathematiques',
    'echo \'{"type":"jury.saisir","date":"2023-05-31"}\' | tremplin record D-0042 - --as rectorat:dpe-1,academie=reunion',
    `tremplin record D-0042 '{"type":"decision.prononcer","decision":"titularisation","fondement":"evaluation","date":"2023-07-03"}' --as rectorat:dpe-1,academie=reunion`,
    `tremplin record D-0042 '{"type":"decision.prononcer","decision":"licenciement","fondement":"evaluation","date":"2023-07-12"}' --as ministre:dgrh-1`,
    `tremplin record D-0042 '{"type":"enregistrement.annuler","sequence":14,"motif":"Avis donné par un chef désigné par erreur."}' --as rectorat:dpe-1,academie=reunion`,
  ],
  async run(ctx, args) {
    const pos = positionals(args, 2, 2, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [dossierId = '', commandArg = ''] = pos.value;
    const acteur = parseActor(stringOption(args, 'as') ?? ctx.io.env.TREMPLIN_AS);
    if (acteur.isErr()) return err(acteur.error);
    const at = parseAt(stringOption(args, 'at'), () => ctx.io.now());
    if (at.isErr()) return err(at.error);
    const parsed = isCommandType(commandArg)
      ? fromOptions(commandArg, args)
      : await fromJson(ctx.io, commandArg);
    if (parsed.isErr()) return err(parsed.error);
    const command = parsed;
    const dryRun = flag(args, 'dry-run');
    return withStore<CommandOutput>(ctx, 'existing', async (opened) => {
      const request = {
        dossierId,
        command: command.value,
        acteur: acteur.value,
        at: at.value,
        idempotencyKey: stringOption(args, 'key'),
      };
      const decided = await decideOne(ctx, opened, request, { dryRun });
      if (decided.isErr()) return err(decided.error);
      const d = decided.value;
      return ok({
        json: {
          dossierId,
          idempotencyKey: d.idempotencyKey,
          recordedAt: d.now,
          replayed: d.replayed,
          written: !dryRun && !d.replayed,
          events: d.events,
          acteur: { role: acteur.value.role, id: acteur.value.id },
          acteurDeclare: true,
          etat: d.state.etat,
          sequence: d.state.sequence,
        },
        human: (s) => [
          d.replayed
            ? `${s('green', '✓')} Déjà enregistrée (clé ${d.idempotencyKey}) : rien de nouveau.`
            : `${s('green', '✓')} ${dryRun ? 'Acceptée (rien n’a été écrit : --dry-run)' : 'Enregistrée'} : ${command.value.type} sur ${dossierId} au ${d.now}`,
          `  Acteur ${acteur.value.role}:${acteur.value.id} (${ACTOR_DECLARED_NOTE}, --as)`,
          ...d.events.map((e) => `  + ${e.type}`),
          `  Dossier ${dossierId} : ${etatLabel(d.state.etat)} (séquence ${d.state.sequence})`,
        ],
      });
    });
  },
};
