/**
 * The alert rules: from a dossier's deadlines and records at an instant to the alerts, each with its stable
 * code, severity, recipients, due date and explanation.
 *
 * @packageDocumentation
 */
import { compterJoursDeClasse } from '../calendar/jours-de-classe.js';
import { addDays, fromEpochDay, type LocalDate, toEpochDay } from '../calendar/local-date.js';
import type { Role } from '../dossier/acteurs.js';
import type { DossierState } from '../dossier/state.js';
import type { SourceRef } from '../errors.js';
import { exigenceApplicable } from '../workflow/conditions.js';
import type { EffetConges } from '../workflow/conges.js';
import type { PieceDossier } from '../workflow/regles.js';
import type { AlertCode } from './codes.js';
import type { CompiledCadence } from './compile.js';
import { dayAfterClassDays, type EvalInstant, entretienRequis, type YearRecords } from './deadlines.js';
import { type ExplanationBase, explain } from './explain.js';
import { BILAN, DU_ROLE } from './labels.js';
import { dayEnd, type Prepared } from './prepared.js';
import type { Alert, Deadline, Explanation, Fact, Severity } from './types.js';

function recipients(prepared: Prepared, code: AlertCode, first: Role | null): readonly Role[] {
  const configured = prepared.compiled.destinataires[code];
  if (first === null || configured.includes(first))
    return first === null ? configured : [first, ...configured.filter((r) => r !== first)];
  return [first, ...configured];
}

function alert(
  prepared: Prepared,
  state: DossierState,
  code: AlertCode,
  subject: string | null,
  severity: Severity,
  responsible: Role | null,
  due: { readonly date: LocalDate; readonly iso: string } | null,
  message: string,
  explanation: Explanation,
): Alert {
  return {
    code,
    key: subject === null ? code : `${code}:${subject}`,
    severity,
    dossierId: state.dossierId,
    recipients: recipients(prepared, code, responsible),
    due: due?.date ?? null,
    dueAt: due?.iso ?? null,
    message,
    explanation,
  };
}

const FROM_DEADLINE: Readonly<
  Record<'bilan' | 'avis' | 'piece' | 'academique', readonly [AlertCode, Severity, AlertCode, Severity]>
> = {
  bilan: ['BILAN_A_RENDRE', 'info', 'BILAN_EN_RETARD', 'warning'],
  avis: ['AVIS_A_RENDRE', 'info', 'AVIS_EN_RETARD', 'critical'],
  piece: ['INSPECTION_A_PROGRAMMER', 'warning', 'INSPECTION_A_PROGRAMMER', 'critical'],
  academique: ['ECHEANCE_ACADEMIQUE_A_RENDRE', 'info', 'ECHEANCE_ACADEMIQUE_EN_RETARD', 'warning'],
};

function deadlineAlerts(
  state: DossierState,
  deadlines: readonly Deadline[],
  prepared: Prepared,
  out: Alert[],
): void {
  for (const d of deadlines) {
    if (d.informative || (d.status !== 'due-soon' && d.status !== 'overdue')) continue;
    if (d.kind !== 'bilan' && d.kind !== 'avis' && d.kind !== 'piece' && d.kind !== 'academique') continue;
    const [soonCode, soonSeverity, lateCode, lateSeverity] = FROM_DEADLINE[d.kind];
    const late = d.status === 'overdue';
    const message = late
      ? `${d.label} : échéance dépassée depuis le ${d.due}.`
      : `${d.label} : à rendre au plus tard le ${d.due}.`;
    out.push(
      alert(
        prepared,
        state,
        late ? lateCode : soonCode,
        d.id,
        late ? lateSeverity : soonSeverity,
        d.responsible,
        { date: d.due, iso: d.dueAt },
        message,
        d.explanation,
      ),
    );
  }
}

function cadenceAlert(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  at: EvalInstant,
  cadence: CompiledCadence | null,
  base: ExplanationBase | null,
  nature: 'visite-formative' | 'visite-chez-tuteur',
  out: Alert[],
): void {
  if (cadence === null || base === null) return;
  const start = toEpochDay(records.annee.dateDebut);
  const t = at.todayEpochDay;
  if (t < start) return;
  const phase = cadence.phases.find((p) => t <= p.untilEpochDay);
  if (!phase) return;
  let last = -Infinity;
  let lastId: string | undefined;
  let count = 0;
  for (const v of records.visitesRealisees) {
    if (v.nature !== nature || v.realisation === null) continue;
    count++;
    const day = toEpochDay(v.realisation.date);
    if (day > last) {
      last = day;
      lastId = v.visiteId;
    }
  }
  const ref = last === -Infinity ? start - 1 : last;
  const gap = compterJoursDeClasse(prepared.compiled.jours, ref, t);
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
      ? `le début du stage (${records.annee.dateDebut})`
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
  out.push(
    alert(
      prepared,
      state,
      tuteur ? 'VISITES_TUTEUR_INSUFFISANTES' : 'VISITES_CHEZ_TUTEUR_INSUFFISANTES',
      null,
      'warning',
      tuteur ? 'tuteur' : 'stagiaire',
      due,
      `${what} : ${gap} jours de classe depuis ${since}, au-delà des ${phase.maxGap} prévus jusqu’au ${phase.until}.`,
      explain(
        base,
        `${what} en dessous de la cadence « ${cadence.wording} » : ${gap} jours de classe depuis ${since} (au plus ${phase.maxGap} dans la période qui se termine le ${phase.until}) ; une visite était attendue au plus tard le ${due.date}.`,
        facts,
      ),
    ),
  );
}

