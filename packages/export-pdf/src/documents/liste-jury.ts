/**
 * The jury list for a corps and a session: every stagiaire the jury académique examines, with his
 * discipline, EPLE and the three avis, and a column for the jury's proposition (blank until it deliberated;
 * then the proposition, and the decision with the authority that took it). Professeurs documentalistes are
 * certifiés: they are on the certifiés' list. Agrégés have no jury académique: for them the document is the
 * list examined by the commission administrative paritaire académique (CAPA).
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A): art. 4 (one jury per corps, 5 to 8 members),
 * art. 5 (the avis of the inspecteur, the chef d'établissement and the directeur de l'INSPÉ),
 * art. 6 (the jury hears every stagiaire it may not propose for titularisation), art. 9 (the recteur's and
 * the ministre's acts); arrêté du 22 août 2014 (NOR MENH1411677A) art. 7 (agrégés: avis and reports to the
 * recteur, CAPA).
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import {
  type Civilite,
  type Corps,
  type DossierState,
  type ExportOptions,
  getCorps,
  getUaiActuel,
  type Issue,
  issue,
  type RoleAvis,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { PdfFonts } from '../fonts.js';
import { createPdfLayout, type PdfLayout } from '../layout/pdf-layout.js';
import { defaultPdfStyle } from '../layout/style.js';
import type { TableItem } from '../layout/table.js';
import type { PdfExportConfig } from './config.js';
import { buildMasqueDonneesPersonnelles } from './donnees-personnelles.js';
import {
  capitaliser,
  computeNumeroAnneeDansSession,
  formatDecision,
  formatLibelleDiscipline,
  formatLibelleEtablissement,
  formatMot,
  formatMotAvecArticle,
  formatPropositionJury,
  instantFormatter,
  libelleCourtRoleAvis,
  libelleSensAvis,
  slug,
} from './labels.js';

/**
 * The title of the agrégés' list, which no jury examines.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411677A) art. 7.
 */
export const INTITULE_LISTE_CAPA =
  'Liste examinée par la commission administrative paritaire académique (CAPA)';

/** What a jury list is made from. */
export interface ListeJuryInput {
  /** The jury's corps (`certifie` includes the documentalistes); `agrege`: the CAPA's list (no jury). */
  readonly corps: Corps;
  /** The school year of the jury's session, `YYYY-YYYY`. */
  readonly anneeScolaire: string;
  /** The dossiers before the jury, all of this corps; each is printed once, sorted by name. */
  readonly dossiers: Iterable<DossierState>;
  /**
   * The jury's composition, printed under the title when given (see `formatMembresJury` to print a
   * `CompositionJury`). Not for agrégés, who have no jury.
   */
  readonly jury?: {
    readonly president?: string;
    /** The president's civilité: « La présidente du jury » above the signature (absent: both forms). */
    readonly civilitePresident?: Civilite;
    readonly membres?: readonly string[];
  };
  /** When the document is produced, an ISO 8601 instant with offset (time is an input). */
  readonly at: string;
}

/** Options of a jury list. */
export type ListeJuryOptions = ExportOptions;

/** One line of the list. */
export interface LigneJury {
  readonly dossier: DossierState;
  /** The year of stage the session judges (1, or 2 for a renouvellement). */
  readonly annee: number;
}

/** A checked jury list. */
export interface PlanListeJury {
  readonly corps: Corps;
  readonly anneeScolaire: string;
  readonly lignes: readonly LigneJury[];
  readonly jury?: ListeJuryInput['jury'];
  readonly at: string;
}

const rolesAvis: readonly RoleAvis[] = ['inspecteur', 'chef-etablissement', 'directeur-inspe'];
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Checks a jury list's input: every dossier of the corps, in the session (its first or second year),
 * none twice; sorts the lines by name then first name (French collation).
 *
 * @param input - corps, session, dossiers.
 * @returns the plan, or a `ValidationError` with one issue per faulty dossier: `jury.corps-different`,
 *   `jury.hors-session`, `jury.dossier-en-double`, and `jury.annee-scolaire-invalide`, `jury.at-invalide`.
 */
