/**
 * The fiche bilan (intermédiaire or final): the stagiaire's identity and context, the evaluation
 * grid of his corps at item level with each assessor's positionnement side by side (blank where he left an
 * item blank), the mark of a grid or scale that was not read in an official text, the expected level only when
 * the académie's pack sets one, the appréciations, the avis with the grid each rests on, the year's course
 * (congés and their effect, visits, training) and the places to sign and date.
 *
 * @remarks Réunion guide 2022-2023 § 5: « Le chef d'établissement et le tuteur académique procèdent
 * à un bilan des compétences professionnelles visées de tous les stagiaires deux fois au cours de
 * l'année » — « fin novembre » and « fin avril ». The grid: NS n° 2015-055 du 17 mars 2015 (NOR
 * MENH1506379N) and the NS du 21 juin 2023 (NOR MENH2311821N); fiche 12: « certains items peuvent ne pas
 * l'être »; the competencies: arrêté du 1er juillet 2013 (NOR MENE1315928A); the avis: arrêté du 22 août 2014
 * (NOR MENH1411675A) art. 5, « établi sur la base d'une grille d'évaluation ».
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import {
  type Avis,
  type Bilan,
  type BlocLignes,
  type Civilite,
  citeSource,
  type DossierState,
  type Echelle,
  type ExportOptions,
  echellesParDefaut,
  type Grille,
  getAnneeCourante,
  getCorps,
  getEchelle,
  getGrille,
  getItemGrille,
  getMentionEchelle,
  getMentionGrille,
  getMentionNiveau,
  getNiveau,
  getNiveauAttendu,
  getProfil,
  grillesNationales,
  type Issue,
  isNotation,
  issue,
  listLignesGrille,
  type NatureBilan,
  type NiveauNotation,
  type PersonneRef,
  type Positionnement,
  type PositionnementEntry,
  type RoleEvaluateur,
  type SourceRef,
  selectGrille,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { PdfFonts } from '../fonts.js';
import { createPdfLayout, type PdfLayout } from '../layout/pdf-layout.js';
import type { TableCell, TableColumn, TableItem } from '../layout/table.js';
import type { PdfExportConfig } from './config.js';
import { buildDeroulementAnnee, type DeroulementAnnee, drawDeroulementAnnee } from './deroulement.js';
import { buildMasqueDonneesPersonnelles, type Masque } from './donnees-personnelles.js';
import { buildTableauIdentite } from './identite.js';
import {
  capitaliser,
  formatDateFr,
  formatDecision,
  formatMot,
  formatMotAvecArticle,
  formatNomComplet,
  formatPropositionJury,
  formatRoleAvis,
  formatRoleEvaluateur,
  getAnneeScolaireDuStage,
  instantFormatter,
  libelleNatureBilan,
  libelleSensAvis,
  slug,
} from './labels.js';

/**
 * What a fiche bilan is made from.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A) art. 9: after a renouvellement, the year-1 jury relied on the year-1 fiche.
 */
export interface FicheBilanInput {
  /** The stagiaire's dossier, folded. */
  readonly dossier: DossierState;
  readonly nature: NatureBilan;
  /**
   * The year of stage (1, or 2 in a renouvellement); default: the last year that has content for this fiche
   * (see {@link getAnneeFicheBilan}): after a renouvellement, the year-1 fiche until year 2 has bilans.
   */
  readonly annee?: number;
  /**
   * When the document is produced, an ISO 8601 instant with offset: printed in the footer
   * (« Édité le … » in the académie's zone) and written as the PDF creation date.
   */
  readonly at: string;
}

/**
 * Options of a fiche bilan.
 *
 * @remarks Réunion guide 2022-2023 § 5 (who fills the fiches bilans).
 */
export interface FicheBilanOptions extends ExportOptions {
  /** Print the wording of each item of the grid beside its id (default `true`; `false`: ids only). */
  readonly itemsDeLaGrille?: boolean;
  /**
   * The assessor roles that get a column (and an appréciation box) even without a bilan, so that
   * the form can be filled by hand. Default: the tuteur and the chef d'établissement, who fill the
   * fiches bilans (Réunion guide § 5). A role that filed a bilan always has its column, whatever
   * this list says: the tuteur, the chef d'établissement, the inspecteur and the INSPÉ formateur
   * each get their own, side by side, in that order.
   */
  readonly colonnes?: readonly RoleEvaluateur[];
  /** Print the year's course (congés and their effect, visits, training); default `true`. */
  readonly deroulement?: boolean;
}

/** Roles in column order. */
const ordreRoles: readonly RoleEvaluateur[] = [
  'tuteur',
  'chef-etablissement',
  'inspecteur',
  'formateur-inspe',
];
/** Roles given a blank column by default. */
const colonnesParDefaut: readonly RoleEvaluateur[] = ['tuteur', 'chef-etablissement'];

