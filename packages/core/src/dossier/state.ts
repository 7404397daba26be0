/**
 * The state of a stagiaire's dossier: a pure fold of its events (see `foldDossier`).
 *
 * Every record produced during a year of stage carries `annee` (1, or 2 in a renouvellement) so that a second
 * year is judged on its own pieces while the first year's stay visible. Each assessor's bilans and avis are
 * kept side by side, never overwritten.
 *
 * @packageDocumentation
 */
import type { AuteurRef, PersonneRef } from './acteurs.js';
import type {
  Autorite,
  Commission,
  CompositionJury,
  ConclusionMedicale,
  ConstatJury,
  FondementDecision,
  FormationCommission,
  InstanceMedicale,
  NatureTempsPartiel,
  ObjetAvisCommission,
  PropositionJury,
  Sanction,
} from './chaine.js';
import type { EnregistrementSuivi } from './corrections.js';
import type { ObservationCompetence } from './events.js';
import type { IsoDate, IsoInstant } from './identifiants.js';
import type { DossierIdentite, EtablissementDossier } from './identite.js';
import type { InstantaneJury } from './instantane-schema.js';
import type { PositionnementEnregistre } from './positionnement.js';
import type {
  MomentAlerte,
  MotifAlerte,
  NatureBilan,
  NatureConge,
  NatureDecision,
  NatureEntretien,
  NatureVisite,
  OperateurFormation,
  PresenceFormation,
  RoleAvis,
  RoleEvaluateur,
  SensAvis,
} from './vocabulaire.js';

/**
 * The version of the serialised {@link DossierState} this code writes.
 *
 * @category Dossier
 */
export const DOSSIER_STATE_SCHEMA_VERSION = 4;

/**
 * Where a dossier stands in the workflow.
 *
 * - `ouvert`: opened by the rectorat, the stagiaire is not nommé yet;
 * - `nomination-reportee`: nomination postponed (pregnancy, décret 94-874 art. 4);
 * - `en-stage`: the stage runs (first year or renouvellement);
 * - `devant-jury`: the dossier is complete and before the jury académique;
 * - `devant-recteur`: the jury has proposed (or, for an agrégé, the avis and reports were sent to the recteur):
 *   the recteur's act is awaited (arrêté MENH1411675A art. 9; MENH1411677A art. 7);
 * - `devant-ministre`: neither titularised nor renewed, the dossier is with the ministre, who pronounces the
 *   licenciement or the réintégration;
 * - `prolongation-master`: apt, prolonged one year to obtain the required master (arrêté 22-8-2014 art. 9);
 * - `titularise`, `licencie`, `reintegre`, `exclu` (exclusion définitive de service, décret 94-874 art. 10 5°),
 *   `demissionnaire`: final.
 *
 * @category Dossier
 */
export type EtatDossier =
  | 'ouvert'
  | 'nomination-reportee'
  | 'en-stage'
  | 'devant-jury'
  | 'devant-recteur'
  | 'devant-ministre'
  | 'prolongation-master'
  | 'titularise'
  | 'licencie'
  | 'reintegre'
  | 'exclu'
  | 'demissionnaire';

/**
 * Every workflow state, in the order of a year.
 *
 * @category Dossier
 */
export const etatsDossier: readonly EtatDossier[] = [
  'ouvert',
  'nomination-reportee',
  'en-stage',
  'devant-jury',
  'devant-recteur',
  'devant-ministre',
  'prolongation-master',
  'titularise',
  'licencie',
  'reintegre',
  'exclu',
  'demissionnaire',
];

/**
 * The final states: no command is accepted any more.
 *
 * @category Dossier
 */
export const etatsFinaux: readonly EtatDossier[] = [
  'titularise',
  'licencie',
  'reintegre',
  'exclu',
  'demissionnaire',
];

/**
 * One year of stage: the first, or the second granted by a renouvellement.
 *
 * @category Dossier
 */
export interface AnneeStage {
  /** 1 for the first year, 2 for the renouvellement. */
  readonly numero: number;
  readonly dateDebut: IsoDate;
  /** Last day of the year before any prolongation (the day before the anniversary of the start). */
  readonly dateFinStatutaire: IsoDate;
}

/**
 * A prolongation of the stage because of leave, as the rectorat recorded it (cumulative for the year).
 *
 * @category Dossier
 */
