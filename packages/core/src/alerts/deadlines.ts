/**
 * The deadlines of a dossier's current year of stage at an instant: bilans, avis, pieces, jury, entretien,
 * mi-stage and fin de stage, académie milestones, each with its status and explanation.
 *
 * A cohort evaluation shares every deadline that does not depend on the dossier (a bilan not yet filed is
 * the same object for every dossier at that instant): results are immutable, and sharing keeps a cohort's
 * result small.
 *
 * @packageDocumentation
 */
import { type LocalDate, toEpochDay } from '../calendar/local-date.js';
import type { Role } from '../dossier/acteurs.js';
import type { AnneeStage, Avis, Bilan, DossierState, Visite } from '../dossier/state.js';
import type { NatureBilan, NatureVisite, RoleAvis, RoleEvaluateur } from '../dossier/vocabulaire.js';
import type { CompiledDue } from '../rules/compile.js';
import { isExigenceApplicable } from '../workflow/conditions.js';
import type { EffetConges } from '../workflow/conges.js';
import type { ExigenceDossier } from '../workflow/rules.js';
import { type ExplanationBase, explain, withSources } from './explain.js';
import { BILAN, DU_ROLE } from './labels.js';
import { dayEnd, type Prepared } from './prepared.js';
import type { Deadline, DeadlineKind, DeadlineStatus, Fact } from './types.js';

/**
 * The instant of an evaluation, in every form the rules compare.
 *
 * @category Alertes
 */
export interface EvalInstant {
  readonly ms: number;
  readonly iso: string;
  readonly today: LocalDate;
  readonly todayEpochDay: number;
}

/**
 * One evaluation run (a cohort, or one dossier): the prepared rules, the instant, and the immutable parts of
 * results shared between dossiers.
 *
 * @category Alertes
 */
export interface EvalContext {
  readonly prepared: Prepared;
  readonly at: EvalInstant;
  /** Shared values by two keys (see {@link shared}). */
  readonly memo: Map<unknown, Map<unknown, unknown>>;
  /** Deadline specifications by kind and what distinguishes them (hot lookups, no string keys built). */
  readonly specs: Map<unknown, Map<unknown, DeadlineSpec>>;
}

/** What a deadline of one kind shares across dossiers, and its pending forms per status. */
interface DeadlineSpec {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly due: CompiledDue;
  readonly responsible: Role | null;
  readonly base: ExplanationBase;
  readonly summary: string;
  readonly summaryOnTime: string;
  readonly summaryLate: string;
  /** Facts when not done (the same for every dossier). */
  readonly pendingFacts: readonly Fact[];
  /** The pending deadline per status, made once. */
  readonly pending: Partial<Record<DeadlineStatus, Deadline>>;
}

function spec(
  ctx: EvalContext,
  group: unknown,
  variant: unknown,
  make: () => Omit<DeadlineSpec, 'pending' | 'summaryOnTime' | 'summaryLate'>,
): DeadlineSpec {
  let byVariant = ctx.specs.get(group);
  if (byVariant === undefined) {
    byVariant = new Map();
    ctx.specs.set(group, byVariant);
  }
  let found = byVariant.get(variant);
  if (found === undefined) {
    const made = make();
    found = {
      ...made,
      summaryOnTime: `${made.summary} Fait dans les délais.`,
      summaryLate: `${made.summary} Fait après l’échéance.`,
      pending: {},
    };
    byVariant.set(variant, found);
  }
  return found;
}

/**
 * Creates an evaluation context.
 *
 * @param prepared - the prepared rules.
 * @param at - the instant.
 * @returns a context with an empty memo.
 * @category Alertes
 */
export function evalContext(prepared: Prepared, at: EvalInstant): EvalContext {
  return { prepared, at, memo: new Map(), specs: new Map() };
}

/**
 * A value shared within an evaluation run, made once, identified by two keys (compared as Map keys: no key
 * string is built).
 *
 * @param ctx - the run.
 * @param a - the first key (e.g. a kind of value, or an alert code).
 * @param b - the second key.
 * @param make - how to make it.
 * @returns the shared value.
 * @category Alertes
 */