/**
 * One column of the grid: an assessor (or an empty role to fill by hand).
 *
 * @remarks NS n° 2015-055: each evaluator fills his own copy of the grid; they are printed side by side.
 */
export interface ColonneEvaluateur {
  readonly role: RoleEvaluateur;
  /** The assessor's printed name, when known. */
  readonly nom?: string;
  /** The assessor's civilité, when recorded: the column's title agrees with it (« Tutrice »). */
  readonly civilite?: Civilite;
  /** His bilan, when he filed one (the latest he filed for this year and kind). */
  readonly bilan?: Bilan;
  /** His avis, when the column is the positionnement given with an avis on the fiche's grid. */
  readonly avis?: Avis;
  /** The positionnement the column prints (the bilan's or the avis's); none for a blank column. */
  readonly positionnement?: Positionnement;
  /** The scale of his positionnement. */
  readonly echelle?: Echelle;
}

/**
 * The expected level of a scale, printed only when a pack (or the académie's own scale) sets one.
 *
 * @remarks NS n° 2015-055 names no expected level of any scale: one is printed only when the académie sets it, citing its text.
 */
export interface NiveauAttenduImprime {
  readonly echelle: Echelle;
  readonly niveau: NiveauNotation;
  /** The text that sets it: the pack's `evaluation.niveauxAttendus` source, or the académie's scale's. */
  readonly source: SourceRef;
}

/**
 * An avis as the fiche prints it, with the grid it rests on.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5: the avis is « établi sur la base d'une grille d'évaluation ».
 */
export interface AvisImprime {
  readonly avis: Avis;
  readonly auteur?: PersonneRef;
  /** The grid the avis rests on, when it names one the configuration knows. */
  readonly grille?: Grille;
  /** Its positionnement when it is on another grid than the fiche's (printed under the avis). */
  readonly positionnementAPart?: { readonly lignes: readonly BlocLignes[]; readonly echelle?: Echelle };
}

/**
 * Everything a fiche bilan prints, checked.
 *
 * @remarks NS n° 2015-055 (grid and fiche 12); arrêté du 22 août 2014 (NOR MENH1411675A) art. 5; décret n° 94-874 art. 26.
 */
export interface PlanFicheBilan {
  readonly dossier: DossierState;
  readonly nature: NatureBilan;
  readonly annee: number;
  readonly anneeScolaire: string;
  readonly grille: Grille;
  readonly colonnes: readonly ColonneEvaluateur[];
  /** The rows of the grid: per block, its items (competencies where it has none), one cell per column. */
  readonly lignes: readonly BlocLignes[];
  /** The scales to explain under the grid: those used, or the default one for the kind of bilan. */
  readonly echelles: readonly Echelle[];
  /** The expected levels of those scales, only where a pack or the académie's scale sets one. */
  readonly niveauxAttendus: readonly NiveauAttenduImprime[];
  /** The avis of the year (final fiche), each with its grid. */
  readonly avis: readonly AvisImprime[];
  /** The year's course: congés and their effect, visits, training. */
  readonly deroulement: DeroulementAnnee;
  readonly at: string;
}

/** The person currently assigned in a role, for a blank column to fill by hand. */
function personneAssignee(dossier: DossierState, role: RoleEvaluateur): PersonneRef | null {
  const { acteurs } = dossier;
  return match(role)
    .with('tuteur', () => acteurs.tuteurs.find((d) => d.jusquau === null)?.tuteur ?? null)
    .with('chef-etablissement', () => acteurs.chefEtablissement)
    .with('inspecteur', () => acteurs.inspecteur)
    .with('formateur-inspe', () =>
      acteurs.formateursInspe.length === 1 ? (acteurs.formateursInspe[0] ?? null) : null,
    )
    .exhaustive();
}

/** A person of the dossier (current or past) by id. */
function findPersonne(dossier: DossierState, id: string): PersonneRef | undefined {
  const { acteurs } = dossier;
  const people: (PersonneRef | null)[] = [
    ...acteurs.tuteurs.map((d) => d.tuteur),
    acteurs.chefEtablissement,
    acteurs.inspecteur,
    ...acteurs.formateursInspe,
    acteurs.directeurInspe,
  ];
  return people.find((p): p is PersonneRef => p !== null && p.id === id);
}

function identiteColonne(
  personne: PersonneRef | null | undefined,
): Pick<ColonneEvaluateur, 'nom' | 'civilite'> {
  if (personne == null) return {};
  return {
    nom: formatNomComplet(personne),
    ...(personne.civilite !== undefined ? { civilite: personne.civilite } : {}),
  };
}

