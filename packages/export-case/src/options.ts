/**
 * The options of a CASE export and their validation.
 *
 * @packageDocumentation
 */
import {
  type ContexteItem,
  type Echelle,
  echellesParDefaut,
  type Grille,
  type Issue,
  issue,
  type MentionsStatut,
  type NiveauxAttendus,
  type Referentiel,
  referentiel2013,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';

/** A rubric to export: a scale applied to the competencies of a grid, or to every exported competency. */
export interface RubriqueOptions {
  readonly echelle: Echelle;
  /** When given, the rubric's criteria are the grid's evaluated competencies; otherwise all of them. */
  readonly grille?: Grille;
}

/** What to export and how to name it. */
export interface CaseExportOptions {
  /**
   * The timestamp written in every `lastChangeDateTime`, RFC 3339 (`2025-09-01T00:00:00Z`). Time is an input:
   * the exporter never reads the clock, so two exports with the same options are byte-identical.
   */
  readonly lastChangeDateTime: string;
  /**
   * Base of the objects' URIs, `http(s)://…`: URIs are then `<base>/ims/case/v1p1/<collection>/<identifier>`.
   * Default: `urn:uuid:<identifier>`, which needs no server.
   */
  readonly baseUri?: string;
  /** The référentiel to export; the référentiel 2013 by default. */
  readonly referentiel?: Referentiel;
  /**
   * The rubrics (`CFRubric`) to export. Default: one per shipped scale used on competencies (every default
   * scale but the avis), over every exported competency.
   */
  readonly rubriques?: readonly RubriqueOptions[];
  /** Item contexts to leave out, e.g. `['ecole']` for a second-degree framework. Default: none. */
  readonly exclureContextes?: readonly ContexteItem[];
  /** Whether to export the competencies' items as child CFItems. Default: true. */
  readonly inclureItems?: boolean;
  /**
   * The expected level per scale id that the académie's pack sets (`evaluation.niveauxAttendus`). Default:
   * none, so no « niveau attendu » is printed: no national text sets one (see `getNiveauAttendu`).
   */
  readonly niveauxAttendus?: NiveauxAttendus;
  /**
   * The académie's wording of the marks printed under a grid, a scale or a level that no official text gives
   * (`evaluation.mentionsStatut`). Default: the core's sentences (see `getMentionGrille`).
   */
  readonly mentionsStatut?: MentionsStatut;
}

/** The options once checked and completed with their defaults. */
export interface CaseExportSettings {
  readonly lastChangeDateTime: string;
  readonly baseUri: string | undefined;
  readonly referentiel: Referentiel;
  readonly rubriques: readonly RubriqueOptions[];
  readonly exclureContextes: ReadonlySet<ContexteItem>;
  readonly inclureItems: boolean;
  readonly niveauxAttendus: NiveauxAttendus;
  readonly mentionsStatut: MentionsStatut;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * Tells whether a string is an RFC 3339 date-time with a real calendar date.
 *
 * @param value - any string.
 * @returns true for `2025-09-01T00:00:00Z` or `2022-11-30T23:59:59+04:00`; false for `2025-02-30T00:00:00Z`.
 */
export function isRfc3339DateTime(value: string): boolean {
  const match = RFC3339.exec(value);
  if (match === null) return false;
  const [annee, mois, jour] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (mois < 1 || mois > 12 || jour < 1) return false;
  const joursDuMois = new Date(Date.UTC(annee, mois, 0)).getUTCDate();
  return jour <= joursDuMois;
}

/**
 * Checks the options and fills in the defaults.
 *
 * @param options - the caller's options.
 * @returns the settings, or a `ValidationError` listing every problem (`case.date-invalide`,
 * `case.base-uri-invalide`).
 */
export function validateCaseExportOptions(
  options: CaseExportOptions,
): Result<CaseExportSettings, ValidationError> {
  const issues: Issue[] = [];
  if (typeof options.lastChangeDateTime !== 'string' || !isRfc3339DateTime(options.lastChangeDateTime)) {
    issues.push(
      issue(
        'case.date-invalide',
        `lastChangeDateTime doit être une date-heure RFC 3339 (par exemple 2025-09-01T00:00:00Z), reçu « ${String(options.lastChangeDateTime)} ».`,
        ['lastChangeDateTime'],
      ),
    );
  }
  let baseUri: string | undefined;
  if (options.baseUri !== undefined) {
    const url = URL.canParse(options.baseUri) ? new URL(options.baseUri) : undefined;
    if (
      url === undefined ||
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      url.search ||
      url.hash
    ) {
      issues.push(
        issue(
          'case.base-uri-invalide',
          `baseUri doit être une URL http(s) sans requête ni fragment, reçu « ${options.baseUri} ».`,
          ['baseUri'],
        ),
      );
    } else {
      baseUri = options.baseUri.replace(/\/+$/, '');
    }
  }
  if (issues.length > 0) {
    return err(validationError(`Options d'export CASE invalides : ${issues.length} problème(s).`, issues));
  }
  return ok({
    lastChangeDateTime: options.lastChangeDateTime,
    baseUri,
    referentiel: options.referentiel ?? referentiel2013,
    rubriques:
      options.rubriques ??
      echellesParDefaut.filter((e) => e.usage !== 'avis').map((echelle) => ({ echelle })),
    exclureContextes: new Set(options.exclureContextes ?? []),
    inclureItems: options.inclureItems ?? true,
    niveauxAttendus: options.niveauxAttendus ?? {},
    mentionsStatut: options.mentionsStatut ?? {},
  });
}
