/**
 * The exporter port: how the library's state leaves it as a document people file, sign or import
 * (PDF fiches bilans, CSV/XLSX jury lists, ICS calendars, CASE packages).
 *
 * Each export package (`@tremplin/export-pdf`, `@tremplin/export-spreadsheet`, …) is a factory
 * returning values of this interface, so a host application can hold a list of exporters, offer
 * them in a menu by `format`, and serve their output with the right `Content-Type` and file name
 * without knowing which heavy dependency produced the bytes. The port has no dependency on Node:
 * a streamed body is a plain `AsyncIterable<Uint8Array>` (a Node `Readable` is one, a web
 * `ReadableStream` is one on Node 20).
 *
 * @packageDocumentation
 */
import type { Result } from 'neverthrow';
import type { DonneesPersonnelles } from '../dossier/donnees-personnelles.js';
import type { ValidationError } from '../errors.js';

/**
 * The bytes of an exported document: text, a whole byte array, or a stream of byte chunks.
 *
 * @remarks A streamed body is pulled by the consumer: nothing forces it into memory at once. An
 * I/O failure while the stream is consumed (a full disk, a closed socket) surfaces as a rejected
 * iteration, not as a `Result`, because it happens after `export` has returned.
 * @category Ports
 */
export type ExportBody = string | Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Options every exporter accepts.
 *
 * @remarks Personal data: identifiers the core marks sensitive (the NUMEN and the like, see the
 * dossier module's list of sensitive fields) never appear in an export unless the caller passes them
 * (`donneesPersonnelles`) and names them (`includeSensitive`). Naming a field the exporter does not
 * know is not an error: it simply has no effect.
 * @category Ports
 */
export interface ExportOptions {
  /** Sensitive fields to include, by the name the core gives them (e.g. `numen`). Default: none. */
  readonly includeSensitive?: readonly string[];
  /**
   * The stagiaires' personal data, keyed by stagiaire id, as the caller read them from the register of persons
   * (`RegistrePersonnes`). Dossiers never carry them: an exporter has them only from here, and prints a field
   * only when it is also named in `includeSensitive`. Without it, an export has no personal data to print or
   * to mask in free texts.
   */
  readonly donneesPersonnelles?: ReadonlyMap<string, DonneesPersonnelles>;
}

/**
 * A document exporter: one input type in, one file format out.
 *
 * @typeParam Input - what is exported (a dossier's state, a jury list, a référentiel, …).
 * @typeParam Output - the body produced; an {@link ExportBody} unless the format is better served
 *   by a structured value (e.g. a JSON object the caller will serialise).
 * @typeParam Options - the exporter's options; always includes {@link ExportOptions}.
 *
 * @example
 * ```ts
 * const exporter: Exporter<FicheBilanInput> = createFicheBilanExporter();
 * const result = exporter.export(input);
 * if (result.isOk()) {
 *   response.setHeader('Content-Type', exporter.mediaType);
 *   response.setHeader('Content-Disposition', `attachment; filename="${exporter.fileName(input)}"`);
 *   // pipe or iterate result.value
 * }
 * ```
 * @category Ports
 */
export interface Exporter<Input, Output = ExportBody, Options extends ExportOptions = ExportOptions> {
  /** Short stable name of the format, e.g. `pdf`, `csv`, `xlsx`, `ics`, `case`. */
  readonly format: string;
  /** IANA media type of the output, e.g. `application/pdf`, `text/csv; charset=utf-8`. */
  readonly mediaType: string;
  /** File extension without the dot, e.g. `pdf`. */
  readonly fileExtension: string;
  /**
   * A file name for this input, with the extension, made of safe characters only (no path
   * separator), e.g. `fiche-bilan-intermediaire-2022-2023-D0042.pdf`.
   *
   * @param input - the value that would be exported.
   * @returns a name that does not depend on the clock, so the same input gives the same name.
   */
  fileName(input: Input): string;
  /**
   * Renders the input.
   *
   * @param input - the value to export.
   * @param options - the exporter's options (personal data policy and format-specific ones).
   * @returns the body, or a `ValidationError` listing every reason the input cannot be rendered
   *   (checked before any byte is produced).
   */
  export(input: Input, options?: Options): Result<Output, ValidationError>;
}
