/**
 * The effect of leave and temps partiel on the length of the stage and on the titularisation date.
 *
 * @packageDocumentation
 */
import { addDays } from '../calendar/local-date.js';
import { getAnneeStageCourante } from '../dossier/annee.js';
import type { NatureTempsPartiel } from '../dossier/chaine.js';
import type { AnneeStage, DossierState } from '../dossier/state.js';
import type { NatureConge } from '../dossier/vocabulaire.js';
import { countJoursCommuns } from './dates.js';
import type { WorkflowRules } from './rules.js';
import {
  listPeriodesTempsPartiel,
  type PeriodeTempsPartielComptee,
  sumJoursAjoutes,
} from './temps-partiel.js';

/**
 * The computed effect of the leave and temps partiel of the current year of stage.
 *
 * @category Workflow
 */
export interface EffetConges {
  /** The year of stage considered. */
  readonly annee: number;
  readonly dateDebut: string;
  readonly dateFinStatutaire: string;
  /** Days of paid leave (other than congé annuel) since the start of the year. */
  readonly joursCongesRemuneres: number;
  /** Of which the leave whose prolongation does not delay the titularisation: maternity, paternity, adoption (art. 22). */
  readonly joursArt22: number;
  /**
   * Days of leave or interruption that never count as stage time (unpaid leave: convenances personnelles,
   * parental, présence parentale, accompagnement d'une personne en fin de vie; suspension).
   */
  readonly joursNonComptes: number;
  /** Days added by temps partiel sur autorisation or de droit, rounded to the day (décret n° 94-874 art. 15). */
  readonly joursTempsPartiel: number;
  /** The threshold of paid leave counted as stage time (one tenth of the stage). */
  readonly seuil: number;
  /** Days the stage is extended by: paid leave beyond the threshold, days that never count, temps partiel. */
  readonly joursProlongation: number;
  /** The effective last day of the stage. */
  readonly dateFinEffective: string;
  /** The last day of stage that sets the titularisation date (art. 22 leave not counted). */
  readonly dateFinPourTitularisation: string;
  /** The computation in words (French). */
  readonly explication: readonly string[];
}

/** Each kind of leave in words, with its article of décret n° 94-874 where there is one. */
const libellesConge: { readonly [N in NatureConge]: string } = {
  'maladie-ordinaire': 'congé de maladie ordinaire (art. 24)',
  'longue-maladie': 'congé de longue maladie (art. 24)',
  'longue-duree': 'congé de longue durée (art. 24)',
  citis: 'congé pour invalidité temporaire imputable au service (CITIS, ordonnance n° 2017-53)',
  maternite: 'congé de maternité (art. 22)',
  paternite: 'congé de paternité (art. 22)',
  adoption: 'congé d’adoption (art. 22)',
  'sans-traitement-convenances': 'congé sans traitement pour convenances personnelles (art. 23)',
  'sans-traitement-inaptitude': 'congé sans traitement pour inaptitude (art. 24)',
  parental: 'congé parental',
  'presence-parentale': 'congé de présence parentale (art. 21 bis)',
  'accompagnement-fin-de-vie': 'congé d’accompagnement d’une personne en fin de vie (art. 19 bis)',
  suspension: 'suspension (art. 8)',
};

const libellesTempsPartiel: { readonly [N in NatureTempsPartiel]: string } = {
  'sur-autorisation': 'sur autorisation',
  'de-droit': 'de droit',
  therapeutique: 'thérapeutique',
};

/** The leave of a year, summed. */
interface TotauxConges {
  readonly remuneres: number;
  readonly art22: number;
  readonly nonComptes: number;
  /** Days per kind of leave, in the order first met. */
  readonly parNature: ReadonlyMap<NatureConge, number>;
}