function formationAlert(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  at: EvalInstant,
  out: Alert[],
): void {
  const c = prepared.compiled;
  const credit = c.rules.parameters['formation.credit'].value;
  if (credit === null) return;
  const { quotite, categorie } = state.identite;
  if (!credit.appliesTo.quotites.includes(quotite) || !credit.appliesTo.categories.includes(categorie))
    return;
  const start = toEpochDay(records.annee.dateDebut);
  const total = compterJoursDeClasse(c.jours, start - 1, c.lastClassEpochDay);
  if (total <= 0) return;
  const elapsed = compterJoursDeClasse(c.jours, start - 1, Math.min(at.todayEpochDay, c.lastClassEpochDay));
  const expected = Math.floor((credit.totalDays * elapsed) / total);
  let hours = 0;
  const byProvider: Record<string, number> = {};
  for (const f of records.formations) {
    if (f.presence !== 'present') continue;
    hours += f.heures;
    byProvider[f.operateur] = (byProvider[f.operateur] ?? 0) + f.heures;
  }
  const done = hours / credit.hoursPerDay;
  const tolerance = c.rules.parameters['formation.toleranceJours'].value;
  if (done + tolerance >= expected) return;
  const parts = credit.parts
    .map((p) => `${p.provider} ${byProvider[p.provider] ?? 0} h / ${p.hours} h`)
    .join(', ');
  const round = (x: number) => Math.round(x * 10) / 10;
  out.push(
    alert(
      prepared,
      state,
      'FORMATION_EN_RETARD',
      null,
      'warning',
      'stagiaire',
      null,
      `Formation en retard : ${round(done)} jour(s) suivis sur ${expected} attendus à ce stade (${credit.totalDays} jours sur l’année).`,
      explain(
        prepared.base.formation,
        `Crédit de formation de ${credit.totalDays} jours${credit.wording ? ` (« ${credit.wording} »)` : ''} réparti au prorata des jours de classe : ${elapsed} sur ${total} jours de classe écoulés, soit ${expected} jour(s) attendus ; ${round(done)} suivis (${hours} h à ${credit.hoursPerDay} h par jour${parts ? ` ; ${parts}` : ''}), tolérance ${tolerance} jour(s).`,
        [
          { name: 'heures-suivies', value: hours },
          { name: 'jours-suivis', value: round(done) },
          { name: 'jours-attendus', value: expected },
          { name: 'jours-de-classe-ecoules', value: elapsed },
          { name: 'quotite', value: quotite },
          { name: 'categorie', value: categorie },
        ],
      ),
    ),
  );
}