export function shared<T>(ctx: EvalContext, a: unknown, b: unknown, make: () => T): T {
  let inner = ctx.memo.get(a);
  if (inner === undefined) {
    inner = new Map();
    ctx.memo.set(a, inner);
  }
  const found = inner.get(b);
  if (found !== undefined) return found as T;
  const value = make();
  inner.set(b, value);
  return value;
}

/**
 * Status of a due date at an instant.
 *
 * @param due - the compiled due date.
 * @param doneOn - when it was met (on or before today), or null.
 * @param at - the instant.
 * @returns `done`, `overdue` after the last millisecond of the due date, `due-soon` within the pack's
 * window, `upcoming` otherwise.
 * @category Alertes
 */
export function statusOf(due: CompiledDue, doneOn: LocalDate | null, at: EvalInstant): DeadlineStatus {
  if (doneOn !== null) return 'done';
  if (at.ms > due.endMs) return 'overdue';
  if (at.ms >= due.soonMs) return 'due-soon';
  return 'upcoming';
}

/**
 * The visits of one nature done in the year up to today: how many, and the last one.
 *
 * @category Alertes
 */
export interface VisitesDeNature {
  readonly count: number;
  /** Date of the last one (`''` when none). */
  readonly last: LocalDate;
  readonly lastId: string | undefined;
}

/**
 * The current year of stage of a dossier, read up to a day: the records of other years or later days are ignored.
 *
 * @category Alertes
 */
export interface YearView {
  readonly state: DossierState;
  readonly annee: AnneeStage;
  /** The number of the year (1, or 2 in a renouvellement). */
  readonly n: number;
  readonly today: LocalDate;
  readonly transmis: LocalDate | null;
  readonly decide: LocalDate | null;
  readonly entretienJury: LocalDate | null;
  /** The tuteur's visits (`visite-formative`) and the stagiaire's visits to his classes, in one pass. */
  readonly visitesTuteur: VisitesDeNature;
  readonly visitesChezTuteur: VisitesDeNature;
}

/**
 * Reads the current year of stage of a dossier up to today.
 *
 * @param state - the dossier.
 * @param annee - its current year of stage.
 * @param today - the local date of the evaluation.
 * @returns the view.
 * @category Alertes
 */
export function yearView(state: DossierState, annee: AnneeStage, today: LocalDate): YearView {
  const n = annee.numero;
  let transmis: LocalDate | null = null;
  for (const t of state.transmissionsJury) if (t.annee === n && t.date <= today) transmis ??= t.date;
  let decide: LocalDate | null = null;
  for (const p of state.propositionsJury) {
    const day = p.le.slice(0, 10);
    if (p.annee === n && p.constat !== 'non-evalue' && day <= today) decide ??= day;
  }
  for (const d of state.decisions) {
    const day = d.le.slice(0, 10);
    if (d.annee === n && day <= today && (decide === null || day < decide)) decide = day;
  }
  let entretienJury: LocalDate | null = null;
  for (const e of state.entretiensJury) if (e.annee === n && e.date <= today) entretienJury ??= e.date;
  let tCount = 0;
  let tLast = '';
  let tLastId: string | undefined;
  let cCount = 0;
  let cLast = '';
  let cLastId: string | undefined;
  for (const x of state.visites) {
    const r = x.realisation;
    if (x.annee !== n || r === null || r.date > today) continue;
    if (x.nature === 'visite-formative') {
      tCount++;
      if (r.date > tLast) {
        tLast = r.date;
        tLastId = x.visiteId;
      }
    } else if (x.nature === 'visite-chez-tuteur') {
      cCount++;
      if (r.date > cLast) {
        cLast = r.date;
        cLastId = x.visiteId;
      }
    }
  }
  return {
    state,
    annee,
    n,
    today,
    transmis,
    decide,
    entretienJury,
    visitesTuteur: { count: tCount, last: tLast, lastId: tLastId },
    visitesChezTuteur: { count: cCount, last: cLast, lastId: cLastId },
  };
}

