/**
 * What evaluation precomputes once per compiled rules: the static part of every rule's explanation, and the
 * end of each local day of the year as epoch milliseconds and ISO text (so the per-dossier loop never calls
 * luxon).
 *
 * @packageDocumentation
 */
import { fromEpochDay } from '../calendar/local-date.js';
import { dayEndsTable, endOfLocalDay, formatInstant } from '../calendar/zoned-time.js';
import type { RoleAvis } from '../dossier/vocabulaire.js';
import type { CompiledRules } from '../rules/compile.js';
import type { SessionFormation } from '../rules/parameters.js';
import { citeSource } from '../rules/resolve.js';
import {
  SOURCE_ARRETE_2014_ART_4,
  SOURCE_ARRETE_2014_ART_6,
  SOURCE_DECRET_94_874_ART_7,
  SOURCE_DECRET_94_874_ART_22,
  SOURCE_DECRET_94_874_ART_26,
  SOURCE_SERVICE_PUBLIC_F1895,
} from '../rules/sources.js';
import { ALERTES_FACULTATIVES, type AlertCode, type AlerteFacultative } from './codes.js';
import { type ExplanationBase, explanationBase } from './explain.js';

/** Days covered by the day table, from 1 August of the school year. */
const DAY_TABLE_LENGTH = 1100;

/**
 * Precomputed explanation bases and day ends for one compiled rule set.
 *
 * @category Alertes
 */
export interface Prepared {
  readonly compiled: CompiledRules;
  readonly base: {
    readonly bilanIntermediaire: ExplanationBase;
    readonly bilanFinal: ExplanationBase;
    readonly avis: Readonly<Record<RoleAvis, ExplanationBase>>;
    readonly piece: ExplanationBase;
    readonly jury: ExplanationBase;
    readonly entretien: ExplanationBase;
    readonly miStage: ExplanationBase;
    readonly finDeStage: ExplanationBase;
    readonly cadenceTuteur: ExplanationBase | null;
    readonly cadenceChezTuteur: ExplanationBase | null;
    readonly formation: ExplanationBase;
    readonly sousAttendu: ExplanationBase;
    readonly protocole: ExplanationBase;
    readonly conges: ExplanationBase;
    readonly incomplet: ExplanationBase;
    readonly academiques: readonly ExplanationBase[];
  };
  /** The alerts on thresholds no text sets that the packs switched on (`alertes.facultatives`). */
  readonly facultatives: ReadonlySet<AlerteFacultative>;
  /**
   * The sentence every switched-on optional alert adds to its explanation: the académie's choice, naming the
   * pack and its source, not a national rule.
   */
  readonly choixAcademie: string;
  /** The académie's training sessions (`formation.sessions`), in date order. */
  readonly sessions: readonly SessionFormation[];
  /** Epoch day of the first entry of the day table. */
  readonly firstDay: number;
  /** End of each local day (epoch ms) in the académie's zone. */
  readonly dayEndMs: Float64Array;
  /** ISO text of each day's end. */
  readonly dayEndIso: readonly string[];
}

function facultativesOf(compiled: CompiledRules): ReadonlySet<AlerteFacultative> {
  const value = compiled.rules.parameters['alertes.facultatives'].value;
  return new Set(ALERTES_FACULTATIVES.filter((code) => value[code] === true));
}

/**
 * The sentence of an optional alert's explanation: who switched it on, on which text, and that it is no
 * national rule.
 *
 * @param compiled - the compiled rules.
 * @returns a French sentence naming the pack (its label) and the source of its `alertes.facultatives` entry.
 * @remarks No text sets the thresholds of these alerts (see `ALERTES_FACULTATIVES`): a reader, a jury or a
 * judge must see that the alert is the académie's choice.
 */
function choixAcademie(compiled: CompiledRules): string {
  const f = compiled.rules.parameters['alertes.facultatives'];
  const pack = compiled.rules.packs.find((x) => x.id === f.packId);
  const source = citeSource(f.source);
  return `Alerte activée par choix de l’académie (pack « ${pack?.label ?? f.packId} », source : ${source}) : aucun texte national ne fixe ce seuil, ce n’est pas une règle nationale.`;
}

/**
 * Prepares compiled rules for evaluation.
 *
 * @param compiled - the compiled rules.
 * @returns the precomputed parts.
 * @category Alertes
 */
