/**
 * French labels of the dossier's closed vocabularies, as they appear in the spreadsheets' cells.
 *
 * @packageDocumentation
 */
import {
  type Autorite,
  type CategorieStagiaire,
  type Civilite,
  type ConstatJury,
  type Corps,
  corpsSecondDegre,
  type Decision,
  type DossierIdentite,
  type EtatDossier,
  type Fonction,
  getProfil,
  type NatureDecision,
  type PersonneRef,
  type PropositionJury,
  type PropositionJuryRecord,
  type Quotite,
  type Role,
  type RoleAvis,
  type SensAvis,
  type Severity,
} from '@tremplin/core';

/** Label of each workflow state. */
export const LIBELLES_ETAT: Readonly<Record<EtatDossier, string>> = {
  ouvert: 'Ouvert',
  'nomination-reportee': 'Nomination reportée',
  'en-stage': 'En stage',
  'devant-jury': 'Devant le jury',
  'devant-recteur': 'En attente de l’acte du recteur',
  'devant-ministre': 'Dossier transmis au ministre',
  'prolongation-master': 'Prolongation (master)',
  titularise: 'Titularisé',
  licencie: 'Licencié',
  reintegre: 'Réintégré',
  exclu: 'Exclusion définitive',
  demissionnaire: 'Démissionnaire',
};

/** Label of each role, as a column value. */
export const LIBELLES_ROLE: Readonly<Record<Role, string>> = {
  stagiaire: 'Stagiaire',
  tuteur: 'Tuteur',
  'chef-etablissement': 'Chef d’établissement',
  inspecteur: 'Inspecteur',
  'formateur-inspe': 'Formateur INSPÉ',
  'directeur-inspe': 'Directeur INSPÉ',
  jury: 'Jury',
  rectorat: 'Rectorat',
  ministre: 'Ministre',
  'inspecteur-general': 'Inspecteur général',
  cap: 'Commission administrative paritaire',
  'conseil-discipline': 'Conseil de discipline',
  'conseil-medical': 'Conseil médical',
};

/**
 * Labels of the roles whose name agrees with the civilité of the person who holds them: masculine, feminine,
 * and both forms when no civilité is recorded.
 */
export const LIBELLES_ROLE_ACCORDES: Readonly<
  Partial<Record<Role, Readonly<Record<Civilite | 'inconnue', string>>>>
> = {
  tuteur: { monsieur: 'Tuteur', madame: 'Tutrice', inconnue: 'Tuteur ou tutrice' },
  inspecteur: { monsieur: 'Inspecteur', madame: 'Inspectrice', inconnue: 'Inspecteur ou inspectrice' },
  'formateur-inspe': {
    monsieur: 'Formateur INSPÉ',
    madame: 'Formatrice INSPÉ',
    inconnue: 'Formateur ou formatrice INSPÉ',
  },
  'directeur-inspe': {
    monsieur: 'Directeur INSPÉ',
    madame: 'Directrice INSPÉ',
    inconnue: 'Directeur ou directrice INSPÉ',
  },
};

/**
 * The label of a role held by a person, agreed with his or her civilité: « Tutrice » for a tuteur recorded as
 * Madame, « Tuteur ou tutrice » when none is recorded. A role without a person (none designated yet) keeps
 * the office's name ({@link LIBELLES_ROLE}), as do the roles whose name does not vary here (« Stagiaire »,
 * « Chef d'établissement »).
 *
 * @param role - the role.
 * @param personne - who holds it, with the civilité the dossier records; `null` when nobody does.
 * @returns the label.
 * @example
 * ```ts
 * formatLibelleRole('tuteur', { id: 'T-1', civilite: 'madame' }); // 'Tutrice'
 * formatLibelleRole('tuteur', { id: 'T-2' }); // 'Tuteur ou tutrice'
 * formatLibelleRole('inspecteur', null); // 'Inspecteur'
 * ```
 */
export function formatLibelleRole(role: Role, personne: Pick<PersonneRef, 'civilite' | 'id'> | null): string {
  const formes = LIBELLES_ROLE_ACCORDES[role];
  if (formes === undefined || personne === null) return LIBELLES_ROLE[role];
  return formes[personne.civilite ?? 'inconnue'];
}

/** Label of each alert severity. */
export const LIBELLES_GRAVITE: Readonly<Record<Severity, string>> = {
  critical: 'Critique',
  warning: 'Attention',
  info: 'Information',
};

/** Label of each sense of avis. */
export const LIBELLES_SENS_AVIS: Readonly<Record<SensAvis, string>> = {
  favorable: 'Favorable',
  defavorable: 'Défavorable',
};

