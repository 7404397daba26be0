/**
 * The rapport de visite formative: the visit's date and class, the points d'appui, the compétences
 * à travailler, the conseils and the axes de travail, as the tuteur writes them at the end of the
 * entretien and gives a copy to the stagiaire. Its words agree with the civilité of the stagiaire and of the
 * visitor (« la stagiaire », « la tutrice »), naming both forms when none is recorded.
 *
 * @remarks Réunion guide 2022-2023 § 4.4: « À l'issue de chaque observation effectuée par le tuteur,
 * celui-ci rédige, en fin d'entretien, ses points forts (compétences d'appui), les compétences qu'il
 * devra travailler, les conseils et ses axes de travail » — « il … en donne copie au stagiaire ».
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import {
  type DossierState,
  type ExportOptions,
  getCompetence,
  getUaiActuel,
  type Issue,
  issue,
  type ObservationCompetence,
  type PersonneRef,
  type ValidationError,
  type Visite,
  validationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { PdfFonts } from '../fonts.js';
import { createPdfLayout, type PdfLayout } from '../layout/pdf-layout.js';
import type { PdfExportConfig } from './config.js';
import { buildMasqueDonneesPersonnelles, type Masque } from './donnees-personnelles.js';
import { buildGrilleChamps, type Champ } from './identite.js';
import {
  capitaliser,
  findNomActeur,
  formatDateFr,
  formatLibelleCorpsEtFonction,
  formatLibelleDiscipline,
  formatLibelleEtablissement,
  formatMot,
  formatMotAvecArticle,
  formatNomComplet,
  formatRoleEvaluateur,
  formatTitreVisite,
  getAnneeScolaireDuStage,
  instantFormatter,
  slug,
} from './labels.js';

/** What a rapport de visite is made from. */
export interface RapportVisiteInput {
  readonly dossier: DossierState;
  /** The visit, by its identifier; it must have taken place (`statut: 'realisee'`). */
  readonly visiteId: string;
  /**
   * The class observed (« 4e B, français »). The dossier's visit record does not hold it; without
   * it the field is left blank to be filled by hand.
   */
  readonly classe?: string;
  /** When the document is produced, an ISO 8601 instant with offset (time is an input). */
  readonly at: string;
}

/** Options of a rapport de visite. */
export type RapportVisiteOptions = ExportOptions;

/** A checked rapport: the visit and its report. */
export interface PlanRapportVisite {
  readonly dossier: DossierState;
  readonly visite: Visite & { readonly realisation: NonNullable<Visite['realisation']> };
  readonly classe?: string;
  readonly at: string;
}

/**
 * Checks a rapport de visite's input.
 *
 * @param input - dossier, visit, class, date of edition.
 * @returns the plan, or a `ValidationError`: `rapport.visite-inconnue`, `rapport.visite-non-realisee`,
 *   `rapport.at-invalide`.
 */
export function planRapportVisite(input: RapportVisiteInput): Result<PlanRapportVisite, ValidationError> {
  const issues: Issue[] = [];
  const visite = input.dossier.visites.find((v) => v.visiteId === input.visiteId);
  if (visite === undefined) {
    issues.push(
      issue(
        'rapport.visite-inconnue',
        `Le dossier ${input.dossier.dossierId} n'a pas de visite ${input.visiteId}.`,
        ['visiteId'],
      ),
    );
  } else if (visite.realisation === null) {
    issues.push(
      issue(
        'rapport.visite-non-realisee',
        `La visite ${input.visiteId} est ${visite.statut === 'annulee' ? 'annulée' : 'seulement planifiée'} : pas de rapport.`,
        ['visiteId'],
      ),
    );
  }
  if (Number.isNaN(Date.parse(input.at))) {
    issues.push(issue('rapport.at-invalide', `Instant illisible : ${input.at}.`, ['at']));
  }
  if (issues.length > 0 || visite === undefined || visite.realisation === null) {
    return err(validationError('Le rapport de visite ne peut pas être édité.', issues));
  }
  return ok({
    dossier: input.dossier,
    visite: { ...visite, realisation: visite.realisation },
    ...(input.classe !== undefined ? { classe: input.classe } : {}),
    at: input.at,
  });
}

