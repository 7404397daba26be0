/**
 * Handlers of the nomination and of the acceptance of a démission.
 *
 * @remarks Décret n° 94-874 art. 4 and 9.
 * @packageDocumentation
 */
import { computeFinDePeriode } from '../dates.js';
import { getDateNomination } from '../gardes/nomination.js';
import type { Handler } from './types.js';

/**
 * `nomination.prononcer`: the stage starts.
 *
 * @category Workflow
 */
export const prononcerNomination: Handler<'nomination.prononcer'> = {
  cible: () => 'en-stage',
  emettre: (c, e) => {
    const date = getDateNomination(c, e);
    return [
      {
        type: 'stagiaire.nomme',
        ...e.entete,
        dateNomination: date,
        dateDebutStage: date,
        dateFinStatutaire: computeFinDePeriode(date, e.ctx.rules.dureeStageMois.valeur),
      },
    ];
  },
};

/**
 * `demission.accepter`: the démission becomes irrevocable and ends the stage.
 *
 * @category Workflow
 */
export const accepterDemission: Handler<'demission.accepter'> = {
  cible: () => 'demissionnaire',
  emettre: (c, e) => [{ type: 'demission.acceptee', ...e.entete, date: c.date }],
};
