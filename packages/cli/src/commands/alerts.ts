/**
 * `tremplin alerts`: the alerts of a dossier or a cohort at an instant, with who is told.
 *
 * @packageDocumentation
 */
import { ALERT_CODES } from '@tremplin/core';
import { err, ok } from 'neverthrow';
import { FILTER_OPTIONS } from '../args/filters.js';
import { listOption, positionals } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { usage } from '../failure.js';
import { GRAVITE, labelOf, roleLabel } from '../output/labels.js';
import { renderTable } from '../output/table.js';
import { withStore } from '../store/with-store.js';
import { evaluationScope } from './evaluation-scope.js';

const USAGE =
  'tremplin alerts [dossier] [--at instant] [--code CODE] [--severity critical,warning,info] [filtres]';
const SEVERITIES = ['critical', 'warning', 'info'];

/** The `alerts` command. */
export const alertsCommand: CommandSpec = {
  name: 'alerts',
  summary: 'Les alertes d’un dossier ou d’une cohorte à un instant, avec leurs destinataires.',
  usage: [USAGE],
  description: [
    'Une alerte a un code stable (BILAN_EN_RETARD, CONGES_PROLONGATION…), une gravité, une échéance et ses',
    'destinataires selon les règles de l’académie. « tremplin explain <dossier> <clé> » dit pourquoi elle est levée.',
    'Le code de sortie est 0 même s’il y a des alertes : lisez-les dans la sortie (--json pour un programme).',
  ],
  options: {
    ...FILTER_OPTIONS,
    at: { type: 'string', value: 'instant', description: 'instant d’évaluation (défaut : maintenant)' },
    code: {
      type: 'string',
      multiple: true,
      value: 'CODE',
      description: `code d’alerte (${ALERT_CODES.slice(0, 2).join(', ')}…)`,
    },
    severity: {
      type: 'string',
      multiple: true,
      value: 'gravité',
      description: 'critical (critique), warning (avertissement), info (information)',
    },
  },
  examples: [
    'tremplin alerts --academie reunion --at 2022-12-01',
    'tremplin alerts D-0042 --json',
    'tremplin alerts --code BILAN_EN_RETARD --severity critical',
  ],
  async run(ctx, args) {
    const pos = positionals(args, 0, 1, USAGE);
    if (pos.isErr()) return err(pos.error);
    const codes = listOption(args, 'code');
    const severities = listOption(args, 'severity');
    const badCodes = codes.filter((c) => !(ALERT_CODES as readonly string[]).includes(c));
    if (badCodes.length > 0)
      return err(usage(`--code : « ${badCodes.join(', ')} » inconnu.`, `Codes : ${ALERT_CODES.join(', ')}.`));
    const badSeverities = severities.filter((x) => !SEVERITIES.includes(x));
    if (badSeverities.length > 0)
      return err(
        usage(`--severity : « ${badSeverities.join(', ')} » inconnu.`, 'Gravités : critical, warning, info.'),
      );
    return withStore<CommandOutput>(ctx, 'existing', async ({ store }) => {
      const scope = await evaluationScope(ctx, store, args, pos.value[0]);
      if (scope.isErr()) return err(scope.error);
      const { evaluations } = scope.value;
      const alerts = evaluations.dossiers.flatMap((d) =>
        d.evaluation.alerts.filter(
          (a) =>
            (codes.length === 0 || codes.includes(a.code)) &&
            (severities.length === 0 || severities.includes(a.severity)),
        ),
      );
      const byCode: Record<string, number> = {};
      for (const a of alerts) byCode[a.code] = (byCode[a.code] ?? 0) + 1;
      const order = (sev: string) => SEVERITIES.indexOf(sev);
      const sorted = [...alerts].sort(
        (a, b) =>
          order(a.severity) - order(b.severity) ||
          (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
          a.dossierId.localeCompare(b.dossierId),
      );
      return ok({
        ...(scope.value.unread > 0 ? { exitCode: EXIT.integrity } : {}),
        warnings: scope.value.warnings,
        json: {
          instants: evaluations.instants,
          count: alerts.length,
          byCode,
          alerts: sorted,
          skipped: evaluations.skipped,
        },
        human: (s) => [
          ...renderTable(
            [
              {
                header: 'Gravité',
                value: (a) => labelOf(GRAVITE, a.severity),
                style: (a, text, st) =>
                  a.severity === 'critical'
                    ? st('red', text)
                    : a.severity === 'warning'
                      ? st('yellow', text)
                      : text,
              },
              { header: 'Dossier', value: (a) => a.dossierId },
              { header: 'Clé', value: (a) => a.key, maxWidth: 48 },
              { header: 'Échéance', value: (a) => a.due ?? '' },
              { header: 'Alerte', value: (a) => a.message, maxWidth: 70 },
              { header: 'Pour', value: (a) => a.recipients.map(roleLabel).join(', '), maxWidth: 40 },
            ],
            sorted,
            s,
          ),
          '',
          `${alerts.length} alerte(s) à ${Object.values(evaluations.instants).join(', ') || '—'}${
            alerts.length === 0
              ? '.'
              : ` : ${Object.entries(byCode)
                  .sort(([, a], [, b]) => b - a)
                  .map(([c, n]) => `${c} ${n}`)
                  .join(' · ')}`
          }`,
          ...(alerts.length > 0 ? [s('dim', 'Pourquoi : tremplin explain <dossier> <clé>.')] : []),
          ...evaluations.skipped.map((x) =>
            s('yellow', `Dossier ${x.dossierId} non évalué : ${x.error.message}`),
          ),
        ],
      });
    });
  },
};
