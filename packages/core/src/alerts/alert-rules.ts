/**
 * The alert rules: from a dossier's deadlines and records at an instant to the alerts, each with its stable
 * code, severity, recipients, due date and explanation.
 *
 * @packageDocumentation
 */
import { countJoursDeClasse } from '../calendar/jours-de-classe.js';
import { fromEpochDay, type LocalDate, toEpochDay } from '../calendar/local-date.js';
import type { Role } from '../dossier/acteurs.js';
import type { Bilan, DossierState, JourneeFormation } from '../dossier/state.js';
import type { SourceRef } from '../errors.js';
import type { CompiledCadence } from '../rules/compile.js';
import type { SessionFormation } from '../rules/parameters.js';
import { isExigenceApplicable } from '../workflow/conditions.js';
import type { EffetConges } from '../workflow/conges.js';
import type { PieceDossier } from '../workflow/rules.js';
import { listEtatsAcceptant } from '../workflow/transition-table.js';
import type { AlertCode } from './codes.js';
import {
  avisOf,
  bilanOf,
  dayAfterClassDays,
  type EvalContext,
  isEntretienRequis,
  shared,
  visiteOf,
  type YearView,
} from './deadlines.js';
import { type ExplanationBase, explain } from './explain.js';
import { BILAN, DU_ROLE } from './labels.js';
import { dayEnd } from './prepared.js';
import type { Alert, Deadline, Explanation, Fact, Severity } from './types.js';

function recipients(ctx: EvalContext, code: AlertCode, first: Role | null): readonly Role[] {
  return shared(ctx, code, first, () => {
    const configured = ctx.prepared.compiled.destinataires[code];
    return first === null ? configured : [first, ...configured.filter((r) => r !== first)];
  });
}

function alert(
  ctx: EvalContext,
  state: DossierState,
  code: AlertCode,
  key: string,
  severity: Severity,
  responsible: Role | null,
  due: { readonly date: LocalDate; readonly iso: string } | null,
  message: string,
  explanation: Explanation,
): Alert {
  return {
    code,
    key,
    severity,
    dossierId: state.dossierId,
    recipients: recipients(ctx, code, responsible),
    due: due?.date ?? null,
    dueAt: due?.iso ?? null,
    message,
    explanation,
  };
}

/** Memo group of the key and message of an alert on a (shared) pending deadline. */
const DEADLINE_ALERT = {};

const FROM_DEADLINE: Readonly<
  Record<'bilan' | 'avis' | 'piece' | 'academique', readonly [AlertCode, Severity, AlertCode, Severity]>
> = {
  bilan: ['BILAN_A_RENDRE', 'info', 'BILAN_EN_RETARD', 'warning'],
  avis: ['AVIS_A_RENDRE', 'info', 'AVIS_EN_RETARD', 'critical'],
  piece: ['INSPECTION_A_PROGRAMMER', 'warning', 'INSPECTION_A_PROGRAMMER', 'critical'],
  academique: ['ECHEANCE_ACADEMIQUE_A_RENDRE', 'info', 'ECHEANCE_ACADEMIQUE_EN_RETARD', 'warning'],
};

function deadlineAlerts(
  ctx: EvalContext,
  state: DossierState,
  deadlines: readonly Deadline[],
  out: Alert[],
): void {
  for (const d of deadlines) {
    if (d.informative || (d.status !== 'due-soon' && d.status !== 'overdue')) continue;
    if (d.kind !== 'bilan' && d.kind !== 'avis' && d.kind !== 'piece' && d.kind !== 'academique') continue;
    const [soonCode, soonSeverity, lateCode, lateSeverity] = FROM_DEADLINE[d.kind];
    const late = d.status === 'overdue';
    const code = late ? lateCode : soonCode;
    const make = () => ({
      key: `${code}:${d.id}`,
      message: late
        ? `${d.label} : échéance dépassée depuis le ${d.due}.`
        : `${d.label} : à rendre au plus tard le ${d.due}.`,
    });
    // Pending bilans, avis and pieces are shared between dossiers: so are their key and message.
    const { key, message } = d.kind === 'academique' ? make() : shared(ctx, DEADLINE_ALERT, d, make);
    out.push(
      alert(
        ctx,
        state,
        code,
        key,
        late ? lateSeverity : soonSeverity,
        d.responsible,
        { date: d.due, iso: d.dueAt },
        message,
        d.explanation,
      ),
    );
  }
}

