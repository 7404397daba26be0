/**
 * How the events of the chain of decisions change a dossier's state: temps partiel, the jury's proposition,
 * the saisines of the recteur and the ministre, the avis of the commissions and of the medical body, the
 * disciplinary procedures, and the authority's act.
 *
 * @packageDocumentation
 */
import { ok, type Result } from 'neverthrow';
import type { ValidationError } from '../errors.js';
import type { DossierEventOf } from './events.js';
import type { DossierState, EtatDossier } from './state.js';

type Appliquer<T extends DossierEventOf<ChaineEventType>['type']> = (
  s: DossierState,
  e: DossierEventOf<T>,
  annee: number,
  sequence: number,
  incoherent: (sequence: number, message: string) => Result<never, ValidationError>,
) => Result<DossierState, ValidationError>;

/**
 * The event types folded here.
 *
 * @category Dossier
 */
export type ChaineEventType =
  | 'temps-partiel.enregistre'
  | 'jury.proposition-emise'
  | 'dossier.transmis-au-recteur'
  | 'dossier.transmis-au-ministre'
  | 'commission.avis-rendu'
  | 'discipline.engagee'
  | 'sanction.prononcee'
  | 'avis-medical.rendu'
  | 'decision.prononcee';

const etatApresDecision = {
  titularisation: 'titularise',
  licenciement: 'licencie',
  reintegration: 'reintegre',
  renouvellement: 'en-stage',
  'prolongation-master': 'prolongation-master',
} as const satisfies Record<string, EtatDossier>;

const decisionPrononcee: Appliquer<'decision.prononcee'> = (s, e, annee, sequence, incoherent) => {
  const decision = {
    decision: e.decision,
    instance: e.instance,
    fondement: e.fondement ?? null,
    date: e.date ?? e.le.slice(0, 10),
    arrete: e.arrete ?? null,
    annee: e.annee,
    motivation: e.motivation,
    dateEffet: e.dateEffet,
    periodeSuivante: e.periodeSuivante,
    instantane: e.instantane,
    auteur: e.auteur,
    le: e.le,
  };
  const base = { ...s, etat: etatApresDecision[e.decision], decisions: [...s.decisions, decision] };
  const periode = e.periodeSuivante;
  if (e.decision !== 'renouvellement' && e.decision !== 'prolongation-master') return ok(base);
  if (periode === null) return incoherent(sequence, `Une décision « ${e.decision} » doit dater la suite.`);
  if (e.decision === 'renouvellement') {
    const annees = [
      ...s.stage.annees,
      { numero: annee + 1, dateDebut: periode.dateDebut, dateFinStatutaire: periode.dateFinStatutaire },
    ];
    return ok({ ...base, stage: { ...s.stage, annees } });
  }
  const prolongationMaster = { dateDebut: periode.dateDebut, dateFin: periode.dateFinStatutaire };
  return ok({ ...base, stage: { ...s.stage, prolongationMaster } });
};

const sanctionPrononcee: Appliquer<'sanction.prononcee'> = (s, e, _annee, sequence, incoherent) => {
  const i = s.procedures.findIndex((p) => p.procedureId === e.procedureId && p.sanction === null);
  if (i < 0) return incoherent(sequence, `Aucune procédure disciplinaire ${e.procedureId} en cours.`);
  const sanction = {
    sanction: e.sanction,
    autorite: e.autorite,
    date: e.date,
    motivation: e.motivation,
    arrete: e.arrete,
    exclusion: e.exclusion,
    par: e.auteur,
  };
  const procedures = s.procedures.map((p, j) => (j === i ? { ...p, sanction } : p));
  return ok({ ...s, procedures, etat: e.sanction === 'exclusion-definitive' ? 'exclu' : s.etat });
};

/**
 * The fold of each event of the chain of decisions.
 *
 * @category Dossier
 */
export const appliquerChaine: { readonly [T in ChaineEventType]: Appliquer<T> } = {
  'temps-partiel.enregistre': (s, e, _annee, sequence, incoherent) => {
    if (s.tempsPartiel.some((p) => p.periodeId === e.periodeId)) {
      return incoherent(sequence, `La période de temps partiel ${e.periodeId} existe déjà.`);
    }
    const { periodeId, nature, quotite, debut, fin } = e;
    const periode = { periodeId, nature, quotite, debut, fin, enregistrePar: e.auteur };
    return ok({ ...s, tempsPartiel: [...s.tempsPartiel, periode] });
  },
  'jury.proposition-emise': (s, e) => {
    const { annee, constat, proposition, motivation, jury, instantane } = e;
    const record = { annee, constat, proposition, motivation, jury, instantane, auteur: e.auteur, le: e.le };
    const etat = constat === 'non-evalue' ? 'en-stage' : 'devant-recteur';
    return ok({ ...s, etat, propositionsJury: [...s.propositionsJury, record] });
  },
  'dossier.transmis-au-recteur': (s, e) => {
    const saisine = {
      annee: e.annee,
      destinataire: 'recteur' as const,
      date: e.date,
      motif: null,
      instantane: e.instantane,
      auteur: e.auteur,
      le: e.le,
    };
    return ok({ ...s, etat: 'devant-recteur', saisines: [...s.saisines, saisine] });
  },
  'dossier.transmis-au-ministre': (s, e) => {
    const saisine = {
      annee: e.annee,
      destinataire: 'ministre' as const,
      date: e.date,
      motif: e.motif,
      instantane: null,
      auteur: e.auteur,
      le: e.le,
    };
    return ok({ ...s, etat: 'devant-ministre', saisines: [...s.saisines, saisine] });
  },
  'commission.avis-rendu': (s, e, _annee, sequence, incoherent) => {
    if (s.avisCommissions.some((a) => a.avisId === e.avisId)) {
      return incoherent(sequence, `L’avis ${e.avisId} existe déjà.`);
    }
    const { avisId, annee, commission, formation, objet, sens, motivation, date, procedureId } = e;
    const avis = { avisId, annee, commission, formation, objet, sens, motivation, date, procedureId };
    return ok({ ...s, avisCommissions: [...s.avisCommissions, { ...avis, auteur: e.auteur, le: e.le }] });
  },
  'discipline.engagee': (s, e, _annee, sequence, incoherent) => {
    if (s.procedures.some((p) => p.procedureId === e.procedureId)) {
      return incoherent(sequence, `La procédure ${e.procedureId} existe déjà.`);
    }
    const { procedureId, date, dateInformation, griefs } = e;
    const procedure = { procedureId, date, dateInformation, griefs, engageePar: e.auteur, sanction: null };
    return ok({ ...s, procedures: [...s.procedures, procedure] });
  },
  'sanction.prononcee': sanctionPrononcee,
  'avis-medical.rendu': (s, e) => {
    const { avisId, instance, conclusion, date } = e;
    const avis = { avisId, instance, conclusion, date, auteur: e.auteur };
    return ok({ ...s, avisMedicaux: [...s.avisMedicaux, avis] });
  },
  'decision.prononcee': decisionPrononcee,
};
