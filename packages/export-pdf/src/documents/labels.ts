/**
 * French labels of the dossier's vocabularies, dates formatted the French way, and the lookups of
 * people and places a document prints.
 *
 * @packageDocumentation
 */
import {
  type Autorite,
  type CategorieStagiaire,
  type Civilite,
  type CompositionJury,
  type ConstatJury,
  type Decision,
  type DossierIdentite,
  type DossierState,
  formatMotAccorde,
  getCorps,
  getFonction,
  type MembreJury,
  type NatureBilan,
  type NatureConge,
  type NatureDecision,
  type NatureVisite,
  type OperateurFormation,
  type PersonneRef,
  type PresenceFormation,
  type PropositionJury,
  type PropositionJuryRecord,
  type Quotite,
  type RoleAvis,
  type RoleEvaluateur,
  type SensAvis,
} from '@tremplin/core';
import type { PdfExportConfig } from './config.js';

/** Column and box titles of each assessor role. */
export const libelleRoleEvaluateur: Readonly<Record<RoleEvaluateur, string>> = {
  tuteur: 'Tuteur',
  'chef-etablissement': 'Chef d’établissement',
  inspecteur: 'Inspecteur',
  'formateur-inspe': 'Formateur INSPÉ',
};

/** Short column titles of each assessor role. */
export const libelleCourtRoleEvaluateur: Readonly<Record<RoleEvaluateur, string>> = {
  tuteur: 'Tuteur',
  'chef-etablissement': 'Chef d’établ.',
  inspecteur: 'Inspecteur',
  'formateur-inspe': 'Formateur INSPÉ',
};

/** The authors of the avis the jury reads (arrêté du 22 août 2014, art. 5). */
export const libelleRoleAvis: Readonly<Record<RoleAvis, string>> = {
  inspecteur: 'Inspecteur de la discipline',
  'chef-etablissement': "Chef d'établissement",
  'directeur-inspe': "Directeur de l'INSPÉ",
};

/** Short column titles of the avis in a jury list. */
export const libelleCourtRoleAvis: Readonly<Record<RoleAvis, string>> = {
  inspecteur: 'Avis inspecteur',
  'chef-etablissement': 'Avis chef d’établ.',
  'directeur-inspe': 'Avis INSPÉ',
};

/** The sense of an avis. */
export const libelleSensAvis: Readonly<Record<SensAvis, string>> = {
  favorable: 'Favorable',
  defavorable: 'Défavorable',
};

/** The kind of bilan, as a title. */
export const libelleNatureBilan: Readonly<Record<NatureBilan, string>> = {
  intermediaire: 'Fiche bilan intermédiaire',
  final: 'Fiche bilan final',
};

/** The kind of visit, as the title of its report. */
export const libelleNatureVisite: Readonly<Record<NatureVisite, string>> = {
  'visite-formative': 'Rapport de visite formative',
  'visite-chez-tuteur': 'Compte rendu de visite dans la classe du tuteur',
  'visite-formateur-inspe': 'Rapport de visite du formateur INSPÉ',
  'visite-conseil': 'Rapport de visite conseil',
  inspection: "Rapport d'inspection",
};

/**
 * The title of a visit's report, agreed with the civilité of the person it names: the tuteur whose class the
 * stagiaire visits (« … dans la classe de la tutrice »), the INSPÉ formateur who visits (« … de la formatrice
 * INSPÉ »); both forms when none is recorded.
 *
 * @param nature - the kind of visit.
 * @param civilite - the civilité of the tuteur (`visite-chez-tuteur`) or of the visitor (other kinds).
 * @returns the printed title.
 * @remarks Réunion guide 2022-2023 § 4.4 (visits and their reports); issue 12, point 7 (civilité).
 */
export function formatTitreVisite(nature: NatureVisite, civilite: Civilite | null | undefined): string {
  const de = (mot: 'tuteur' | 'formateur') =>
    civilite === 'madame'
      ? `de la ${formatMot(mot, 'madame')}`
      : civilite === 'monsieur'
        ? `du ${mot}`
        : `du ${mot} ou de la ${formatMot(mot, 'madame')}`;
  if (nature === 'visite-chez-tuteur') return `Compte rendu de visite dans la classe ${de('tuteur')}`;
  if (nature === 'visite-formateur-inspe') return `Rapport de visite ${de('formateur')} INSPÉ`;
  return libelleNatureVisite[nature];
}

