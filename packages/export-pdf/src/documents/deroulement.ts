/**
 * What happened in a year of stage, as a fiche bilan prints it for the jury: the congés and temps partiel with
 * their effect on the stage, the visits, and the training attendance (sessions of the académie attended or
 * missed, or the training days recorded when the pack lists no session).
 *
 * @remarks Décret n° 94-874 du 7 octobre 1994 (NOR FPPA9400088D) art. 15, 22, 26: leave beyond one tenth of
 * the stage and temps partiel extend it; arrêté du 22 août 2014 (NOR MENH1411675A) art. 5 and 6: the jury
 * decides on the dossier; Réunion guide 2022-2023 § 2.2 (training of the EAFC and the INSPÉ) and § 4.4 (visits).
 *
 * @packageDocumentation
 */
import {
  addDays,
  type Civilite,
  type Conge,
  computeEffetConges,
  type DossierState,
  type JourneeFormation,
  nationalWorkflowRules,
  type PeriodeTempsPartiel,
  type PresenceFormation,
  type SessionFormation,
  type Visite,
  type WorkflowRules,
} from '@tremplin/core';
import type { PdfLayout } from '../layout/pdf-layout.js';
import type { PdfExportConfig } from './config.js';
import type { Masque } from './donnees-personnelles.js';
import {
  findNomActeur,
  formatDateFr,
  formatPresence,
  libelleNatureConge,
  libelleOperateurFormation,
} from './labels.js';

/**
 * The days a year of stage spans: from its first day to the day before the next year (open for the last).
 *
 * @remarks Décret n° 94-874 art. 26: leave is counted per year of stage; the threshold applies to each year (assumption for a renouvellement, see `computeEffetConges`).
 */
export interface PeriodeAnnee {
  readonly numero: number;
  readonly debut: string;
  /** The last day before the next year of stage, `null` for the current year. */
  readonly fin: string | null;
}

/**
 * A leave of the year as printed.
 *
 * @remarks Décret n° 94-874 art. 26.
 */
export interface CongeImprime {
  readonly conge: Conge;
  /** Calendar days of the leave inside the year of stage. */
  readonly jours: number;
}

/**
 * A training session of the académie and the stagiaire's attendance.
 *
 * @remarks Sessions are académie data (`formation.sessions`); no national text lists them (Réunion guide 2022-2023 § 2.2).
 */
export interface SessionImprimee {
  readonly session: SessionFormation;
  readonly presence: PresenceFormation | 'aucune';
}

/**
 * The training of the year: the académie's sessions held, or the days recorded when it lists none.
 *
 * @remarks Issue 12, point 4: attendance is compared with the sessions already held, not a pro rata of class days.
 */
export type FormationAnnee =
  | {
      readonly kind: 'sessions';
      /** Sessions held before the edition that concern the stagiaire, in date order. */
      readonly tenues: readonly SessionImprimee[];
      /** Sessions not held yet at the edition. */
      readonly aVenir: number;
    }
  | { readonly kind: 'journees'; readonly journees: readonly JourneeFormation[] };

/**
 * What a fiche prints of a year's course.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 5 and 6: the jury decides on the dossier, which shows the year's leave, visits and training.
 */
export interface DeroulementAnnee {
  readonly periode: PeriodeAnnee | null;
  readonly conges: readonly CongeImprime[];
  readonly tempsPartiel: readonly PeriodeTempsPartiel[];
  /** `computeEffetConges`'s explanation for the year, in French; empty without leave or temps partiel. */
  readonly effet: readonly string[];
  readonly visites: readonly Visite[];
  readonly formation: FormationAnnee;
}

