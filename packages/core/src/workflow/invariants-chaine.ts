/**
 * The invariants of the chain of decisions: a state between proposition and act has its proposition or saisine,
 * an end-of-stage act of a corps with a jury rests on the jury's finding, an act's frozen view holds the act's own
 * fields, an exclusion has its sanction.
 *
 * @packageDocumentation
 */
import { canonicalJson } from '../dossier/empreinte.js';
import { verifyInstantane } from '../dossier/instantane.js';
import type { Decision, DossierState } from '../dossier/state.js';
import type { WorkflowRules } from './rules.js';

const CHAMPS_ACTE = [
  'decision',
  'instance',
  'fondement',
  'date',
  'arrete',
  'annee',
  'motivation',
  'dateEffet',
  'periodeSuivante',
] as const;

function checkActe(d: Decision, verifier: boolean): string[] {
  const acte = (d.instantane.vue as { acte?: Record<string, unknown> }).acte;
  const ko: string[] = [];
  if (verifier && !verifyInstantane(d.instantane)) ko.push('vue figée altérée');
  if (acte !== undefined && CHAMPS_ACTE.some((k) => canonicalJson(acte[k] ?? null) !== canonicalJson(d[k]))) {
    ko.push(`acte « ${d.decision} » différent de sa vue figée`);
  }
  return ko;
}

function checkSelonConstat(state: DossierState, rules: WorkflowRules, d: Decision): string[] {
  if (d.instance === 'jury' || d.fondement !== 'evaluation') return [];
  if (rules.corpsSansJury.valeur.includes(state.identite.corps)) return [];
  if (rules.categoriesSansJury.valeur.includes(state.identite.categorie)) return [];
  if (d.decision === 'titularisation' && state.stage.prolongationMaster !== null) return [];
  const constat = state.propositionsJury.filter((p) => p.annee === d.annee).at(-1)?.constat;
  const favorable = d.decision === 'titularisation' || d.decision === 'prolongation-master';
  if (constat === undefined) return [`acte « ${d.decision} » sans proposition du jury`];
  return favorable === (constat === 'apte')
    ? []
    : [`acte « ${d.decision} » contraire au constat « ${constat} »`];
}

/**
 * Every broken invariant of the chain of decisions, in French.
 *
 * @param state - the dossier.
 * @param rules - the rules it was decided under.
 * @param verifierEmpreintes - whether to recompute the frozen views' hashes.
 * @category Workflow
 */
export function listInvariantsChaineRompus(
  state: DossierState,
  rules: WorkflowRules,
  verifierEmpreintes: boolean,
): string[] {
  const ko: string[] = [];
  const annee = state.stage.annees.at(-1)?.numero ?? 1;
  if (state.etat === 'devant-recteur') {
    const propose = state.propositionsJury.some((p) => p.annee === annee && p.constat !== 'non-evalue');
    const saisi = state.saisines.some((s) => s.annee === annee && s.destinataire === 'recteur');
    if (!propose && !saisi) ko.push('devant le recteur sans proposition ni saisine');
  }
  if (state.etat === 'devant-ministre' && !state.saisines.some((s) => s.destinataire === 'ministre')) {
    ko.push('devant le ministre sans transmission');
  }
  if (
    state.etat === 'exclu' &&
    !state.procedures.some((p) => p.sanction?.sanction === 'exclusion-definitive')
  ) {
    ko.push('exclu sans sanction d’exclusion définitive');
  }
  for (const p of state.propositionsJury) {
    if (verifierEmpreintes && !verifyInstantane(p.instantane)) ko.push('vue figée d’une proposition altérée');
    if ((p.constat === 'inapte') !== (p.proposition !== null && p.proposition !== 'titularisation')) {
      ko.push(`proposition « ${p.proposition ?? 'aucune'} » incohérente avec le constat « ${p.constat} »`);
    }
  }
  for (const d of state.decisions)
    ko.push(...checkActe(d, verifierEmpreintes), ...checkSelonConstat(state, rules, d));
  return ko;
}
