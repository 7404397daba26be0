/**
 * What every PDF document of an académie shares: its name in the header, its time zone, the names
 * of its EPLE and disciplines, the grids and scales it uses, and the fonts and style.
 *
 * @packageDocumentation
 */
import type {
  ChoixGrillesParCorps,
  Echelle,
  Grille,
  MentionsStatut,
  NiveauxAttendus,
  ResolvedRules,
  SessionFormation,
  SourceRef,
  WorkflowRules,
} from '@tremplin/core';
import type { PdfFonts } from '../fonts.js';
import type { PdfStyle } from '../layout/style.js';

/** An EPLE as printed on a document. */
export interface Etablissement {
  /** Its name, e.g. « Lycée Leconte-de-Lisle ». */
  readonly nom: string;
  /** Its town, e.g. « Saint-Denis ». */
  readonly commune?: string;
}

/** Short texts an académie adds to its documents (where to file them, by when). */
export interface Mentions {
  /** Printed at the end of a fiche bilan, e.g. « À déposer sur COMPAS pour fin novembre 2022. ». */
  readonly ficheBilan?: string;
  /** Printed at the end of a rapport de visite. */
  readonly rapportVisite?: string;
  /** Printed under the title of a jury list. */
  readonly listeJury?: string;
}

/**
 * The configuration of the PDF exporters for one académie.
 *
 * @example
 * ```ts
 * const config: PdfExportConfig = {
 *   academie: 'Académie de La Réunion',
 *   service: 'École académique de la formation continue',
 *   serviceJury: 'Rectorat — division des personnels enseignants (DPE)',
 *   timeZone: 'Indian/Reunion',
 *   etablissements: { '9740001J': { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' } },
 *   disciplines: { 'lettres-modernes': 'Lettres modernes' },
 *   choixGrilles: { certifie: { grilleId: 'ns-2015-055-enseignants' } },
 *   mentions: { ficheBilan: 'À déposer sur COMPAS.' },
 * };
 * ```
 */
export interface PdfExportConfig {
  /** The académie as its documents name it, printed in every page header. */
  readonly academie: string;
  /** A service under the académie's name on fiches and rapports (e.g. the EAFC, which runs the training). */
  readonly service?: string;
  /**
   * The service that runs the jury, printed under the académie's name on jury lists instead of `service`
   * (e.g. « Rectorat — division des personnels enseignants (DPE) »); absent: no service is printed there.
   *
   * @remarks The jury académique is appointed and chaired by the recteur (arrêté du 22 août 2014, NOR
   * MENH1411675A, art. 4): the rectorat's services run it, not the training school. Which division does is
   * the académie's choice.
   */
  readonly serviceJury?: string;
  /** IANA time zone the « édité le » date is printed in (the académie's: `Indian/Reunion`). */
  readonly timeZone: string;
  /** EPLE names by UAI; a UAI without an entry is printed as is. */
  readonly etablissements?: Readonly<Record<string, Etablissement>>;
  /** Discipline labels by the codes the dossiers use; a code without a label is printed as is. */
  readonly disciplines?: Readonly<Record<string, string>>;
  /** The grids to look bilans' grids up in; default: the national grids of `@tremplin/core`. */
  readonly grilles?: readonly Grille[];
  /** The académie's choice of grid per corps, used for a fiche that has no bilan yet (a blank form). */
  readonly choixGrilles?: ChoixGrillesParCorps;
  /** The scales to look levels up in; default: the scales shipped by `@tremplin/core`. */
  readonly echelles?: readonly Echelle[];
  readonly mentions?: Mentions;
  /**
   * The académie's wording of the mark printed under a grid, a scale or a level that was not read in an
   * official text (the value of the pack's `evaluation.mentionsStatut`); default: Tremplin's sentences.
   */
  readonly mentionsStatut?: MentionsStatut;
  /**
   * The expected levels the académie's pack sets (`evaluation.niveauxAttendus`, as resolved, with its source).
   * Without it no « niveau attendu » is printed (no national text sets one), unless a scale of the académie
   * carries its own `attendu`.
   */
  readonly niveauxAttendus?: NiveauxAttendusConfig;
  /**
   * The training sessions the académie's pack lists (`formation.sessions`): the fiche prints, for each session
   * held before its edition that concerns the stagiaire, whether he attended. Without them it lists the
   * training days recorded in the dossier.
   */
  readonly sessionsFormation?: readonly SessionFormation[];
  /**
   * The workflow rules the effect of leave and temps partiel is computed with (`computeEffetConges`);
   * default: the national rules of `@tremplin/core`.
   */
  readonly reglesWorkflow?: WorkflowRules;
  /** Parsed fonts; default: DejaVu Sans Condensed, parsed once per exporter. */
  readonly fonts?: PdfFonts;
  readonly style?: PdfStyle;
  /** Deflate page contents (default `true`; `false` helps debugging). */
  readonly compress?: boolean;
}

/**
 * The expected levels set by an académie, with the text that sets them: the shape of the resolved
 * `evaluation.niveauxAttendus` parameter (`rules.parameters['evaluation.niveauxAttendus']` can be passed as is).
 *
 * @remarks NS n° 2015-055 asks for the competencies « à un niveau suffisant » but names no level of any scale:
 * a level printed as expected must cite the académie's text.
 */
export interface NiveauxAttendusConfig {
  /** The expected level's code per scale id (`{ 'tuteur-final': 'suffisant' }`). */
  readonly value: NiveauxAttendus;
  /** The text that sets them, cited on the fiche. */
  readonly source: SourceRef;
}

/**
 * The part of a PDF configuration an académie's resolved rules give: the wording of the marks, the expected
 * levels (only when the pack sets one), the training sessions, the choice of grids and the workflow rules.
 *
 * @param rules - the resolved rules of the school year (`resolveRules([packNational, packAcademie], annee)`).
 * @param reglesWorkflow - the workflow rules built from the same packs (`buildWorkflowRules(rules)`), if any.
 * @returns fields to spread into a {@link PdfExportConfig}.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5: the avis rest on a grille d'évaluation; the
 * national pack sets no expected level (NS n° 2015-055 names none).
 * @example
 * ```ts
 * const rules = resolveRules([packNational, packReunion], '2022-2023');
 * if (rules.isOk()) createFicheBilanExporter({ ...config, ...buildConfigRegles(rules.value) });
 * ```
 */
export function buildConfigRegles(
  rules: Pick<ResolvedRules, 'parameters'>,
  reglesWorkflow?: WorkflowRules,
): Pick<
  PdfExportConfig,
  'mentionsStatut' | 'niveauxAttendus' | 'sessionsFormation' | 'choixGrilles' | 'reglesWorkflow'
> {
  const p = rules.parameters;
  const attendus = p['evaluation.niveauxAttendus'];
  return {
    mentionsStatut: p['evaluation.mentionsStatut'].value,
    ...(Object.keys(attendus.value).length > 0
      ? { niveauxAttendus: { value: attendus.value, source: attendus.source } }
      : {}),
    sessionsFormation: p['formation.sessions'].value,
    choixGrilles: p['evaluation.choixGrilles'].value,
    ...(reglesWorkflow !== undefined ? { reglesWorkflow } : {}),
  };
}
