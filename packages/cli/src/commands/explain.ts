/**
 * `tremplin explain`: why an alert is raised, why a deadline falls when it does, why a dossier cannot go to
 * the jury yet, or where a rule's value comes from.
 *
 * @packageDocumentation
 */
import {
  type Command,
  citeSource,
  citeWording,
  etatsFinaux,
  explainParameter,
  formatInstant,
  localDateAt,
  PARAMETER_KEYS,
  type ParameterKey,
  type RefusalReason,
  transition,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { FILTER_OPTIONS } from '../args/filters.js';
import { resolveAt } from '../args/instant.js';
import { positionals, stringOption } from '../args/values.js';
import type { CommandContext, CommandOutput, CommandSpec, ParsedArgs } from '../command.js';
import { type CliFailure, usage } from '../failure.js';
import { renderExplanation } from '../output/explanation.js';
import {
  academieLabel,
  COUCHE_LABEL,
  etatLabel,
  GRAVITE,
  labelOf,
  roleLabel,
  STATUT_ECHEANCE,
} from '../output/labels.js';
import type { Style } from '../output/style.js';
import { withStore } from '../store/with-store.js';
import { getAnneeScolaireCourante } from '../workflow/annee-scolaire.js';
import { atOf, evaluationScope } from './evaluation-scope.js';

const USAGE = 'tremplin explain <dossier> <clé d’alerte | CODE | échéance | jury> [--at instant]';
const USAGE_PARAM = 'tremplin explain --parametre <clé> --academie <code> --annee <AAAA-AAAA>';

async function explainParametre(
  ctx: CommandContext,
  args: ParsedArgs,
  key: string,
): Promise<Result<CommandOutput, CliFailure>> {
  if (!(PARAMETER_KEYS as readonly string[]).includes(key)) {
    return err(usage(`Paramètre inconnu « ${key} ».`, `Paramètres : ${PARAMETER_KEYS.join(', ')}.`));
  }
  const academie = stringOption(args, 'academie');
  const annee = stringOption(args, 'annee');
  if (academie === undefined || annee === undefined)
    return err(usage('Indiquez --academie et --annee.', USAGE_PARAM));
  const rules = (await ctx.config()).andThen((config) => config.rules.rulesFor(academie, annee));
  if (rules.isErr()) return err(rules.error);
  const p = rules.value.compiled.rules.parameters[key as ParameterKey];
  // A quote in guillemets, a paraphrase said to be one (never in guillemets).
  const wording = citeWording(p);
  return ok({
    json: { academie, anneeScolaire: annee, packs: rules.value.compiled.rules.packs, parameter: p },
    human: (s: Style) => [
      `${s('bold', key)} pour l’académie ${academieLabel(academie)} en ${annee} :`,
      `  ${explainParameter(p)}`,
      ...(wording === undefined ? [] : [`  ${wording}`]),
      ...(p.merged ?? []).map(
        (m) =>
          `  couche ${labelOf(COUCHE_LABEL, m.layer)} (${m.packId}) : ${m.set.length > 0 ? `pose ${m.set.join(', ')}` : ''}${m.removed.length > 0 ? ` retire ${m.removed.join(', ')}` : ''} — ${citeSource(m.source)}`,
      ),
    ],
  });
}

async function explainJury(
  ctx: CommandContext,
  args: ParsedArgs,
  dossierId: string,
): Promise<Result<CommandOutput, CliFailure>> {
  return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
    const scope = await evaluationScope(ctx, store, args, dossierId);
    if (scope.isErr()) return err(scope.error);
    const state = scope.value.states[0];
    if (state === undefined)
      return err({ kind: 'not-found', message: `Aucun dossier « ${dossierId} ».`, id: dossierId });
    const rules = scope.value.rules.rulesFor(state.identite.academie, getAnneeScolaireCourante(state));
    if (rules.isErr()) return err(rules.error);
    const zone = rules.value.timeZone;
    const ms = resolveAt(scope.value.at, zone);
    const day = localDateAt(ms, zone);
    const sansJury = rules.value.workflow.categoriesSansJury.valeur.includes(state.identite.categorie);
    // Agrégés have no jury: their avis and reports go to the recteur (arrêté MENH1411677A art. 7).
    const agrege = state.identite.corps === 'agrege';
    const command: Command = sansJury
      ? { type: 'decision.prononcer', decision: 'titularisation', fondement: 'evaluation', date: day }
      : agrege
        ? { type: 'recteur.saisir', date: day }
        : { type: 'jury.saisir', date: day };
    let reasons: readonly RefusalReason[] = [];
    let ready = false;
    if (state.etat !== 'en-stage') {
      reasons = [
        {
          code: 'etat.dossier',
          message: etatsFinaux.includes(state.etat)
            ? `Le dossier est clos : ${etatLabel(state.etat)}.`
            : `Le dossier est « ${etatLabel(state.etat)} » : ${
                state.etat === 'devant-jury'
                  ? 'il est déjà devant le jury.'
                  : state.etat === 'devant-recteur' || state.etat === 'devant-ministre'
                    ? 'l’acte de l’autorité compétente est attendu.'
                    : 'il n’est pas en stage.'
              }`,
        },
      ];
      ready = state.etat === 'devant-jury' || (agrege && state.etat === 'devant-recteur');
    } else {
      // The rectorat's own check, as `transition` would run it at that instant: nothing is recorded.
      const decided = transition(state, command, {
        acteur: { role: 'rectorat', id: 'tremplin-explain', academie: state.identite.academie },
        now: formatInstant(ms, zone),
        rules: rules.value.workflow,
      });
      if (decided.isOk()) ready = true;
      else if (decided.error.kind === 'refusal' || decided.error.kind === 'permission')
        reasons = decided.error.reasons;
      else return err(decided.error);
    }
    const what = sansJury
      ? 'la titularisation par le recteur (sans jury)'
      : agrege
        ? 'la transmission au recteur (agrégé : pas de jury académique)'
        : 'la saisine du jury';
    return ok({
      json: { dossierId, day, etat: state.etat, check: command.type, ready, reasons },
      human: (s: Style) => [
        ready
          ? `${s('green', '✓')} Le dossier ${dossierId} est prêt pour ${what} au ${day}.`
          : `${s(['bold', 'yellow'], 'Pas encore :')} le dossier ${dossierId} n’est pas prêt pour ${what} au ${day}.`,
        ...reasons.flatMap((r) => [
          `  • ${r.message} ${s('dim', `[${r.code}]`)}`,
          ...(r.source === undefined ? [] : [`      ${s('dim', `Source : ${citeSource(r.source)}`)}`]),
        ]),
      ],
    });
  });
}

