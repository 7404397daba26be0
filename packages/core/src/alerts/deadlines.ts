/**
 * The deadlines of a dossier's current year of stage at an instant: bilans, avis, pieces, jury, entretien,
 * mi-stage and fin de stage, académie milestones, each with its status and explanation.
 *
 * @packageDocumentation
 */
import { type LocalDate, toEpochDay } from '../calendar/local-date.js';
import type { Role } from '../dossier/acteurs.js';
import type { AnneeStage, DossierState } from '../dossier/state.js';
import { natureBilanSchema, type RoleAvis } from '../dossier/vocabulaire.js';
import { exigenceApplicable } from '../workflow/conditions.js';
import type { EffetConges } from '../workflow/conges.js';
import type { CompiledDue } from './compile.js';
import { explain } from './explain.js';
import { BILAN, DU_ROLE } from './labels.js';
import { dayEnd, type Prepared } from './prepared.js';
import type { Deadline, DeadlineKind, DeadlineStatus, Explanation, Fact } from './types.js';

/** The instant of an evaluation, in every form the rules compare. */
export interface EvalInstant {
  readonly ms: number;
  readonly iso: string;
  readonly today: LocalDate;
  readonly todayEpochDay: number;
}

/**
 * Status of a due date at an instant.
 *
 * @param due - the compiled due date.
 * @param doneOn - when it was met (on or before today), or null.
 * @param at - the instant.
 * @returns `done`, `overdue` after the last millisecond of the due date, `due-soon` within the pack's
 * window, `upcoming` otherwise.
 */
export function statusOf(due: CompiledDue, doneOn: LocalDate | null, at: EvalInstant): DeadlineStatus {
  if (doneOn !== null) return 'done';
  if (at.ms > due.endMs) return 'overdue';
  if (at.ms >= due.soonMs) return 'due-soon';
  return 'upcoming';
}

function deadline(
  id: string,
  kind: DeadlineKind,
  label: string,
  due: CompiledDue,
  doneOn: LocalDate | null,
  responsible: Role | null,
  at: EvalInstant,
  explanation: Explanation,
): Deadline {
  return {
    id,
    kind,
    label,
    due: due.date,
    dueAt: due.endIso,
    status: statusOf(due, doneOn, at),
    doneOn,
    responsible,
    informative: false,
    explanation,
  };
}

function doneText(doneOn: LocalDate | null, due: CompiledDue): string {
  if (doneOn === null) return '';
  return doneOn > due.date ? ` Fait le ${doneOn}, après l’échéance.` : ` Fait le ${doneOn}.`;
}

/** Records of the dossier for the current year and up to today, gathered in one pass per list. */
export interface YearRecords {
  readonly annee: AnneeStage;
  readonly bilans: DossierState['bilans'];
  readonly avis: DossierState['avis'];
  readonly visitesRealisees: DossierState['visites'];
  readonly entretiens: DossierState['entretiens'];
  readonly formations: DossierState['formations'];
  readonly alertes: DossierState['alertes'];
  readonly transmis: LocalDate | null;
  readonly decide: LocalDate | null;
  readonly entretienJury: LocalDate | null;
}

/**
 * Gathers the records of the current year of stage dated on or before today.
 *
 * @param state - the dossier.
 * @param annee - its current year of stage.
 * @param today - the local date of the evaluation.
 * @returns the records.
 */
export function yearRecords(state: DossierState, annee: AnneeStage, today: LocalDate): YearRecords {
  const n = annee.numero;
  const cut = <T extends { readonly annee: number; readonly date: string }>(list: readonly T[]) =>
    list.filter((r) => r.annee === n && r.date <= today);
  const transmission = state.transmissionsJury.find((t) => t.annee === n && t.date <= today);
  const decision = state.decisions.find((d) => d.annee === n && d.le.slice(0, 10) <= today);
  const entretien = state.entretiensJury.find((e) => e.annee === n && e.date <= today);
  return {
    annee,
    bilans: cut(state.bilans),
    avis: cut(state.avis),
    visitesRealisees: state.visites.filter(
      (v) =>
        v.annee === n && v.statut === 'realisee' && v.realisation !== null && v.realisation.date <= today,
    ),
    entretiens: cut(state.entretiens),
    formations: cut(state.formations),
    alertes: cut(state.alertes),
    transmis: transmission?.date ?? null,
    decide: decision ? decision.le.slice(0, 10) : null,
    entretienJury: entretien?.date ?? null,
  };
}

/** Whether the jury may consider not proposing titularisation: an avis défavorable was given. */
export function entretienRequis(prepared: Prepared, records: YearRecords): boolean {
  return (
    prepared.compiled.workflow.entretienAvantDecisionNonTitularisation.valeur &&
    records.avis.some((a) => a.sens === 'defavorable')
  );
}

/**
 * Computes every deadline of the current year of stage.
 *
 * @param state - the dossier.
 * @param records - its records of the year up to today.
 * @param prepared - the prepared rules.
 * @param at - the instant.
 * @param effet - the effect of leave on the stage (from the workflow's `calculerEffetConges`).
 * @param miStage - the mi-stage date (from the workflow's `dateMiStage`).
 * @returns the deadlines, in a stable order.
 */
