/**
 * The invariants of a dossier's state: what must hold whatever commands were accepted. Used by the model-based
 * tests, and useful to a store or a migration to check a dossier.
 *
 * @packageDocumentation
 */

import type { DossierState } from '../dossier/state.js';
import { listInvariantsChaineRompus } from './invariants-chaine.js';
import type { WorkflowRules } from './rules.js';

function doublons(ids: readonly string[]): string[] {
  const vus = new Set<string>();
  const doubles: string[] = [];
  for (const id of ids) {
    if (vus.has(id)) doubles.push(id);
    vus.add(id);
  }
  return doubles;
}

/** Duplicated ids, avis or bilans; overlapping leave; a lifted alert with an open protocole. */
function listDoublonsEtChevauchements(state: DossierState): string[] {
  const ko: string[] = [];
  const avisParRole = state.avis.map((a) => `${a.annee}/${a.role}`);
  if (doublons(avisParRole).length > 0) ko.push(`avis en double : ${doublons(avisParRole).join(', ')}`);
  const bilans = state.bilans.map((b) => `${b.annee}/${b.nature}/${b.evaluateur.role}/${b.evaluateur.id}`);
  if (doublons(bilans).length > 0) ko.push(`bilans en double : ${doublons(bilans).join(', ')}`);
  const listes: Array<[string, readonly string[]]> = [
    ['visites', state.visites.map((v) => v.visiteId)],
    ['alertes', state.alertes.map((a) => a.alerteId)],
    ['congés', state.conges.map((c) => c.congeId)],
    ['bilans', state.bilans.map((b) => b.bilanId)],
    ['avis', state.avis.map((a) => a.avisId)],
    ['entretiens', state.entretiens.map((e) => e.entretienId)],
    ['formations', state.formations.map((f) => f.formationId)],
    ['carnet', state.carnet.map((c) => c.entreeId)],
    ['tuteurs actuels', state.acteurs.tuteurs.filter((t) => t.jusquau === null).map((t) => t.tuteur.id)],
  ];
  for (const [nom, ids] of listes) if (doublons(ids).length > 0) ko.push(`${nom} : identifiants en double`);
  const conges = [...state.conges].sort((a, b) => (a.debut < b.debut ? -1 : 1));
  conges.forEach((c, i) => {
    if (c.fin < c.debut) ko.push(`congé ${c.congeId} à l’envers`);
    const suivant = conges[i + 1];
    if (suivant !== undefined && suivant.debut <= c.fin)
      ko.push(`congés ${c.congeId} et ${suivant.congeId} se chevauchent`);
  });
  for (const a of state.alertes) {
    if (a.levee !== null && a.protocole !== null && a.protocole.cloture === null)
      ko.push('alerte levée, protocole ouvert');
  }
  return ko;
}

/**
 * Checks the invariants of a dossier's state.
 *
 * @param state - the state.
 * @param rules - the rules the dossier ran under (renouvellements allowed, entretien rule).
 * @param options - `verifierEmpreintes: false` skips recomputing the frozen views' hashes (the costly part).
 * @returns the broken invariants, in words (empty when the state is valid).
 * @remarks Among them: at most `renouvellementsMax` renouvellements (décret n° 94-874 art. 5); no licenciement
 * of a détaché, no réintégration of a non-détaché (art. 7); one avis per role and year and one bilan per
 * assessor, kind and year (never overwritten); an entretien before every jury decision other than
 * titularisation or prolongation for a master (arrêté du 22 août 2014 art. 6); intact frozen views.
 * @category Workflow
 */
export function checkInvariantsDossier(
  state: DossierState,
  rules: WorkflowRules,
  options: { readonly verifierEmpreintes?: boolean } = {},
): string[] {
  const ko: string[] = [];
  const { etat, stage, decisions } = state;
  const derniere = decisions.at(-1);
  const attendu = {
    titularise: 'titularisation',
    licencie: 'licenciement',
    reintegre: 'reintegration',
  } as const;
  if (etat === 'titularise' || etat === 'licencie' || etat === 'reintegre') {
    if (derniere?.decision !== attendu[etat]) ko.push(`état ${etat} sans la décision correspondante`);
  }
  if (etat === 'demissionnaire' && (state.demission?.acceptee ?? null) === null)
    ko.push('démissionnaire sans démission acceptée');
  if (etat === 'prolongation-master' && stage.prolongationMaster === null) ko.push('prolongation sans dates');
  if ((etat === 'ouvert' || etat === 'nomination-reportee') && stage.annees.length > 0)
    ko.push('nommé mais « ouvert »');
  if (!(etat === 'ouvert' || etat === 'nomination-reportee') && stage.annees.length === 0) {
    ko.push(`état ${etat} sans année de stage`);
  }
  const premier = state.identite.stageRenouvele ? 2 : 1;
  stage.annees.forEach((a, i) => {
    if (a.numero !== premier + i) ko.push(`année de stage n° ${a.numero} à la place ${i}`);
    if (a.dateFinStatutaire < a.dateDebut) ko.push(`année ${a.numero} finit avant de commencer`);
  });
  const max = rules.renouvellementsMax.valeur;
  if ((stage.annees.at(-1)?.numero ?? premier) > 1 + max) ko.push('plus de renouvellements que permis');
  if (decisions.filter((d) => d.decision === 'renouvellement').length > max)
    ko.push('trop de renouvellements');
  const annee = stage.annees.at(-1)?.numero ?? premier;
  if (etat === 'devant-jury' && !state.transmissionsJury.some((t) => t.annee === annee)) {
    ko.push('devant le jury sans saisine pour l’année en cours');
  }
  for (const d of decisions) {
    const detache = state.identite.categorie === 'detache';
    if (d.decision === 'licenciement' && detache) ko.push('licenciement d’un détaché');
    if (d.decision === 'reintegration' && !detache) ko.push('réintégration d’un non-détaché');
    const entendu = state.entretiensJury.some((e) => e.annee === d.annee);
    const sansEntretien = d.decision === 'titularisation' || d.decision === 'prolongation-master';
    if (
      d.instance === 'jury' &&
      !sansEntretien &&
      rules.entretienAvantDecisionNonTitularisation.valeur &&
      !entendu
    ) {
      ko.push(`décision ${d.decision} sans entretien avec le jury`);
    }
  }
  ko.push(...listInvariantsChaineRompus(state, rules, options.verifierEmpreintes !== false));
  ko.push(...listDoublonsEtChevauchements(state));
  return ko;
}
