/**
 * The fiche bilan (intermédiaire or final): the stagiaire's identity and context, the evaluation
 * grid of his corps with each assessor's positionnement side by side, the appréciations, and the
 * places to sign and date.
 *
 * @remarks Réunion guide 2022-2023 § 5: « Le chef d'établissement et le tuteur académique procèdent
 * à un bilan des compétences professionnelles visées de tous les stagiaires deux fois au cours de
 * l'année » — « fin novembre » and « fin avril ». The grid: NS n° 2015-055 du 17 mars 2015 (NOR
 * MENH1506379N) and the NS du 21 juin 2023 (NOR MENH2311821N); the competencies: arrêté du
 * 1er juillet 2013 (NOR MENE1315928A).
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import {
  type Bilan,
  type DossierState,
  type Echelle,
  type ExportOptions,
  echellesParDefaut,
  type Grille,
  getAnneeCourante,
  getCompetence,
  getCorps,
  getEchelle,
  getGrille,
  getNiveau,
  getProfil,
  grillesNationales,
  type Issue,
  issue,
  type NatureBilan,
  type RoleEvaluateur,
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
import { buildMasqueDonneesPersonnelles, type Masque } from './donnees-personnelles.js';
import { buildTableauIdentite } from './identite.js';
import {
  findNomActeur,
  formatDateFr,
  formatNomComplet,
  getAnneeScolaireDuStage,
  instantFormatter,
  libelleCourtRoleEvaluateur,
  libelleNatureBilan,
  libelleRoleAvis,
  libelleRoleEvaluateur,
  libelleSensAvis,
  slug,
} from './labels.js';

/** What a fiche bilan is made from. */
export interface FicheBilanInput {
  /** The stagiaire's dossier, folded. */
  readonly dossier: DossierState;
  readonly nature: NatureBilan;
  /** The year of stage (1, or 2 in a renouvellement); default: the current one. */
  readonly annee?: number;
  /**
   * When the document is produced, an ISO 8601 instant with offset: printed in the footer
   * (« Édité le … » in the académie's zone) and written as the PDF creation date.
   */
  readonly at: string;
}

