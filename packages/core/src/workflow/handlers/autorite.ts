/**
 * Handlers of the authorities: the saisine of the recteur (agrégés) and of the ministre, and the act itself.
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 7; décret n° 94-874 art. 7, 24.
 * @packageDocumentation
 */
import { addDays } from '../../calendar/local-date.js';
import { getAnneeCourante } from '../../dossier/annee.js';
import type { DossierEvent } from '../../dossier/events.js';
import type { EtatDossier } from '../../dossier/state.js';
import type { NatureDecision } from '../../dossier/vocabulaire.js';
import { getAutoriteDeActeur } from '../chaine.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import { computeFinDePeriode } from '../dates.js';
import { computeEffet, freezeVue } from './commun.js';
import type { Handler } from './types.js';

/**
 * `recteur.saisir`: the avis and reports on an agrégé are addressed to the recteur.
 *
 * @category Workflow
 */
export const saisirRecteur: Handler<'recteur.saisir'> = {
  cible: () => 'devant-recteur',
  emettre: (c, e) => [
    {
      type: 'dossier.transmis-au-recteur',
      ...e.entete,
      annee: getAnneeCourante(e.state),
      date: c.date,
      instantane: freezeVue(e),
    },
  ],
};

/**
 * `ministre.saisir`: the recteur transmits the dossier to the ministre.
 *
 * @category Workflow
 */
export const saisirMinistre: Handler<'ministre.saisir'> = {
  cible: () => 'devant-ministre',
  emettre: (c, e) => [
    {
      type: 'dossier.transmis-au-ministre',
      ...e.entete,
      annee: getAnneeCourante(e.state),
      date: c.date,
      motif: c.motif ?? null,
    },
  ],
};

const etatApres: Readonly<Record<NatureDecision, EtatDossier>> = {
  titularisation: 'titularise',
  renouvellement: 'en-stage',
  'prolongation-master': 'prolongation-master',
  licenciement: 'licencie',
  reintegration: 'reintegre',
};

type Prononcer = CommandOf<'decision.prononcer'>;

function computeSuite(
  c: Prononcer,
  e: Entrees,
): { dateEffet: string | null; periodeSuivante: { dateDebut: string; dateFinStatutaire: string } | null } {
  const rules = e.ctx.rules;
  const effet = computeEffet(e);
  const apresFin = addDays(effet.dateFinEffective, 1);
  if (c.decision === 'renouvellement') {
    const debut = c.dateDebutSuivante ?? apresFin;
    return {
      dateEffet: null,
      periodeSuivante: {
        dateDebut: debut,
        dateFinStatutaire: computeFinDePeriode(debut, rules.dureeStageMois.valeur),
      },
    };
  }
  if (c.decision === 'prolongation-master') {
    const fin = computeFinDePeriode(apresFin, rules.prolongationMasterMois.valeur);
    return { dateEffet: null, periodeSuivante: { dateDebut: apresFin, dateFinStatutaire: fin } };
  }
  if (c.dateEffet !== undefined) return { dateEffet: c.dateEffet, periodeSuivante: null };
  if (e.state.etat === 'prolongation-master') {
    const fin = e.state.stage.prolongationMaster?.dateFin ?? effet.dateFinEffective;
    return { dateEffet: addDays(fin, 1), periodeSuivante: null };
  }
  if (e.state.etat === 'en-stage' && c.decision !== 'titularisation')
    return { dateEffet: c.date, periodeSuivante: null };
  const fin = c.decision === 'titularisation' ? effet.dateFinPourTitularisation : effet.dateFinEffective;
  return { dateEffet: addDays(fin, 1), periodeSuivante: null };
}

/**
 * `decision.prononcer`: the act of the competent authority. The effective date is the day after the end of the
 * stage (leave and temps partiel included) for end-of-stage acts, the date of the act in the course of the stage.
 *
 * @category Workflow
 */
export const prononcerDecision: Handler<'decision.prononcer'> = {
  cible: (c) => etatApres[c.decision],
  emettre: (c, e): DossierEvent[] => {
    const { dateEffet, periodeSuivante } = computeSuite(c, e);
    const acte = {
      decision: c.decision,
      instance: getAutoriteDeActeur(e.ctx.acteur, e.ctx.rules) ?? 'recteur',
      fondement: c.fondement,
      date: c.date,
      arrete: c.arrete ?? null,
      annee: getAnneeCourante(e.state),
      motivation: c.motivation ?? null,
      dateEffet,
      periodeSuivante,
    };
    return [{ type: 'decision.prononcee', ...e.entete, ...acte, instantane: freezeVue(e, acte) }];
  },
};
