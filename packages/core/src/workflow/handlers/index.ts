/**
 * The registry of decision handlers: one per command of the chain, in a file per family.
 *
 * @packageDocumentation
 */
import { prononcerDecision, saisirMinistre, saisirRecteur } from './autorite.js';
import {
  engagerDiscipline,
  enregistrerAvisMedical,
  prononcerSanction,
  rendreAvisCommission,
} from './commission.js';
import { annulerEnregistrement, corrigerEnregistrement } from './correction.js';
import { delibererJury, saisirJury } from './jury.js';
import { accepterDemission, prononcerNomination } from './nomination.js';
import type { Handler, TypeDecision } from './types.js';

/**
 * Every decision handler, by command type.
 *
 * @category Workflow
 */
export const handlers: { readonly [T in TypeDecision]: Handler<T> } = {
  'nomination.prononcer': prononcerNomination,
  'jury.saisir': saisirJury,
  'jury.deliberer': delibererJury,
  'recteur.saisir': saisirRecteur,
  'ministre.saisir': saisirMinistre,
  'decision.prononcer': prononcerDecision,
  'commission.rendre-avis': rendreAvisCommission,
  'discipline.engager': engagerDiscipline,
  'sanction.prononcer': prononcerSanction,
  'avis-medical.enregistrer': enregistrerAvisMedical,
  'demission.accepter': accepterDemission,
  'enregistrement.annuler': annulerEnregistrement,
  'enregistrement.corriger': corrigerEnregistrement,
};