export interface ProlongationConges {
  readonly annee: number;
  readonly joursCongesRemuneres: number;
  readonly joursNonComptes: number;
  /** Days added by temps partiel (décret n° 94-874 art. 15). */
  readonly joursTempsPartiel: number;
  readonly joursProlongation: number;
  readonly dateFinEffective: IsoDate;
  readonly dateFinPourTitularisation: IsoDate;
  readonly le: IsoInstant;
}

/**
 * The dates of the stage.
 *
 * @category Dossier
 */
export interface Stage {
  readonly dateNomination: IsoDate | null;
  readonly reportNomination: { readonly motif: 'grossesse'; readonly jusquau: IsoDate } | null;
  /** The years of stage, in order; empty until the nomination. */
  readonly annees: readonly AnneeStage[];
  readonly prolongationsConges: readonly ProlongationConges[];
  /** The one-year prolongation granted to obtain a master, if any. */
  readonly prolongationMaster: { readonly dateDebut: IsoDate; readonly dateFin: IsoDate } | null;
  readonly masterJustifie: { readonly dateObtention: IsoDate; readonly intitule: string } | null;
}

/**
 * A tuteur's designation, kept after he is replaced.
 *
 * @category Dossier
 */
export interface DesignationTuteur {
  readonly tuteur: PersonneRef;
  readonly depuis: IsoDate;
  /** Null while he is the stagiaire's tuteur. */
  readonly jusquau: IsoDate | null;
  readonly motifRetrait: string | null;
}

/**
 * The actors around the stagiaire, current and past (tuteurs).
 *
 * @category Dossier
 */
export interface ActeursDossier {
  readonly tuteurs: readonly DesignationTuteur[];
  readonly chefEtablissement: PersonneRef | null;
  readonly inspecteur: PersonneRef | null;
  readonly formateursInspe: readonly PersonneRef[];
  readonly directeurInspe: PersonneRef | null;
}

/**
 * An EPLE of affectation and the day it starts (null for the affectation given at opening).
 *
 * @category Dossier
 */
export interface Affectation {
  readonly uai: string;
  readonly depuis: IsoDate | null;
  /** The EPLE's name (and town) given with a later affectation; the first one's is `identite.etablissement`. */
  readonly etablissement?: EtablissementDossier;
}

/**
 * An auto-positionnement of the stagiaire.
 *
 * @category Dossier
 */
export interface Autopositionnement {
  readonly autopositionnementId: string;
  readonly annee: number;
  readonly date: IsoDate;
  readonly positionnement: PositionnementEnregistre;
  readonly commentaire: string | null;
}

/**
 * What the visitor wrote after a visit.
 *
 * @category Dossier
 */
export interface CompteRenduVisite {
  readonly date: IsoDate;
  readonly pointsAppui: readonly ObservationCompetence[];
  readonly competencesATravailler: readonly ObservationCompetence[];
  readonly conseils: readonly string[];
  readonly axesDeTravail: readonly string[];
  readonly compteRendu: string | null;
  readonly le: IsoInstant;
}

/**
 * A visit: planned, done or cancelled.
 *
 * @category Dossier
 */
export interface Visite {
  readonly visiteId: string;
  readonly annee: number;
  readonly nature: NatureVisite;
  readonly visiteur: AuteurRef;
  readonly statut: 'planifiee' | 'realisee' | 'annulee';
  /** The planned day, null for a visit recorded only once done. */
  readonly datePrevue: IsoDate | null;
  readonly realisation: CompteRenduVisite | null;
  readonly annulation: { readonly motif: string; readonly le: IsoInstant } | null;
}

/**
 * An entretien (other than the jury's).
 *
 * @category Dossier
 */
export interface Entretien {
  readonly entretienId: string;
  readonly annee: number;
  readonly nature: NatureEntretien;
  readonly date: IsoDate;
  readonly compteRendu: string | null;
  readonly auteur: AuteurRef;
}

/**
 * A training day (or part of one).
 *
 * @category Dossier
 */
export interface JourneeFormation {
  readonly formationId: string;
  readonly annee: number;
  readonly date: IsoDate;
  readonly operateur: OperateurFormation;
  readonly heures: number;
  readonly intitule: string;
  readonly presence: PresenceFormation;
  /** The académie's session (`formation.sessions`) this attendance is for, when named. */
  readonly sessionId?: string | undefined;
  readonly enregistrePar: AuteurRef;
}

/**
 * A bilan by one assessor.
 *
 * @category Dossier
 */
export interface Bilan {
  readonly bilanId: string;
  readonly annee: number;
  readonly nature: NatureBilan;
  readonly evaluateur: { readonly role: RoleEvaluateur; readonly id: string };
  readonly date: IsoDate;
  readonly positionnement: PositionnementEnregistre;
  readonly appreciation: string;
  readonly le: IsoInstant;
}