/** The visitor's role, agreed with his civilité (« tutrice », « inspecteur ou inspectrice »). */
function roleVisiteur(dossier: DossierState, visite: Visite): string {
  const civilite = personneDe(dossier, visite.visiteur.id)?.civilite;
  const role = visite.visiteur.role;
  if (
    role === 'tuteur' ||
    role === 'inspecteur' ||
    role === 'formateur-inspe' ||
    role === 'chef-etablissement'
  ) {
    return formatRoleEvaluateur(role, civilite);
  }
  return role;
}

function personneDe(dossier: DossierState, id: string): PersonneRef | undefined {
  const { acteurs } = dossier;
  return [
    ...acteurs.tuteurs.map((d) => d.tuteur),
    acteurs.chefEtablissement,
    acteurs.inspecteur,
    ...acteurs.formateursInspe,
    acteurs.directeurInspe,
  ].find((p): p is PersonneRef => p !== null && p.id === id);
}

function nomVisiteur(dossier: DossierState, visite: Visite): string {
  const nom = findNomActeur(dossier, visite.visiteur.id);
  if (visite.visiteur.role === 'stagiaire') return formatNomComplet(dossier.identite.stagiaire);
  const role = roleVisiteur(dossier, visite);
  return nom !== undefined ? `${nom} (${role.toLocaleLowerCase('fr-FR')})` : role;
}

/** The report's title: the tuteur's civilité for a visit in his class, else the visitor's. */
function titreVisite(dossier: DossierState, visite: Visite): string {
  const civilite =
    visite.nature === 'visite-chez-tuteur'
      ? (dossier.acteurs.tuteurs.find((d) => d.jusquau === null) ?? dossier.acteurs.tuteurs.at(-1))?.tuteur
          .civilite
      : personneDe(dossier, visite.visiteur.id)?.civilite;
  return formatTitreVisite(visite.nature, civilite);
}

/** The visitor above his signature: « La tutrice », « Le tuteur ou la tutrice », « L’inspecteur ». */
function signatureVisiteur(dossier: DossierState, visite: Visite): string {
  const civilite = personneDe(dossier, visite.visiteur.id)?.civilite;
  return match(visite.visiteur.role)
    .with('tuteur', () => capitaliser(formatMotAvecArticle('tuteur', civilite)))
    .with('inspecteur', () => capitaliser(formatMotAvecArticle('inspecteur', civilite)))
    .with('formateur-inspe', () => `${capitaliser(formatMotAvecArticle('formateur', civilite))} INSPÉ`)
    .with('chef-etablissement', () => "Le chef d'établissement")
    .otherwise(() => 'Le visiteur ou la visiteuse');
}

function observations(
  layout: PdfLayout,
  titre: string,
  items: readonly ObservationCompetence[],
  masque: Masque,
): void {
  layout.heading(titre, 2, 40);
  if (items.length === 0) {
    layout.paragraph('Néant.', { size: layout.style.sizes.table, color: layout.style.colors.muted });
    return;
  }
  layout.table({
    columns: [
      { header: 'Compétence', width: 2 },
      { header: 'Observation', width: 3 },
    ],
    rows: items.map((o) => ({
      cells: [
        o.competence !== null
          ? {
              text: `${o.competence} — ${getCompetence(o.competence)?.titre ?? ''}`,
              bold: false,
            }
          : { text: 'Hors référentiel', italic: true },
        masque.clean(o.observation),
      ],
    })),
  });
}

function liste(layout: PdfLayout, titre: string, items: readonly string[], masque: Masque): void {
  layout.heading(titre, 2, 30);
  if (items.length === 0) {
    layout.paragraph('Néant.', { size: layout.style.sizes.table, color: layout.style.colors.muted });
    return;
  }
  layout.table({
    columns: [
      { header: '', width: 0.25, align: 'right' },
      { header: '', width: 5 },
    ],
    header: false,
    rows: items.map((text, index) => ({ cells: [`${index + 1}.`, masque.clean(text)] })),
  });
}

/**
 * Draws a checked rapport de visite into a layout.
 *
 * @param layout - a fresh document.
 * @param plan - what {@link planRapportVisite} returned.
 * @param config - names of EPLE and disciplines.
 * @param masque - the personal-data policy.
 */