/** The states in which the workflow records visits: the only ones where a visit cadence applies. */
const ETATS_VISITES: ReadonlySet<string> = new Set(listEtatsAcceptant('visite.realiser'));
/** The states in which the workflow records training days: the only ones where a training pace applies. */
const ETATS_FORMATION: ReadonlySet<string> = new Set(listEtatsAcceptant('formation.enregistrer'));

function cadenceAlert(
  ctx: EvalContext,
  v: YearView,
  cadence: CompiledCadence | null,
  base: ExplanationBase | null,
  nature: 'visite-formative' | 'visite-chez-tuteur',
  out: Alert[],
): void {
  if (cadence === null || base === null) return;
  // Once the workflow no longer accepts visits (dossier before the jury, decided…), no cadence can be asked for.
  if (!ETATS_VISITES.has(v.state.etat)) return;
  const { prepared, at } = ctx;
  const start = toEpochDay(v.annee.dateDebut);
  const t = at.todayEpochDay;
  if (t < start) return;
  const phase = cadence.phases.find((p) => t <= p.untilEpochDay);
  if (!phase) return;
  const visites = nature === 'visite-formative' ? v.visitesTuteur : v.visitesChezTuteur;
  const lastDate = visites.last;
  const lastId = visites.lastId;
  const count = visites.count;
  const last = lastDate === '' ? -Infinity : toEpochDay(lastDate);
  const ref = last === -Infinity ? start - 1 : last;
  const gap = countJoursDeClasse(prepared.compiled.jours, ref, t);
  if (gap <= phase.maxGap) return;
  // The cadence was first broken on the first day whose phase allows fewer class days than have passed.
  let breakDay = t;
  let phaseStart = start;
  for (const p of cadence.phases) {
    const exceeded = Math.max(dayAfterClassDays(prepared, ref, p.maxGap + 1), phaseStart);
    if (exceeded <= p.untilEpochDay && exceeded <= t) {
      breakDay = exceeded;
      break;
    }
    phaseStart = p.untilEpochDay + 1;
  }
  const dueDay = breakDay - 1;
  const due = { date: fromEpochDay(dueDay), iso: dayEnd(prepared, dueDay).iso };
  const tuteur = nature === 'visite-formative';
  const since =
    last === -Infinity
      ? `le début du stage (${v.annee.dateDebut})`
      : `la dernière visite (${fromEpochDay(last)})`;
  const what = tuteur
    ? 'Visites du tuteur dans les classes du stagiaire'
    : 'Visites du stagiaire dans les classes du tuteur';
  const facts: Fact[] = [
    {
      name: tuteur ? 'derniere-visite-tuteur' : 'derniere-visite-chez-tuteur',
      value: last === -Infinity ? null : fromEpochDay(last),
      ref: lastId,
    },
    { name: 'visites-realisees', value: count },
    { name: 'jours-de-classe-depuis', value: gap },
    { name: 'ecart-maximal', value: phase.maxGap },
    { name: 'phase-jusqu-au', value: phase.until },
  ];
  const code = tuteur ? 'VISITES_TUTEUR_INSUFFISANTES' : 'VISITES_CHEZ_TUTEUR_INSUFFISANTES';
  out.push(
    alert(
      ctx,
      v.state,
      code,
      code,
      'warning',
      tuteur ? 'tuteur' : 'stagiaire',
      due,
      `${what} : ${gap} jours de classe depuis ${since}, au-delà des ${phase.maxGap} prévus jusqu’au ${phase.until}.`,
      explain(
        base,
        `${what} en dessous de la cadence « ${cadence.wording} » : ${gap} jours de classe depuis ${since} (au plus ${phase.maxGap} dans la période qui se termine le ${phase.until}) ; une visite était attendue au plus tard le ${due.date}. ${prepared.choixAcademie}`,
        facts,
      ),
    ),
  );
}