/** The latest bilan of each assessor for a year and a kind (a re-deposit supersedes his own). */
function derniersBilans(dossier: DossierState, annee: number, nature: NatureBilan): Bilan[] {
  const parEvaluateur = new Map<string, Bilan>();
  for (const bilan of dossier.bilans) {
    if (bilan.annee !== annee || bilan.nature !== nature) continue;
    const key = `${bilan.evaluateur.role}\u0000${bilan.evaluateur.id}`;
    const previous = parEvaluateur.get(key);
    if (previous === undefined || previous.le <= bilan.le) parEvaluateur.set(key, bilan);
  }
  return [...parEvaluateur.values()];
}

/** The latest avis of each role for a year, in the order of art. 5. */
function derniersAvis(dossier: DossierState, annee: number): Avis[] {
  const parRole = new Map<string, Avis>();
  for (const a of dossier.avis) {
    if (a.annee !== annee) continue;
    const previous = parRole.get(a.role);
    if (previous === undefined || previous.le <= a.le) parRole.set(a.role, a);
  }
  return (['inspecteur', 'chef-etablissement', 'directeur-inspe'] as const).flatMap(
    (r) => parRole.get(r) ?? [],
  );
}

function echelleParDefaut(echelles: readonly Echelle[], nature: NatureBilan): Echelle | undefined {
  return echelles.find(
    (e) => e.usage === (nature === 'intermediaire' ? 'bilan-intermediaire' : 'bilan-final'),
  );
}

/**
 * The year of stage a fiche bilan is for by default: the last year that has content for it (a bilan of this
 * kind, or for the final fiche an avis), else the current year (a blank form). After a renouvellement, the
 * year-1 final fiche is the one the year-1 jury relied on; the year-2 fiche is given only once year 2 has
 * content, never as an empty form « édité le … » in place of the year-1 one.
 *
 * @param dossier - the dossier.
 * @param nature - intermédiaire or final.
 * @returns the number of the year of stage.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5 and 9: the jury of a session decides on the
 * year it examines; issue 12, point 7.
 * @example
 * ```ts
 * getAnneeFicheBilan(renouvele, 'final'); // 1 until a year-2 bilan final or avis is recorded
 * ```
 */
export function getAnneeFicheBilan(dossier: DossierState, nature: NatureBilan): number {
  const annees = listAnneesFicheBilan(dossier, nature);
  return annees.at(-1) ?? getAnneeCourante(dossier);
}

/**
 * The years of stage that have content for a fiche bilan (a bilan of this kind, or for the final fiche an
 * avis), in order: one fiche per year to export for a renewed stagiaire.
 *
 * @param dossier - the dossier.
 * @param nature - intermédiaire or final.
 * @returns the year numbers, ascending; empty when no year has content.
 * @remarks Issue 12, point 7: the year-1 fiche stays the one of the year-1 jury.
 */
export function listAnneesFicheBilan(dossier: DossierState, nature: NatureBilan): readonly number[] {
  const annees = new Set<number>(dossier.bilans.filter((b) => b.nature === nature).map((b) => b.annee));
  if (nature === 'final') for (const a of dossier.avis) annees.add(a.annee);
  return [...annees].sort((a, b) => a - b);
}