/** Service in the EPLE. */
export const libelleQuotite: Readonly<Record<Quotite, string>> = {
  'temps-plein': 'Temps plein',
  'mi-temps': 'Mi-temps',
};

/** The stagiaire's category (Réunion guide § 2.1, circulaire du 13 juillet 2022), after « Lauréat ». */
const suiteCategorie: Readonly<Record<CategorieStagiaire, string>> = {
  'master-meef': 'titulaire d’un master MEEF',
  'experience-enseignement': 'justifiant d’une expérience d’enseignement',
  'autre-master': 'titulaire d’un autre master',
  detache: 'détaché d’un autre corps',
  'ue-qualifie': 'réputé qualifié (décret n° 2000-129)',
};

/** The same words in the feminine, where they differ. */
const suiteCategorieFeminin: Readonly<Partial<Record<CategorieStagiaire, string>>> = {
  detache: 'détachée d’un autre corps',
  'ue-qualifie': 'réputée qualifiée (décret n° 2000-129)',
};

/**
 * The stagiaire's category (Réunion guide § 2.1, circulaire du 13 juillet 2022) in the masculine, as printed
 * for a man. Documents print {@link formatCategorie}, which agrees with the stagiaire's civilité.
 */
export const libelleCategorie: Readonly<Record<CategorieStagiaire, string>> = Object.fromEntries(
  Object.entries(suiteCategorie).map(([k, v]) => [k, `Lauréat ${v}`]),
) as Record<CategorieStagiaire, string>;

/**
 * The stagiaire's category as printed, agreed with the stagiaire's civilité: « Lauréate titulaire d’un master
 * MEEF » for Madame, « Lauréat … » for Monsieur, both forms when none is recorded (« Lauréat ou lauréate
 * détaché(e) d’un autre corps »).
 *
 * @param categorie - the stagiaire's category.
 * @param civilite - the stagiaire's civilité, if recorded.
 * @returns the printed category.
 * @remarks Categories: circulaire du 13 juillet 2022 and Réunion guide 2022-2023 § 2.1; the agreement follows
 * the civilité the rectorat records (issue 12, point 7).
 */
export function formatCategorie(
  categorie: CategorieStagiaire,
  civilite: Civilite | null | undefined,
): string {
  const laureat = capitaliser(formatMotAccorde('laureat', civilite));
  const masculin = suiteCategorie[categorie];
  const feminin = suiteCategorieFeminin[categorie] ?? masculin;
  const suite =
    civilite === 'madame'
      ? feminin
      : civilite === 'monsieur' || feminin === masculin
        ? masculin
        : masculin
            .replace(/^(détaché|réputé) d/u, '$1(e) d')
            .replace('réputé qualifié', 'réputé(e) qualifié(e)');
  return `${laureat} ${suite}`;
}

/**
 * Upper-cases the first letter of a French phrase.
 *
 * @param texte - a phrase.
 * @returns the phrase with a capital initial.
 * @remarks Issue 12, point 7: every document agrees with the civilité the rectorat records (Madame, Monsieur), naming both forms when none is recorded.
 */
export function capitaliser(texte: string): string {
  return texte.charAt(0).toLocaleUpperCase('fr-FR') + texte.slice(1);
}

/** Words agreed with a civilité that `@tremplin/core` does not list. */
const motsLocaux = {
  formateur: { monsieur: 'formateur', madame: 'formatrice', inconnue: 'formateur ou formatrice' },
  president: { monsieur: 'président', madame: 'présidente', inconnue: 'président ou présidente' },
  vicePresident: { monsieur: 'vice-président', madame: 'vice-présidente', inconnue: 'vice-président(e)' },
  recteur: { monsieur: 'recteur', madame: 'rectrice', inconnue: 'recteur ou rectrice' },
} as const;

/**
 * A word agreed with a civilité: the core's (`formatMotAccorde`: lauréat, tuteur, stagiaire, inspecteur,
 * directeur…) and a few more documents print (formateur, président, vice-président, recteur).
 *
 * @param mot - which word.
 * @param civilite - the person's civilité, if recorded; unknown gives the form naming both.
 * @returns the word, lower case.
 * @remarks Issue 12, point 7: every document agrees with the civilité recorded (Madame, Monsieur).
 */
