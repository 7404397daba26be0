/**
 * From resolved rules to the workflow's rule data, so that an académie's pack drives the workflow's
 * decisions (pieces required before the jury, leave threshold, durations…) as well as the deadlines.
 *
 * @packageDocumentation
 */
import type { WorkflowRules } from '../workflow/rules.js';
import type { ParameterKey, ParameterValues } from './parameters.js';
import type { ResolvedParameter, ResolvedRules } from './resolve.js';

function regle<K extends ParameterKey>(
  p: ResolvedParameter<K>,
): {
  readonly valeur: ParameterValues[K];
  readonly source: ResolvedParameter<K>['source'];
  readonly confidence: ResolvedParameter<K>['confidence'];
  readonly note?: string;
} {
  return {
    valeur: p.value,
    source: p.source,
    confidence: p.confidence,
    ...(p.note !== undefined ? { note: p.note } : {}),
  };
}

/**
 * Derives the workflow's {@link WorkflowRules} from rules resolved for a school year.
 *
 * @param rules - the resolved rules (national, académie, établissement layers).
 * @param timeZone - a time zone that overrides the parameter (the calendar's, when the zone was left
 * at the national assumption).
 * @returns plain rule data for `transition`; its `version` names every pack and the school year, so that a
 * jury's frozen view records which rules it used.
 * @example
 * ```ts
 * const rules = resolveRules([packNational, packReunion], '2022-2023').map(buildWorkflowRules);
 * transition(state, command, { acteur, now, rules });
 * ```
 * @category Règles
 */
export function buildWorkflowRules(rules: ResolvedRules, timeZone?: string): WorkflowRules {
  const p = rules.parameters;
  const fromPack = regle(p['calendrier.fuseauHoraire']);
  return {
    version: `${rules.packs.map((x) => `${x.id}@${x.version}`).join('+')} ${rules.anneeScolaire}`,
    fuseauHoraire:
      timeZone === undefined
        ? fromPack
        : {
            ...fromPack,
            valeur: timeZone,
            note: `Fuseau du calendrier scolaire de l’académie (${timeZone}) ; le fuseau national est une hypothèse.`,
          },
    dureeStageMois: regle(p['stage.dureeMois']),
    seuilCongesRemuneresJours: regle(p['conges.seuilJours']),
    conges: regle(p['conges.natures']),
    renouvellementsMax: regle(p['renouvellement.max']),
    fractionAvantLicenciement: regle(p['licenciement.fractionStage']),
    preavisDemissionMois: regle(p['demission.preavisMois']),
    reportNominationMaxMois: regle(p['nomination.reportMaxMois']),
    prolongationMasterMois: regle(p['prolongationMaster.mois']),
    categoriesSansJury: regle(p['jury.categoriesSansJury']),
    corpsSansJury: regle(p['jury.corpsSansJury']),
    autoriteAcademique: regle(p['decision.autoriteAcademique']),
    autorites: [...p['decision.autorites'].value],
    avisCommissions: [...p['decision.avisCommissions'].value],
    compositionJury: regle(p['jury.composition']),
    prolongationMasterConcours: regle(p['prolongationMaster.concours']),
    tempsPartiel: regle(p['tempsPartiel.natures']),
    miStageEnRenouvellement: regle(p['licenciement.miStageEnRenouvellement']),
    entretienAvantDecisionNonTitularisation: regle(p['jury.entretienAvantNonTitularisation']),
    motivationAvisDefavorable: regle(p['avis.motivationDefavorable']),
    fenetreStage: regle(p['stage.fenetre']),
    piecesRequises: [...p['jury.piecesRequises'].value],
    prealablesAvis: [...p['avis.prealables'].value],
    evaluation: {
      choixGrilles: regle(p['evaluation.choixGrilles']),
      echelles: regle(p['evaluation.echelles']),
    },
  };
}