export function planListeJury(input: ListeJuryInput): Result<PlanListeJury, ValidationError> {
  const issues: Issue[] = [];
  if (!/^\d{4}-\d{4}$/.test(input.anneeScolaire)) {
    issues.push(
      issue('jury.annee-scolaire-invalide', `Session illisible : ${input.anneeScolaire}.`, ['anneeScolaire']),
    );
  }
  if (Number.isNaN(Date.parse(input.at))) {
    issues.push(issue('jury.at-invalide', `Instant illisible : ${input.at}.`, ['at']));
  }
  if (input.corps === 'agrege' && input.jury !== undefined) {
    issues.push(
      issue(
        'jury.agreges-sans-jury',
        "Les professeurs agrégés n'ont pas de jury académique : leur liste est examinée par la CAPA (arrêté MENH1411677A, art. 7).",
        ['jury'],
      ),
    );
  }
  const lignes: LigneJury[] = [];
  const vus = new Set<string>();
  let index = 0;
  for (const dossier of input.dossiers) {
    const path = ['dossiers', index++];
    if (vus.has(dossier.dossierId)) {
      issues.push(issue('jury.dossier-en-double', `Dossier ${dossier.dossierId} en double.`, path));
      continue;
    }
    vus.add(dossier.dossierId);
    if (dossier.identite.corps !== input.corps) {
      issues.push(
        issue(
          'jury.corps-different',
          `Le dossier ${dossier.dossierId} relève du corps ${dossier.identite.corps}, pas ${input.corps}.`,
          path,
        ),
      );
      continue;
    }
    const annee = computeNumeroAnneeDansSession(dossier.identite.anneeScolaire, input.anneeScolaire);
    if (annee < 1 || annee > Math.max(1, dossier.stage.annees.length)) {
      issues.push(
        issue(
          'jury.hors-session',
          `Le dossier ${dossier.dossierId} (${dossier.identite.anneeScolaire}) n'a pas d'année de stage en ${input.anneeScolaire}.`,
          path,
        ),
      );
      continue;
    }
    lignes.push({ dossier, annee });
  }
  if (issues.length > 0) return err(validationError('La liste du jury ne peut pas être éditée.', issues));
  lignes.sort(
    (a, b) =>
      collator.compare(a.dossier.identite.stagiaire.nom, b.dossier.identite.stagiaire.nom) ||
      collator.compare(a.dossier.identite.stagiaire.prenom, b.dossier.identite.stagiaire.prenom) ||
      collator.compare(a.dossier.dossierId, b.dossier.dossierId),
  );
  return ok({
    corps: input.corps,
    anneeScolaire: input.anneeScolaire,
    lignes,
    ...(input.jury !== undefined ? { jury: input.jury } : {}),
    at: input.at,
  });
}

function avisDe(ligne: LigneJury, role: RoleAvis): string {
  const avis = ligne.dossier.avis.filter((a) => a.annee === ligne.annee && a.role === role);
  const dernier = avis.reduce<(typeof avis)[number] | undefined>(
    (acc, a) => (acc === undefined || acc.le <= a.le ? a : acc),
    undefined,
  );
  return dernier !== undefined ? libelleSensAvis[dernier.sens] : '—';
}

function dernierDeLAnnee<T extends { readonly annee: number }>(
  ligne: LigneJury,
  items: readonly T[],
): T | undefined {
  return items.filter((x) => x.annee === ligne.annee).at(-1);
}

