/**
 * Personal data in PDFs: the identifiers `@tremplin/core` marks sensitive (`sensitivePaths.personne`:
 * NUMEN, date of birth, e-mail) live in the register of persons, not in the dossier; the caller passes
 * them (`donneesPersonnelles`). They are printed only when the caller names them, and otherwise never
 * appear, not even typed by someone into a free text (an appréciation, a conseil): such occurrences are
 * masked.
 *
 * @packageDocumentation
 */
import { type DonneesPersonnelles, type DossierState, sensitivePaths } from '@tremplin/core';

/** A sensitive value of a dossier. */
export interface ChampSensible {
  /** Where it shows in a dossier: `identite.stagiaire.<name>`, as `includeSensitive` may name it. */
  readonly path: readonly string[];
  /** Its name: the last segment of the path (`numen`, `dateNaissance`, `courriel`). */
  readonly name: string;
  readonly value: string;
}

/** What replaces a sensitive value the caller did not ask for. */
export const MASQUE = '[donnée masquée]';

function collect(value: unknown, path: readonly string[], at: readonly string[], out: ChampSensible[]): void {
  const [head, ...rest] = path;
  if (head === undefined) {
    const name = at.at(-1);
    if (typeof value === 'string' && value !== '' && name !== undefined) out.push({ path: at, name, value });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (head === '*') {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        collect(item, rest, [...at, String(index)], out);
      });
    }
    return;
  }
  collect((value as Record<string, unknown>)[head], rest, [...at, head], out);
}

/**
 * The sensitive values of a dossier's stagiaire, from the data the caller passed.
 *
 * @param _dossier - a dossier state (its stagiaire's values are no longer in it).
 * @param donnees - the stagiaire's personal data, read from the register by the caller (absent: none).
 * @returns every non-empty value, with its path under `identite.stagiaire`.
 */
export function listChampsSensibles(
  _dossier: DossierState,
  donnees?: DonneesPersonnelles | null,
): ChampSensible[] {
  const out: ChampSensible[] = [];
  if (donnees === undefined || donnees === null) return out;
  for (const path of sensitivePaths.personne) collect(donnees, path, ['identite', 'stagiaire'], out);
  return out;
}

/**
 * Tells whether the caller asked for a sensitive field: by its name (`numen`) or its full dotted
 * path (`identite.stagiaire.numen`).
 *
 * @param champ - the field.
 * @param includeSensitive - the names the caller gave.
 * @returns true when the field is named.
 */
export function isDemande(
  champ: Pick<ChampSensible, 'name' | 'path'>,
  includeSensitive?: readonly string[],
): boolean {
  if (includeSensitive === undefined) return false;
  const dotted = champ.path.join('.');
  return includeSensitive.some((name) => name === champ.name || name === dotted);
}

/** The personal-data policy of one document. */
export interface Masque {
  /** The sensitive fields the caller asked for: the document may print them. */
  readonly demandes: readonly ChampSensible[];
  /**
   * Removes from a text every sensitive value the caller did not ask for.
   *
   * @param text - a text about to be printed.
   * @returns the text, each such value replaced by {@link MASQUE}.
   */
  clean(text: string): string;
}

/**
 * Builds the personal-data policy of a document about one dossier.
 *
 * @param dossier - the dossier printed.
 * @param includeSensitive - the sensitive fields the caller names (`ExportOptions.includeSensitive`).
 * @param donneesPersonnelles - the personal data the caller passed (`ExportOptions.donneesPersonnelles`).
 * @returns the fields to print and the cleaner of every other text.
 */
export function buildMasqueDonneesPersonnelles(
  dossier: DossierState,
  includeSensitive?: readonly string[],
  donneesPersonnelles?: ReadonlyMap<string, DonneesPersonnelles>,
): Masque {
  const champs = listChampsSensibles(dossier, donneesPersonnelles?.get(dossier.identite.stagiaire.id));
  const demandes = champs.filter((c) => isDemande(c, includeSensitive));
  const caches = [...new Set(champs.filter((c) => !isDemande(c, includeSensitive)).map((c) => c.value))];
  if (caches.length === 0) return { demandes, clean: (text) => text };
  // Case-insensitive: an e-mail or a NUMEN may be typed in another case than recorded.
  const pattern = new RegExp(caches.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  return { demandes, clean: (text) => text.replace(pattern, MASQUE) };
}