function sousAttenduAlerts(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  out: Alert[],
): void {
  const c = prepared.compiled;
  const seuil = c.rules.parameters['bilans.seuilSousAttendu'].value;
  const latest = new Map<string, YearRecords['bilans'][number]>();
  for (const b of records.bilans) {
    const previous = latest.get(b.evaluateur.role);
    if (!previous || b.date >= previous.date) latest.set(b.evaluateur.role, b);
  }
  for (const bilan of latest.values()) {
    const below = c.sousAttendu.get(bilan.positionnement.echelleId);
    if (!below) continue;
    const codes: string[] = [];
    for (const e of bilan.positionnement.entries) if (below.has(e.niveau)) codes.push(e.competence);
    if (codes.length < seuil) continue;
    if (records.alertes.some((a) => a.date >= bilan.date)) continue;
    const label = `Bilan ${BILAN[bilan.nature]} ${DU_ROLE[bilan.evaluateur.role]} du ${bilan.date}`;
    out.push(
      alert(
        prepared,
        state,
        'BILAN_SOUS_NIVEAU_ATTENDU',
        bilan.bilanId,
        'warning',
        null,
        null,
        `${label} : ${codes.length} compétence(s) sous le niveau attendu (${codes.join(', ')}).`,
        explain(
          prepared.base.sousAttendu,
          `${label} positionne ${codes.join(', ')} sous le niveau attendu de l’échelle « ${bilan.positionnement.echelleId} » (seuil d’alerte : ${seuil}) ; aucun dispositif d’alerte n’a été déclenché depuis.`,
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

function protocoleAlerts(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  at: EvalInstant,
  out: Alert[],
): void {
  const p = prepared.compiled.rules.parameters;
  const delai = p['alerte.delaiProtocoleJours'].value;
  const dispositif = p['alerte.dispositif'].value;
  for (const a of records.alertes) {
    if (a.levee !== null && a.levee.date <= at.today) continue;
    if (a.protocole !== null && a.protocole.date <= at.today) continue;
    const dueDay = toEpochDay(a.date) + delai;
    if (at.todayEpochDay <= dueDay) continue;
    const due = { date: fromEpochDay(dueDay), iso: dayEnd(prepared, dueDay).iso };
    out.push(
      alert(
        prepared,
        state,
        'PROTOCOLE_NON_OUVERT',
        a.alerteId,
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

function congesAlert(
  state: DossierState,
  records: YearRecords,
  prepared: Prepared,
  effet: EffetConges | null,
  out: Alert[],
): void {
  if (effet === null || effet.joursProlongation <= 0) return;
  const recorded = state.stage.prolongationsConges.some(
    (p) => p.annee === records.annee.numero && p.joursProlongation >= effet.joursProlongation,
  );
  if (recorded) return;
  const due = { date: effet.dateFinEffective, iso: dayEnd(prepared, toEpochDay(effet.dateFinEffective)).iso };
  const art22 =
    effet.dateFinPourTitularisation !== effet.dateFinEffective
      ? ` La titularisation prendra effet comme si le stage finissait le ${effet.dateFinPourTitularisation} (art. 22).`
      : '';
  out.push(
    alert(
      prepared,
      state,
      'CONGES_PROLONGATION',
      `annee-${records.annee.numero}`,
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

function fournie(piece: PieceDossier, records: YearRecords): boolean {
  switch (piece.kind) {
    case 'avis':
      return records.avis.some((a) => a.role === piece.role);
    case 'bilan':
      return records.bilans.some((b) => b.nature === piece.nature && b.evaluateur.role === piece.role);
    case 'visite':
      return records.visitesRealisees.some((v) => v.nature === piece.nature);
  }
}

function incompletAlert(
  state: DossierState,
  records: YearRecords,
  deadlines: readonly Deadline[],
  prepared: Prepared,
  out: Alert[],
): void {
  const jury = deadlines.find((d) => d.kind === 'jury');
  if (!jury || (jury.status !== 'due-soon' && jury.status !== 'overdue')) return;
  const missing: { id: string; libelle: string; source: SourceRef }[] = [];
  for (const e of prepared.compiled.workflow.piecesRequises) {
    if (exigenceApplicable(e, state) && !fournie(e.piece, records)) {
      missing.push({ id: e.id, libelle: e.libelle, source: e.source });
    }
  }
  const entretien = deadlines.find((d) => d.kind === 'entretien-jury');
  if (entretien && entretien.status !== 'done' && entretienRequis(prepared, records)) {
    const art6 = entretien.explanation.sources[0];
    missing.push({ id: 'entretien-jury', libelle: 'l’entretien du stagiaire avec le jury', source: art6 });
  }
  if (missing.length === 0) return;
  const late = jury.status === 'overdue';
  const list = missing.map((m) => m.libelle).join(' ; ');
  out.push(
    alert(
      prepared,
      state,
      'DOSSIER_INCOMPLET_JURY',
      null,
      late ? 'critical' : 'warning',
      null,
      { date: jury.due, iso: jury.dueAt },
      `Dossier incomplet pour le jury du ${jury.due} : il manque ${list}.`,
      explain(
        prepared.base.incomplet,
        `Le jury siège ${late ? 'depuis' : 'au plus tard'} le ${jury.due} et le dossier n’a pas été transmis ; pièces manquantes : ${list}.`,
        missing.map((m): Fact => ({ name: 'piece-manquante', value: m.id })),
        missing.map((m) => m.source),
      ),
    ),
  );
}

/**
 * Computes every alert of a dossier from its deadlines and records at an instant.
 *
 * @param state - the dossier.
 * @param records - its records of the current year up to today.
 * @param deadlines - its deadlines (from `computeDeadlines`).
 * @param prepared - the prepared rules.
 * @param at - the instant.
 * @param effet - the effect of leave on the stage.
 * @returns the alerts, in the order of `ALERT_CODES` then by key.
 */
export function computeAlerts(
  state: DossierState,
  records: YearRecords,
  deadlines: readonly Deadline[],
  prepared: Prepared,
  at: EvalInstant,
  effet: EffetConges | null,
): Alert[] {
  const out: Alert[] = [];
  deadlineAlerts(state, deadlines, prepared, out);
  const c = prepared.compiled;
  cadenceAlert(
    state,
    records,
    prepared,
    at,
    c.cadenceTuteur,
    prepared.base.cadenceTuteur,
    'visite-formative',
    out,
  );
  cadenceAlert(
    state,
    records,
    prepared,
    at,
    c.cadenceChezTuteur,
    prepared.base.cadenceChezTuteur,
    'visite-chez-tuteur',
    out,
  );
  formationAlert(state, records, prepared, at, out);
  sousAttenduAlerts(state, records, prepared, out);
  protocoleAlerts(state, records, prepared, at, out);
  congesAlert(state, records, prepared, effet, out);
  incompletAlert(state, records, deadlines, prepared, out);
  return out;
}

/** The day after a local date (for callers that need the first day an alert can no longer be avoided). */
export function dayAfter(date: LocalDate): LocalDate {
  return addDays(date, 1);
}