/** The académie's sessions held before today in the current year of stage that concern this stagiaire. */
function sessionsTenues(ctx: EvalContext, v: YearView): SessionFormation[] {
  const { corps, discipline } = v.state.identite;
  return ctx.prepared.sessions.filter(
    (s) =>
      s.date >= v.annee.dateDebut &&
      s.date < v.today &&
      (s.corps === undefined || s.corps.includes(corps)) &&
      (s.disciplines === undefined || s.disciplines.includes(discipline)),
  );
}

/** The attendance recorded for a session: by its `sessionId`, or else by the same date and organiser. */
function presenceA(v: YearView, s: SessionFormation): JourneeFormation | undefined {
  let found: JourneeFormation | undefined;
  for (const f of v.state.formations) {
    if (f.annee !== v.n) continue;
    const matches =
      f.sessionId !== undefined ? f.sessionId === s.id : f.date === s.date && f.operateur === s.organisateur;
    if (matches && (found === undefined || f.presence === 'present')) found = f;
  }
  return found;
}

const PRESENCE: Readonly<Record<JourneeFormation['presence'] | 'aucune', string>> = {
  present: 'présent',
  'absent-justifie': 'absence justifiée',
  absent: 'absent',
  aucune: 'aucune présence enregistrée',
};

const ORGANISATEUR: Readonly<Record<SessionFormation['organisateur'], string>> = {
  EAFC: 'EAFC',
  INSPE: 'INSPÉ',
  autre: 'autre organisme',
};

/**
 * `FORMATION_EN_RETARD` (when the académie switches it on): the sessions its pack lists as held before today
 * that the stagiaire did not attend, beyond the tolerance. No pro rata of class days: a session not yet held
 * is never owed, and an académie that lists no session gets no alert.
 */
function formationAlert(ctx: EvalContext, v: YearView, out: Alert[]): void {
  const { prepared } = ctx;
  const state = v.state;
  const c = prepared.compiled;
  if (!ETATS_FORMATION.has(state.etat)) return;
  const credit = c.rules.parameters['formation.credit'].value;
  const { quotite, categorie } = state.identite;
  if (
    credit !== null &&
    (!credit.appliesTo.quotites.includes(quotite) || !credit.appliesTo.categories.includes(categorie))
  )
    return;
  const tenues = sessionsTenues(ctx, v);
  const manquees: { session: SessionFormation; presence: string }[] = [];
  for (const s of tenues) {
    const p = presenceA(v, s);
    if (p?.presence !== 'present') manquees.push({ session: s, presence: PRESENCE[p?.presence ?? 'aucune'] });
  }
  const tolerance = c.rules.parameters['formation.toleranceSessions'].value;
  if (manquees.length <= tolerance) return;
  const list = manquees
    .map(
      ({ session: s, presence }) =>
        `le ${s.date}, « ${s.intitule} » (${ORGANISATEUR[s.organisateur]}, ${s.heures} h : ${presence})`,
    )
    .join(' ; ');
  const suivies = tenues.length - manquees.length;
  out.push(
    alert(
      ctx,
      state,
      'FORMATION_EN_RETARD',
      'FORMATION_EN_RETARD',
      'warning',
      'stagiaire',
      null,
      `Formation : ${manquees.length} session(s) manquée(s) sur ${tenues.length} tenue(s) depuis le début du stage (${list}).`,
      explain(
        prepared.base.formation,
        `Sessions de l’EAFC et de l’INSPÉ tenues avant le ${v.today} selon le calendrier de l’académie : ${tenues.length} ; suivies : ${suivies} ; manquées : ${list} (tolérance : ${tolerance} session(s)).${credit?.wording ? ` Crédit de l’année : ${credit.wording}.` : ''} ${prepared.choixAcademie}`,
        [
          { name: 'sessions-tenues', value: tenues.length },
          { name: 'sessions-suivies', value: suivies },
          ...manquees.map(({ session: s }): Fact => ({ name: 'session-manquee', value: s.date, ref: s.id })),
          { name: 'quotite', value: quotite },
          { name: 'categorie', value: categorie },
        ],
      ),
    ),
  );
}

