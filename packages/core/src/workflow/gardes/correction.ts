/**
 * Guards of the corrections: the recording named exists, is correctable and still counts, belongs to a year
 * whose view the jury (or the recteur) has not frozen, and its replacement keeps its type, key and visitor.
 *
 * @packageDocumentation
 */
import {
  type EnregistrementSuivi,
  getCleEnregistrement,
  isEnregistrementAnnule,
} from '../../dossier/corrections.js';
import type { DossierState } from '../../dossier/state.js';
import { type RefusalReason, refusalReason } from '../../errors.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import { arrete2014 } from '../sources.js';

type CommandeCorrection = CommandOf<'enregistrement.annuler' | 'enregistrement.corriger'>;

/**
 * The correctable recording at a sequence, if any.
 *
 * @param state - the dossier.
 * @param sequence - the sequence of the recording's event.
 * @returns its index entry, or undefined.
 * @category Workflow
 */
export function findEnregistrement(state: DossierState, sequence: number): EnregistrementSuivi | undefined {
  return state.enregistrements.find((x) => x.sequence === sequence);
}

/** Whether the jury's (or the recteur's) frozen view of a year exists: what it saw is kept as it was. */
function isAnneeFigee(state: DossierState, annee: number): boolean {
  return (
    state.propositionsJury.some((p) => p.annee === annee) ||
    state.saisines.some((x) => x.annee === annee && x.instantane !== null) ||
    state.decisions.some((d) => d.annee === annee)
  );
}

/**
 * The recording named exists, is one that may be corrected, has not been cancelled, and belongs to a year whose
 * view the jury (or the recteur, for agrégés) has not frozen; a leave is not yet counted in a recorded
 * prolongation of the stage (the prolongation would not follow it); the reason is not blank.
 *
 * @remarks Tremplin's choice: the frozen view is what the jury saw (arrêté MENH1411675A art. 4–6); after it, a
 * mistake is answered by the authority's own means (an appeal, the withdrawal of an act under the Code des
 * relations entre le public et l'administration, art. L242-1 and following), not by a correction.
 * @category Workflow
 */
export function checkEnregistrementCorrigeable(c: CommandeCorrection, e: Entrees): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  if (c.motif.trim() === '') {
    reasons.push(refusalReason('correction.motif', 'Une annulation ou une correction dit pourquoi (motif).'));
  }
  if (c.sequence > e.state.sequence) {
    reasons.push(refusalReason('correction.introuvable', `Le dossier n’a pas d’événement n° ${c.sequence}.`));
    return reasons;
  }
  const cible = findEnregistrement(e.state, c.sequence);
  if (cible === undefined) {
    reasons.push(
      refusalReason(
        'correction.non-corrigeable',
        `L’événement n° ${c.sequence} n’est pas un enregistrement qui se corrige (avis, visite réalisée, bilan, auto-positionnement, entretien, formation, congé, affectation).`,
      ),
    );
    return reasons;
  }
  if (isEnregistrementAnnule(cible)) {
    reasons.push(
      refusalReason(
        'correction.deja-annule',
        `L’enregistrement de l’événement n° ${c.sequence} est déjà annulé.`,
      ),
    );
  }
  const prolongation =
    cible.type === 'conge.enregistre'
      ? e.state.stage.prolongationsConges.find((p) => p.le >= cible.le)
      : undefined;
  if (prolongation !== undefined) {
    reasons.push(
      refusalReason(
        'correction.conge-prolonge',
        `Ce congé est compté dans la prolongation du stage enregistrée le ${prolongation.le.slice(0, 10)} (fin le ${prolongation.dateFinEffective}) : Tremplin ne revoit pas une prolongation enregistrée, ce congé ne se corrige plus.`,
      ),
    );
  }
  if (isAnneeFigee(e.state, cible.annee)) {
    reasons.push(
      refusalReason(
        'correction.vue-figee',
        `L’année ${cible.annee} a été examinée (vue figée du jury ou du recteur) : ce qu’elle contenait ne se corrige plus.`,
        arrete2014('art. 6'),
      ),
    );
  }
  return reasons;
}

/**
 * A replacement keeps the recording's type and key (an affectation's UAI and first day may change; a visit
 * keeps its visitor), and is not dated after today
 * (leave and affectations excepted, as for their own commands).
 *
 * @category Workflow
 */
export function checkRemplacement(c: CommandOf<'enregistrement.corriger'>, e: Entrees): RefusalReason[] {
  const cible = findEnregistrement(e.state, c.sequence);
  if (cible === undefined) return [];
  const r = c.remplacement;
  const reasons: RefusalReason[] = [];
  const memeCle = getCleEnregistrement(r) === cible.cle || r.type === 'stagiaire.affecte';
  if (r.type !== cible.type || !memeCle) {
    reasons.push(
      refusalReason(
        'correction.autre-enregistrement',
        `Le remplacement doit être un « ${cible.type} » de clé « ${cible.cle} » (reçu : « ${r.type} » de clé « ${getCleEnregistrement(r)} »).`,
      ),
    );
  }
  if (r.type === 'visite.realisee') {
    const visite = e.state.visites.find((v) => v.visiteId === r.visiteId);
    if (
      visite !== undefined &&
      (visite.visiteur.id !== r.visiteur.id || visite.visiteur.role !== r.visiteur.role)
    ) {
      reasons.push(
        refusalReason(
          'correction.visiteur',
          'Une correction ne change pas qui a fait la visite : annuler la visite.',
        ),
      );
    }
  }
  // Leave and affectations may be recorded ahead, as their own commands allow.
  if (r.type !== 'conge.enregistre' && r.type !== 'stagiaire.affecte' && r.date > e.jour) {
    reasons.push(
      refusalReason('date.future', `Le remplacement est daté du ${r.date}, après aujourd’hui (${e.jour}).`),
    );
  }
  return reasons;
}