/** The last column: the jury's proposition (or the CAPA's avis), then the decision and who took it. */
function suiteDonnee(ligne: LigneJury, agreges: boolean): string {
  const { dossier } = ligne;
  const lignes: string[] = [];
  if (agreges) {
    const avis = dernierDeLAnnee(
      ligne,
      dossier.avisCommissions.filter((a) => a.commission === 'capa' && a.formation === 'ordinaire'),
    );
    if (avis !== undefined) lignes.push(`Avis ${libelleSensAvis[avis.sens].toLocaleLowerCase('fr-FR')}`);
  } else {
    const proposition = dernierDeLAnnee(ligne, dossier.propositionsJury);
    if (proposition !== undefined) lignes.push(formatPropositionJury(proposition));
  }
  const decision = dernierDeLAnnee(ligne, dossier.decisions);
  if (decision !== undefined) lignes.push(`Décision : ${formatDecision(decision)}`);
  return lignes.join('\n');
}

function* lignesTableau(
  plan: PlanListeJury,
  config: PdfExportConfig,
  options: ListeJuryOptions,
): Generator<TableItem> {
  let numero = 0;
  for (const ligne of plan.lignes) {
    numero++;
    const { identite } = ligne.dossier;
    const masque = buildMasqueDonneesPersonnelles(
      ligne.dossier,
      options.includeSensitive,
      options.donneesPersonnelles,
    );
    const sensibles = masque.demandes.map((c) => c.value).join('\n');
    yield {
      cells: [
        String(numero),
        {
          text:
            masque.clean(
              `${identite.stagiaire.nom.toLocaleUpperCase('fr-FR')} ${identite.stagiaire.prenom}`,
            ) + (sensibles !== '' ? `\n${sensibles}` : ''),
          bold: true,
        },
        masque.clean(formatLibelleDiscipline(config, identite.discipline, identite)) +
          (ligne.annee > 1 ? '\n(renouvellement)' : ''),
        masque.clean(formatLibelleEtablissement(config, getUaiActuel(ligne.dossier), ligne.dossier)),
        ...rolesAvis.map((r) => {
          const text = avisDe(ligne, r);
          return text === libelleSensAvis.defavorable ? { text, bold: true } : text;
        }),
        suiteDonnee(ligne, plan.corps === 'agrege'),
      ],
    };
  }
}

/**
 * Draws a checked jury list into a layout (best on an A4 landscape page).
 *
 * @param layout - a fresh document.
 * @param plan - what {@link planListeJury} returned.
 * @param config - names of EPLE and disciplines.
 * @param options - personal data to include.
 */
export function drawListeJury(
  layout: PdfLayout,
  plan: PlanListeJury,
  config: PdfExportConfig,
  options: ListeJuryOptions = {},
): void {
  const corps = getCorps(plan.corps).label;
  const agreges = plan.corps === 'agrege';
  layout.title(
    agreges
      ? INTITULE_LISTE_CAPA.toLocaleUpperCase('fr-FR')
      : 'LISTE DES STAGIAIRES EXAMINÉS PAR LE JURY ACADÉMIQUE',
    `${corps} — session ${plan.anneeScolaire} — ${plan.lignes.length} stagiaire${plan.lignes.length > 1 ? 's' : ''}`,
  );
  if (config.mentions?.listeJury !== undefined) {
    layout.paragraph(config.mentions.listeJury, {
      size: layout.style.sizes.small,
      color: layout.style.colors.muted,
    });
  }
  if (plan.jury !== undefined) {
    const membres = [
      plan.jury.president !== undefined
        ? `${capitaliser(formatMot('president', plan.jury.civilitePresident))} : ${plan.jury.president}`
        : undefined,
      plan.jury.membres !== undefined && plan.jury.membres.length > 0
        ? `Membres : ${plan.jury.membres.join(', ')}`
        : undefined,
    ].filter((s): s is string => s !== undefined);
    if (membres.length > 0) layout.paragraph(membres.join('\n'), { size: layout.style.sizes.table });
  }
  layout.table({
    columns: [
      { header: 'N°', width: 0.35, align: 'right' },
      { header: 'Nom, prénom', width: 1.9 },
      { header: 'Discipline', width: 1.3 },
      { header: 'Établissement', width: 2.9 },
      ...rolesAvis.map((r) => ({ header: libelleCourtRoleAvis[r], width: 0.85, align: 'center' as const })),
      { header: agreges ? 'Avis de la CAPA, décision' : 'Proposition du jury, décision', width: 1.6 },
    ],
    rows: lignesTableau(plan, config, options),
  });
  layout.paragraph(
    agreges
      ? "Professeurs agrégés : pas de jury académique ; les avis et rapports sont adressés au recteur de l'académie, qui statue après avis de la commission administrative paritaire académique (arrêté du 22 août 2014, NOR MENH1411677A, art. 7)."
      : "« Le jury entend au cours d'un entretien tous les fonctionnaires stagiaires pour lesquels il envisage de ne pas proposer la titularisation » (arrêté du 22 août 2014, art. 6). Le jury propose ; le recteur ou, pour un licenciement ou une réintégration, le ministre décide (art. 9).",
    { size: layout.style.sizes.small, color: layout.style.colors.muted },
  );
  layout.signatures(
    [
      agreges
        ? { role: 'Le recteur ou la rectrice, ou son représentant' }
        : {
            role: `${capitaliser(formatMotAvecArticle('president', plan.jury?.civilitePresident))} du jury`,
            ...(plan.jury?.president !== undefined ? { nom: plan.jury.president } : {}),
          },
    ],
    80,
  );
}

