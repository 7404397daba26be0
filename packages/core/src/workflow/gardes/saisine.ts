/**
 * Guards of the saisines: the agrégé's dossier goes to the recteur complete; a dossier goes to the ministre only
 * when the stagiaire is neither titularised nor renewed.
 *
 * @packageDocumentation
 */
import { getAnneeCourante } from '../../dossier/annee.js';
import { type RefusalReason, refusalReason } from '../../errors.js';
import { findAvisEvaluateur, isCorpsSansJury } from '../chaine.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import { arrete2014, arrete2014Agreges } from '../sources.js';
import { isApte } from './autorite.js';

/**
 * Only a corps without jury (agrégés) goes straight to the recteur; an unfavourable avis in a first year carries
 * the avis on a « seconde et dernière année ».
 *
 * @remarks Arrêté MENH1411677A art. 6 and 7.
 * @category Workflow
 */
export function checkSaisineRecteur(_c: CommandOf<'recteur.saisir'>, e: Entrees): RefusalReason[] {
  if (!isCorpsSansJury(e.state, e.ctx.rules)) {
    return [
      refusalReason(
        'recteur.saisine-jury',
        'Ce stagiaire relève d’un jury académique : la saisine passe par « jury.saisir ».',
        arrete2014('art. 4'),
      ),
    ];
  }
  const avis = findAvisEvaluateur(e.state);
  if (avis === null || avis.sens !== 'defavorable') return [];
  const reasons: RefusalReason[] = [];
  if (avis.motivation === null) {
    reasons.push(
      refusalReason(
        'avis.rapport-motive',
        'Un avis défavorable sur un professeur agrégé stagiaire s’accompagne d’un rapport d’évaluation motivé.',
        arrete2014Agreges('art. 6'),
      ),
    );
  }
  if (getAnneeCourante(e.state) === 1 && avis.secondeAnnee === null) {
    reasons.push(
      refusalReason(
        'avis.seconde-annee-requise',
        'En première année, l’avis défavorable est complété par un avis sur l’intérêt d’autoriser une « seconde et dernière année de stage ».',
        arrete2014Agreges('art. 6'),
      ),
    );
  }
  return reasons;
}

/**
 * The dossier goes to the ministre when the stagiaire was found not apte (and is not renewed), or when a master
 * prolongation ended without the master.
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 7.
 * @category Workflow
 */
export function checkSaisineMinistre(c: CommandOf<'ministre.saisir'>, e: Entrees): RefusalReason[] {
  if (e.state.etat === 'prolongation-master') {
    const fin = e.state.stage.prolongationMaster?.dateFin ?? null;
    if (e.state.stage.masterJustifie !== null) {
      return [
        refusalReason(
          'master.justifie',
          'Le stagiaire justifie du master : il est titularisé.',
          arrete2014('art. 9'),
        ),
      ];
    }
    if (fin !== null && c.date <= fin) {
      return [
        refusalReason(
          'prolongation-master.en-cours',
          `La prolongation court jusqu’au ${fin}.`,
          arrete2014('art. 9'),
        ),
      ];
    }
    return [];
  }
  if (isApte(e) === false) return [];
  return [
    refusalReason(
      'ministre.saisine-apte',
      'Seuls les dossiers des stagiaires estimés inaptes, ni titularisés ni renouvelés, sont transmis au ministre.',
      arrete2014('art. 9'),
    ),
  ];
}
