/**
 * A dossier at a glance: who, where, which year of stage, what is in it, what is missing before the jury.
 *
 * @packageDocumentation
 */
import {
  computeEffetConges,
  countJoursInclus,
  type DossierState,
  filterByAnnee,
  getAnneeCourante,
  getAnneeStageCourante,
  getFonction,
  getUaiActuel,
  listPiecesManquantes,
  listTuteursActuels,
  type RefusalReason,
  type WorkflowRules,
} from '@tremplin/core';
import type { Libelles } from '../config/types.js';
import {
  academieLabel,
  auteurDecisionLabel,
  BILAN_LABEL,
  CATEGORIE_LABEL,
  CONGE_LABEL,
  CONSTAT_LABEL,
  CORPS_LABEL,
  DECISION_LABEL,
  ETAT_LABEL,
  FONCTION_LABEL,
  labelOf,
  PROPOSITION_LABEL,
  QUOTITE_LABEL,
  ROLE_DE_LABEL,
  SENS_AVIS_LABEL,
} from '../output/labels.js';
import { findLibelleDiscipline, findNomEtablissement } from '../output/libelles.js';
import type { Style } from '../output/style.js';
import { getAnneeScolaireCourante } from '../workflow/annee-scolaire.js';

/** The overview of a dossier (the JSON of `status <dossier>`, without personal data). */
export interface DossierOverview {
  readonly dossierId: string;
  readonly stagiaire: { readonly nom: string; readonly prenom: string };
  readonly academie: string;
  /** The school year the dossier was opened for. */
  readonly anneeScolaire: string;
  /**
   * The school year of the current year of stage (the second's after a renouvellement): its calendar gives the
   * deadlines and alerts.
   */
  readonly anneeScolaireCourante: string;
  readonly corps: string;
  /** `enseignant`, `documentaliste` (a certifié) or `cpe`. */
  readonly fonction: string;
  readonly discipline: string;
  /** The discipline's label (from the dossier, else the configuration), when known. */
  readonly disciplineLibelle: string | null;
  readonly uai: string;
  /** The EPLE's name (from the dossier, else the configuration), when known. */
  readonly etablissementNom: string | null;
  readonly quotite: string;
  readonly categorie: string;
  readonly etat: string;
  /** Current year of stage (1, or 2 in a renouvellement). */
  readonly annee: number;
  readonly stage: {
    readonly dateDebut: string | null;
    readonly dateFinStatutaire: string | null;
    readonly dateFinEffective: string | null;
    readonly joursProlongation: number;
  };
  readonly tuteurs: readonly string[];
  readonly chefEtablissement: string | null;
  readonly inspecteur: string | null;
  readonly visites: { readonly realisees: number; readonly planifiees: number };
  readonly formation: { readonly heures: number; readonly journees: number };
  readonly bilans: readonly { readonly nature: string; readonly role: string; readonly date: string }[];
  readonly avis: readonly { readonly role: string; readonly sens: string; readonly date: string }[];
  readonly alertes: { readonly ouvertes: number; readonly levees: number; readonly protocoles: number };
  readonly joursConges: number;
  /** The leave recorded, each with its kind (`citis`, `presence-parentale`…) and its first and last day. */
  readonly conges: readonly { readonly nature: string; readonly debut: string; readonly fin: string }[];
  /** What the jury found and proposed, each year it deliberated (the jury proposes, it does not decide). */
  readonly propositionsJury: readonly {
    readonly annee: number;
    readonly constat: string;
    readonly proposition: string | null;
    readonly juryId: string;
    readonly le: string;
  }[];
  /** The avis of the commissions administratives paritaires (CAPA, CAPN, conseil de discipline). */
  readonly avisCommissions: readonly {
    readonly annee: number;
    readonly commission: string;
    readonly formation: string;
    readonly objet: string;
    readonly sens: string;
    readonly date: string;
  }[];
  /** The dossier sent to the recteur (agrégés) or to the ministre. */
  readonly saisines: readonly {
    readonly annee: number;
    readonly destinataire: string;
    readonly date: string;
  }[];
  /** The acts, with who took them: `recteur`, `vice-recteur`, `ministre` (`jury` for a record before 0.2). */
  readonly decisions: readonly {
    readonly decision: string;
    readonly annee: number;
    readonly instance: string;
    readonly fondement: string | null;
    readonly date: string;
    readonly dateEffet: string | null;
  }[];
  /** What the dossier lacks before the jury (empty once before the jury or decided). */
  readonly piecesManquantes: readonly RefusalReason[];
}

const nomDe = (p: { readonly prenom: string; readonly nom: string } | null) =>
  p === null ? null : `${p.prenom} ${p.nom}`;