/**
 * The bilan of a nature by an assessor in the year, up to today.
 *
 * @param v - the year.
 * @param nature - intermédiaire or final.
 * @param role - the assessor's role.
 * @returns the first such bilan, or `undefined`.
 * @category Alertes
 */
export function bilanOf(v: YearView, nature: NatureBilan, role: RoleEvaluateur): Bilan | undefined {
  for (const b of v.state.bilans) {
    if (b.annee === v.n && b.nature === nature && b.evaluateur.role === role && b.date <= v.today) return b;
  }
  return undefined;
}

/**
 * The avis of a role in the year, up to today.
 *
 * @param v - the year.
 * @param role - the role giving the avis.
 * @returns the avis, or `undefined`.
 * @category Alertes
 */
export function avisOf(v: YearView, role: RoleAvis): Avis | undefined {
  for (const a of v.state.avis) if (a.annee === v.n && a.role === role && a.date <= v.today) return a;
  return undefined;
}

/**
 * A visit of a nature done in the year, up to today.
 *
 * @param v - the year.
 * @param nature - the nature of visit.
 * @returns the first such visit, or `undefined`.
 * @category Alertes
 */
export function visiteOf(v: YearView, nature: NatureVisite): Visite | undefined {
  for (const x of v.state.visites) {
    if (x.annee === v.n && x.nature === nature && x.realisation !== null && x.realisation.date <= v.today)
      return x;
  }
  return undefined;
}

/**
 * Whether the jury must hear the stagiaire: the rules require the entretien before any decision other than
 * titularisation, and an avis défavorable was given (arrêté du 22 août 2014, art. 6).
 *
 * @param prepared - the prepared rules.
 * @param v - the year.
 * @returns `true` when the entretien is required.
 * @category Alertes
 */
export function isEntretienRequis(prepared: Prepared, v: YearView): boolean {
  if (!prepared.compiled.workflow.entretienAvantDecisionNonTitularisation.valeur) return false;
  for (const a of v.state.avis)
    if (a.annee === v.n && a.date <= v.today && a.sens === 'defavorable') return true;
  return false;
}

function deadline(
  id: string,
  kind: DeadlineKind,
  label: string,
  due: CompiledDue,
  status: DeadlineStatus,
  doneOn: LocalDate | null,
  responsible: Role | null,
  explanation: Deadline['explanation'],
): Deadline {
  return {
    id,
    kind,
    label,
    due: due.date,
    dueAt: due.endIso,
    status,
    doneOn,
    responsible,
    informative: false,
    explanation,
  };
}

function doneText(doneOn: LocalDate, due: CompiledDue): string {
  return doneOn > due.date ? ' Fait après l’échéance.' : ' Fait dans les délais.';
}

/** The deadline of a spec not met yet, shared by every dossier at this instant. */
function pendingDeadline(ctx: EvalContext, sp: DeadlineSpec): Deadline {
  const status = statusOf(sp.due, null, ctx.at);
  let d = sp.pending[status];
  if (d === undefined) {
    d = deadline(
      sp.id,
      sp.kind,
      sp.label,
      sp.due,
      status,
      null,
      sp.responsible,
      explain(sp.base, sp.summary, sp.pendingFacts),
    );
    sp.pending[status] = d;
  }
  return d;
}

/** The deadline of a spec met on a day, with the facts that show it. */
function doneDeadline(sp: DeadlineSpec, doneOn: LocalDate, facts: readonly Fact[]): Deadline {
  const summary = doneOn > sp.due.date ? sp.summaryLate : sp.summaryOnTime;
  return deadline(
    sp.id,
    sp.kind,
    sp.label,
    sp.due,
    'done',
    doneOn,
    sp.responsible,
    explain(sp.base, summary, facts),
  );
}

const BILAN_GROUP = { intermediaire: {}, final: {} } as const;
const JURY_GROUP = {};
const MI_STAGE = {};
const FIN_DE_STAGE = {};

