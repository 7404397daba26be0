/**
 * Serialisation of a dossier's state (for snapshots and caches) and migration of older versions.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';
import { canonicalJson } from './empreinte.js';
import { migrateStateV2, migrateStateV3 } from './legacy.js';
import { omitDonneesPersonnellesState } from './legacy-personnes.js';
import { DOSSIER_STATE_SCHEMA_VERSION, type DossierState } from './state.js';
import { dossierStateSchema } from './state-schema.js';

/**
 * One step of migration of a serialised state, from a version to the next.
 *
 * @category Dossier
 */
export interface MigrationDossierState {
  readonly de: number;
  readonly vers: number;
  /** What changed, for the changelog. */
  readonly description: string;
  /** Rewrites a serialised state of version `de` into version `vers` (plain JSON in, plain JSON out). */
  readonly migrer: (ancien: Record<string, unknown>) => Record<string, unknown>;
}

type Json = Record<string, unknown>;

function isObjet(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v1 positionnement `{ grille, echelle, entrees: [{ competence, niveau, commentaire|null }] }` → v2. */
function positionnementV2(p: unknown): unknown {
  if (!isObjet(p)) return p;
  const { grille, echelle, entrees, ...reste } = p;
  const entries = Array.isArray(entrees)
    ? entrees.map((e) => {
        if (!isObjet(e)) return e;
        const { commentaire, ...entree } = e;
        return commentaire === null || commentaire === undefined ? entree : { ...entree, commentaire };
      })
    : entrees;
  return { ...reste, grilleId: grille, echelleId: echelle, entries };
}

function avecPositionnementV2(liste: unknown): unknown {
  return Array.isArray(liste)
    ? liste.map((x) => (isObjet(x) ? { ...x, positionnement: positionnementV2(x.positionnement) } : x))
    : liste;
}

/**
 * The migrations, in order. A frozen jury view (`decisions[].instantane`) is never migrated: its content hash
 * must keep matching what the jury saw.
 *
 * @category Dossier
 */
export const migrationsDossierState: readonly MigrationDossierState[] = [
  {
    de: 1,
    vers: 2,
    description:
      'Positionnements take the référentiel’s shape: `grille`, `echelle`, `entrees` become `grilleId`, `echelleId`, `entries`; a null `commentaire` is omitted.',
    migrer: (v1) => ({
      ...v1,
      schemaVersion: 2,
      autopositionnements: avecPositionnementV2(v1.autopositionnements),
      bilans: avecPositionnementV2(v1.bilans),
    }),
  },
  {
    de: 2,
    vers: 3,
    description:
      'The chain of decisions: corps `documentaliste` becomes corps `certifie` with the `documentaliste` fonction; `accident-service` becomes `citis`; decisions gain `fondement` (null), `date` and `arrete`; avis gain `secondeAnnee`; new lists for temps partiel, the jury’s propositions, saisines, commissions’ avis, disciplinary procedures and medical avis.',
    migrer: migrateStateV2,
  },
  {
    de: 3,
    vers: 4,
    description:
      'Each avis names the grid it rests on (`grilleId`, null for older avis) and may carry its author’s positionnement (`positionnement`, null); positionnement entries may name a grid item (`item: "B4.3"`) instead of a competency.',
    migrer: migrateStateV3,
  },
];

/**
 * Serialises a state as canonical JSON (sorted keys): equal states give equal text.
 *
 * @param state - the state.
 * @returns the JSON text, carrying `schemaVersion`.
 * @category Dossier
 */
export function serializeDossierState(state: DossierState): string {
  return canonicalJson(state);
}

/**
 * Brings a serialised state of any known version to the current version.
 *
 * @param brut - a parsed JSON object with a `schemaVersion`.
 * @returns the object in the current version (not yet validated), or a {@link ValidationError}
 * (`schema.version-inconnue`, `schema.trop-recent`).
 * @category Dossier
 */
export function migrateDossierState(brut: unknown): Result<Record<string, unknown>, ValidationError> {
  if (!isObjet(brut) || typeof brut.schemaVersion !== 'number' || !Number.isInteger(brut.schemaVersion)) {
    return err(
      validationError('État de dossier sans version de schéma.', [
        issue('schema.version-inconnue', 'schemaVersion doit être un entier.', ['schemaVersion']),
      ]),
    );
  }
  if (brut.schemaVersion > DOSSIER_STATE_SCHEMA_VERSION) {
    return err(
      validationError(`État de dossier en version ${brut.schemaVersion}, plus récente que ce code.`, [
        issue(
          'schema.trop-recent',
          `Version ${brut.schemaVersion} > ${DOSSIER_STATE_SCHEMA_VERSION} : mettre à jour @tremplin/core.`,
          ['schemaVersion'],
        ),
      ]),
    );
  }
  let courant: Record<string, unknown> = brut;
  while ((courant.schemaVersion as number) < DOSSIER_STATE_SCHEMA_VERSION) {
    const version = courant.schemaVersion as number;
    const etape = migrationsDossierState.find((m) => m.de === version);
    if (etape === undefined) {
      return err(
        validationError(`Aucune migration depuis la version ${version}.`, [
          issue('schema.version-inconnue', `Version ${version} inconnue.`, ['schemaVersion']),
        ]),
      );
    }
    courant = etape.migrer(courant);
  }
  // Whatever its version, a stored state no longer yields personal data (kept in the register since 0.3).
  return ok(omitDonneesPersonnellesState(courant));
}

/**
 * Parses a serialised state, migrating older versions forward, then validating it strictly.
 *
 * @param input - JSON text or an already parsed value.
 * @returns the state, or a {@link ValidationError} listing every problem (JSON syntax, version, schema).
 * @example
 * ```ts
 * parseDossierState(serializeDossierState(state)); // Ok(state), deep-equal
 * ```
 * @category Dossier
 */
export function parseDossierState(input: unknown): Result<DossierState, ValidationError> {
  let valeur: unknown = input;
  if (typeof input === 'string') {
    try {
      valeur = JSON.parse(input);
    } catch (e) {
      return err(
        validationError('Texte JSON invalide.', [
          issue('json.syntaxe', e instanceof Error ? e.message : String(e)),
        ]),
      );
    }
  }
  return migrateDossierState(valeur).andThen((courant) => {
    const parsed = dossierStateSchema.safeParse(courant);
    if (parsed.success) return ok<DossierState>(parsed.data);
    return err(
      validationError(
        'État de dossier invalide.',
        parsed.error.issues.map((i) =>
          issue(
            `schema.${i.code}`,
            i.message,
            i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          ),
        ),
      ),
    );
  });
}