export function formatMot(
  mot: Parameters<typeof formatMotAccorde>[0] | keyof typeof motsLocaux,
  civilite: Civilite | null | undefined,
): string {
  if (mot in motsLocaux) return motsLocaux[mot as keyof typeof motsLocaux][civilite ?? 'inconnue'];
  return formatMotAccorde(mot as Parameters<typeof formatMotAccorde>[0], civilite);
}

const articles: Readonly<Record<'monsieur' | 'madame', string>> = { monsieur: 'le', madame: 'la' };

/**
 * A word with its definite article, agreed with a civilité: « la tutrice », « le tuteur », « le tuteur ou la
 * tutrice »; « l’inspectrice » before a vowel.
 *
 * @param mot - which word.
 * @param civilite - the person's civilité, if recorded.
 * @returns the phrase, lower case.
 * @remarks Issue 12, point 7: every document agrees with the civilité the rectorat records (Madame, Monsieur), naming both forms when none is recorded.
 */
export function formatMotAvecArticle(
  mot: Parameters<typeof formatMot>[0],
  civilite: Civilite | null | undefined,
): string {
  const un = (c: 'monsieur' | 'madame'): string => {
    const m = formatMot(mot, c);
    return /^[aeiouéèêh]/iu.test(m) ? `l’${m}` : `${articles[c]} ${m}`;
  };
  if (mot === 'stagiaire') return formatMot('stagiaire', civilite);
  return civilite != null ? un(civilite) : `${un('monsieur')} ou ${un('madame')}`;
}

/**
 * The title of an assessor role, agreed with the person's civilité (« Tutrice », « Inspecteur ou
 * inspectrice »).
 *
 * @param role - the role.
 * @param civilite - the person's civilité, if recorded.
 * @param court - the short form for a column header.
 * @returns the printed role.
 * @remarks Réunion guide 2022-2023 § 5 (the tuteur and the chef d'établissement fill the fiches bilans); Issue 12, point 7: every document agrees with the civilité the rectorat records (Madame, Monsieur), naming both forms when none is recorded.
 */
export function formatRoleEvaluateur(
  role: RoleEvaluateur,
  civilite: Civilite | null | undefined,
  court = false,
): string {
  switch (role) {
    case 'tuteur':
      return capitaliser(formatMot('tuteur', civilite));
    case 'inspecteur':
      return capitaliser(formatMot('inspecteur', civilite));
    case 'formateur-inspe':
      return `${capitaliser(formatMot('formateur', civilite))} INSPÉ`;
    case 'chef-etablissement':
      return court ? libelleCourtRoleEvaluateur[role] : libelleRoleEvaluateur[role];
  }
}

/**
 * The author of an avis, agreed with the author's civilité (« Inspectrice de la discipline »).
 *
 * @param role - the author's role.
 * @param civilite - the author's civilité, if recorded.
 * @returns the printed author.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5.
 */
export function formatRoleAvis(role: RoleAvis, civilite: Civilite | null | undefined): string {
  switch (role) {
    case 'inspecteur':
      return `${capitaliser(formatMot('inspecteur', civilite))} de la discipline`;
    case 'directeur-inspe':
      return `${capitaliser(formatMot('directeur', civilite))} de l'INSPÉ`;
    case 'chef-etablissement':
      return libelleRoleAvis[role];
  }
}

/**
 * Each kind of leave, as printed, with its article of décret n° 94-874 where there is one.
 *
 * @remarks Décret n° 94-874 du 7 octobre 1994 (NOR FPPA9400088D), art. 8, 19 bis, 21 bis, 22, 23, 24; ordonnance n° 2017-53 (CITIS).
 */
