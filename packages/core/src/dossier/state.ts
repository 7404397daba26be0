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
import type { ObservationCompetence } from './events.js';
import type { IsoDate, IsoInstant } from './identifiants.js';
import type { DossierIdentite } from './identite.js';
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
export const DOSSIER_STATE_SCHEMA_VERSION = 2;

/**
 * Where a dossier stands in the workflow.
 *
 * - `ouvert`: opened by the rectorat, the stagiaire is not nommé yet;
 * - `nomination-reportee`: nomination postponed (pregnancy, décret 94-874 art. 4);
 * - `en-stage`: the stage runs (first year or renouvellement);
 * - `devant-jury`: the dossier is complete and before the jury académique;
 * - `prolongation-master`: apt, prolonged one year to obtain the required master (arrêté 22-8-2014 art. 9);
 * - `titularise`, `licencie`, `reintegre`, `demissionnaire`: final.
 *
 * @category Dossier
 */
export type EtatDossier =
  | 'ouvert'
  | 'nomination-reportee'
  | 'en-stage'
  | 'devant-jury'
  | 'prolongation-master'
  | 'titularise'
  | 'licencie'
  | 'reintegre'
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
  'prolongation-master',
  'titularise',
  'licencie',
  'reintegre',
  'demissionnaire',
];

/**
 * The final states: no command is accepted any more.
 *
 * @category Dossier
 */
export const etatsFinaux: readonly EtatDossier[] = ['titularise', 'licencie', 'reintegre', 'demissionnaire'];

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
 * A decision on a year of stage, with the frozen view it rests on.
 *
 * @category Dossier
 */
export interface Decision {
  readonly decision: NatureDecision;
  readonly instance: 'jury' | 'recteur';
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
  readonly decisions: readonly Decision[];
  readonly demission: Demission | null;
}