/** What a rating rates: a competency (`CC3`), or an item of the grid (`B4.3`). */
function noteCode(entry: { readonly competence?: string | undefined; readonly item?: string | undefined }) {
  return entry.competence ?? entry.item ?? '';
}

function sousAttenduAlerts(ctx: EvalContext, v: YearView, out: Alert[]): void {
  const state = v.state;
  const c = ctx.prepared.compiled;
  const seuil = c.rules.parameters['bilans.seuilSousAttendu'].value;
  // The latest bilan of each assessor.
  const latest: Bilan[] = [];
  for (const b of state.bilans) {
    if (b.annee !== v.n || b.date > v.today) continue;
    let replaced = false;
    for (let i = 0; i < latest.length; i++) {
      const previous = latest[i];
      if (previous !== undefined && previous.evaluateur.role === b.evaluateur.role) {
        if (b.date >= previous.date) latest[i] = b;
        replaced = true;
      }
    }
    if (!replaced) latest.push(b);
  }
  for (const bilan of latest) {
    const below = c.sousAttendu.get(bilan.positionnement.echelleId);
    if (!below) continue;
    let count = 0;
    for (const e of bilan.positionnement.entries) if (below.has(e.niveau)) count++;
    if (count < seuil) continue;
    const codes = bilan.positionnement.entries.filter((e) => below.has(e.niveau)).map(noteCode);
    let raised = false;
    for (const a of state.alertes)
      if (a.annee === v.n && a.date <= v.today && a.date >= bilan.date) raised = true;
    if (raised) continue;
    const label = `Bilan ${BILAN[bilan.nature]} ${DU_ROLE[bilan.evaluateur.role]} du ${bilan.date}`;
    out.push(
      alert(
        ctx,
        state,
        'BILAN_SOUS_NIVEAU_ATTENDU',
        `BILAN_SOUS_NIVEAU_ATTENDU:${bilan.bilanId}`,
        'warning',
        null,
        null,
        `${label} : ${codes.length} compétence(s) sous le niveau attendu (${codes.join(', ')}).`,
        explain(
          ctx.prepared.base.sousAttendu,
          `${label} positionne ${codes.join(', ')} sous le niveau attendu de l’échelle « ${bilan.positionnement.echelleId} » (seuil d’alerte : ${seuil}) ; aucun dispositif d’alerte n’a été déclenché depuis. ${ctx.prepared.choixAcademie}`,
          [
            { name: 'bilan', value: bilan.bilanId, ref: bilan.bilanId },
            { name: 'echelle', value: bilan.positionnement.echelleId },
            ...codes.map(
              (code): Fact => ({ name: 'competence-sous-attendu', value: code, ref: bilan.bilanId }),
            ),
          ],
        ),
      ),
    );
  }
}