export const libelleNatureConge: Readonly<Record<NatureConge, string>> = {
  'maladie-ordinaire': 'Congé de maladie ordinaire',
  'longue-maladie': 'Congé de longue maladie',
  'longue-duree': 'Congé de longue durée',
  citis: 'Congé pour invalidité temporaire imputable au service (CITIS)',
  maternite: 'Congé de maternité',
  paternite: 'Congé de paternité et d’accueil de l’enfant',
  adoption: 'Congé d’adoption',
  'sans-traitement-convenances': 'Congé sans traitement pour convenances personnelles',
  'sans-traitement-inaptitude': 'Congé sans traitement pour inaptitude',
  parental: 'Congé parental',
  'presence-parentale': 'Congé de présence parentale',
  'accompagnement-fin-de-vie': 'Congé d’accompagnement d’une personne en fin de vie',
  suspension: 'Suspension',
};

/**
 * Who organises a training session or day.
 *
 * @remarks Réunion guide 2022-2023 § 2.2: the EAFC and the INSPÉ organise the stagiaires' training.
 */
export const libelleOperateurFormation: Readonly<Record<OperateurFormation, string>> = {
  EAFC: 'EAFC',
  INSPE: 'INSPÉ',
  autre: 'Autre organisme',
};

/**
 * Attendance at a training session or day.
 *
 * @remarks Réunion guide 2022-2023 § 2.2; documents print {@link formatPresence}, agreed with the civilité.
 */
export const libellePresenceFormation: Readonly<Record<PresenceFormation | 'aucune', string>> = {
  present: 'Présent',
  'absent-justifie': 'Absence justifiée',
  absent: 'Absent',
  aucune: 'Aucune présence enregistrée',
};

/**
 * Attendance as printed, agreed with the stagiaire's civilité (« Présente », « Absent(e) »).
 *
 * @param presence - the attendance, or `aucune` when none was recorded.
 * @param civilite - the stagiaire's civilité.
 * @returns the printed attendance.
 * @remarks Réunion guide 2022-2023 § 2.2 (training of the EAFC and the INSPÉ); Issue 12, point 7: every document agrees with the civilité the rectorat records (Madame, Monsieur), naming both forms when none is recorded.
 */
export function formatPresence(
  presence: PresenceFormation | 'aucune',
  civilite: Civilite | null | undefined,
): string {
  const base = libellePresenceFormation[presence];
  if (presence !== 'present' && presence !== 'absent') return base;
  return civilite === 'madame' ? `${base}e` : civilite === 'monsieur' ? base : `${base}(e)`;
}

/**
 * The corps as printed, with the fonction when it is not the corps' usual one: « Professeur certifié
 * (professeur documentaliste) ».
 *
 * @param identite - the dossier's corps and fonction.
 * @returns the printed corps.
 * @remarks A professeur documentaliste is a certifié (arrêté du 19 avril 2013, NOR MENH1310120A, art. 1).
 */
export function formatLibelleCorpsEtFonction(identite: Pick<DossierIdentite, 'corps' | 'fonction'>): string {
  const corps = getCorps(identite.corps).label;
  return getFonction(identite) === 'documentaliste' ? `${corps} (professeur documentaliste)` : corps;
}

/** What the jury finds (arrêté MENH1411675A art. 4 and 9). */
export const libelleConstatJury: Readonly<Record<ConstatJury, string>> = {
  apte: 'Apte',
  inapte: 'Inapte',
  'non-evalue': 'Non évalué (session suivante)',
};

/** What the jury proposes (décret n° 72-581 art. 26). */
export const libellePropositionJury: Readonly<Record<PropositionJury, string>> = {
  titularisation: 'titularisation',
  renouvellement: 'renouvellement du stage',
  licenciement: 'licenciement',
  reintegration: 'réintégration',
};

/** A decision on a year of stage. */
export const libelleDecision: Readonly<Record<NatureDecision, string>> = {
  titularisation: 'Titularisation',
  renouvellement: 'Renouvellement du stage',
  'prolongation-master': 'Prolongation du stage (master)',
  licenciement: 'Licenciement',
  reintegration: 'Réintégration dans le corps d’origine',
};

/** Who signs an act (arrêté MENH1411675A art. 9). */
export const libelleAutorite: Readonly<Record<Autorite, string>> = {
  recteur: 'acte du recteur',
  'vice-recteur': 'acte du vice-recteur',
  ministre: 'acte du ministre',
};

/**
 * What the jury found and proposed, as printed: « Inapte — licenciement ».
 *
 * @param proposition - the jury's proposition.
 * @returns the printed proposition.
 */