/**
 * Builds a dossier's overview.
 *
 * @param state - the dossier.
 * @param rules - its rules, to list missing pieces (null: not listed).
 * @param libelles - the configuration's labels (EPLE names, discipline labels), after the dossier's own.
 * @returns the overview.
 */
export function overviewOf(
  state: DossierState,
  rules: WorkflowRules | null,
  libelles: Libelles = { etablissements: {}, disciplines: {} },
): DossierOverview {
  const uai = getUaiActuel(state);
  const annee = getAnneeCourante(state);
  const courante = getAnneeStageCourante(state);
  const effet = rules === null ? null : computeEffetConges(state, rules);
  const visites = filterByAnnee(state.visites, annee);
  const formations = filterByAnnee(state.formations, annee).filter((f) => f.presence !== 'absent');
  const alertes = filterByAnnee(state.alertes, annee);
  const enCours = state.etat === 'en-stage';
  return {
    dossierId: state.dossierId,
    stagiaire: { nom: state.identite.stagiaire.nom, prenom: state.identite.stagiaire.prenom },
    academie: state.identite.academie,
    anneeScolaire: state.identite.anneeScolaire,
    anneeScolaireCourante: getAnneeScolaireCourante(state),
    corps: state.identite.corps,
    fonction: getFonction(state.identite),
    discipline: state.identite.discipline,
    disciplineLibelle: findLibelleDiscipline(state.identite.discipline, libelles, state),
    uai,
    etablissementNom: findNomEtablissement(uai, libelles, state),
    quotite: state.identite.quotite,
    categorie: state.identite.categorie,
    etat: state.etat,
    annee,
    stage: {
      dateDebut: courante?.dateDebut ?? null,
      dateFinStatutaire: courante?.dateFinStatutaire ?? null,
      dateFinEffective: effet?.dateFinEffective ?? courante?.dateFinStatutaire ?? null,
      joursProlongation: effet?.joursProlongation ?? 0,
    },
    tuteurs: listTuteursActuels(state).map((t) => `${t.prenom} ${t.nom}`),
    chefEtablissement: nomDe(state.acteurs.chefEtablissement),
    inspecteur: nomDe(state.acteurs.inspecteur),
    visites: {
      realisees: visites.filter((v) => v.statut === 'realisee').length,
      planifiees: visites.filter((v) => v.statut === 'planifiee').length,
    },
    formation: {
      heures: formations.reduce((sum, f) => sum + f.heures, 0),
      journees: new Set(formations.map((f) => f.date)).size,
    },
    bilans: filterByAnnee(state.bilans, annee).map((b) => ({
      nature: b.nature,
      role: b.evaluateur.role,
      date: b.date,
    })),
    avis: filterByAnnee(state.avis, annee).map((a) => ({ role: a.role, sens: a.sens, date: a.date })),
    alertes: {
      ouvertes: alertes.filter((a) => a.levee === null).length,
      levees: alertes.filter((a) => a.levee !== null).length,
      protocoles: alertes.filter((a) => a.protocole !== null).length,
    },
    joursConges: state.conges.reduce((sum, c) => sum + countJoursInclus(c.debut, c.fin), 0),
    conges: state.conges.map((c) => ({ nature: c.nature, debut: c.debut, fin: c.fin })),
    propositionsJury: state.propositionsJury.map((p) => ({
      annee: p.annee,
      constat: p.constat,
      proposition: p.proposition,
      juryId: p.jury.juryId,
      le: p.le,
    })),
    saisines: state.saisines.map((x) => ({ annee: x.annee, destinataire: x.destinataire, date: x.date })),
    avisCommissions: state.avisCommissions.map((a) => ({
      annee: a.annee,
      commission: a.commission,
      formation: a.formation,
      objet: a.objet,
      sens: a.sens,
      date: a.date,
    })),
    decisions: state.decisions.map((d) => ({
      decision: d.decision,
      annee: d.annee,
      instance: d.instance,
      fondement: d.fondement,
      date: d.date,
      dateEffet: d.dateEffet,
    })),
    piecesManquantes: rules !== null && enCours ? listPiecesManquantes(state, rules) : [],
  };
}

/**
 * The overview for people.
 *
 * @param o - the overview.
 * @param s - the styler.
 * @returns lines.
 */