/**
 * An avis for the jury.
 *
 * @category Dossier
 */
export interface Avis {
  readonly avisId: string;
  readonly annee: number;
  readonly role: RoleAvis;
  readonly auteurId: string;
  readonly sens: SensAvis;
  readonly motivation: string | null;
  readonly date: IsoDate;
  /** Agrégés, first year, unfavourable avis: the avis on a « seconde et dernière année » (MENH1411677A art. 6). */
  readonly secondeAnnee: SensAvis | null;
  /**
   * The grid the avis rests on (arrêté MENH1411675A art. 5); `null` for the directeur de l'INSPÉ's avis and for
   * avis recorded before grids were named.
   */
  readonly grilleId: string | null;
  /** The author's positionnement on that grid given with the avis, if any. */
  readonly positionnement: PositionnementEnregistre | null;
  readonly le: IsoInstant;
}

/**
 * A protocole d'accompagnement renforcé.
 *
 * @category Dossier
 */
export interface Protocole {
  readonly date: IsoDate;
  readonly mesures: readonly string[];
  readonly dateBilanPrevue: IsoDate | null;
  readonly ouvertPar: AuteurRef;
  readonly cloture: { readonly date: IsoDate; readonly conclusion: string; readonly par: AuteurRef } | null;
}

/**
 * A dispositif d'aide et d'alerte, with the protocole opened on it if any.
 *
 * @category Dossier
 */
export interface Alerte {
  readonly alerteId: string;
  readonly annee: number;
  readonly moment: MomentAlerte;
  readonly motifs: readonly MotifAlerte[];
  readonly date: IsoDate;
  readonly description: string;
  readonly declenchePar: AuteurRef;
  readonly levee: { readonly date: IsoDate; readonly motif: string; readonly par: AuteurRef } | null;
  readonly protocole: Protocole | null;
}

/**
 * A leave or interruption, first and last day included.
 *
 * @category Dossier
 */
export interface Conge {
  readonly congeId: string;
  readonly nature: NatureConge;
  readonly debut: IsoDate;
  readonly fin: IsoDate;
  readonly enregistrePar: AuteurRef;
}

/**
 * An entry of the stagiaire's carnet de bord.
 *
 * @category Dossier
 */
export interface EntreeCarnet {
  readonly entreeId: string;
  readonly annee: number;
  readonly date: IsoDate;
  readonly titre: string;
  readonly texte: string;
}

/**
 * The transmission of the dossier to the jury for one year.
 *
 * @category Dossier
 */
export interface TransmissionJury {
  readonly annee: number;
  readonly date: IsoDate;
  readonly le: IsoInstant;
}

/**
 * The jury's entretien with the stagiaire.
 *
 * @category Dossier
 */
export interface EntretienJury {
  readonly annee: number;
  readonly date: IsoDate;
  readonly compteRendu: string | null;
  readonly auteur: AuteurRef;
}

/**
 * A period of temps partiel.
 *
 * @category Dossier
 */
export interface PeriodeTempsPartiel {
  readonly periodeId: string;
  readonly nature: NatureTempsPartiel;
  /** Share of a full-time service, in percent. */
  readonly quotite: number;
  readonly debut: IsoDate;
  readonly fin: IsoDate;
  readonly enregistrePar: AuteurRef;
}

/**
 * The jury's finding and proposition for a year of stage, with the jury that sat and the view it deliberated on.
 *
 * @category Dossier
 */
export interface PropositionJuryRecord {
  readonly annee: number;
  readonly constat: ConstatJury;
  readonly proposition: PropositionJury | null;
  readonly motivation: string | null;
  readonly jury: CompositionJury;
  readonly instantane: InstantaneJury;
  readonly auteur: AuteurRef;
  readonly le: IsoInstant;
}

/**
 * A dossier sent to an authority for its act: to the recteur (agrégés) or to the ministre.
 *
 * @category Dossier
 */
export interface Saisine {
  readonly annee: number;
  readonly destinataire: 'recteur' | 'ministre';
  readonly date: IsoDate;
  readonly motif: string | null;
  /** The view the recteur receives (agrégés); null for a transmission to the ministre. */
  readonly instantane: InstantaneJury | null;
  readonly auteur: AuteurRef;
  readonly le: IsoInstant;
}

/**
 * The avis of a commission administrative paritaire.
 *
 * @category Dossier
 */
