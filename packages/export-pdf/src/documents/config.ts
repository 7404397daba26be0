/**
 * What every PDF document of an académie shares: its name in the header, its time zone, the names
 * of its EPLE and disciplines, the grids and scales it uses, and the fonts and style.
 *
 * @packageDocumentation
 */
import type { ChoixGrillesParCorps, Echelle, Grille } from '@tremplin/core';
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
  /** A service under the académie's name (e.g. the EAFC, the DPE). */
  readonly service?: string;
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
  /** Parsed fonts; default: DejaVu Sans Condensed, parsed once per exporter. */
  readonly fonts?: PdfFonts;
  readonly style?: PdfStyle;
  /** Deflate page contents (default `true`; `false` helps debugging). */
  readonly compress?: boolean;
}
