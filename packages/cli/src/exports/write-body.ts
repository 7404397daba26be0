/**
 * What an export wrote.
 *
 * @packageDocumentation
 */

/** A file an export wrote. */
export interface WrittenFile {
  /** Path relative to the export folder, with `/` separators. */
  readonly path: string;
  readonly bytes: number;
}