/** Label of each role whose avis the jury reads (arrêté du 22 août 2014, art. 5). */
export const LIBELLES_ROLE_AVIS: Readonly<Record<RoleAvis, string>> = {
  inspecteur: 'Inspecteur',
  'chef-etablissement': 'Chef d’établissement',
  'directeur-inspe': 'Directeur de l’INSPÉ',
};

/** Label of each category of stagiaire. */
export const LIBELLES_CATEGORIE: Readonly<Record<CategorieStagiaire, string>> = {
  'master-meef': 'Master MEEF',
  'experience-enseignement': 'Expérience d’enseignement',
  'autre-master': 'Autre master',
  detache: 'Détaché',
  'ue-qualifie': 'Qualifié UE/EEE',
};

/** Label of each quotité. */
export const LIBELLES_QUOTITE: Readonly<Record<Quotite, string>> = {
  'temps-plein': 'Temps plein',
  'mi-temps': 'Mi-temps',
};

/** Label of each decision on a year of stage. */
export const LIBELLES_DECISION: Readonly<Record<NatureDecision, string>> = {
  titularisation: 'Titularisation',
  renouvellement: 'Renouvellement',
  'prolongation-master': 'Prolongation (master)',
  licenciement: 'Licenciement',
  reintegration: 'Réintégration',
};

/**
 * The label of a corps, from the référentiel's list (`corpsSecondDegre`).
 *
 * @param corps - the corps.
 * @returns e.g. `Professeur certifié`.
 */
export function formatLibelleCorps(corps: Corps): string {
  return corpsSecondDegre.find((c) => c.corps === corps)?.label ?? corps;
}

/**
 * Label of each fonction within a corps.
 *
 * @remarks A professeur documentaliste is a professeur certifié (arrêté du 19 avril 2013, NOR MENH1310120A,
 * art. 1: CAPES « Section documentation »).
 */
export const LIBELLES_FONCTION: Readonly<Record<Fonction, string>> = {
  enseignant: 'Enseignant',
  documentaliste: 'Professeur documentaliste',
  cpe: 'Conseiller principal d’éducation',
};

/** Label of each finding of the jury académique (arrêté MENH1411675A art. 4 and 9). */
export const LIBELLES_CONSTAT_JURY: Readonly<Record<ConstatJury, string>> = {
  apte: 'Apte',
  inapte: 'Inapte',
  'non-evalue': 'Non évalué (session suivante)',
};

/** Label of each proposition of the jury (décret n° 72-581 art. 26, « sur proposition du jury »). */
export const LIBELLES_PROPOSITION_JURY: Readonly<Record<PropositionJury, string>> = {
  titularisation: 'titularisation',
  renouvellement: 'renouvellement du stage',
  licenciement: 'licenciement',
  reintegration: 'réintégration',
};

/** Label of each authority that signs an act (arrêté MENH1411675A art. 9). */
export const LIBELLES_AUTORITE: Readonly<Record<Autorite, string>> = {
  recteur: 'Recteur',
  'vice-recteur': 'Vice-recteur',
  ministre: 'Ministre',
};

/**
 * Who took a decision. A decision recorded before Tremplin 0.2 (`instance: 'jury'`) was the recteur's act on the
 * jury's proposition, recorded as one.
 *
 * @param decision - a decision of the dossier.
 * @returns e.g. `Recteur`, `Ministre`.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9: the recteur titularises or renews, the ministre
 * licencie or réintègre.
 */
export function formatAuteurDecision(decision: Pick<Decision, 'instance'>): string {
  return decision.instance === 'jury'
    ? 'Acte du recteur sur proposition du jury (enregistrement antérieur à la version 0.2)'
    : LIBELLES_AUTORITE[decision.instance];
}

/**
 * What the jury found and proposed: `Apte — titularisation`, `Inapte — licenciement`, `Non évalué (session
 * suivante)`.
 *
 * @param proposition - a proposition of the jury.
 * @returns the label.
 */
export function formatPropositionJury(
  proposition: Pick<PropositionJuryRecord, 'constat' | 'proposition'>,
): string {
  const constat = LIBELLES_CONSTAT_JURY[proposition.constat];
  return proposition.proposition === null
    ? constat
    : `${constat} — ${LIBELLES_PROPOSITION_JURY[proposition.proposition]}`;
}

/**
 * The label of a dossier's profil: `Professeur documentaliste` for a certifié of the documentation fonction,
 * the corps' label otherwise.
 *
 * @param identite - the dossier's corps and fonction.
 * @returns e.g. `Professeur documentaliste`, `Professeur agrégé`.
 */
export function formatLibelleProfil(identite: Pick<DossierIdentite, 'corps' | 'fonction'>): string {
  const profil = getProfil(identite);
  return corpsSecondDegre.find((c) => c.corps === profil)?.label ?? profil;
}