export interface AvisCommission {
  readonly avisId: string;
  readonly annee: number;
  readonly commission: Commission;
  readonly formation: FormationCommission;
  readonly objet: ObjetAvisCommission;
  readonly sens: SensAvis;
  readonly motivation: string | null;
  readonly date: IsoDate;
  readonly procedureId: string | null;
  readonly auteur: AuteurRef;
  readonly le: IsoInstant;
}

/**
 * A disciplinary procedure and, once pronounced, its sanction.
 *
 * @category Dossier
 */
export interface ProcedureDisciplinaire {
  readonly procedureId: string;
  readonly date: IsoDate;
  readonly dateInformation: IsoDate;
  readonly griefs: string;
  readonly engageePar: AuteurRef;
  readonly sanction: {
    readonly sanction: Sanction;
    readonly autorite: Autorite;
    readonly date: IsoDate;
    readonly motivation: string;
    readonly arrete: string | null;
    readonly exclusion: { readonly debut: IsoDate; readonly fin: IsoDate } | null;
    readonly par: AuteurRef;
  } | null;
}

/**
 * An avis of the medical body.
 *
 * @category Dossier
 */
export interface AvisMedical {
  readonly avisId: string;
  readonly instance: InstanceMedicale;
  readonly conclusion: ConclusionMedicale;
  readonly date: IsoDate;
  readonly auteur: AuteurRef;
}

/**
 * An act of the competent authority on a year of stage (or in its course), with the frozen view it rests on.
 *
 * @category Dossier
 */
export interface Decision {
  readonly decision: NatureDecision;
  /** Who pronounced the act; `jury` only in logs written before Tremplin 0.2 (read as the recteur's act). */
  readonly instance: 'jury' | Autorite;
  /** The ground of the act; null for acts recorded before Tremplin 0.2, which did not keep it. */
  readonly fondement: FondementDecision | null;
  /** The date of the act (the day it was recorded, for legacy events). */
  readonly date: IsoDate;
  readonly arrete: string | null;
  readonly annee: number;
  readonly motivation: string | null;
  readonly dateEffet: IsoDate | null;
  readonly periodeSuivante: { readonly dateDebut: IsoDate; readonly dateFinStatutaire: IsoDate } | null;
  readonly instantane: InstantaneJury;
  readonly auteur: AuteurRef;
  readonly le: IsoInstant;
}

/**
 * The stagiaire's démission.
 *
 * @category Dossier
 */
export interface Demission {
  readonly dateDemande: IsoDate;
  readonly dateCessation: IsoDate;
  readonly acceptee: { readonly date: IsoDate; readonly par: AuteurRef } | null;
}

/**
 * The state of a dossier after folding its events. Serialisable as JSON (see `serializeDossierState`).
 *
 * @remarks The state is derived data: the events are the record. `sequence` is the sequence of the last event
 * folded in.
 * @category Dossier
 */
export interface DossierState {
  readonly schemaVersion: typeof DOSSIER_STATE_SCHEMA_VERSION;
  readonly dossierId: string;
  readonly sequence: number;
  readonly etat: EtatDossier;
  readonly identite: DossierIdentite;
  readonly acteurs: ActeursDossier;
  readonly affectations: readonly Affectation[];
  readonly stage: Stage;
  readonly autopositionnements: readonly Autopositionnement[];
  readonly visites: readonly Visite[];
  readonly entretiens: readonly Entretien[];
  readonly formations: readonly JourneeFormation[];
  readonly bilans: readonly Bilan[];
  readonly avis: readonly Avis[];
  readonly alertes: readonly Alerte[];
  readonly conges: readonly Conge[];
  readonly carnet: readonly EntreeCarnet[];
  readonly transmissionsJury: readonly TransmissionJury[];
  readonly entretiensJury: readonly EntretienJury[];
  readonly tempsPartiel: readonly PeriodeTempsPartiel[];
  readonly propositionsJury: readonly PropositionJuryRecord[];
  readonly saisines: readonly Saisine[];
  readonly avisCommissions: readonly AvisCommission[];
  readonly procedures: readonly ProcedureDisciplinaire[];
  readonly avisMedicaux: readonly AvisMedical[];
  readonly decisions: readonly Decision[];
  readonly demission: Demission | null;
  /**
   * The correctable recordings (avis, visits, bilans…) by the sequence of their event, with the cancellations
   * and corrections applied to them (see `enregistrement.annuler`, `enregistrement.corriger`).
   */
  readonly enregistrements: readonly EnregistrementSuivi[];
}