/** The local day of an instant in a time zone, `YYYY-MM-DD`. */
function jourLocal(at: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Checks the entries of a positionnement against the fiche's grid and its scale. */
function checkEntrees(
  positionnement: Positionnement,
  echelle: Echelle | undefined,
  grille: Grille | undefined,
  path: readonly (string | number)[],
  issues: Issue[],
): void {
  const evaluees = new Set<string>(grille?.blocs.flatMap((b) => b.competences) ?? []);
  positionnement.entries.forEach((entree, index) => {
    if (echelle !== undefined && getNiveau(echelle, entree.niveau) === undefined) {
      issues.push(
        issue(
          'fiche.niveau-inconnu',
          `Le niveau « ${entree.niveau} » n'est pas un niveau de l'échelle ${echelle.id}.`,
          [...path, 'entrees', index, 'niveau'],
        ),
      );
    }
    if (grille === undefined) return;
    if (entree.item !== undefined) {
      if (getItemGrille(grille, entree.item) === undefined) {
        issues.push(
          issue(
            'fiche.item-hors-grille',
            `L'item ${entree.item} n'est pas un item de la grille ${grille.id}.`,
            [...path, 'entrees', index, 'item'],
          ),
        );
      }
    } else if (!evaluees.has(entree.competence)) {
      issues.push(
        issue(
          'fiche.competence-hors-grille',
          `La compétence ${entree.competence} n'est pas évaluée par la grille ${grille.id}.`,
          [...path, 'entrees', index, 'competence'],
        ),
      );
    }
  });
}

/**
 * Checks a fiche bilan's input and gathers what it prints: the grid (the bilans' own, or the
 * académie's choice for a blank form), one column per assessor (and per avis given with a positionnement on
 * that grid), the rows of the grid, the scales and their expected levels when a pack sets them, the avis with
 * their grids, and the year's course.
 *
 * @param input - dossier, kind, year, date of edition.
 * @param config - the académie's configuration.
 * @param options - columns to keep for blank roles.
 * @returns the plan, or a `ValidationError` listing every problem: `fiche.annee-inconnue`,
 *   `fiche.at-invalide`, `fiche.grille-inconnue`, `fiche.grilles-differentes`,
 *   `fiche.grille-introuvable`, `fiche.echelle-inconnue`, `fiche.niveau-inconnu`,
 *   `fiche.competence-hors-grille`, `fiche.item-hors-grille`, `fiche.grille-avis-inconnue`.
 * @remarks NS n° 2015-055, fiche 12: some items may stay blank, and are printed blank; arrêté du 22 août 2014
 * (NOR MENH1411675A) art. 5: each avis is printed with the grid it rests on.
 */
export function planFicheBilan(
  input: FicheBilanInput,
  config: PdfExportConfig,
  options: FicheBilanOptions = {},
): Result<PlanFicheBilan, ValidationError> {
  const { dossier, nature } = input;
  const grilles = config.grilles ?? grillesNationales;
  const echelles = config.echelles ?? echellesParDefaut;
  const issues: Issue[] = [];
  const annee = input.annee ?? getAnneeFicheBilan(dossier, nature);
  const anneesConnues = dossier.stage.annees.map((a) => a.numero);
  if (!Number.isInteger(annee) || annee < 1 || (annee > 1 && !anneesConnues.includes(annee))) {
    issues.push(issue('fiche.annee-inconnue', `Le dossier n'a pas d'année de stage n° ${annee}.`, ['annee']));
  }
  const atLisible = !Number.isNaN(Date.parse(input.at));
  if (!atLisible) {
    issues.push(issue('fiche.at-invalide', `Instant d'édition illisible : ${input.at}.`, ['at']));
  }
  const anneeScolaire = getAnneeScolaireDuStage(dossier.identite.anneeScolaire, annee);
  const bilans = derniersBilans(dossier, annee, nature);

  // The grid: the one the bilans were given on, or the académie's choice for a blank form.
  const idsGrilles = [...new Set(bilans.map((b) => b.positionnement.grilleId))];
  let grille: Grille | undefined;
  if (idsGrilles.length > 1) {
    issues.push(
      issue(
        'fiche.grilles-differentes',
        `Les bilans portent sur des grilles différentes (${idsGrilles.join(', ')}) : une fiche n'en présente qu'une.`,
        ['dossier', 'bilans'],
      ),
    );
  } else if (idsGrilles[0] !== undefined) {
    grille = getGrille(idsGrilles[0], grilles);
    if (grille === undefined) {
      issues.push(
        issue('fiche.grille-inconnue', `Grille inconnue : ${idsGrilles[0]}.`, ['dossier', 'bilans']),
      );
    }
  } else {
    // The grid follows the profil: a documentaliste certifié is evaluated on the documentalistes' grid.
    const profil = getProfil(dossier.identite);
    const choisie = selectGrille(profil, anneeScolaire, config.choixGrilles?.[profil], grilles);
    if (choisie.isErr()) {
      issues.push(
        issue('fiche.grille-introuvable', choisie.error.message, ['config', 'choixGrilles', profil]),
      );
    } else {
      grille = choisie.value;
    }
  }

  const colonnes: ColonneEvaluateur[] = [];
  const echellesUtilisees: Echelle[] = [];
  const echelleDe = (positionnement: Positionnement, path: readonly (string | number)[]) => {
    const echelle = getEchelle(positionnement.echelleId, echelles);
    if (echelle === undefined) {
      issues.push(issue('fiche.echelle-inconnue', `Échelle inconnue : ${positionnement.echelleId}.`, path));
    } else if (!echellesUtilisees.includes(echelle)) {
      echellesUtilisees.push(echelle);
    }
    return echelle;
  };
  for (const role of ordreRoles) {
    const duRole = bilans
      .filter((b) => b.evaluateur.role === role)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    if (duRole.length === 0) {
      if ((options.colonnes ?? colonnesParDefaut).includes(role)) {
        colonnes.push({ role, ...identiteColonne(personneAssignee(dossier, role)) });
      }
      continue;
    }
    for (const bilan of duRole) {
      const path = ['dossier', 'bilans', bilan.bilanId];
      const echelle = echelleDe(bilan.positionnement, path);
      checkEntrees(bilan.positionnement, echelle, grille, path, issues);
      colonnes.push({
        role,
        bilan,
        positionnement: bilan.positionnement,
        ...identiteColonne(findPersonne(dossier, bilan.evaluateur.id)),
        ...(echelle !== undefined ? { echelle } : {}),
      });
    }
  }

  // The avis of the year (final fiche), each with the grid it rests on; a positionnement given with an avis on
  // the fiche's grid gets its own column, beside the bilans.
  const avis: AvisImprime[] = [];
  if (nature === 'final') {
    for (const a of derniersAvis(dossier, annee)) {
      const path = ['dossier', 'avis', a.avisId];
      const auteur = findPersonne(dossier, a.auteurId);
      const grilleId = a.grilleId ?? a.positionnement?.grilleId ?? null;
      const grilleAvis = grilleId !== null ? getGrille(grilleId, grilles) : undefined;
      if (grilleId !== null && grilleAvis === undefined) {
        issues.push(issue('fiche.grille-avis-inconnue', `Grille de l'avis inconnue : ${grilleId}.`, path));
      }
      let positionnementAPart: AvisImprime['positionnementAPart'];
      if (a.positionnement !== null && grilleAvis !== undefined) {
        const echelle = echelleDe(a.positionnement, path);
        checkEntrees(a.positionnement, echelle, grilleAvis, path, issues);
        if (grilleAvis.id === grille?.id && a.role !== 'directeur-inspe') {
          colonnes.push({
            role: a.role,
            avis: a,
            positionnement: a.positionnement,
            ...identiteColonne(auteur),
            ...(echelle !== undefined ? { echelle } : {}),
          });
        } else {
          positionnementAPart = {
            lignes: listLignesGrille(grilleAvis, [a.positionnement]),
            ...(echelle !== undefined ? { echelle } : {}),
          };
        }
      }
      avis.push({
        avis: a,
        ...(auteur !== undefined ? { auteur } : {}),
        ...(grilleAvis !== undefined ? { grille: grilleAvis } : {}),
        ...(positionnementAPart !== undefined ? { positionnementAPart } : {}),
      });
    }
  }

  if (issues.length > 0 || grille === undefined) {
    return err(validationError('La fiche bilan ne peut pas être éditée.', issues));
  }
  const parDefaut = echelleParDefaut(echelles, nature);
  const imprimees =
    echellesUtilisees.length > 0 ? echellesUtilisees : parDefaut !== undefined ? [parDefaut] : [];
  const packAttendus = config.niveauxAttendus;
  const niveauxAttendus = imprimees.flatMap((echelle): NiveauAttenduImprime[] => {
    const niveau = getNiveauAttendu(echelle, packAttendus?.value);
    if (niveau === undefined) return [];
    const duPack = packAttendus?.value[echelle.id] !== undefined;
    return [
      {
        echelle,
        niveau,
        source: duPack && packAttendus !== undefined ? packAttendus.source : echelle.source,
      },
    ];
  });
  const avecPositionnement = colonnes.flatMap((c) => c.positionnement ?? []);
  return ok({
    dossier,
    nature,
    annee,
    anneeScolaire,
    grille,
    colonnes,
    lignes: listLignesGrille(grille, avecPositionnement),
    echelles: imprimees,
    niveauxAttendus,
    avis,
    deroulement: buildDeroulementAnnee(dossier, annee, jourLocal(input.at, config.timeZone), config),
    at: input.at,
  });
}

/** The printed cell of one rating: blank when left blank, the level's label, « sous le niveau attendu ». */
function celluleNiveau(
  entree: PositionnementEntry | null,
  echelle: Echelle | undefined,
  attendus: readonly NiveauAttenduImprime[],
  masque: Masque,
): TableCell {
  if (entree === null) return '';
  const niveau = echelle !== undefined ? getNiveau(echelle, entree.niveau) : undefined;
  const label = niveau?.label ?? entree.niveau;
  const commentaire =
    entree.commentaire !== undefined && entree.commentaire !== ''
      ? `\n${masque.clean(entree.commentaire)}`
      : '';
  const attendu = attendus.find((a) => a.echelle === echelle)?.niveau;
  if (niveau !== undefined && isNotation(niveau) && attendu !== undefined && niveau.rang < attendu.rang) {
    return { text: `${label}\n(sous le niveau attendu)${commentaire}`, bold: true };
  }
  const text = `${label}${commentaire}`;
  return niveau?.kind === 'hors-notation' ? { text, italic: true } : text;
}

function enteteColonne(colonne: ColonneEvaluateur): string {
  const role = formatRoleEvaluateur(colonne.role, colonne.civilite, true);
  const titre = colonne.avis !== undefined ? `Avis — ${role}` : role;
  return colonne.nom !== undefined ? `${titre}\n${colonne.nom}` : titre;
}

/** The rows of a grid: a band per block, a row per item (per competency where the block has none). */
function* lignesTableau(
  blocs: readonly BlocLignes[],
  colonnes: readonly Pick<ColonneEvaluateur, 'positionnement' | 'echelle'>[],
  attendus: readonly NiveauAttenduImprime[],
  masque: Masque,
  libelles: boolean,
): Generator<TableItem> {
  for (const { bloc, lignes } of blocs) {
    yield { kind: 'section', text: `${bloc.numero}. ${bloc.titre}` };
    for (const ligne of lignes) {
      let indice = 0;
      const cellules = colonnes.map((colonne) => {
        if (colonne.positionnement === undefined) return '';
        const entree = ligne.entrees[indice++] ?? null;
        return celluleNiveau(entree, colonne.echelle, attendus, masque);
      });
      const libelle =
        ligne.kind === 'competence' && bloc.items.length > 0
          ? { text: `${ligne.libelle} (positionné par compétence)`, italic: true }
          : libelles || ligne.kind === 'competence'
            ? ligne.libelle
            : '';
      yield { cells: [{ text: ligne.cible, bold: true }, libelle, ...cellules] };
    }
  }
}

/**
 * The marks a fiche prints about where its grid and scales come from: the grid's, each scale's, and a level's
 * when its status differs from its scale's or the pack words levels (`getMentionGrille`, `getMentionEchelle`,
 * `getMentionNiveau`, with the pack's `evaluation.mentionsStatut`).
 *
 * @param grille - the grid the fiche rests on.
 * @param echelles - the scales it prints.
 * @param config - the pack's wording, if any.
 * @returns the sentences to print, in order; empty when everything was read in an official text.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5 and 7: the stagiaire may see the grid the avis
 * rest on; a grid that is not the official one says so (issue 12, point 2).
 */
export function listMentionsStatut(
  grille: Grille,
  echelles: readonly Echelle[],
  config: Pick<PdfExportConfig, 'mentionsStatut'>,
): readonly string[] {
  const mentions = config.mentionsStatut;
  const out: string[] = [];
  const g = getMentionGrille(grille, mentions).texte;
  if (g !== null) out.push(g);
  for (const echelle of echelles) {
    const e = getMentionEchelle(echelle, mentions).texte;
    if (e !== null && !out.includes(e)) out.push(e);
    for (const niveau of echelle.niveaux) {
      if (niveau.statut === echelle.statut && mentions?.niveau === undefined) continue;
      const n = getMentionNiveau(echelle, niveau, mentions).texte;
      if (n !== null && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

function legendeEchelle(echelle: Echelle, attendu: NiveauAttenduImprime | undefined): string {
  const niveaux = echelle.niveaux.map((n) => n.label).join(' · ');
  const suite =
    attendu !== undefined
      ? ` — niveau attendu : ${attendu.niveau.label} (fixé par l'académie : ${citeSource(attendu.source)})`
      : '';
  return `Échelle : ${niveaux}${suite}.`;
}

function drawMentions(layout: PdfLayout, mentions: readonly string[]): void {
  for (const mention of mentions) {
    layout.paragraph(`⚠ ${mention}`, {
      font: 'bold',
      size: layout.style.sizes.small,
      color: layout.style.colors.accent,
      spaceAfter: 2,
    });
  }
}

function drawAvis(
  layout: PdfLayout,
  plan: PlanFicheBilan,
  config: PdfExportConfig,
  masque: Masque,
  section: number,
): void {
  layout.heading(`${section}. Avis émis en vue de la titularisation`, 1, 60);
  if (plan.avis.length === 0) {
    layout.paragraph('Aucun avis enregistré pour cette année de stage.', {
      size: layout.style.sizes.table,
      color: layout.style.colors.muted,
    });
  }
  for (const { avis: a, auteur, grille, positionnementAPart } of plan.avis) {
    const nom = auteur !== undefined ? ` (${formatNomComplet(auteur)})` : '';
    layout.checkboxes(
      `${formatRoleAvis(a.role, auteur?.civilite)}${nom}, le ${formatDateFr(a.date)} :`,
      (['favorable', 'defavorable'] as const).map((sens) => ({
        label: libelleSensAvis[sens].toLocaleLowerCase('fr-FR'),
        checked: a.sens === sens,
      })),
    );
    const petit = { size: layout.style.sizes.table } as const;
    if (grille !== undefined) {
      const memeGrille = grille.id === plan.grille.id;
      layout.paragraph(
        `Avis établi sur la grille : ${grille.label}${memeGrille ? ' (celle de cette fiche)' : ''}${a.positionnement !== null && memeGrille && a.role !== 'directeur-inspe' ? ' ; positionnement dans la colonne « Avis » de la grille ci-dessus' : ''}.`,
        petit,
      );
      if (!memeGrille) drawMentions(layout, listMentionsStatut(grille, [], config));
    } else if (a.role !== 'directeur-inspe') {
      layout.paragraph(
        "Grille de l'avis : non précisée (avis enregistré sans le nom de sa grille ; l'arrêté du 22 août 2014, art. 5, veut un avis « établi sur la base d'une grille d'évaluation »).",
        { ...petit, color: layout.style.colors.muted },
      );
    }
    if (positionnementAPart !== undefined) {
      const colonne = {
        positionnement: a.positionnement ?? undefined,
        ...(positionnementAPart.echelle !== undefined ? { echelle: positionnementAPart.echelle } : {}),
      } as Pick<ColonneEvaluateur, 'positionnement' | 'echelle'>;
      layout.table({
        columns: [
          { header: 'Item', width: 0.55 },
          { header: 'Libellé', width: 3 },
          { header: 'Positionnement', width: 1.3, align: 'center' },
        ],
        rows: lignesTableau(positionnementAPart.lignes, [colonne], [], masque, true),
      });
    }
    if (a.motivation !== null && a.motivation !== '') {
      layout.paragraph(masque.clean(a.motivation), petit);
    }
  }
}

/** Whether the jury proposed or an authority decided on the year. */
function aUneSuite(plan: PlanFicheBilan): boolean {
  return (
    plan.dossier.propositionsJury.some((p) => p.annee === plan.annee) ||
    plan.dossier.decisions.some((d) => d.annee === plan.annee)
  );
}

/** The jury's proposition and the decision on the year, when taken (final fiche). */
function drawSuiteDonnee(layout: PdfLayout, plan: PlanFicheBilan): void {
  const { dossier, annee } = plan;
  const proposition = dossier.propositionsJury.filter((p) => p.annee === annee).at(-1);
  const decision = dossier.decisions.filter((d) => d.annee === annee).at(-1);
  const lignes = [
    proposition !== undefined ? `Proposition du jury : ${formatPropositionJury(proposition)}.` : undefined,
    decision !== undefined ? `Décision : ${formatDecision(decision)}.` : undefined,
  ].filter((l): l is string => l !== undefined);
  if (lignes.length > 0) layout.paragraph(lignes.join('\n'), { size: layout.style.sizes.table });
}

/**
 * Draws a checked fiche bilan into a layout.
 *
 * @param layout - a fresh document.
 * @param plan - what {@link planFicheBilan} returned.
 * @param config - the académie's configuration (names of EPLE and disciplines, wording of the marks).
 * @param masque - the personal-data policy.
 * @param options - item wording or not, the year's course or not, the académie's closing mention.
 * @remarks NS n° 2015-055 fiche 12 (items may stay blank); arrêté du 22 août 2014 (NOR MENH1411675A) art. 5;
 * décret n° 94-874 art. 26 (leave and the length of the stage).
 */
export function drawFicheBilan(
  layout: PdfLayout,
  plan: PlanFicheBilan,
  config: PdfExportConfig,
  masque: Masque,
  options: FicheBilanOptions & { readonly mention?: string } = {},
): void {
  const { dossier } = plan;
  const stagiaire = dossier.identite.stagiaire;
  const titre = libelleNatureBilan[plan.nature];
  layout.title(
    titre.toLocaleUpperCase('fr-FR'),
    `Année scolaire ${plan.anneeScolaire}${plan.annee > 1 ? ' — seconde année de stage (renouvellement)' : ''} — référentiel des compétences professionnelles (arrêté du 1er juillet 2013)`,
  );

  layout.heading('1. Identité et contexte', 1, 80);
  layout.table(buildTableauIdentite(dossier, plan.annee, config, layout, masque));

  layout.heading("2. Positionnement sur la grille d'évaluation", 1, 120);
  layout.paragraph(`Grille : ${plan.grille.label}.`, { size: layout.style.sizes.small, spaceAfter: 2 });
  drawMentions(layout, listMentionsStatut(plan.grille, plan.echelles, config));
  for (const echelle of plan.echelles) {
    const attendu = plan.niveauxAttendus.find((a) => a.echelle === echelle);
    layout.paragraph(legendeEchelle(echelle, attendu), { size: layout.style.sizes.small, spaceAfter: 2 });
  }
  layout.paragraph('Un item peut ne pas être positionné : sa case reste vide (NS n° 2015-055, fiche 12).', {
    size: layout.style.sizes.small,
    color: layout.style.colors.muted,
    spaceAfter: 2,
  });
  layout.space(4);
  const colonnes: TableColumn[] = [
    { header: 'Item', width: 0.55 },
    { header: 'Libellé de la grille', width: 3 },
    ...plan.colonnes.map((c): TableColumn => ({ header: enteteColonne(c), width: 1.3, align: 'center' })),
  ];
  layout.table({
    columns: colonnes,
    rows: lignesTableau(
      plan.lignes,
      plan.colonnes,
      plan.niveauxAttendus,
      masque,
      options.itemsDeLaGrille ?? true,
    ),
  });

  layout.heading('3. Appréciations', 1, 90);
  for (const colonne of plan.colonnes.filter((c) => c.avis === undefined)) {
    const qui = [formatRoleEvaluateur(colonne.role, colonne.civilite), colonne.nom]
      .filter((s) => s !== undefined)
      .join(' — ');
    const quand = colonne.bilan !== undefined ? ` (bilan du ${formatDateFr(colonne.bilan.date)})` : '';
    layout.textBox(
      `Appréciation : ${qui}${quand}`,
      masque.clean(colonne.bilan?.appreciation ?? ''),
      colonne.bilan === undefined ? 80 : 30,
    );
  }

  let section = 4;
  if (plan.nature === 'final' && (plan.avis.length > 0 || aUneSuite(plan))) {
    drawAvis(layout, plan, config, masque, section);
    drawSuiteDonnee(layout, plan);
    section++;
  }

  if (options.deroulement ?? true) {
    drawDeroulementAnnee(layout, plan.deroulement, dossier, stagiaire.civilite, masque, section);
    section++;
  }

  layout.heading(`${section}. Dates et signatures`, 1, 100);
  const signataire = (role: RoleEvaluateur) =>
    plan.colonnes.find((c) => c.role === role && c.avis === undefined && c.nom !== undefined);
  const tuteur = signataire('tuteur');
  const chef =
    signataire('chef-etablissement')?.nom ??
    (dossier.acteurs.chefEtablissement !== null
      ? formatNomComplet(dossier.acteurs.chefEtablissement)
      : undefined);
  layout.signatures([
    { role: `Vu par ${formatMot('stagiaire', stagiaire.civilite)}`, nom: formatNomComplet(stagiaire) },
    {
      role: capitaliser(formatMotAvecArticle('tuteur', tuteur?.civilite)),
      ...(tuteur?.nom !== undefined ? { nom: tuteur.nom } : {}),
    },
    { role: "Le chef d'établissement", ...(chef !== undefined ? { nom: chef } : {}) },
  ]);
  if (options.mention !== undefined) {
    layout.paragraph(options.mention, { size: layout.style.sizes.small, color: layout.style.colors.muted });
  }
}

/**
 * Renders a fiche bilan as a PDF stream.
 *
 * @param input - dossier, kind, year, date of edition.
 * @param config - the académie's configuration, with the parsed fonts.
 * @param options - personal data to include, grid items, blank columns.
 * @returns the PDF as a Node `Readable`, or a `ValidationError` (see {@link planFicheBilan}).
 * @example
 * ```ts
 * const pdf = renderFicheBilan({ dossier, nature: 'intermediaire', at: '2022-11-30T10:00:00+04:00' }, { ...config, fonts });
 * if (pdf.isOk()) await pipeline(pdf.value, createWriteStream('fiche.pdf'));
 * ```
 */
export function renderFicheBilan(
  input: FicheBilanInput,
  config: PdfExportConfig & { readonly fonts: PdfFonts },
  options: FicheBilanOptions = {},
): Result<Readable, ValidationError> {
  return planFicheBilan(input, config, options).map((plan) => {
    const masque = buildMasqueDonneesPersonnelles(
      plan.dossier,
      options.includeSensitive,
      options.donneesPersonnelles,
    );
    const stagiaire = formatNomComplet(plan.dossier.identite.stagiaire);
    const titre = `${libelleNatureBilan[plan.nature]} ${plan.anneeScolaire}`;
    const layout = createPdfLayout({
      fonts: config.fonts,
      ...(config.style !== undefined ? { style: config.style } : {}),
      ...(config.compress !== undefined ? { compress: config.compress } : {}),
      header: {
        academie: config.academie,
        ...(config.service !== undefined ? { service: config.service } : {}),
        titre: libelleNatureBilan[plan.nature],
        sousTitre: `Année scolaire ${plan.anneeScolaire}`,
      },
      footer: {
        left: `${stagiaire} — ${titre}`,
        center: `Édité le ${instantFormatter(config.timeZone)(plan.at)}`,
      },
      metadata: {
        title: `${titre} — ${stagiaire}`,
        subject: `Bilan des compétences professionnelles — ${getCorps(getProfil(plan.dossier.identite)).label}`,
        author: config.academie,
        keywords: `fiche bilan, ${plan.nature}, ${plan.anneeScolaire}, dossier ${plan.dossier.dossierId}`,
        creationDate: new Date(plan.at),
      },
    });
    drawFicheBilan(layout, plan, config, masque, {
      ...options,
      ...(config.mentions?.ficheBilan !== undefined ? { mention: config.mentions.ficheBilan } : {}),
    });
    return layout.end();
  });
}

/**
 * The file name of a fiche bilan: kind, school year, dossier id; no personal data.
 *
 * @param input - the fiche's input.
 * @returns e.g. `fiche-bilan-intermediaire-2022-2023-d0042.pdf`.
 */
export function buildNomFichierFicheBilan(input: FicheBilanInput): string {
  const annee = input.annee ?? getAnneeFicheBilan(input.dossier, input.nature);
  const anneeScolaire = getAnneeScolaireDuStage(input.dossier.identite.anneeScolaire, annee);
  return `fiche-bilan-${input.nature}-${anneeScolaire}-${slug(input.dossier.dossierId)}.pdf`;
}