export function computeDeadlines(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  at: EvalInstant,
  effet: EffetConges | null,
  miStage: LocalDate | null,
): Deadline[] {
  const c = prepared.compiled;
  const b = prepared.base;
  const n = records.annee.numero;
  const out: Deadline[] = [];
  const evaluateurs = c.rules.parameters['bilans.evaluateurs'].value;
  for (const nature of natureBilanSchema.options) {
    const due = nature === 'intermediaire' ? c.dues.bilanIntermediaire : c.dues.bilanFinal;
    const base = nature === 'intermediaire' ? b.bilanIntermediaire : b.bilanFinal;
    for (const role of evaluateurs[nature]) {
      const bilan = records.bilans.find((x) => x.nature === nature && x.evaluateur.role === role);
      const doneOn = bilan?.date ?? null;
      const label = `Bilan ${BILAN[nature]} ${DU_ROLE[role]}`;
      out.push(
        deadline(
          `bilan-${nature}/${role}`,
          'bilan',
          label,
          due,
          doneOn,
          role,
          at,
          explain(
            base,
            `${label} attendu ${due.wording} (le ${due.date}, ${due.endIso}).${doneText(doneOn, due)}`,
            [{ name: `bilan-${nature}/${role}`, value: doneOn, ref: bilan?.bilanId }],
          ),
        ),
      );
    }
  }
  const pieces = c.workflow.piecesRequises.filter((e) => exigenceApplicable(e, state));
  for (const exigence of pieces) {
    if (exigence.piece.kind === 'avis') {
      const role: RoleAvis = exigence.piece.role;
      const due = c.dues.avis[role];
      const avis = records.avis.find((a) => a.role === role);
      const doneOn = avis?.date ?? null;
      out.push(
        deadline(
          `avis/${role}`,
          'avis',
          `Avis ${DU_ROLE[role]}`,
          due,
          doneOn,
          role,
          at,
          explain(
            b.avis[role],
            `Le jury lit ${exigence.libelle} ; attendu ${due.wording} (le ${due.date}).${doneText(doneOn, due)}`,
            [
              { name: `avis/${role}`, value: avis?.sens ?? null, ref: avis?.avisId },
              { name: 'categorie', value: state.identite.categorie },
            ],
            [exigence.source],
          ),
        ),
      );
    } else if (exigence.piece.kind === 'visite') {
      const nature = exigence.piece.nature;
      const due = c.dues.avis.inspecteur;
      const visite = records.visitesRealisees.find((v) => v.nature === nature);
      const doneOn = visite?.realisation?.date ?? null;
      out.push(
        deadline(
          `piece/${exigence.id}`,
          'piece',
          exigence.libelle.charAt(0).toUpperCase() + exigence.libelle.slice(1),
          due,
          doneOn,
          'inspecteur',
          at,
          explain(
            b.piece,
            `Requis : ${exigence.libelle} (corps ${state.identite.corps}, année ${n}), avant l’avis de l’inspecteur ${due.wording} (le ${due.date}).${doneText(doneOn, due)}`,
            [
              { name: `piece/${exigence.id}`, value: doneOn, ref: visite?.visiteId },
              { name: 'corps', value: state.identite.corps },
              { name: 'annee', value: n },
            ],
            [exigence.source],
          ),
        ),
      );
    } else {
      // A bilan required as a piece is already a bilan deadline when the pack names its assessor.
      const { nature, role } = exigence.piece;
      if (!evaluateurs[nature].includes(role)) {
        const due = nature === 'intermediaire' ? c.dues.bilanIntermediaire : c.dues.bilanFinal;
        const bilan = records.bilans.find((x) => x.nature === nature && x.evaluateur.role === role);
        const doneOn = bilan?.date ?? null;
        out.push(
          deadline(
            `bilan-${nature}/${role}`,
            'bilan',
            `Bilan ${BILAN[nature]} ${DU_ROLE[role]}`,
            due,
            doneOn,
            role,
            at,
            explain(
              b.bilanFinal,
              `Requis : ${exigence.libelle}.${doneText(doneOn, due)}`,
              [],
              [exigence.source],
            ),
          ),
        );
      }
    }
  }
  const sansJury = c.workflow.categoriesSansJury.valeur.includes(state.identite.categorie);
  if (!sansJury) {
    const due = c.dues.jury;
    const doneOn = records.transmis ?? records.decide;
    out.push(
      deadline(
        'jury',
        'jury',
        'Dossier devant le jury académique',
        due,
        doneOn,
        null,
        at,
        explain(b.jury, `Jury académique ${due.wording} (le ${due.date}).${doneText(doneOn, due)}`, [
          { name: 'transmission-jury', value: records.transmis },
          { name: 'decision', value: records.decide },
        ]),
      ),
    );
    if (entretienRequis(prepared, records)) {
      const doneOn2 = records.entretienJury;
      const defavorables = records.avis.filter((a) => a.sens === 'defavorable');
      out.push(
        deadline(
          'entretien-jury',
          'entretien-jury',
          'Entretien avec le jury',
          due,
          doneOn2,
          'jury',
          at,
          explain(
            b.entretien,
            `Un avis défavorable a été émis : le jury doit entendre le stagiaire avant toute décision autre que la titularisation (arrêté du 22 août 2014, art. 6).${doneText(doneOn2, due)}`,
            defavorables.map((a): Fact => ({ name: `avis/${a.role}`, value: a.sens, ref: a.avisId })),
          ),
        ),
      );
    }
  }
  if (miStage !== null) {
    const end = dayEnd(prepared, toEpochDay(miStage));
    const reached = miStage <= at.today;
    out.push({
      id: 'mi-stage',
      kind: 'mi-stage',
      label: 'Mi-stage : licenciement en cours de stage possible à partir de ce jour',
      due: miStage,
      dueAt: end.iso,
      status: reached ? 'done' : 'upcoming',
      doneOn: reached ? miStage : null,
      responsible: null,
      informative: true,
      explanation: explain(
        b.miStage,
        `Le licenciement pour insuffisance professionnelle n’est possible qu’après la moitié de la durée normale du stage (${records.annee.dateDebut} → ${records.annee.dateFinStatutaire}), soit à partir du ${miStage}.`,
        [
          { name: 'debut-stage', value: records.annee.dateDebut },
          { name: 'fin-statutaire', value: records.annee.dateFinStatutaire },
          { name: 'jours-non-comptes', value: effet ? effet.joursProlongation : 0 },
        ],
      ),
    });
  }
  if (effet !== null) {
    const fin = effet.dateFinEffective;
    const end = dayEnd(prepared, toEpochDay(fin));
    const passed = fin < at.today;
    out.push({
      id: 'fin-de-stage',
      kind: 'fin-de-stage',
      label: effet.joursProlongation > 0 ? 'Fin du stage (prolongée par les congés)' : 'Fin du stage',
      due: fin,
      dueAt: end.iso,
      status: passed ? 'done' : 'upcoming',
      doneOn: passed ? fin : null,
      responsible: null,
      informative: true,
      explanation: explain(b.finDeStage, effet.explication.join(' '), [
        { name: 'fin-statutaire', value: effet.dateFinStatutaire },
        { name: 'conges-remuneres-jours', value: effet.joursCongesRemuneres },
        { name: 'conges-art22-jours', value: effet.joursArt22 },
        { name: 'jours-non-comptes', value: effet.joursNonComptes },
        { name: 'prolongation-jours', value: effet.joursProlongation },
        { name: 'fin-pour-titularisation', value: effet.dateFinPourTitularisation },
      ]),
    });
  }
  c.academiques.forEach(({ echeance, due }, i) => {
    const preuve = echeance.preuve;
    let doneOn: LocalDate | null = null;
    let count = 0;
    if (preuve.kind === 'bilan') {
      doneOn =
        records.bilans.find((x) => x.nature === preuve.nature && x.evaluateur.role === preuve.evaluateur)
          ?.date ?? null;
      count = doneOn === null ? 0 : 1;
    } else {
      const dates =
        preuve.kind === 'visite'
          ? records.visitesRealisees
              .filter((v) => preuve.natures.includes(v.nature))
              .map((v) => v.realisation?.date ?? '')
          : records.entretiens.filter((e) => preuve.natures.includes(e.nature)).map((e) => e.date);
      dates.sort();
      count = dates.length;
      doneOn = dates.length >= preuve.count ? (dates[preuve.count - 1] ?? null) : null;
    }
    const base = prepared.base.academiques[i];
    if (!base) return;
    out.push(
      deadline(
        `academique/${echeance.id}`,
        'academique',
        echeance.libelle,
        due,
        doneOn,
        echeance.responsable,
        at,
        explain(
          base,
          `${echeance.libelle} : attendu ${due.wording} (le ${due.date}).${doneText(doneOn, due)}`,
          [{ name: `academique/${echeance.id}`, value: count }],
        ),
      ),
    );
  });
  return out;
}

/**
 * The day a run of `maxGap` class days after `fromEpochDay` ends: the last day still within the cadence.
 *
 * @param prepared - the prepared rules.
 * @param fromEpochDay - the last visit (or the start of the stage).
 * @param maxGap - class days allowed.
 * @returns the epoch day.
 */
export function dayAfterClassDays(prepared: Prepared, fromEpochDay: number, maxGap: number): number {
  const j = prepared.compiled.jours;
  const base =
    fromEpochDay < j.firstEpochDay
      ? 0
      : (j.cumulative[Math.min(fromEpochDay, j.lastEpochDay) - j.firstEpochDay] ?? 0);
  const target = base + maxGap;
  let lo = Math.max(fromEpochDay, j.firstEpochDay) - j.firstEpochDay;
  let hi = j.lastEpochDay - j.firstEpochDay;
  if ((j.cumulative[hi] ?? 0) < target) return j.lastEpochDay;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((j.cumulative[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return j.firstEpochDay + lo;
}
