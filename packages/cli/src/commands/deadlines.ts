/**
 * `tremplin deadlines`: the deadlines of a dossier or a cohort at an instant, with their status.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { FILTER_OPTIONS } from '../args/filters.js';
import { listOption, positionals } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { usage } from '../failure.js';
import { labelOf, roleLabel, STATUT_ECHEANCE } from '../output/labels.js';
import { renderTable } from '../output/table.js';
import { withStore } from '../store/with-store.js';
import { evaluationScope } from './evaluation-scope.js';

const USAGE = 'tremplin deadlines [dossier] [--at instant] [--status overdue,due-soon] [filtres]';
const STATUSES = ['upcoming', 'due-soon', 'overdue', 'done'];

/** The `deadlines` command. */
export const deadlinesCommand: CommandSpec = {
  name: 'deadlines',
  summary: 'Les échéances d’un dossier ou d’une cohorte à un instant (--at, défaut maintenant).',
  usage: [USAGE],
  description: [
    'Chaque échéance a sa date (calculée dans le fuseau de l’académie), son statut à l’instant donné et le rôle qui',
    'doit agir. « tremplin explain <dossier> <échéance> » dit pourquoi cette date (règle, couche, texte).',
    '--at accepte AAAA-MM-JJ (début du jour dans le fuseau de l’académie), AAAA-MM-JJTHH:MM ou un instant ISO avec décalage.',
  ],
  options: {
    ...FILTER_OPTIONS,
    at: { type: 'string', value: 'instant', description: 'instant d’évaluation (défaut : maintenant)' },
    status: {
      type: 'string',
      multiple: true,
      value: 'statut',
      description: 'upcoming (à venir), due-soon (proche), overdue (en retard), done (faite)',
    },
  },
  examples: [
    'tremplin deadlines D-0042 --at 2022-11-25',
    'tremplin deadlines --academie reunion --status overdue --json',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 0, 1, USAGE);
    if (pos.isErr()) return err(pos.error);
    const statuses = listOption(args, 'status');
    const unknown = statuses.filter((x) => !STATUSES.includes(x));
    if (unknown.length > 0)
      return err(usage(`--status : « ${unknown.join(', ')} » inconnu.`, `Statuts : ${STATUSES.join(', ')}.`));
    return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
      const scope = await evaluationScope(ctx, store, args, pos.value[0]);
      if (scope.isErr()) return err(scope.error);
      const { evaluations } = scope.value;
      const rows = evaluations.dossiers.flatMap((d) =>
        d.evaluation.deadlines
          .filter((x) => statuses.length === 0 || statuses.includes(x.status))
          .map((deadline) => ({ dossierId: d.state.dossierId, deadline })),
      );
      const counts: Record<string, number> = {};
      for (const r of rows) counts[r.deadline.status] = (counts[r.deadline.status] ?? 0) + 1;
      return ok({
        ...(scope.value.unread > 0 ? { exitCode: EXIT.integrity } : {}),
        warnings: scope.value.warnings,
        json: {
          instants: evaluations.instants,
          counts,
          dossiers: evaluations.dossiers.map((d) => ({
            dossierId: d.state.dossierId,
            today: d.evaluation.today,
            deadlines: d.evaluation.deadlines.filter(
              (x) => statuses.length === 0 || statuses.includes(x.status),
            ),
          })),
          skipped: evaluations.skipped,
        },
        human: (s) => [
          ...renderTable(
            [
              { header: 'Dossier', value: (r) => r.dossierId },
              { header: 'Échéance', value: (r) => r.deadline.label, maxWidth: 60 },
              { header: 'Id', value: (r) => r.deadline.id },
              { header: 'Date', value: (r) => r.deadline.due },
              {
                header: 'Statut',
                value: (r) => labelOf(STATUT_ECHEANCE, r.deadline.status),
                style: (r, text, st) =>
                  r.deadline.status === 'overdue'
                    ? st('red', text)
                    : r.deadline.status === 'due-soon'
                      ? st('yellow', text)
                      : r.deadline.status === 'done'
                        ? st('green', text)
                        : text,
              },
              {
                header: 'Qui',
                value: (r) =>
                  r.deadline.responsible === null
                    ? r.deadline.informative
                      ? '(information)'
                      : ''
                    : roleLabel(r.deadline.responsible),
              },
            ],
            rows,
            s,
          ),
          '',
          `${rows.length} échéance(s) à ${Object.values(evaluations.instants).join(', ') || '—'} : ${
            Object.entries(counts)
              .map(([k, n]) => `${labelOf(STATUT_ECHEANCE, k)} ${n}`)
              .join(' · ') || 'aucune'
          }`,
          ...evaluations.skipped.map((x) =>
            s('yellow', `Dossier ${x.dossierId} non évalué : ${x.error.message}`),
          ),
        ],
      });
    });
  },
};
