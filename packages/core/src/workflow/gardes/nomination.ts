/**
 * Guards of the nomination and of the démission.
 *
 * @packageDocumentation
 */
import { type RefusalReason, refusalReason } from '../../errors.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import { addMonths } from '../dates.js';
import { decret94874 } from '../sources.js';

/**
 * The date of nomination planned, or the end of the postponement, or the date given.
 *
 * @category Workflow
 */
export function getDateNomination(c: CommandOf<'nomination.prononcer'>, e: Entrees): string {
  const report = e.state.stage.reportNomination;
  return c.dateNomination ?? report?.jusquau ?? e.state.identite.dateNominationPrevue;
}

/**
 * A postponed nomination is pronounced within the longest postponement.
 *
 * @remarks Décret n° 94-874 art. 4.
 * @category Workflow
 */
export function checkReportNomination(c: CommandOf<'nomination.prononcer'>, e: Entrees): RefusalReason[] {
  const rules = e.ctx.rules;
  if (e.state.stage.reportNomination === null) return [];
  const max = addMonths(e.state.identite.dateNominationPrevue, rules.reportNominationMaxMois.valeur);
  if (getDateNomination(c, e) <= max) return [];
  return [
    refusalReason(
      'report.trop-long',
      `Le report de nomination ne peut excéder ${rules.reportNominationMaxMois.valeur} mois : nomination au plus tard le ${max}.`,
      rules.reportNominationMaxMois.source,
    ),
  ];
}

/**
 * A démission awaits acceptance, and is accepted after it was presented.
 *
 * @remarks Décret n° 94-874 art. 9.
 * @category Workflow
 */
export function checkDemissionEnAttente(c: CommandOf<'demission.accepter'>, e: Entrees): RefusalReason[] {
  const demission = e.state.demission;
  if (demission === null || demission.acceptee !== null) {
    return [
      refusalReason('demission.absente', 'Aucune démission n’attend d’être acceptée.', decret94874('art. 9')),
    ];
  }
  if (c.date < demission.dateDemande) {
    return [refusalReason('demission.date', `La démission a été demandée le ${demission.dateDemande}.`)];
  }
  return [];
}