function joursEntre(debut: string, fin: string): number {
  return Math.round((Date.parse(`${fin}T00:00:00Z`) - Date.parse(`${debut}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The days a year of stage spans.
 *
 * @param dossier - the dossier.
 * @param annee - the year of stage.
 * @returns the period, or `null` before the nomination.
 * @remarks Décret n° 72-581 art. 26 and arrêté du 22 août 2014 (NOR MENH1411675A) art. 9: a renouvellement opens a second year of stage.
 */
export function getPeriodeAnnee(dossier: DossierState, annee: number): PeriodeAnnee | null {
  const a = dossier.stage.annees.find((x) => x.numero === annee);
  if (a === undefined) return null;
  const suivante = dossier.stage.annees.find((x) => x.numero === annee + 1);
  return {
    numero: annee,
    debut: a.dateDebut,
    fin: suivante !== undefined ? addDays(suivante.dateDebut, -1) : null,
  };
}

function chevauche(p: PeriodeAnnee, debut: string, fin: string): boolean {
  return fin >= p.debut && (p.fin === null || debut <= p.fin);
}

function borner(p: PeriodeAnnee, debut: string, fin: string): { debut: string; fin: string } {
  return {
    debut: debut < p.debut ? p.debut : debut,
    fin: p.fin !== null && fin > p.fin ? p.fin : fin,
  };
}

/**
 * The dossier as it stood for one year of stage: that year is the current one, and the leave and temps partiel
 * are cut at its end, so that `computeEffetConges` computes that year's effect (the year-1 fiche of a renewed
 * stagiaire shows the year-1 leave).
 */
function vueAnnee(dossier: DossierState, p: PeriodeAnnee): DossierState {
  const cut = <T extends { readonly debut: string; readonly fin: string }>(xs: readonly T[]): T[] =>
    xs.filter((x) => chevauche(p, x.debut, x.fin)).map((x) => ({ ...x, ...borner(p, x.debut, x.fin) }));
  return {
    ...dossier,
    stage: { ...dossier.stage, annees: dossier.stage.annees.filter((a) => a.numero <= p.numero) },
    conges: cut(dossier.conges),
    tempsPartiel: cut(dossier.tempsPartiel),
  };
}

/** The attendance recorded for a session: by its `sessionId`, else by the same date and organiser. */
function presenceA(dossier: DossierState, annee: number, s: SessionFormation): PresenceFormation | 'aucune' {
  let found: JourneeFormation | undefined;
  for (const f of dossier.formations) {
    if (f.annee !== annee) continue;
    const matches =
      f.sessionId !== undefined ? f.sessionId === s.id : f.date === s.date && f.operateur === s.organisateur;
    if (matches && (found === undefined || f.presence === 'present')) found = f;
  }
  return found?.presence ?? 'aucune';
}

/**
 * Gathers what a fiche prints of a year's course: leave and temps partiel with their effect, visits, training.
 *
 * @param dossier - the dossier.
 * @param annee - the year of stage.
 * @param jour - the day of edition (`YYYY-MM-DD` in the académie's zone): sessions before it are held.
 * @param config - the académie's sessions and workflow rules.
 * @returns the year's course.
 * @remarks Décret n° 94-874 art. 15, 22, 26 (through `computeEffetConges`); a session is owed only once held
 * (issue 12, point 4): sessions after the edition are counted apart.
 */
export function buildDeroulementAnnee(
  dossier: DossierState,
  annee: number,
  jour: string,
  config: Pick<PdfExportConfig, 'sessionsFormation' | 'reglesWorkflow'>,
): DeroulementAnnee {
  const periode = getPeriodeAnnee(dossier, annee);
  const rules: WorkflowRules = config.reglesWorkflow ?? nationalWorkflowRules;
  let conges: CongeImprime[] = [];
  let tempsPartiel: PeriodeTempsPartiel[] = [];
  let effet: readonly string[] = [];
  if (periode !== null) {
    const vue = vueAnnee(dossier, periode);
    conges = vue.conges
      .map((conge) => ({ conge, jours: joursEntre(conge.debut, conge.fin) }))
      .sort((a, b) => (a.conge.debut < b.conge.debut ? -1 : 1));
    tempsPartiel = [...vue.tempsPartiel];
    if (conges.length > 0 || tempsPartiel.length > 0)
      effet = computeEffetConges(vue, rules)?.explication ?? [];
  }
  const visites = dossier.visites
    .filter((v) => v.annee === annee)
    .sort((a, b) => (dateVisite(a) < dateVisite(b) ? -1 : 1));
  const sessions = (config.sessionsFormation ?? []).filter(
    (s) =>
      periode !== null &&
      chevauche(periode, s.date, s.date) &&
      (s.corps === undefined || s.corps.includes(dossier.identite.corps)) &&
      (s.disciplines === undefined || s.disciplines.includes(dossier.identite.discipline)),
  );
  const formation: FormationAnnee =
    sessions.length > 0
      ? {
          kind: 'sessions',
          tenues: sessions
            .filter((s) => s.date < jour)
            .sort((a, b) => (a.date < b.date ? -1 : 1))
            .map((session) => ({ session, presence: presenceA(dossier, annee, session) })),
          aVenir: sessions.filter((s) => s.date >= jour).length,
        }
      : {
          kind: 'journees',
          journees: dossier.formations
            .filter((f) => f.annee === annee)
            .sort((a, b) => (a.date < b.date ? -1 : 1)),
        };
  return { periode, conges, tempsPartiel, effet, visites, formation };
}

function dateVisite(v: Visite): string {
  return v.realisation?.date ?? v.datePrevue ?? '';
}

/** « du tuteur », « de la tutrice », « du tuteur ou de la tutrice ». */
function dela(mot: 'tuteur' | 'formateur', civilite: Civilite | undefined): string {
  const feminin = mot === 'tuteur' ? 'tutrice' : 'formatrice';
  if (civilite === 'madame') return `de la ${feminin}`;
  if (civilite === 'monsieur') return `du ${mot}`;
  return `du ${mot} ou de la ${feminin}`;
}

/** The kind of visit, as a line of the list, agreed with the tuteur's or the visitor's civilité. */
function libelleVisite(v: Visite, dossier: DossierState, tuteur: Civilite | undefined): string {
  switch (v.nature) {
    case 'visite-formative':
      return 'Visite formative';
    case 'visite-chez-tuteur':
      return `Visite dans la classe ${dela('tuteur', tuteur)}`;
    case 'visite-formateur-inspe': {
      const visiteur = dossier.acteurs.formateursInspe.find((p) => p.id === v.visiteur.id);
      return `Visite ${dela('formateur', visiteur?.civilite)} INSPÉ`;
    }
    case 'visite-conseil':
      return 'Visite conseil';
    case 'inspection':
      return 'Inspection';
  }
}

const statutVisite: Readonly<Record<Visite['statut'], string>> = {
  realisee: 'Réalisée',
  planifiee: 'Planifiée',
  annulee: 'Annulée',
};

function formatHeures(heures: number): string {
  return `${String(heures).replace('.', ',')} h`;
}

/**
 * Draws the year's course: « Congés et temps partiel » with their effect, « Visites », « Formation ».
 *
 * @param layout - the document.
 * @param deroulement - what {@link buildDeroulementAnnee} returned.
 * @param dossier - the dossier (names of visitors).
 * @param civilite - the stagiaire's civilité (« présente », « absent(e) »).
 * @param masque - the personal-data policy.
 * @param section - the number of the section.
 * @remarks Décret n° 94-874 art. 15, 22, 26 (effect of leave and temps partiel); Réunion guide 2022-2023 § 2.2 (training) and § 4.4 (visits).
 */
export function drawDeroulementAnnee(
  layout: PdfLayout,
  deroulement: DeroulementAnnee,
  dossier: DossierState,
  civilite: Civilite | undefined,
  masque: Masque,
  section: number,
): void {
  const petit = { size: layout.style.sizes.table, color: layout.style.colors.muted } as const;
  layout.heading(`${section}. Déroulement de l'année de stage`, 1, 80);

  layout.heading('Congés et temps partiel', 2, 40);
  if (deroulement.conges.length === 0 && deroulement.tempsPartiel.length === 0) {
    layout.paragraph('Aucun congé ni temps partiel enregistré pour cette année de stage.', petit);
  } else {
    const rows = [
      ...deroulement.conges.map((c) => ({
        cells: [
          libelleNatureConge[c.conge.nature],
          formatDateFr(c.conge.debut),
          formatDateFr(c.conge.fin),
          String(c.jours),
        ],
      })),
      ...deroulement.tempsPartiel.map((t) => ({
        cells: [
          `Temps partiel ${t.nature === 'therapeutique' ? 'thérapeutique' : t.nature === 'de-droit' ? 'de droit' : 'sur autorisation'} à ${t.quotite} %`,
          formatDateFr(t.debut),
          formatDateFr(t.fin),
          String(joursEntre(t.debut, t.fin)),
        ],
      })),
    ];
    layout.table({
      columns: [
        { header: 'Congé ou temps partiel', width: 3 },
        { header: 'Du', width: 0.9, align: 'center' },
        { header: 'Au', width: 0.9, align: 'center' },
        { header: 'Jours', width: 0.6, align: 'right' },
      ],
      rows,
    });
    if (deroulement.effet.length > 0) {
      layout.paragraph(
        `Effet sur le stage (décret n° 94-874 du 7 octobre 1994) :\n${deroulement.effet.map((l) => `– ${l}`).join('\n')}`,
        { size: layout.style.sizes.table },
      );
    }
  }

  layout.heading('Visites', 2, 40);
  const tuteurActuel = (
    dossier.acteurs.tuteurs.find((d) => d.jusquau === null) ?? dossier.acteurs.tuteurs.at(-1)
  )?.tuteur.civilite;
  if (deroulement.visites.length === 0) {
    layout.paragraph('Aucune visite enregistrée pour cette année de stage.', petit);
  } else {
    layout.table({
      columns: [
        { header: 'Date', width: 0.8, align: 'center' },
        { header: 'Visite', width: 2.6 },
        { header: 'Effectuée par', width: 1.6 },
        { header: 'État', width: 0.8, align: 'center' },
      ],
      rows: deroulement.visites.map((v) => ({
        cells: [
          dateVisite(v) !== '' ? formatDateFr(dateVisite(v)) : '',
          libelleVisite(v, dossier, tuteurActuel),
          masque.clean(findNomActeur(dossier, v.visiteur.id) ?? ''),
          statutVisite[v.statut],
        ],
      })),
    });
  }

  layout.heading('Formation', 2, 40);
  const formation = deroulement.formation;
  if (formation.kind === 'sessions') {
    const suivies = formation.tenues.filter((t) => t.presence === 'present').length;
    const manquees = formation.tenues.length - suivies;
    layout.paragraph(
      `Sessions de l'EAFC et de l'INSPÉ tenues à la date d'édition selon le calendrier de l'académie : ${formation.tenues.length} ; suivies : ${suivies} ; manquées : ${manquees}${formation.aVenir > 0 ? ` ; à venir : ${formation.aVenir}` : ''}.`,
      { size: layout.style.sizes.table },
    );
    if (formation.tenues.length > 0) {
      layout.table({
        columns: [
          { header: 'Date', width: 0.8, align: 'center' },
          { header: 'Session', width: 2.6 },
          { header: 'Organisateur', width: 0.9 },
          { header: 'Durée', width: 0.6, align: 'right' },
          { header: 'Présence', width: 1.1 },
        ],
        rows: formation.tenues.map((t) => {
          const presence = formatPresence(t.presence, civilite);
          return {
            cells: [
              formatDateFr(t.session.date),
              t.session.intitule,
              libelleOperateurFormation[t.session.organisateur],
              formatHeures(t.session.heures),
              t.presence === 'present' ? presence : { text: presence, bold: true },
            ],
          };
        }),
      });
    }
  } else if (formation.journees.length === 0) {
    layout.paragraph(
      "Aucune journée de formation enregistrée pour cette année de stage (le pack de l'académie ne liste pas de sessions).",
      petit,
    );
  } else {
    const heures = formation.journees
      .filter((j) => j.presence === 'present')
      .reduce((n, j) => n + j.heures, 0);
    layout.paragraph(
      `Journées de formation enregistrées (le pack de l'académie ne liste pas de sessions) : ${formation.journees.length} ; heures suivies : ${formatHeures(heures)}.`,
      { size: layout.style.sizes.table },
    );
    layout.table({
      columns: [
        { header: 'Date', width: 0.8, align: 'center' },
        { header: 'Formation', width: 2.6 },
        { header: 'Organisateur', width: 0.9 },
        { header: 'Durée', width: 0.6, align: 'right' },
        { header: 'Présence', width: 1.1 },
      ],
      rows: formation.journees.map((j) => ({
        cells: [
          formatDateFr(j.date),
          masque.clean(j.intitule),
          libelleOperateurFormation[j.operateur],
          formatHeures(j.heures),
          formatPresence(j.presence, civilite),
        ],
      })),
    });
  }
}
