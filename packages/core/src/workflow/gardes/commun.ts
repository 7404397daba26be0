/**
 * Guards shared by several commands: a date not in the future, the pieces of the dossier, the coherence of a
 * licenciement or a réintégration with the détachement.
 *
 * @packageDocumentation
 */
import type { NatureDecision } from '../../dossier/vocabulaire.js';
import { type RefusalReason, refusalReason } from '../../errors.js';
import { listPiecesManquantes } from '../conditions.js';
import type { Entrees } from '../contexte-decision.js';
import type { CommandeDecision } from '../handlers/types.js';
import { arrete2014, decret94874 } from '../sources.js';

/**
 * The date of the act is not after today (in the académie's zone).
 *
 * @category Workflow
 */
export function checkDateNonFuture(c: CommandeDecision, e: Entrees): RefusalReason[] {
  const date = 'date' in c ? c.date : undefined;
  if (date === undefined || date <= e.jour) return [];
  return [refusalReason('date.future', `L’acte est daté du ${date}, après aujourd’hui (${e.jour}).`)];
}

/**
 * Every piece the rules require is in the dossier.
 *
 * @category Workflow
 */
export function checkPiecesCompletes(_c: CommandeDecision, e: Entrees): RefusalReason[] {
  return listPiecesManquantes(e.state, e.ctx.rules);
}

/**
 * A détaché is réintégré, never licencié; only a détaché is réintégré.
 *
 * @param decision - the decision or proposition.
 * @param e - the dossier.
 * @remarks Décret n° 94-874 art. 7; arrêté MENH1411675A art. 9.
 * @category Workflow
 */
export function checkDetachement(decision: NatureDecision | null | undefined, e: Entrees): RefusalReason[] {
  const detache = e.state.identite.categorie === 'detache';
  if (decision === 'licenciement' && detache) {
    return [
      refusalReason(
        'licenciement.detache',
        'Un stagiaire détaché n’est pas licencié : il est mis fin à son détachement et il est réintégré dans son corps d’origine.',
        decret94874('art. 7'),
      ),
    ];
  }
  if (decision === 'reintegration' && !detache) {
    return [
      refusalReason(
        'reintegration.non-detache',
        'Seul un stagiaire détaché d’un autre corps peut être réintégré dans son corps d’origine.',
        arrete2014('art. 9'),
      ),
    ];
  }
  return [];
}
