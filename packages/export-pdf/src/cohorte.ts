/**
 * A whole cohort's fiches bilans, streamed: one PDF per dossier, rendered one after the other, so
 * memory stays flat whether the cohort has 30 or 30,000 stagiaires.
 *
 * Why one PDF per dossier rather than one big PDF: each fiche is filed on its own (on the académie's
 * platform, in the stagiaire's dossier), signed on its own and numbered « page N / M » on its own; a
 * 60,000-page file would have to be split again by every reader, and its page totals could only be
 * stamped by keeping every page in memory until the end.
 *
 * @packageDocumentation
 */
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DossierState, NatureBilan, ValidationError } from '@tremplin/core';
import type { PdfExportConfig } from './documents/config.js';
import {
  buildNomFichierFicheBilan,
  type FicheBilanOptions,
  listAnneesFicheBilan,
  renderFicheBilan,
} from './documents/fiche-bilan.js';
import type { PdfFonts } from './fonts.js';

/** What every fiche of a cohort shares. */
export interface CohorteParams {
  readonly nature: NatureBilan;
  /** When the documents are produced, an ISO 8601 instant with offset (time is an input). */
  readonly at: string;
  /**
   * The year of stage: a number; `toutes` for one fiche per year that has content (a renewed stagiaire gets
   * his year-1 and year-2 fiches); default: each dossier's last year with content (`getAnneeFicheBilan`), so
   * that after a renouvellement the year-1 fiche is given until year 2 has bilans.
   */
  readonly annee?: number | 'toutes';
}

/** One rendered fiche: read `content` to the end before asking for the next item. */
export interface DocumentCohorte {
  readonly kind: 'document';
  readonly dossierId: string;
  readonly fileName: string;
  readonly content: Readable;
}

/** A dossier whose fiche could not be rendered, with every reason. */
export interface ErreurCohorte {
  readonly kind: 'erreur';
  readonly dossierId: string;
  readonly error: ValidationError;
}

/** An item of a cohort stream. */
export type ElementCohorte = DocumentCohorte | ErreurCohorte;

/**
 * The fiches bilans of a cohort, lazily: a fiche is rendered only when the consumer asks for the
 * next item, and a dossier that cannot be rendered yields an error item instead of stopping the run.
 *
 * @param dossiers - the dossiers, from any (async) iterable: e.g. a store's listing read page by page.
 * @param params - kind, date of edition, year.
 * @param config - the académie's configuration, with the parsed fonts (parse them once).
 * @param options - personal data to include, grid items, blank columns.
 * @returns an async iterable of {@link ElementCohorte}.
 * @remarks Consume each document's `content` before pulling the next item: the stream holds the
 * document's bytes until they are read. {@link writeFichesBilanCohorte} does this for you.
 * @example
 * ```ts
 * for await (const item of fichesBilanCohorte(dossiers, { nature: 'final', at }, config)) {
 *   if (item.kind === 'document') await pipeline(item.content, createWriteStream(join(dir, item.fileName)));
 *   else console.error(item.dossierId, item.error.issues);
 * }
 * ```
 */
export async function* fichesBilanCohorte(
  dossiers: Iterable<DossierState> | AsyncIterable<DossierState>,
  params: CohorteParams,
  config: PdfExportConfig & { readonly fonts: PdfFonts },
  options: FicheBilanOptions = {},
): AsyncGenerator<ElementCohorte, void, undefined> {
  for await (const dossier of dossiers) {
    const annees: readonly (number | undefined)[] =
      params.annee === 'toutes'
        ? (() => {
            const avecContenu = listAnneesFicheBilan(dossier, params.nature);
            return avecContenu.length > 0 ? avecContenu : [undefined];
          })()
        : [params.annee];
    for (const annee of annees) {
      const input = {
        dossier,
        nature: params.nature,
        at: params.at,
        ...(annee !== undefined ? { annee } : {}),
      };
      const rendered = renderFicheBilan(input, config, options);
      if (rendered.isErr()) {
        yield { kind: 'erreur', dossierId: dossier.dossierId, error: rendered.error };
      } else {
        yield {
          kind: 'document',
          dossierId: dossier.dossierId,
          fileName: buildNomFichierFicheBilan(input),
          content: rendered.value,
        };
      }
    }
  }
}

/** Where a cohort's fiche is written: a new writable per document (a file, an archive entry, an upload). */
export type OuvrirDestination = (document: {
  readonly dossierId: string;
  readonly fileName: string;
}) => Writable | Promise<Writable>;

/** The outcome of {@link writeFichesBilanCohorte}. */
export interface BilanCohorte {
  /** Number of fiches written. */
  readonly documents: number;
  /** Total bytes written. */
  readonly octets: number;
  /** The dossiers that could not be rendered, with every reason. */
  readonly erreurs: readonly ErreurCohorte[];
}

/**
 * Writes a cohort's fiches bilans, one destination per fiche, each fully written (back-pressure
 * respected) before the next is rendered.
 *
 * @param dossiers - the dossiers, from any (async) iterable.
 * @param params - kind, date of edition, year.
 * @param config - the académie's configuration, with the parsed fonts.
 * @param ouvrir - opens the destination of one fiche.
 * @param options - personal data to include, grid items, blank columns.
 * @returns how many fiches and bytes were written, and the dossiers in error. A failing
 *   destination (disk full, closed socket) rejects the promise: that is an I/O failure, not a
 *   property of the data.
 * @example
 * ```ts
 * const bilan = await writeFichesBilanCohorte(dossiers, { nature: 'intermediaire', at }, config,
 *   ({ fileName }) => createWriteStream(join(dir, fileName)));
 * ```
 */
export async function writeFichesBilanCohorte(
  dossiers: Iterable<DossierState> | AsyncIterable<DossierState>,
  params: CohorteParams,
  config: PdfExportConfig & { readonly fonts: PdfFonts },
  ouvrir: OuvrirDestination,
  options: FicheBilanOptions = {},
): Promise<BilanCohorte> {
  let documents = 0;
  let octets = 0;
  const erreurs: ErreurCohorte[] = [];
  for await (const item of fichesBilanCohorte(dossiers, params, config, options)) {
    if (item.kind === 'erreur') {
      erreurs.push(item);
      continue;
    }
    const destination = await ouvrir({ dossierId: item.dossierId, fileName: item.fileName });
    await pipeline(
      item.content,
      async function* compter(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          octets += chunk.length;
          yield chunk;
        }
      },
      destination,
    );
    documents++;
  }
  return { documents, octets, erreurs };
}