export function drawRapportVisite(
  layout: PdfLayout,
  plan: PlanRapportVisite,
  config: PdfExportConfig,
  masque: Masque,
): void {
  const { dossier, visite } = plan;
  const { identite } = dossier;
  const compte = visite.realisation;
  layout.title(
    titreVisite(dossier, visite).toLocaleUpperCase('fr-FR'),
    `Visite du ${formatDateFr(compte.date)} — année scolaire ${getAnneeScolaireDuStage(identite.anneeScolaire, visite.annee)}`,
  );
  layout.heading('1. La visite', 1, 80);
  const champs: Champ[] = [
    ['Stagiaire', formatNomComplet(identite.stagiaire)],
    [
      'Corps et discipline',
      `${formatLibelleCorpsEtFonction(identite)}, ${formatLibelleDiscipline(config, identite.discipline, identite)}`,
    ],
    ['Établissement (EPLE)', formatLibelleEtablissement(config, getUaiActuel(dossier), dossier)],
    ['Visite effectuée par', nomVisiteur(dossier, visite)],
    ['Date de la visite', formatDateFr(compte.date)],
    ['Classe observée', plan.classe ?? ''],
  ];
  layout.table(
    buildGrilleChamps(
      layout,
      champs.map(([l, v]) => [l, masque.clean(v)] as const),
    ),
  );

  layout.heading("2. Bilan de l'entretien", 1, 80);
  observations(layout, "Points d'appui (compétences d'appui)", compte.pointsAppui, masque);
  observations(layout, 'Compétences à travailler', compte.competencesATravailler, masque);
  liste(layout, 'Conseils', compte.conseils, masque);
  liste(layout, 'Axes de travail', compte.axesDeTravail, masque);
  if (compte.compteRendu !== null && compte.compteRendu !== '') {
    layout.textBox('Compte rendu', masque.clean(compte.compteRendu), 30);
  }

  layout.heading('3. Dates et signatures', 1, 100);
  layout.signatures([
    { role: signatureVisiteur(dossier, visite), nom: nomVisiteur(dossier, visite) },
    {
      role: `${capitaliser(formatMot('stagiaire', identite.stagiaire.civilite))} (copie reçue)`,
      nom: formatNomComplet(identite.stagiaire),
    },
  ]);
}

/**
 * Renders a rapport de visite as a PDF stream.
 *
 * @param input - dossier, visit, class, date of edition.
 * @param config - the académie's configuration, with the parsed fonts.
 * @param options - personal data to include.
 * @returns the PDF as a Node `Readable`, or a `ValidationError` (see {@link planRapportVisite}).
 */
export function renderRapportVisite(
  input: RapportVisiteInput,
  config: PdfExportConfig & { readonly fonts: PdfFonts },
  options: RapportVisiteOptions = {},
): Result<Readable, ValidationError> {
  return planRapportVisite(input).map((plan) => {
    const masque = buildMasqueDonneesPersonnelles(
      plan.dossier,
      options.includeSensitive,
      options.donneesPersonnelles,
    );
    const titre = titreVisite(plan.dossier, plan.visite);
    const stagiaire = formatNomComplet(plan.dossier.identite.stagiaire);
    const date = formatDateFr(plan.visite.realisation.date);
    const layout = createPdfLayout({
      fonts: config.fonts,
      ...(config.style !== undefined ? { style: config.style } : {}),
      ...(config.compress !== undefined ? { compress: config.compress } : {}),
      header: {
        academie: config.academie,
        ...(config.service !== undefined ? { service: config.service } : {}),
        titre,
        sousTitre: `Visite du ${date}`,
      },
      footer: {
        left: `${stagiaire} — ${titre} du ${date}`,
        center: `Édité le ${instantFormatter(config.timeZone)(plan.at)}`,
      },
      metadata: {
        title: `${titre} du ${date} — ${stagiaire}`,
        subject: "Suivi de l'année de stage",
        author: config.academie,
        keywords: `visite, ${plan.visite.nature}, dossier ${plan.dossier.dossierId}`,
        creationDate: new Date(plan.at),
      },
    });
    drawRapportVisite(layout, plan, config, masque);
    if (config.mentions?.rapportVisite !== undefined) {
      layout.paragraph(config.mentions.rapportVisite, {
        size: layout.style.sizes.small,
        color: layout.style.colors.muted,
      });
    }
    return layout.end();
  });
}

/**
 * The file name of a rapport de visite: dossier id, visit id; no personal data.
 *
 * @param input - the rapport's input.
 * @returns e.g. `rapport-visite-d0042-v3.pdf`.
 */
export function buildNomFichierRapportVisite(input: RapportVisiteInput): string {
  return `rapport-visite-${slug(input.dossier.dossierId)}-${slug(input.visiteId)}.pdf`;
}