function protocoleAlerts(ctx: EvalContext, v: YearView, out: Alert[]): void {
  const { prepared, at } = ctx;
  const state = v.state;
  const p = prepared.compiled.rules.parameters;
  const delai = p['alerte.delaiProtocoleJours'].value;
  const dispositif = p['alerte.dispositif'].value;
  for (const a of state.alertes) {
    if (a.annee !== v.n || a.date > v.today) continue;
    if (a.levee !== null && a.levee.date <= at.today) continue;
    if (a.protocole !== null && a.protocole.date <= at.today) continue;
    const dueDay = toEpochDay(a.date) + delai;
    if (at.todayEpochDay <= dueDay) continue;
    const due = { date: fromEpochDay(dueDay), iso: dayEnd(prepared, dueDay).iso };
    out.push(
      alert(
        ctx,
        state,
        'PROTOCOLE_NON_OUVERT',
        `PROTOCOLE_NON_OUVERT:${a.alerteId}`,
        'critical',
        null,
        due,
        `${dispositif.nom} déclenché le ${a.date} sans ${dispositif.protocole} ouvert depuis (délai : ${delai} jours, échu le ${due.date}).`,
        explain(
          prepared.base.protocole,
          `Le ${dispositif.nom} a été déclenché le ${a.date} (${a.moment === 'precoce' ? 'de façon précoce' : 'en cours d’année'} ; motifs : ${a.motifs.join(', ')}) ; un ${dispositif.protocole} était attendu dans les ${delai} jours, au plus tard le ${due.date}.`,
          [
            { name: 'alerte', value: a.date, ref: a.alerteId },
            { name: 'moment', value: a.moment, ref: a.alerteId },
            { name: 'declenchee-par', value: a.declenchePar.role, ref: a.alerteId },
            { name: 'protocole', value: null },
          ],
        ),
      ),
    );
  }
}

function congesAlert(ctx: EvalContext, v: YearView, effet: EffetConges | null, out: Alert[]): void {
  const { prepared } = ctx;
  const state = v.state;
  if (effet === null || effet.joursProlongation <= 0) return;
  const recorded = state.stage.prolongationsConges.some(
    (p) => p.annee === v.n && p.joursProlongation >= effet.joursProlongation,
  );
  if (recorded) return;
  const due = { date: effet.dateFinEffective, iso: dayEnd(prepared, toEpochDay(effet.dateFinEffective)).iso };
  const art22 =
    effet.dateFinPourTitularisation !== effet.dateFinEffective
      ? ` La titularisation prendra effet comme si le stage finissait le ${effet.dateFinPourTitularisation} (art. 22).`
      : '';
  out.push(
    alert(
      ctx,
      state,
      'CONGES_PROLONGATION',
      `CONGES_PROLONGATION:annee-${v.n}`,
      'warning',
      null,
      due,
      `Congés : ${effet.joursCongesRemuneres} jour(s) rémunérés (seuil ${effet.seuil}) et ${effet.joursNonComptes} non comptés : le stage sera prolongé de ${effet.joursProlongation} jour(s), jusqu’au ${effet.dateFinEffective}.${art22}`,
      explain(prepared.base.conges, effet.explication.join(' '), [
        { name: 'conges-remuneres-jours', value: effet.joursCongesRemuneres },
        { name: 'conges-art22-jours', value: effet.joursArt22 },
        { name: 'jours-non-comptes', value: effet.joursNonComptes },
        { name: 'seuil', value: effet.seuil },
        { name: 'prolongation-jours', value: effet.joursProlongation },
        ...state.conges.map(
          (c): Fact => ({ name: `conge/${c.nature}`, value: `${c.debut}/${c.fin}`, ref: c.congeId }),
        ),
      ]),
    ),
  );
}

function fournie(piece: PieceDossier, v: YearView): boolean {
  switch (piece.kind) {
    case 'avis':
      return avisOf(v, piece.role) !== undefined;
    case 'bilan':
      return bilanOf(v, piece.nature, piece.role) !== undefined;
    case 'visite':
      return visiteOf(v, piece.nature) !== undefined;
  }
}

