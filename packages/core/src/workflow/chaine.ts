/**
 * What the guards and handlers of the chain of decisions read from a dossier: the jury's proposition of the
 * year, the evaluator's avis, the act an authority signs, who signs it, which commission's avis it needs.
 *
 * @packageDocumentation
 */
import type { Acteur } from '../dossier/acteurs.js';
import { getAnneeCourante } from '../dossier/annee.js';
import type { Autorite, FondementDecision, Sanction } from '../dossier/chaine.js';
import type { Avis, DossierState, PropositionJuryRecord } from '../dossier/state.js';
import type { NatureDecision } from '../dossier/vocabulaire.js';
import type { Acte, AutoriteCompetente, ExigenceAvisCommission } from './chaine-rules.js';
import type { WorkflowRules } from './rules.js';

/**
 * Whether the dossier is decided without a jury académique: an agrégé (arrêté MENH1411677A) or an EU-qualified
 * lauréat (arrêté MENH1411675A art. 11).
 *
 * @category Workflow
 */
export function isSansJury(state: DossierState, rules: WorkflowRules): boolean {
  return (
    rules.corpsSansJury.valeur.includes(state.identite.corps) ||
    rules.categoriesSansJury.valeur.includes(state.identite.categorie)
  );
}

/**
 * Whether the stagiaire is an agrégé or of another corps without a jury (not an EU-qualified lauréat).
 *
 * @category Workflow
 */
export function isCorpsSansJury(state: DossierState, rules: WorkflowRules): boolean {
  return rules.corpsSansJury.valeur.includes(state.identite.corps);
}

/**
 * Whether the stagiaire lacks a master the rules still require at the end of the stage: a lauréat of a concours
 * the master prolongation concerns (by voie and session), or, when no concours is recorded, a dossier marked
 * `a-justifier`.
 *
 * @remarks Arrêté MENH1411675A art. 9 (« lauréats des concours externes »); décret n° 72-581 art. 8 III.
 * @category Workflow
 */
export function isMasterManquant(state: DossierState, rules: WorkflowRules): boolean {
  if (state.identite.master !== 'a-justifier' || state.stage.masterJustifie !== null) return false;
  const concours = state.identite.concours;
  if (concours === undefined) return true;
  const { voies, derniereSession } = rules.prolongationMasterConcours.valeur;
  return voies.includes(concours.voie) && (derniereSession === null || concours.session <= derniereSession);
}

/**
 * The jury's last proposition for the current year, if any.
 *
 * @category Workflow
 */
export function findPropositionJury(state: DossierState): PropositionJuryRecord | null {
  const annee = getAnneeCourante(state);
  const miennes = state.propositionsJury.filter((p) => p.annee === annee);
  return miennes.at(-1) ?? null;
}

/**
 * The last avis of the corps d'inspection for the current year (an inspecteur général's included).
 *
 * @category Workflow
 */
export function findAvisEvaluateur(state: DossierState): Avis | null {
  const annee = getAnneeCourante(state);
  return state.avis.filter((a) => a.annee === annee && a.role === 'inspecteur').at(-1) ?? null;
}

/**
 * The act a decision is, by its nature and ground.
 *
 * @category Workflow
 */
export function getActe(decision: NatureDecision, fondement: FondementDecision): Acte {
  if (decision === 'licenciement' || decision === 'reintegration') {
    const suffixe = fondement === 'evaluation' ? 'fin-de-stage' : fondement;
    return `${decision}-${suffixe}`;
  }
  return decision;
}

/**
 * The act a sanction is.
 *
 * @category Workflow
 */
export function getActeSanction(sanction: Sanction): Acte {
  return sanction;
}

function concerne(corps: readonly string[] | null, state: DossierState): boolean {
  return corps === null || corps.includes(state.identite.corps);
}

/**
 * Who signs an act for this dossier (the first matching entry of `rules.autorites`).
 *
 * @category Workflow
 */
export function findAutoriteCompetente(
  rules: WorkflowRules,
  acte: Acte,
  state: DossierState,
): AutoriteCompetente | null {
  return rules.autorites.find((a) => a.acte === acte && concerne(a.corps, state)) ?? null;
}

/**
 * Whether an act needs a commission's avis for this dossier (the first matching entry of
 * `rules.avisCommissions`).
 *
 * @category Workflow
 */
export function findExigenceAvisCommission(
  rules: WorkflowRules,
  acte: Acte,
  state: DossierState,
): ExigenceAvisCommission | null {
  return rules.avisCommissions.find((a) => a.acte === acte && concerne(a.corps, state)) ?? null;
}

/**
 * The authority an actor acts as: the rectorat for the recteur (or the vice-recteur), the ministre for himself.
 *
 * @category Workflow
 */
export function getAutoriteDeActeur(acteur: Acteur, rules: WorkflowRules): Autorite | null {
  if (acteur.role === 'rectorat') return rules.autoriteAcademique.valeur;
  if (acteur.role === 'ministre') return 'ministre';
  return null;
}

/**
 * « le recteur », « le vice-recteur », « le ministre ».
 *
 * @category Workflow
 */
export const LIBELLE_AUTORITE: Readonly<Record<Autorite, string>> = {
  recteur: 'le recteur',
  'vice-recteur': 'le vice-recteur',
  ministre: 'le ministre',
};