export function renderOverview(o: DossierOverview, s: Style): string[] {
  const libelle = labelOf;
  const discipline = o.disciplineLibelle ?? o.discipline;
  const eple = o.etablissementNom === null ? `EPLE ${o.uai}` : `${o.etablissementNom} (${o.uai})`;
  const etat = (ETAT_LABEL as Readonly<Record<string, string>>)[o.etat] ?? o.etat;
  const corpsSeul = (CORPS_LABEL as Readonly<Record<string, string>>)[o.corps] ?? o.corps;
  // A professeur documentaliste is a certifié (CAPES, section documentation).
  const corps =
    o.fonction === 'documentaliste'
      ? `${labelOf(FONCTION_LABEL, o.fonction)} (corps des certifiés)`
      : corpsSeul;
  const lines = [
    `${s('bold', `Dossier ${o.dossierId}`)} — ${o.stagiaire.prenom} ${o.stagiaire.nom.toUpperCase()} (${corps}, ${discipline})`,
    `  Académie : ${academieLabel(o.academie)} · ${o.anneeScolaire} · ${eple} · ${libelle(QUOTITE_LABEL, o.quotite)} · ${libelle(CATEGORIE_LABEL, o.categorie)}`,
    `  État : ${s('bold', etat)}${o.stage.dateDebut === null ? '' : ` — année de stage ${o.annee} du ${o.stage.dateDebut} au ${o.stage.dateFinEffective ?? '?'}${o.anneeScolaireCourante === o.anneeScolaire ? '' : ` (année scolaire ${o.anneeScolaireCourante})`}`}${o.stage.joursProlongation > 0 ? s('yellow', ` (prolongée de ${o.stage.joursProlongation} j)`) : ''}`,
    `  Tuteur(s) : ${o.tuteurs.length > 0 ? o.tuteurs.join(', ') : s('yellow', 'aucun')} · Chef d’établissement : ${o.chefEtablissement ?? '—'} · Inspecteur : ${o.inspecteur ?? '—'}`,
    `  Visites : ${o.visites.realisees} réalisée(s), ${o.visites.planifiees} prévue(s) · Formation : ${o.formation.journees} journée(s), ${o.formation.heures} h · Congés : ${o.joursConges} j`,
    `  Bilans : ${o.bilans.length === 0 ? '—' : o.bilans.map((b) => `${libelle(BILAN_LABEL, b.nature)} ${libelle(ROLE_DE_LABEL, b.role)} (${b.date})`).join(', ')}`,
    `  Avis : ${o.avis.length === 0 ? '—' : o.avis.map((a) => `avis ${libelle(ROLE_DE_LABEL, a.role)} : ${a.sens === 'favorable' ? s('green', libelle(SENS_AVIS_LABEL, a.sens)) : s('red', libelle(SENS_AVIS_LABEL, a.sens))} (${a.date})`).join(', ')}`,
    ...o.conges.map((c) => `  Congé : ${libelle(CONGE_LABEL, c.nature)} du ${c.debut} au ${c.fin}`),
    `  Alertes : ${o.alertes.ouvertes} ouverte(s), ${o.alertes.levees} levée(s), ${o.alertes.protocoles} protocole(s)`,
  ];
  for (const p of o.propositionsJury) {
    lines.push(
      `  Proposition du jury (année ${p.annee}) : ${libelle(CONSTAT_LABEL, p.constat)}${p.proposition === null ? '' : ` — ${libelle(PROPOSITION_LABEL, p.proposition)}`} (${p.juryId})`,
    );
  }
  for (const x of o.saisines) {
    lines.push(
      `  Dossier transmis au ${x.destinataire === 'ministre' ? 'ministre' : 'recteur'} (année ${x.annee}) le ${x.date}`,
    );
  }
  for (const a of o.avisCommissions) {
    const instance = `${a.commission.toUpperCase()}${a.formation === 'conseil-de-discipline' ? ' siégeant en conseil de discipline' : ''}`;
    const objet = a.objet === 'sanction' ? 'sanction' : libelle(PROPOSITION_LABEL, a.objet);
    lines.push(
      `  Avis de la ${instance} (année ${a.annee}, ${objet}) : ${libelle(SENS_AVIS_LABEL, a.sens)} le ${a.date}`,
    );
  }
  for (const d of o.decisions) {
    const par = auteurDecisionLabel({
      instance: d.instance as 'jury' | 'recteur' | 'vice-recteur' | 'ministre',
    });
    lines.push(
      `  Décision (année ${d.annee}) : ${s('bold', libelle(DECISION_LABEL, d.decision))} — ${par}, le ${d.date}${d.dateEffet === null ? '' : `, à effet du ${d.dateEffet}`}`,
    );
  }
  if (o.piecesManquantes.length > 0) {
    lines.push(`  ${s('yellow', 'Avant le jury, il manque :')}`);
    for (const r of o.piecesManquantes) lines.push(`    • ${r.message}`);
  }
  return lines;
}