export function prepare(compiled: CompiledRules): Prepared {
  const p = compiled.rules.parameters;
  const d = (code: AlertCode) => p[`destinataires.${code}`];
  const bientot = p['echeances.bientotJours'];
  const firstDay = compiled.jours.firstEpochDay;
  const { ms: dayEndMs, iso: dayEndIso } = dayEndsTable(firstDay, DAY_TABLE_LENGTH, compiled.timeZone);
  const avisBase = (role: RoleAvis) =>
    explanationBase([
      compiled.dues.avis[role].parameter,
      p['jury.piecesRequises'],
      bientot,
      d('AVIS_EN_RETARD'),
    ]);
  const cadence = (c: CompiledRules['cadenceTuteur'], code: AlertCode) =>
    c === null ? null : explanationBase([p['alertes.facultatives'], c.parameter, d(code)]);
  return {
    compiled,
    facultatives: facultativesOf(compiled),
    choixAcademie: choixAcademie(compiled),
    sessions: [...p['formation.sessions'].value].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
    ),
    firstDay,
    dayEndMs,
    dayEndIso,
    base: {
      bilanIntermediaire: explanationBase([
        p['echeances.bilanIntermediaire'],
        p['bilans.evaluateurs'],
        bientot,
        d('BILAN_EN_RETARD'),
      ]),
      bilanFinal: explanationBase([
        p['echeances.bilanFinal'],
        p['bilans.evaluateurs'],
        bientot,
        d('BILAN_EN_RETARD'),
      ]),
      avis: {
        inspecteur: avisBase('inspecteur'),
        'chef-etablissement': avisBase('chef-etablissement'),
        'directeur-inspe': avisBase('directeur-inspe'),
      },
      piece: explanationBase([
        p['echeances.avisInspecteur'],
        p['jury.piecesRequises'],
        bientot,
        d('INSPECTION_A_PROGRAMMER'),
      ]),
      jury: explanationBase([p['echeances.jury'], p['jury.categoriesSansJury']], [SOURCE_ARRETE_2014_ART_4]),
      entretien: explanationBase(
        [p['echeances.jury'], p['jury.entretienAvantNonTitularisation']],
        [SOURCE_ARRETE_2014_ART_6],
      ),
      miStage: explanationBase(
        [p['licenciement.fractionStage'], p['conges.seuilJours'], p['conges.natures']],
        [SOURCE_DECRET_94_874_ART_7],
      ),
      finDeStage: explanationBase(
        [p['stage.dureeMois'], p['conges.seuilJours'], p['conges.natures']],
        [SOURCE_DECRET_94_874_ART_26, SOURCE_DECRET_94_874_ART_22, SOURCE_SERVICE_PUBLIC_F1895],
      ),
      cadenceTuteur: cadence(compiled.cadenceTuteur, 'VISITES_TUTEUR_INSUFFISANTES'),
      cadenceChezTuteur: cadence(compiled.cadenceChezTuteur, 'VISITES_CHEZ_TUTEUR_INSUFFISANTES'),
      formation: explanationBase([
        p['alertes.facultatives'],
        p['formation.sessions'],
        p['formation.credit'],
        p['formation.toleranceSessions'],
        d('FORMATION_EN_RETARD'),
      ]),
      sousAttendu: explanationBase([
        p['alertes.facultatives'],
        p['bilans.seuilSousAttendu'],
        p['evaluation.echelles'],
        d('BILAN_SOUS_NIVEAU_ATTENDU'),
      ]),
      protocole: explanationBase([
        p['alerte.dispositif'],
        p['alerte.delaiProtocoleJours'],
        d('PROTOCOLE_NON_OUVERT'),
      ]),
      conges: explanationBase(
        [p['conges.seuilJours'], p['conges.natures'], d('CONGES_PROLONGATION')],
        [SOURCE_DECRET_94_874_ART_26, SOURCE_SERVICE_PUBLIC_F1895],
      ),
      incomplet: explanationBase([
        p['echeances.jury'],
        p['jury.piecesRequises'],
        p['jury.entretienAvantNonTitularisation'],
        bientot,
        d('DOSSIER_INCOMPLET_JURY'),
      ]),
      academiques: compiled.academiques.map(() =>
        explanationBase([p['echeances.academiques'], bientot, d('ECHEANCE_ACADEMIQUE_EN_RETARD')]),
      ),
    },
  };
}

/**
 * End of a local day (epoch ms and ISO) from the table, or computed when outside it.
 *
 * @param prepared - the prepared rules.
 * @param epochDay - the day.
 * @returns its last millisecond and ISO text in the académie's zone.
 * @category Alertes
 */
export function dayEnd(prepared: Prepared, epochDay: number): { readonly ms: number; readonly iso: string } {
  const i = epochDay - prepared.firstDay;
  const ms = prepared.dayEndMs[i];
  const iso = prepared.dayEndIso[i];
  if (ms !== undefined && iso !== undefined && i >= 0) return { ms, iso };
  const timeZone = prepared.compiled.timeZone;
  const end = endOfLocalDay(fromEpochDay(epochDay), timeZone);
  return { ms: end, iso: formatInstant(end, timeZone) };
}