export function formatPropositionJury(
  proposition: Pick<PropositionJuryRecord, 'constat' | 'proposition'>,
): string {
  const constat = libelleConstatJury[proposition.constat];
  return proposition.proposition === null
    ? constat
    : `${constat} — ${libellePropositionJury[proposition.proposition]}`;
}

/**
 * A decision as printed, with who took it: « Titularisation (acte du recteur, 29/06/2023) ». A decision recorded
 * before Tremplin 0.2 (`instance: 'jury'`) is the recteur's act on the jury's proposition, recorded as one.
 *
 * @param decision - a decision of the dossier.
 * @returns the printed decision.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9.
 */
export function formatDecision(decision: Pick<Decision, 'decision' | 'instance' | 'date'>): string {
  const par =
    decision.instance === 'jury'
      ? 'acte du recteur sur proposition du jury (enregistrement antérieur à la version 0.2)'
      : libelleAutorite[decision.instance];
  return `${libelleDecision[decision.decision]} (${par}, ${formatDateFr(decision.date)})`;
}

const libelleCategorieMembre: Readonly<Record<NonNullable<MembreJury['categorie']>, string>> = {
  'corps-inspection': 'corps d’inspection',
  'chef-etablissement': 'chef d’établissement',
  'enseignant-chercheur': 'enseignant-chercheur',
  'professeur-des-ecoles': 'professeur des écoles',
  'formateur-academique': 'formateur académique',
};

function categorieMembre(m: MembreJury): string | undefined {
  if (m.categorie === null) return undefined;
  if (m.categorie === 'formateur-academique')
    return `${formatMot('formateur', m.personne.civilite)} académique`;
  if (m.categorie === 'enseignant-chercheur') {
    const c = m.personne.civilite;
    return c === 'madame'
      ? 'enseignante-chercheuse'
      : c === 'monsieur'
        ? 'enseignant-chercheur'
        : 'enseignant-chercheur ou enseignante-chercheuse';
  }
  return libelleCategorieMembre[m.categorie];
}

/**
 * The names a jury list prints from a jury's composition: the president, then each other member with his
 * quality and category (« Éric MAILLOT (vice-président, corps d’inspection) »), agreed with each member's
 * civilité (« vice-présidente », « formatrice académique »).
 *
 * @param composition - the jury académique (arrêté MENH1411675A art. 4).
 * @returns the president (and his civilité, for « Le président » or « La présidente » above the signature) and
 *   the members, as the jury list's `jury` input takes them.
 */
export function formatMembresJury(composition: CompositionJury): {
  readonly president?: string;
  readonly civilitePresident?: Civilite;
  readonly membres: readonly string[];
} {
  const president = composition.membres.find((m) => m.qualite === 'president');
  const membres = composition.membres
    .filter((m) => m.qualite !== 'president')
    .map((m) => {
      const precisions = [
        m.qualite === 'vice-president' ? formatMot('vicePresident', m.personne.civilite) : undefined,
        categorieMembre(m),
      ].filter((x): x is string => x !== undefined);
      const nom = formatNomComplet(m.personne);
      return precisions.length > 0 ? `${nom} (${precisions.join(', ')})` : nom;
    });
  return {
    ...(president !== undefined ? { president: formatNomComplet(president.personne) } : {}),
    ...(president?.personne.civilite !== undefined ? { civilitePresident: president.personne.civilite } : {}),
    membres,
  };
}

/**
 * Formats an ISO date `YYYY-MM-DD` as `DD/MM/YYYY`.
 *
 * @param date - an ISO calendar date.
 * @returns the French numeric date; the input unchanged when it is not an ISO date.
 */
