/**
 * Handlers of the commissions, the disciplinary procedure and the medical body.
 *
 * @remarks Décret n° 94-874 art. 7, 10, 13, 24; arrêté MENH1411677A art. 7.
 * @packageDocumentation
 */
import { getAnneeCourante } from '../../dossier/annee.js';
import { getAutoriteDeActeur } from '../chaine.js';
import type { Handler } from './types.js';

/**
 * `commission.rendre-avis`: a CAP's avis, or the conseil de discipline's.
 *
 * @category Workflow
 */
export const rendreAvisCommission: Handler<'commission.rendre-avis'> = {
  cible: (_c, e) => e.state.etat,
  emettre: (c, e) => [
    {
      type: 'commission.avis-rendu',
      ...e.entete,
      avisId: c.avisId,
      annee: getAnneeCourante(e.state),
      commission: c.commission,
      formation: c.formation,
      objet: c.objet,
      sens: c.sens,
      motivation: c.motivation ?? null,
      date: c.date,
      procedureId: c.procedureId ?? null,
    },
  ],
};

/**
 * `discipline.engager`: a disciplinary procedure, the stagiaire informed of his rights.
 *
 * @category Workflow
 */
export const engagerDiscipline: Handler<'discipline.engager'> = {
  cible: (_c, e) => e.state.etat,
  emettre: (c, e) => [
    {
      type: 'discipline.engagee',
      ...e.entete,
      procedureId: c.procedureId,
      date: c.date,
      dateInformation: c.dateInformation,
      griefs: c.griefs,
    },
  ],
};

/**
 * `sanction.prononcer`: a motivated sanction; the exclusion définitive ends the stage.
 *
 * @category Workflow
 */
export const prononcerSanction: Handler<'sanction.prononcer'> = {
  cible: (c, e) => (c.sanction === 'exclusion-definitive' ? 'exclu' : e.state.etat),
  emettre: (c, e) => [
    {
      type: 'sanction.prononcee',
      ...e.entete,
      procedureId: c.procedureId,
      sanction: c.sanction,
      autorite: getAutoriteDeActeur(e.ctx.acteur, e.ctx.rules) ?? 'recteur',
      date: c.date,
      motivation: c.motivation,
      arrete: c.arrete ?? null,
      exclusion: c.exclusion ?? null,
    },
  ],
};

/**
 * `avis-medical.enregistrer`: the medical body's avis.
 *
 * @category Workflow
 */
export const enregistrerAvisMedical: Handler<'avis-medical.enregistrer'> = {
  cible: (_c, e) => e.state.etat,
  emettre: (c, e) => [
    {
      type: 'avis-medical.rendu',
      ...e.entete,
      avisId: c.avisId,
      instance: c.instance,
      conclusion: c.conclusion,
      date: c.date,
    },
  ],
};