function bilanDeadline(
  ctx: EvalContext,
  v: YearView,
  nature: NatureBilan,
  role: RoleEvaluateur,
  base?: ExplanationBase,
) {
  const c = ctx.prepared.compiled;
  const sp = spec(ctx, BILAN_GROUP[nature], role, () => {
    const due = nature === 'intermediaire' ? c.dues.bilanIntermediaire : c.dues.bilanFinal;
    const id = `bilan-${nature}/${role}`;
    const label = `Bilan ${BILAN[nature]} ${DU_ROLE[role]}`;
    return {
      id,
      kind: 'bilan' as const,
      label,
      due,
      responsible: role,
      base:
        base ??
        (nature === 'intermediaire' ? ctx.prepared.base.bilanIntermediaire : ctx.prepared.base.bilanFinal),
      summary: `${label} attendu ${due.wording} (le ${due.date}, ${due.endIso}).`,
      pendingFacts: [{ name: id, value: null }],
    };
  });
  const bilan = bilanOf(v, nature, role);
  if (bilan === undefined) return pendingDeadline(ctx, sp);
  return doneDeadline(sp, bilan.date, [{ name: sp.id, value: bilan.date, ref: bilan.bilanId }]);
}

function avisDeadline(ctx: EvalContext, v: YearView, exigence: ExigenceDossier, role: RoleAvis) {
  const categorie = v.state.identite.categorie;
  const sp = spec(ctx, exigence, categorie, () => {
    const due = ctx.prepared.compiled.dues.avis[role];
    const id = `avis/${role}`;
    return {
      id,
      kind: 'avis' as const,
      label: `Avis ${DU_ROLE[role]}`,
      due,
      responsible: role,
      base: withSources(ctx.prepared.base.avis[role], [exigence.source]),
      summary: `Le jury lit ${exigence.libelle} ; attendu ${due.wording} (le ${due.date}).`,
      pendingFacts: [
        { name: id, value: null },
        { name: 'categorie', value: categorie },
      ],
    };
  });
  const avis = avisOf(v, role);
  if (avis === undefined) return pendingDeadline(ctx, sp);
  return doneDeadline(sp, avis.date, [
    { name: sp.id, value: avis.sens, ref: avis.avisId },
    { name: 'categorie', value: categorie },
  ]);
}

function pieceDeadline(ctx: EvalContext, v: YearView, exigence: ExigenceDossier, nature: NatureVisite) {
  const { corps } = v.state.identite;
  const sp = spec(ctx, exigence, `${corps}|${v.n}`, () => {
    const due = ctx.prepared.compiled.dues.avis.inspecteur;
    const id = `piece/${exigence.id}`;
    return {
      id,
      kind: 'piece' as const,
      label: exigence.libelle.charAt(0).toUpperCase() + exigence.libelle.slice(1),
      due,
      responsible: 'inspecteur' as const,
      base: withSources(ctx.prepared.base.piece, [exigence.source]),
      summary: `Requis : ${exigence.libelle} (corps ${corps}, année ${v.n}), avant l’avis de l’inspecteur ${due.wording} (le ${due.date}).`,
      pendingFacts: [
        { name: id, value: null },
        { name: 'corps', value: corps },
        { name: 'annee', value: v.n },
      ],
    };
  });
  const visite = visiteOf(v, nature);
  const doneOn = visite?.realisation?.date;
  if (visite === undefined || doneOn === undefined) return pendingDeadline(ctx, sp);
  return doneDeadline(sp, doneOn, [
    { name: sp.id, value: doneOn, ref: visite.visiteId },
    { name: 'corps', value: corps },
    { name: 'annee', value: v.n },
  ]);
}