/** Options of a fiche bilan. */
export interface FicheBilanOptions extends ExportOptions {
  /** Print the grid's items (its observable indicators) under each block title (default `true`). */
  readonly itemsDeLaGrille?: boolean;
  /**
   * The assessor roles that get a column (and an appréciation box) even without a bilan, so that
   * the form can be filled by hand. Default: the tuteur and the chef d'établissement, who fill the
   * fiches bilans (Réunion guide § 5). A role that filed a bilan always has its column, whatever
   * this list says: the tuteur, the chef d'établissement, the inspecteur and the INSPÉ formateur
   * each get their own, side by side, in that order.
   */
  readonly colonnes?: readonly RoleEvaluateur[];
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

/** One column of the grid: an assessor (or an empty role to fill by hand). */
export interface ColonneEvaluateur {
  readonly role: RoleEvaluateur;
  /** The assessor's printed name, when known. */
  readonly nom?: string;
  /** His bilan, when he filed one (the latest he filed for this year and kind). */
  readonly bilan?: Bilan;
  /** The scale of his positionnement. */
  readonly echelle?: Echelle;
}

/** Everything a fiche bilan prints, checked. */
export interface PlanFicheBilan {
  readonly dossier: DossierState;
  readonly nature: NatureBilan;
  readonly annee: number;
  readonly anneeScolaire: string;
  readonly grille: Grille;
  readonly colonnes: readonly ColonneEvaluateur[];
  /** The scales to explain under the grid: those used, or the default one for the kind of bilan. */
  readonly echelles: readonly Echelle[];
  readonly at: string;
}

/** The person currently assigned in a role, for a blank column to fill by hand. */
function nomAssigne(dossier: DossierState, role: RoleEvaluateur): string | undefined {
  const { acteurs } = dossier;
  const personne = match(role)
    .with('tuteur', () => acteurs.tuteurs.find((d) => d.jusquau === null)?.tuteur ?? null)
    .with('chef-etablissement', () => acteurs.chefEtablissement)
    .with('inspecteur', () => acteurs.inspecteur)
    .with('formateur-inspe', () =>
      acteurs.formateursInspe.length === 1 ? (acteurs.formateursInspe[0] ?? null) : null,
    )
    .exhaustive();
  return personne !== null ? formatNomComplet(personne) : undefined;
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

function echelleParDefaut(echelles: readonly Echelle[], nature: NatureBilan): Echelle | undefined {
  return echelles.find(
    (e) => e.usage === (nature === 'intermediaire' ? 'bilan-intermediaire' : 'bilan-final'),
  );
}

/**
 * Checks a fiche bilan's input and gathers what it prints: the grid (the bilans' own, or the
 * académie's choice for a blank form), one column per assessor, the scales.
 *
 * @param input - dossier, kind, year, date of edition.
 * @param config - the académie's configuration.
 * @param options - columns to keep for blank roles.
 * @returns the plan, or a `ValidationError` listing every problem: `fiche.annee-inconnue`,
 *   `fiche.at-invalide`, `fiche.grille-inconnue`, `fiche.grilles-differentes`,
 *   `fiche.grille-introuvable`, `fiche.echelle-inconnue`, `fiche.niveau-inconnu`,
 *   `fiche.competence-hors-grille`.
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
  const annee = input.annee ?? getAnneeCourante(dossier);
  const anneesConnues = dossier.stage.annees.map((a) => a.numero);
  if (!Number.isInteger(annee) || annee < 1 || (annee > 1 && !anneesConnues.includes(annee))) {
    issues.push(issue('fiche.annee-inconnue', `Le dossier n'a pas d'année de stage n° ${annee}.`, ['annee']));
  }
  if (Number.isNaN(Date.parse(input.at))) {
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
  const evaluees = new Set(grille?.blocs.flatMap((b) => b.competences) ?? []);
  for (const role of ordreRoles) {
    const duRole = bilans
      .filter((b) => b.evaluateur.role === role)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    if (duRole.length === 0) {
      if ((options.colonnes ?? colonnesParDefaut).includes(role)) {
        const nom = nomAssigne(dossier, role);
        colonnes.push({ role, ...(nom !== undefined ? { nom } : {}) });
      }
      continue;
    }
    for (const bilan of duRole) {
      const path = ['dossier', 'bilans', bilan.bilanId];
      const echelle = getEchelle(bilan.positionnement.echelleId, echelles);
      if (echelle === undefined) {
        issues.push(
          issue('fiche.echelle-inconnue', `Échelle inconnue : ${bilan.positionnement.echelleId}.`, path),
        );
      } else if (!echellesUtilisees.includes(echelle)) {
        echellesUtilisees.push(echelle);
      }
      bilan.positionnement.entries.forEach((entree, index) => {
        if (echelle !== undefined && getNiveau(echelle, entree.niveau) === undefined) {
          issues.push(
            issue(
              'fiche.niveau-inconnu',
              `Le niveau « ${entree.niveau} » n'est pas un niveau de l'échelle ${echelle.id}.`,
              [...path, 'entrees', index, 'niveau'],
            ),
          );
        }
        if (grille !== undefined && !evaluees.has(entree.competence)) {
          issues.push(
            issue(
              'fiche.competence-hors-grille',
              `La compétence ${entree.competence} n'est pas évaluée par la grille ${grille.id}.`,
              [...path, 'entrees', index, 'competence'],
            ),
          );
        }
      });
      const nom = findNomActeur(dossier, bilan.evaluateur.id);
      colonnes.push({
        role,
        bilan,
        ...(nom !== undefined ? { nom } : {}),
        ...(echelle !== undefined ? { echelle } : {}),
      });
    }
  }

  if (issues.length > 0 || grille === undefined) {
    return err(validationError('La fiche bilan ne peut pas être éditée.', issues));
  }
  const parDefaut = echelleParDefaut(echelles, nature);
  return ok({
    dossier,
    nature,
    annee,
    anneeScolaire,
    grille,
    colonnes,
    echelles: echellesUtilisees.length > 0 ? echellesUtilisees : parDefaut !== undefined ? [parDefaut] : [],
    at: input.at,
  });
}

function celluleNiveau(colonne: ColonneEvaluateur, code: string, masque: Masque): TableCell {
  const entree = colonne.bilan?.positionnement.entries.find((e) => e.competence === code);
  if (colonne.bilan === undefined) return '';
  if (entree === undefined) return '—';
  const niveau = colonne.echelle !== undefined ? getNiveau(colonne.echelle, entree.niveau) : undefined;
  const label = niveau?.label ?? entree.niveau;
  const commentaire =
    entree.commentaire !== undefined && entree.commentaire !== ''
      ? `\n${masque.clean(entree.commentaire)}`
      : '';
  const text = `${label}${commentaire}`;
  return niveau?.kind === 'hors-notation' ? { text, italic: true } : text;
}

function enteteColonne(colonne: ColonneEvaluateur): string {
  const role = libelleCourtRoleEvaluateur[colonne.role];
  return colonne.nom !== undefined ? `${role}\n${colonne.nom}` : role;
}

/** The rows of the grid: a band per block (with its items), a row per competency. */
function* lignesGrille(plan: PlanFicheBilan, masque: Masque, items: boolean): Generator<TableItem> {
  for (const bloc of plan.grille.blocs) {
    yield {
      kind: 'section',
      text: `${bloc.numero}. ${bloc.titre}`,
      ...(items && bloc.items.length > 0 ? { detail: bloc.items.map((i) => `▪\u00a0${i}`).join('   ') } : {}),
    };
    for (const code of bloc.competences) {
      const titre = getCompetence(code)?.titre ?? '';
      yield {
        cells: [
          { text: code, bold: true },
          titre,
          ...plan.colonnes.map((colonne) => celluleNiveau(colonne, code, masque)),
        ],
      };
    }
  }
}

function legendeEchelle(echelle: Echelle): string {
  const niveaux = echelle.niveaux.map((n) => n.label).join(' · ');
  const attendu = echelle.attendu !== undefined ? getNiveau(echelle, echelle.attendu)?.label : undefined;
  return `Échelle : ${niveaux}${attendu !== undefined ? ` — niveau attendu : ${attendu}` : ''}.`;
}

/**
 * Draws a checked fiche bilan into a layout.
 *
 * @param layout - a fresh document.
 * @param plan - what {@link planFicheBilan} returned.
 * @param config - the académie's configuration (names of EPLE and disciplines).
 * @param masque - the personal-data policy.
 * @param options - items of the grid or not.
 */
export function drawFicheBilan(
  layout: PdfLayout,
  plan: PlanFicheBilan,
  config: PdfExportConfig,
  masque: Masque,
  options: FicheBilanOptions & { readonly mention?: string } = {},
): void {
  const { dossier } = plan;
  const titre = libelleNatureBilan[plan.nature];
  layout.title(
    titre.toLocaleUpperCase('fr-FR'),
    `Année scolaire ${plan.anneeScolaire}${plan.annee > 1 ? ' — seconde année de stage (renouvellement)' : ''} — référentiel des compétences professionnelles (arrêté du 1er juillet 2013)`,
  );

  layout.heading('1. Identité et contexte', 1, 80);
  layout.table(buildTableauIdentite(dossier, plan.annee, config, layout, masque));

  layout.heading("2. Positionnement sur la grille d'évaluation", 1, 120);
  layout.paragraph(`Grille : ${plan.grille.label}.`, { size: layout.style.sizes.small });
  for (const echelle of plan.echelles) {
    layout.paragraph(legendeEchelle(echelle), { size: layout.style.sizes.small, spaceAfter: 2 });
  }
  layout.space(4);
  const colonnes: TableColumn[] = [
    { header: 'Code', width: 0.55 },
    { header: 'Compétence du référentiel', width: 3 },
    ...plan.colonnes.map((c): TableColumn => ({ header: enteteColonne(c), width: 1.3, align: 'center' })),
  ];
  layout.table({ columns: colonnes, rows: lignesGrille(plan, masque, options.itemsDeLaGrille ?? true) });

  layout.heading('3. Appréciations', 1, 90);
  const boites = plan.colonnes;
  for (const colonne of boites) {
    const qui = [libelleRoleEvaluateur[colonne.role], colonne.nom].filter((s) => s !== undefined).join(' — ');
    const quand = colonne.bilan !== undefined ? ` (bilan du ${formatDateFr(colonne.bilan.date)})` : '';
    layout.textBox(
      `Appréciation : ${qui}${quand}`,
      masque.clean(colonne.bilan?.appreciation ?? ''),
      colonne.bilan === undefined ? 80 : 30,
    );
  }

  let section = 4;
  if (plan.nature === 'final') {
    const avis = dossier.avis.filter((a) => a.annee === plan.annee);
    if (avis.length > 0) {
      layout.heading(`${section}. Avis émis en vue de la titularisation`, 1, 40);
      section++;
      for (const a of avis) {
        const auteur = findNomActeur(dossier, a.auteurId);
        layout.checkboxes(
          `${libelleRoleAvis[a.role]}${auteur !== undefined ? ` (${auteur})` : ''}, le ${formatDateFr(a.date)} :`,
          (['favorable', 'defavorable'] as const).map((sens) => ({
            label: libelleSensAvis[sens].toLocaleLowerCase('fr-FR'),
            checked: a.sens === sens,
          })),
        );
        if (a.motivation !== null && a.motivation !== '') {
          layout.paragraph(masque.clean(a.motivation), { size: layout.style.sizes.table });
        }
      }
    }
  }

  layout.heading(`${section}. Dates et signatures`, 1, 100);
  const stagiaire = dossier.identite.stagiaire;
  const signataire = (role: RoleEvaluateur): string | undefined =>
    plan.colonnes.find((c) => c.role === role && c.nom !== undefined)?.nom;
  const tuteur = signataire('tuteur');
  const chef =
    signataire('chef-etablissement') ??
    (dossier.acteurs.chefEtablissement !== null
      ? formatNomComplet(dossier.acteurs.chefEtablissement)
      : undefined);
  layout.signatures([
    { role: 'Vu par le ou la stagiaire', nom: formatNomComplet(stagiaire) },
    { role: 'Le tuteur ou la tutrice', ...(tuteur !== undefined ? { nom: tuteur } : {}) },
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
    const masque = buildMasqueDonneesPersonnelles(plan.dossier, options.includeSensitive);
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
  const annee = input.annee ?? getAnneeCourante(input.dossier);
  const anneeScolaire = getAnneeScolaireDuStage(input.dossier.identite.anneeScolaire, annee);
  return `fiche-bilan-${input.nature}-${anneeScolaire}-${slug(input.dossier.dossierId)}.pdf`;
}
