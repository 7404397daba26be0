/**
 * The PDF exporters behind the core's `Exporter` port: factories that parse the fonts once and
 * return one exporter per document.
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import type { DossierState, Exporter, ExportOptions } from '@tremplin/core';
import { type CohorteParams, type ElementCohorte, fichesBilanCohorte } from './cohorte.js';
import type { PdfExportConfig } from './documents/config.js';
import {
  buildNomFichierFicheBilan,
  type FicheBilanInput,
  type FicheBilanOptions,
  renderFicheBilan,
} from './documents/fiche-bilan.js';
import {
  buildNomFichierListeJury,
  type ListeJuryInput,
  type ListeJuryOptions,
  renderListeJury,
} from './documents/liste-jury.js';
import {
  buildNomFichierRapportVisite,
  type RapportVisiteInput,
  type RapportVisiteOptions,
  renderRapportVisite,
} from './documents/rapport-visite.js';
import { defaultPdfFonts, type PdfFonts } from './fonts.js';

/** The format fields every PDF exporter shares. */
const pdf = { format: 'pdf', mediaType: 'application/pdf', fileExtension: 'pdf' } as const;

/** A PDF exporter: its output is the document as a Node `Readable` (an `AsyncIterable<Uint8Array>`). */
export type PdfExporter<Input, Options extends ExportOptions> = Exporter<Input, Readable, Options>;

/** The fiche bilan exporter, with the cohort stream bound to the same configuration. */
export interface FicheBilanExporter extends PdfExporter<FicheBilanInput, FicheBilanOptions> {
  /**
   * The fiches of a cohort, one PDF per dossier, rendered lazily (see `fichesBilanCohorte`).
   *
   * @param dossiers - the dossiers, from any (async) iterable.
   * @param params - kind, date of edition, year.
   * @param options - personal data to include, grid items, blank columns.
   * @returns an async iterable of documents and errors.
   */
  cohorte(
    dossiers: Iterable<DossierState> | AsyncIterable<DossierState>,
    params: CohorteParams,
    options?: FicheBilanOptions,
  ): AsyncGenerator<ElementCohorte, void, undefined>;
}

function withFonts(config: PdfExportConfig): PdfExportConfig & { readonly fonts: PdfFonts } {
  return config.fonts !== undefined
    ? { ...config, fonts: config.fonts }
    : { ...config, fonts: defaultPdfFonts() };
}

/**
 * Creates the fiche bilan exporter of an académie.
 *
 * @param config - the académie's configuration; the fonts are parsed here once when not given.
 * @returns an `Exporter<FicheBilanInput, Readable, FicheBilanOptions>` with a `cohorte` method.
 * @example
 * ```ts
 * const fiches = createFicheBilanExporter({ academie: 'Académie de La Réunion', timeZone: 'Indian/Reunion' });
 * const pdf = fiches.export({ dossier, nature: 'intermediaire', at: '2022-11-30T10:00:00+04:00' });
 * if (pdf.isOk()) await pipeline(pdf.value, createWriteStream(fiches.fileName(input)));
 * ```
 */
export function createFicheBilanExporter(config: PdfExportConfig): FicheBilanExporter {
  const resolved = withFonts(config);
  return {
    ...pdf,
    fileName: buildNomFichierFicheBilan,
    export: (input, options) => renderFicheBilan(input, resolved, options),
    cohorte: (dossiers, params, options) => fichesBilanCohorte(dossiers, params, resolved, options),
  };
}

/**
 * Creates the rapport de visite exporter of an académie.
 *
 * @param config - the académie's configuration; the fonts are parsed here once when not given.
 * @returns an `Exporter<RapportVisiteInput, Readable, RapportVisiteOptions>`.
 */
export function createRapportVisiteExporter(
  config: PdfExportConfig,
): PdfExporter<RapportVisiteInput, RapportVisiteOptions> {
  const resolved = withFonts(config);
  return {
    ...pdf,
    fileName: buildNomFichierRapportVisite,
    export: (input, options) => renderRapportVisite(input, resolved, options),
  };
}

/**
 * Creates the jury list exporter of an académie.
 *
 * @param config - the académie's configuration; the fonts are parsed here once when not given.
 * @returns an `Exporter<ListeJuryInput, Readable, ListeJuryOptions>`.
 */
export function createListeJuryExporter(
  config: PdfExportConfig,
): PdfExporter<ListeJuryInput, ListeJuryOptions> {
  const resolved = withFonts(config);
  return {
    ...pdf,
    fileName: buildNomFichierListeJury,
    export: (input, options) => renderListeJury(input, resolved, options),
  };
}

/** The three PDF exporters of an académie. */
export interface PdfExporters {
  readonly ficheBilan: FicheBilanExporter;
  readonly rapportVisite: PdfExporter<RapportVisiteInput, RapportVisiteOptions>;
  readonly listeJury: PdfExporter<ListeJuryInput, ListeJuryOptions>;
}

/**
 * Creates the three PDF exporters of an académie, sharing one parsed font set.
 *
 * @param config - the académie's configuration.
 * @returns the fiche bilan, rapport de visite and jury list exporters.
 */
export function createPdfExporters(config: PdfExportConfig): PdfExporters {
  const resolved = withFonts(config);
  return {
    ficheBilan: createFicheBilanExporter(resolved),
    rapportVisite: createRapportVisiteExporter(resolved),
    listeJury: createListeJuryExporter(resolved),
  };
}