function sumConges(state: DossierState, rules: WorkflowRules, de: string): TotauxConges {
  const traitement = rules.conges.valeur;
  let remuneres = 0;
  let art22 = 0;
  let nonComptes = 0;
  const parNature = new Map<NatureConge, number>();
  for (const conge of state.conges) {
    const jours = countJoursCommuns(conge.debut, conge.fin, de, null);
    if (jours === 0) continue;
    parNature.set(conge.nature, (parNature.get(conge.nature) ?? 0) + jours);
    const t = traitement[conge.nature];
    if (t.comptage === 'non-compte') {
      nonComptes += jours;
    } else {
      remuneres += jours;
      if (t.titularisationNonDecalee) art22 += jours;
    }
  }
  return { remuneres, art22, nonComptes, parNature };
}

function formatJours(jours: number): string {
  return String(Math.round(jours * 100) / 100).replace('.', ',');
}

function detailConges(totaux: TotauxConges, retenir: (n: NatureConge) => boolean): string {
  return [...totaux.parNature]
    .filter(([nature]) => retenir(nature))
    .map(([nature, jours]) => `${libellesConge[nature]} : ${jours} jour(s)`)
    .join(' ; ');
}

function explainTempsPartiel(periodes: readonly PeriodeTempsPartielComptee[], jours: number): string[] {
  const lignes = periodes.map((p) => {
    const effet = p.allonge
      ? `${formatJours(p.joursAjoutes)} jour(s) de stage en plus`
      : 'sans allongement du stage, ce temps étant compté pour l’intégralité de sa durée (décret n° 94-874 art. 24 bis)';
    return `Temps partiel ${libellesTempsPartiel[p.nature]} à ${p.quotite} % du ${p.debut} au ${p.fin} : ${p.jours} jour(s) hors congés, ${effet}.`;
  });
  if (jours > 0) {
    lignes.push(
      `Temps partiel : le stage est augmenté à due proportion de la quotité (décret n° 94-874 art. 15), soit ${jours} jour(s) arrondi(s) au jour le plus proche ; la date de titularisation recule d’autant, aucun texte ne la faisant remonter.`,
    );
  }
  return lignes;
}

function explainTitularisation(
  totaux: TotauxConges,
  rules: WorkflowRules,
  dateFinTitularisation: string,
): string[] {
  const lignes: string[] = [];
  const art22 = detailConges(totaux, (n) => rules.conges.valeur[n].titularisationNonDecalee);
  if (totaux.art22 > 0) {
    lignes.push(
      `La titularisation prend effet à la fin de la durée statutaire du stage « compte non tenu de la prolongation imputable » à ces congés (${art22}) (décret n° 94-874 art. 22) : fin retenue le ${dateFinTitularisation}.`,
    );
  }
  if (totaux.parNature.has('accompagnement-fin-de-vie')) {
    lignes.push(
      'Congé d’accompagnement d’une personne en fin de vie : la titularisation prend effet « compte tenu de la prolongation imputable à ce congé » (décret n° 94-874 art. 19 bis) ; elle n’est pas avancée.',
    );
  }
  if (totaux.parNature.has('presence-parentale')) {
    lignes.push(
      'Congé de présence parentale (décret n° 94-874 art. 21 bis) : non rémunéré, il n’est pas compté comme temps de stage et la titularisation n’est pas avancée.',
    );
  }
  return lignes;
}

function explainEffet(
  annee: AnneeStage,
  totaux: TotauxConges,
  rules: WorkflowRules,
  tempsPartiel: { readonly periodes: readonly PeriodeTempsPartielComptee[]; readonly jours: number },
  dates: { readonly prolongation: number; readonly fin: string; readonly finTitularisation: string },
): string[] {
  const seuil = rules.seuilCongesRemuneresJours.valeur;
  const nonComptes = detailConges(totaux, (n) => rules.conges.valeur[n].comptage === 'non-compte');
  return [
    `Congés rémunérés depuis le ${annee.dateDebut} : ${totaux.remuneres} jour(s), dont ${totaux.art22} de maternité, paternité ou adoption ; seuil compté comme temps de stage : ${seuil} jour(s) (décret n° 94-874 art. 26).`,
    `Jours non comptés comme temps de stage : ${totaux.nonComptes}${nonComptes === '' ? '' : ` (${nonComptes})`}.`,
    ...explainTempsPartiel(tempsPartiel.periodes, tempsPartiel.jours),
    `Prolongation : ${dates.prolongation} jour(s) ; fin effective du stage le ${dates.fin}.`,
    ...explainTitularisation(totaux, rules, dates.finTitularisation),
  ];
}

