/**
 * The CASE exporter as a factory, shaped like core's exporter port (`format`, `mediaType`, `fileExtension`,
 * `fileName`, `export`).
 *
 * @packageDocumentation
 */
import type { Referentiel, ValidationError } from '@tremplin/core';
import type { Result } from 'neverthrow';
import { buildCasePackage } from './case-package.js';
import type { CaseExportOptions } from './options.js';
import type { CFPackage } from './types.js';

/** What one export call takes: the référentiel and the time of the export. */
export interface CaseExportInput {
  readonly referentiel: Referentiel;
  /** RFC 3339 date-time written in every `lastChangeDateTime`. */
  readonly lastChangeDateTime: string;
}

/** Settings fixed when the exporter is created: everything in `CaseExportOptions` but the input. */
export type CaseExporterOptions = Omit<CaseExportOptions, 'lastChangeDateTime' | 'referentiel'>;

/** Options of one export call (the common exporter options; nothing here is personal data). */
export interface CaseExportCallOptions {
  /** Accepted for the exporter port; a référentiel holds no personal data, so it has no effect. */
  readonly includeSensitive?: readonly string[];
}

/** A CASE exporter: one référentiel in, one CASE 1.1 package (a JSON-ready object) out. */
export interface CaseExporter {
  /** `case`. */
  readonly format: 'case';
  /** `application/json`. */
  readonly mediaType: 'application/json';
  /** `json`. */
  readonly fileExtension: 'json';
  /**
   * A file name for the package, e.g. `case-referentiel-2013.json`.
   *
   * @param input - the export input.
   * @returns a safe file name that does not depend on the clock.
   */
  fileName(input: CaseExportInput): string;
  /**
   * Builds the package.
   *
   * @param input - the référentiel and the export time.
   * @param options - the exporter port's common options (no effect here).
   * @returns the package, or a `ValidationError` listing every problem with the input.
   */
  export(input: CaseExportInput, options?: CaseExportCallOptions): Result<CFPackage, ValidationError>;
}

/**
 * Creates a CASE exporter with fixed settings (base URI, rubrics, contexts to leave out).
 *
 * @param options - the settings shared by every export of this exporter.
 * @returns the exporter.
 * @example
 * ```ts
 * const exporter = createCaseExporter({ baseUri: 'https://case.ac-reunion.fr', exclureContextes: ['ecole'] });
 * const pkg = exporter.export({ referentiel: referentiel2013, lastChangeDateTime: '2025-09-01T00:00:00Z' });
 * if (pkg.isOk()) writeFileSync(exporter.fileName(input), JSON.stringify(pkg.value, null, 2));
 * ```
 */
export function createCaseExporter(options: CaseExporterOptions = {}): CaseExporter {
  return {
    format: 'case',
    mediaType: 'application/json',
    fileExtension: 'json',
    fileName: (input) => `case-${input.referentiel.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`,
    export: (input) =>
      buildCasePackage({
        ...options,
        referentiel: input.referentiel,
        lastChangeDateTime: input.lastChangeDateTime,
      }),
  };
}