/** A4 landscape, for the jury list's eight columns. */
export const styleListeJury = {
  ...defaultPdfStyle,
  page: { width: defaultPdfStyle.page.height, height: defaultPdfStyle.page.width },
};

/**
 * Renders a jury list as a PDF stream (A4 landscape unless the configuration gives a style).
 *
 * @param input - corps, session, dossiers, jury.
 * @param config - the académie's configuration, with the parsed fonts.
 * @param options - personal data to include.
 * @returns the PDF as a Node `Readable`, or a `ValidationError` (see {@link planListeJury}).
 */
export function renderListeJury(
  input: ListeJuryInput,
  config: PdfExportConfig & { readonly fonts: PdfFonts },
  options: ListeJuryOptions = {},
): Result<Readable, ValidationError> {
  return planListeJury(input).map((plan) => {
    const corps = getCorps(plan.corps).label;
    const instance = plan.corps === 'agrege' ? 'CAPA' : 'Jury académique';
    const layout = createPdfLayout({
      fonts: config.fonts,
      style: config.style ?? styleListeJury,
      ...(config.compress !== undefined ? { compress: config.compress } : {}),
      header: {
        academie: config.academie,
        // The rectorat's service that runs the jury, not the training school of the fiches (arrêté MENH1411675A
        // art. 4: the recteur appoints and chairs the jury).
        ...(config.serviceJury !== undefined ? { service: config.serviceJury } : {}),
        titre: `${instance} — liste des stagiaires`,
        sousTitre: `${corps} — session ${plan.anneeScolaire}`,
      },
      footer: {
        left: `${instance} ${plan.anneeScolaire} — ${corps}`,
        center: `Édité le ${instantFormatter(config.timeZone)(plan.at)}`,
      },
      metadata: {
        title: `${instance} ${plan.anneeScolaire} — ${corps}`,
        subject:
          plan.corps === 'agrege'
            ? INTITULE_LISTE_CAPA
            : 'Liste des stagiaires examinés par le jury académique',
        author: config.academie,
        keywords: `${plan.corps === 'agrege' ? 'capa' : 'jury'}, ${plan.corps}, ${plan.anneeScolaire}`,
        creationDate: new Date(plan.at),
      },
    });
    drawListeJury(layout, plan, config, options);
    return layout.end();
  });
}

/**
 * The file name of a jury list.
 *
 * @param input - the list's input.
 * @returns e.g. `liste-jury-certifie-2022-2023.pdf`; for agrégés `liste-capa-agrege-2022-2023.pdf`.
 */
export function buildNomFichierListeJury(input: Pick<ListeJuryInput, 'corps' | 'anneeScolaire'>): string {
  const liste = input.corps === 'agrege' ? 'liste-capa' : 'liste-jury';
  return `${liste}-${slug(input.corps)}-${slug(input.anneeScolaire)}.pdf`;
}