/**
 * Computes how the leave and temps partiel recorded in the current year of stage extend it.
 *
 * Paid leave other than congé annuel counts as stage time up to the threshold (36 days for one year); beyond,
 * the stage is extended day for day. Leave that never counts (unpaid leave, among which congé de présence
 * parentale and congé d'accompagnement d'une personne en fin de vie; suspension) extends it day for day.
 * Temps partiel sur autorisation or de droit extends it « à due proportion »: D days at q % add
 * D × (100/q − 1) days, summed over the periods and rounded once to the nearest day, halves up (a whole year
 * at 80 % → 91 days). Temps partiel thérapeutique does not extend it.
 *
 * The titularisation takes effect at the end of the stage not counting the extension due to maternity,
 * paternity or adoption leave (art. 22): that date is computed as if those days were not paid leave. Every other
 * extension, temps partiel included, delays the titularisation too: art. 19 bis dates it « compte tenu de la
 * prolongation », and nothing in art. 15 or 21 bis backdates it.
 *
 * @param state - the dossier (nommé).
 * @param rules - the rules (threshold, how each kind of leave counts, which temps partiel lengthens the stage).
 * @returns the effect, or null before the nomination.
 * @remarks Décret n° 94-874 art. 8, 15, 19 bis, 21 bis, 22, 24 bis, 26; service-public F1895 (57 days of sick
 * leave → 21 days; 112 days of maternity → 76 days but titularisation at the normal date). Leave and temps
 * partiel are counted from the first day of the current year of stage; the threshold applies to each year of
 * stage (assumption for a renouvellement). Days of temps partiel that are also days of leave count as leave only.
 * @example
 * ```ts
 * computeEffetConges(state, nationalWorkflowRules)?.joursProlongation; // 21 for 57 days of sick leave
 * ```
 * @category Workflow
 */
export function computeEffetConges(state: DossierState, rules: WorkflowRules): EffetConges | null {
  const annee = getAnneeStageCourante(state);
  if (annee === null) return null;
  const seuil = rules.seuilCongesRemuneresJours.valeur;
  const totaux = sumConges(state, rules, annee.dateDebut);
  const periodes = listPeriodesTempsPartiel(state, rules, annee.dateDebut, null);
  const joursTempsPartiel = sumJoursAjoutes(periodes);
  const { remuneres, art22, nonComptes } = totaux;
  const prolongation = Math.max(0, remuneres - seuil) + nonComptes + joursTempsPartiel;
  const prolongationTitularisation = Math.max(0, remuneres - art22 - seuil) + nonComptes + joursTempsPartiel;
  const dateFinEffective = addDays(annee.dateFinStatutaire, prolongation);
  const dateFinPourTitularisation = addDays(annee.dateFinStatutaire, prolongationTitularisation);
  return {
    annee: annee.numero,
    dateDebut: annee.dateDebut,
    dateFinStatutaire: annee.dateFinStatutaire,
    joursCongesRemuneres: remuneres,
    joursArt22: art22,
    joursNonComptes: nonComptes,
    joursTempsPartiel,
    seuil,
    joursProlongation: prolongation,
    dateFinEffective,
    dateFinPourTitularisation,
    explication: explainEffet(
      annee,
      totaux,
      rules,
      { periodes, jours: joursTempsPartiel },
      { prolongation, fin: dateFinEffective, finTitularisation: dateFinPourTitularisation },
    ),
  };
}