function juryDeadline(ctx: EvalContext, v: YearView): Deadline {
  const sp = spec(ctx, JURY_GROUP, '', () => {
    const due = ctx.prepared.compiled.dues.jury;
    return {
      id: 'jury',
      kind: 'jury' as const,
      label: 'Dossier devant le jury académique',
      due,
      responsible: null,
      base: ctx.prepared.base.jury,
      summary: `Jury académique ${due.wording} (le ${due.date}).`,
      pendingFacts: [
        { name: 'transmission-jury', value: null },
        { name: 'decision', value: null },
      ],
    };
  });
  const doneOn = v.transmis ?? v.decide;
  if (doneOn === null) return pendingDeadline(ctx, sp);
  return doneDeadline(sp, doneOn, [
    { name: 'transmission-jury', value: v.transmis },
    { name: 'decision', value: v.decide },
  ]);
}

function entretienDeadline(ctx: EvalContext, v: YearView): Deadline {
  const due = ctx.prepared.compiled.dues.jury;
  const facts: Fact[] = [];
  for (const a of v.state.avis) {
    if (a.annee === v.n && a.date <= v.today && a.sens === 'defavorable') {
      facts.push({ name: `avis/${a.role}`, value: a.sens, ref: a.avisId });
    }
  }
  const doneOn = v.entretienJury;
  const summary =
    'Un avis défavorable a été émis : le jury doit entendre le stagiaire avant toute décision autre que la titularisation (arrêté du 22 août 2014, art. 6).';
  return deadline(
    'entretien-jury',
    'entretien-jury',
    'Entretien avec le jury',
    due,
    statusOf(due, doneOn, ctx.at),
    doneOn,
    'jury',
    explain(ctx.prepared.base.entretien, doneOn === null ? summary : summary + doneText(doneOn, due), facts),
  );
}

function informative(
  ctx: EvalContext,
  v: YearView,
  effet: EffetConges | null,
  miStage: LocalDate | null,
  out: Deadline[],
): void {
  const b = ctx.prepared.base;
  const { dateDebut, dateFinStatutaire } = v.annee;
  // Without leave nor temps partiel, the two deadlines depend only on the stage's dates and the mi-stage date
  // (which a renewed year moves): shared by those.
  const sansConges =
    effet === null ||
    (effet.joursCongesRemuneres === 0 && effet.joursNonComptes === 0 && effet.joursTempsPartiel === 0);
  if (miStage !== null) {
    const make = (): Deadline => {
      const reached = miStage <= ctx.at.today;
      return {
        id: 'mi-stage',
        kind: 'mi-stage',
        label: 'Mi-stage : licenciement en cours de stage possible à partir de ce jour',
        due: miStage,
        dueAt: dayEnd(ctx.prepared, toEpochDay(miStage)).iso,
        status: reached ? 'done' : 'upcoming',
        doneOn: reached ? miStage : null,
        responsible: null,
        informative: true,
        explanation: explain(
          b.miStage,
          `Le licenciement pour insuffisance professionnelle n’est possible qu’après la moitié de la durée normale du stage (${dateDebut} → ${dateFinStatutaire}), soit à partir du ${miStage}.`,
          [
            { name: 'debut-stage', value: dateDebut },
            { name: 'fin-statutaire', value: dateFinStatutaire },
            { name: 'jours-non-comptes', value: effet ? effet.joursProlongation : 0 },
          ],
        ),
      };
    };
    out.push(
      sansConges ? shared(ctx, MI_STAGE, `${miStage}:${dateDebut}/${dateFinStatutaire}`, make) : make(),
    );
  }
  if (effet !== null) {
    const make = (): Deadline => {
      const fin = effet.dateFinEffective;
      const passed = fin < ctx.at.today;
      return {
        id: 'fin-de-stage',
        kind: 'fin-de-stage',
        label: effet.joursProlongation > 0 ? 'Fin du stage (prolongée par les congés)' : 'Fin du stage',
        due: fin,
        dueAt: dayEnd(ctx.prepared, toEpochDay(fin)).iso,
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
      };
    };
    out.push(sansConges ? shared(ctx, FIN_DE_STAGE, `${dateDebut}/${dateFinStatutaire}`, make) : make());
  }
}