/** The `explain` command. */
export const explainCommand: CommandSpec = {
  name: 'explain',
  summary: 'Pourquoi une alerte, pourquoi une échéance, pourquoi pas encore le jury, d’où vient une règle.',
  usage: [USAGE, USAGE_PARAM],
  description: [
    'Avec une clé d’alerte (BILAN_EN_RETARD:bilan-final/tuteur) ou un code (la première alerte de ce code), une',
    'échéance (bilan-final/tuteur, jury…) : le résumé, les faits du dossier, chaque règle avec sa couche (nationale,',
    'académique), sa validité et son texte. Avec « jury » : tout ce qui manque avant la saisine du jury, avec ses textes.',
  ],
  options: {
    at: { type: 'string', value: 'instant', description: 'instant d’évaluation (défaut : maintenant)' },
    parametre: {
      type: 'string',
      value: 'clé',
      description: 'expliquer un paramètre des règles (conges.seuilJours…)',
    },
    academie: FILTER_OPTIONS.academie ?? { type: 'string', description: 'académie' },
    annee: FILTER_OPTIONS.annee ?? { type: 'string', description: 'année scolaire' },
  },
  examples: [
    'tremplin explain D-0042 BILAN_EN_RETARD --at 2022-12-05',
    'tremplin explain D-0042 jury',
    'tremplin explain --parametre conges.seuilJours --academie reunion --annee 2022-2023',
  ],
  async run(ctx, args) {
    const param = stringOption(args, 'parametre');
    if (param !== undefined) {
      if (args.positionals.length > 0) return err(usage('Avec --parametre, pas de dossier.', USAGE_PARAM));
      return await explainParametre(ctx, args, param);
    }
    const pos = positionals(args, 2, 2, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [dossierId = '', what = ''] = pos.value;
    if (what === 'jury') return explainJury(ctx, args, dossierId);
    const at = atOf(ctx, args);
    if (at.isErr()) return err(at.error);
    return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
      const scope = await evaluationScope(ctx, store, args, dossierId);
      if (scope.isErr()) return err(scope.error);
      const evaluated = scope.value.evaluations.dossiers[0];
      if (evaluated === undefined) {
        const skipped = scope.value.evaluations.skipped[0];
        return err(
          skipped?.error ?? { kind: 'not-found', message: `Aucun dossier « ${dossierId} ».`, id: dossierId },
        );
      }
      const { alerts, deadlines, instant } = evaluated.evaluation;
      const alert = alerts.find((a) => a.key === what) ?? alerts.find((a) => a.code === what);
      const deadline = deadlines.find((d) => d.id === what);
      if (alert === undefined && deadline === undefined) {
        const known = [...alerts.map((a) => a.key), ...deadlines.map((d) => d.id)];
        return err({
          kind: 'not-found',
          message: `Ni alerte ni échéance « ${what} » sur ${dossierId} au ${instant}. ${
            known.length > 0
              ? `Possibles : ${known.join(', ')}, jury.`
              : 'Ce dossier n’a ni échéance ni alerte à cet instant ; « jury » reste possible.'
          }`,
          id: what,
        });
      }
      if (alert !== undefined) {
        return ok({
          json: { dossierId, instant, alert },
          human: (s: Style) => [
            `${s('bold', alert.key)} — ${alert.message}`,
            `  Gravité : ${labelOf(GRAVITE, alert.severity)}${alert.due === null ? '' : ` · échéance le ${alert.due} (${alert.dueAt})`} · pour : ${alert.recipients.map(roleLabel).join(', ')}`,
            '',
            ...renderExplanation(alert.explanation, s),
          ],
        });
      }
      const d = deadline;
      if (d === undefined) return err({ kind: 'not-found', message: what, id: what });
      return ok({
        json: { dossierId, instant, deadline: d },
        human: (s: Style) => [
          `${s('bold', d.id)} — ${d.label}`,
          `  Échéance le ${d.due} (${d.dueAt}) · statut : ${labelOf(STATUT_ECHEANCE, d.status)}${d.doneOn === null ? '' : ` · faite le ${d.doneOn}`}${d.responsible === null ? '' : ` · à faire par : ${roleLabel(d.responsible)}`}`,
          '',
          ...renderExplanation(d.explanation, s),
        ],
      });
    });
  },
};