function incompletAlert(ctx: EvalContext, v: YearView, deadlines: readonly Deadline[], out: Alert[]): void {
  const { prepared } = ctx;
  const state = v.state;
  const jury = deadlines.find((d) => d.kind === 'jury');
  if (!jury || (jury.status !== 'due-soon' && jury.status !== 'overdue')) return;
  // The missing pieces, as the list of the requirements' identifiers: dossiers missing the same pieces share
  // the alert's message and explanation.
  let key = jury.status;
  const missing: { id: string; libelle: string; source: SourceRef }[] = [];
  for (const e of prepared.compiled.workflow.piecesRequises) {
    if (isExigenceApplicable(e, state) && !fournie(e.piece, v)) {
      missing.push({ id: e.id, libelle: e.libelle, source: e.source });
      key += `|${e.id}`;
    }
  }
  const entretien = deadlines.find((d) => d.kind === 'entretien-jury');
  if (entretien && entretien.status !== 'done' && isEntretienRequis(prepared, v)) {
    const art6 = entretien.explanation.sources[0];
    missing.push({ id: 'entretien-jury', libelle: 'l’entretien du stagiaire avec le jury', source: art6 });
    key += '|entretien-jury';
  }
  if (missing.length === 0) return;
  const late = jury.status === 'overdue';
  const { message, explanation } = shared(ctx, INCOMPLET, key, () => {
    const list = missing.map((m) => m.libelle).join(' ; ');
    return {
      message: `Dossier incomplet pour le jury du ${jury.due} : il manque ${list}.`,
      explanation: explain(
        prepared.base.incomplet,
        `Le jury siège ${late ? 'depuis' : 'au plus tard'} le ${jury.due} et le dossier n’a pas été transmis ; pièces manquantes : ${list}.`,
        missing.map((m): Fact => ({ name: 'piece-manquante', value: m.id })),
        missing.map((m) => m.source),
      ),
    };
  });
  out.push(
    alert(
      ctx,
      state,
      'DOSSIER_INCOMPLET_JURY',
      'DOSSIER_INCOMPLET_JURY',
      late ? 'critical' : 'warning',
      null,
      { date: jury.due, iso: jury.dueAt },
      message,
      explanation,
    ),
  );
}

/** Memo group of the message and explanation of a dossier missing a given set of pieces. */
const INCOMPLET = {};

/**
 * Computes every alert of a dossier from its deadlines and records at an instant.
 *
 * @param ctx - the evaluation run.
 * @param v - the dossier's current year up to today.
 * @param deadlines - its deadlines (from `computeDeadlines`).
 * @param effet - the effect of leave on the stage.
 * @returns the alerts, in a stable order.
 * @category Alertes
 */
export function computeAlerts(
  ctx: EvalContext,
  v: YearView,
  deadlines: readonly Deadline[],
  effet: EffetConges | null,
): Alert[] {
  const out: Alert[] = [];
  deadlineAlerts(ctx, v.state, deadlines, out);
  const c = ctx.prepared.compiled;
  const b = ctx.prepared.base;
  // The alerts on thresholds no text sets run only when the académie switched them on (`alertes.facultatives`).
  const on = ctx.prepared.facultatives;
  if (on.has('VISITES_TUTEUR_INSUFFISANTES'))
    cadenceAlert(ctx, v, c.cadenceTuteur, b.cadenceTuteur, 'visite-formative', out);
  if (on.has('VISITES_CHEZ_TUTEUR_INSUFFISANTES'))
    cadenceAlert(ctx, v, c.cadenceChezTuteur, b.cadenceChezTuteur, 'visite-chez-tuteur', out);
  if (on.has('FORMATION_EN_RETARD')) formationAlert(ctx, v, out);
  if (on.has('BILAN_SOUS_NIVEAU_ATTENDU')) sousAttenduAlerts(ctx, v, out);
  protocoleAlerts(ctx, v, out);
  congesAlert(ctx, v, effet, out);
  incompletAlert(ctx, v, deadlines, out);
  return out;
}