function academiques(ctx: EvalContext, v: YearView, out: Deadline[]): void {
  ctx.prepared.compiled.academiques.forEach(({ echeance, due }, i) => {
    const base = ctx.prepared.base.academiques[i];
    if (!base) return;
    const preuve = echeance.preuve;
    let doneOn: LocalDate | null = null;
    let count = 0;
    if (preuve.kind === 'bilan') {
      doneOn = bilanOf(v, preuve.nature, preuve.evaluateur)?.date ?? null;
      count = doneOn === null ? 0 : 1;
    } else {
      const dates: string[] = [];
      if (preuve.kind === 'visite') {
        for (const x of v.state.visites) {
          const r = x.realisation;
          if (x.annee === v.n && r !== null && r.date <= v.today && preuve.natures.includes(x.nature))
            dates.push(r.date);
        }
      } else {
        for (const e of v.state.entretiens) {
          if (e.annee === v.n && e.date <= v.today && preuve.natures.includes(e.nature)) dates.push(e.date);
        }
      }
      dates.sort();
      count = dates.length;
      doneOn = dates.length >= preuve.count ? (dates[preuve.count - 1] ?? null) : null;
    }
    const id = `academique/${echeance.id}`;
    const status = statusOf(due, doneOn, ctx.at);
    out.push(
      deadline(
        id,
        'academique',
        echeance.libelle,
        due,
        status,
        doneOn,
        echeance.responsable,
        explain(
          base,
          `${echeance.libelle} : attendu ${due.wording} (le ${due.date}).${doneOn === null ? '' : doneText(doneOn, due)}`,
          [{ name: id, value: count }],
        ),
      ),
    );
  });
}

/**
 * Computes every deadline of the current year of stage.
 *
 * @param ctx - the evaluation run.
 * @param v - the dossier's current year up to today.
 * @param effet - the effect of leave on the stage (from the workflow's `computeEffetConges`).
 * @param miStage - the mi-stage date (from the workflow's `computeDateMiStage`).
 * @returns the deadlines, in a stable order.
 * @category Alertes
 */
export function computeDeadlines(
  ctx: EvalContext,
  v: YearView,
  effet: EffetConges | null,
  miStage: LocalDate | null,
): Deadline[] {
  const c = ctx.prepared.compiled;
  const out: Deadline[] = [];
  const evaluateurs = c.rules.parameters['bilans.evaluateurs'].value;
  for (const role of evaluateurs.intermediaire) out.push(bilanDeadline(ctx, v, 'intermediaire', role));
  for (const role of evaluateurs.final) out.push(bilanDeadline(ctx, v, 'final', role));
  for (const exigence of c.workflow.piecesRequises) {
    if (!isExigenceApplicable(exigence, v.state)) continue;
    const piece = exigence.piece;
    if (piece.kind === 'avis') out.push(avisDeadline(ctx, v, exigence, piece.role));
    else if (piece.kind === 'visite') out.push(pieceDeadline(ctx, v, exigence, piece.nature));
    else if (!evaluateurs[piece.nature].includes(piece.role)) {
      // A bilan required as a piece, when the pack does not already ask that assessor for it.
      out.push(
        bilanDeadline(
          ctx,
          v,
          piece.nature,
          piece.role,
          withSources(ctx.prepared.base.bilanFinal, [exigence.source]),
        ),
      );
    }
  }
  const sansJury =
    c.workflow.categoriesSansJury.valeur.includes(v.state.identite.categorie) ||
    c.workflow.corpsSansJury.valeur.includes(v.state.identite.corps);
  if (!sansJury) {
    out.push(juryDeadline(ctx, v));
    if (isEntretienRequis(ctx.prepared, v)) out.push(entretienDeadline(ctx, v));
  }
  informative(ctx, v, effet, miStage, out);
  academiques(ctx, v, out);
  return out;
}

/**
 * The day a run of `maxGap` class days after `fromEpochDay` ends: the last day still within the cadence.
 *
 * @param prepared - the prepared rules.
 * @param fromEpochDay - the last visit (or the start of the stage).
 * @param maxGap - class days allowed.
 * @returns the epoch day.
 * @category Alertes
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