export function formatDateFr(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

// Building an Intl.DateTimeFormat costs more than a page of text; one per time zone is kept (a
// memo of a pure function, bounded by the number of IANA zones).
const formatters = new Map<string, (instant: string) => string>();

/**
 * A formatter of instants as « 30/11/2022 à 10:00 » in a time zone.
 *
 * @param timeZone - an IANA time zone.
 * @returns a function formatting an ISO instant (with offset) in that zone.
 */
export function instantFormatter(timeZone: string): (instant: string) => string {
  const known = formatters.get(timeZone);
  if (known !== undefined) return known;
  const format = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const formatter = (instant: string): string => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    return `${parts.day}/${parts.month}/${parts.year} à ${parts.hour}:${parts.minute}`;
  };
  formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * A person as printed: « Prénom NOM ».
 *
 * @param personne - a person of the dossier.
 * @returns the printed name.
 */
export function formatNomComplet(personne: Pick<PersonneRef, 'nom' | 'prenom'>): string {
  return `${personne.prenom} ${personne.nom.toLocaleUpperCase('fr-FR')}`;
}

/**
 * Finds the name of a person assigned to a dossier, current or past.
 *
 * @param dossier - the dossier.
 * @param id - the person's identifier.
 * @returns « Prénom NOM », or `undefined` when the dossier does not know the person.
 */
export function findNomActeur(dossier: DossierState, id: string): string | undefined {
  const { acteurs } = dossier;
  const people: (PersonneRef | null)[] = [
    ...acteurs.tuteurs.map((d) => d.tuteur),
    acteurs.chefEtablissement,
    acteurs.inspecteur,
    ...acteurs.formateursInspe,
    acteurs.directeurInspe,
  ];
  const person = people.find((p) => p !== null && p.id === id);
  return person ? formatNomComplet(person) : undefined;
}

/**
 * The EPLE as printed: « Lycée X, Saint-Denis (9740001J) », or the UAI alone when neither the dossier nor the
 * configuration names it. The dossier's own name (given at import or with the affectation) comes first.
 *
 * @param config - the académie's configuration.
 * @param uai - the EPLE's UAI.
 * @param dossier - the dossier, whose identity or affectations may name the EPLE.
 * @returns the printed EPLE.
 */
export function formatLibelleEtablissement(
  config: PdfExportConfig,
  uai: string,
  dossier?: Pick<DossierState, 'identite' | 'affectations'>,
): string {
  const eple =
    dossier?.affectations.findLast((a) => a.uai === uai && a.etablissement !== undefined)?.etablissement ??
    (dossier?.identite.uai === uai ? dossier.identite.etablissement : undefined) ??
    (config.etablissements !== undefined && Object.hasOwn(config.etablissements, uai)
      ? config.etablissements[uai]
      : undefined);
  if (eple === undefined) return `UAI ${uai}`;
  return `${eple.nom}${eple.commune !== undefined ? `, ${eple.commune}` : ''} (${uai})`;
}

/**
 * The discipline as printed: the dossier's label, else the configuration's, else the code.
 *
 * @param config - the académie's configuration.
 * @param code - the discipline code of the dossier.
 * @param identite - the dossier's identity, whose `disciplineLibelle` comes first.
 * @returns its label, or the code when none is given.
 */
export function formatLibelleDiscipline(
  config: PdfExportConfig,
  code: string,
  identite?: Pick<DossierIdentite, 'discipline' | 'disciplineLibelle'>,
): string {
  if (identite?.discipline === code && identite.disciplineLibelle !== undefined)
    return identite.disciplineLibelle;
  const disciplines = config.disciplines;
  return disciplines !== undefined && Object.hasOwn(disciplines, code) ? (disciplines[code] ?? code) : code;
}

/**
 * The school year of a year of stage: the dossier's year for the first, the next one for a
 * renouvellement.
 *
 * @param anneeScolaire - the dossier's school year `YYYY-YYYY`.
 * @param numero - 1 or 2.
 * @returns the school year of that year of stage.
 */
export function getAnneeScolaireDuStage(anneeScolaire: string, numero: number): string {
  const debut = Number.parseInt(anneeScolaire.slice(0, 4), 10) + numero - 1;
  return `${debut}-${debut + 1}`;
}

/**
 * The number of the year of stage that falls in a school year.
 *
 * @param anneeScolaire - the dossier's school year.
 * @param session - the school year of the jury session.
 * @returns 1 for the dossier's own year, 2 for the next, and so on (0 or less before it).
 */
export function computeNumeroAnneeDansSession(anneeScolaire: string, session: string): number {
  return Number.parseInt(session.slice(0, 4), 10) - Number.parseInt(anneeScolaire.slice(0, 4), 10) + 1;
}

/**
 * A file-name-safe slug: lower-case ASCII letters, digits and dashes.
 *
 * @param text - any text.
 * @returns the slug.
 */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
