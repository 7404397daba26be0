/**
 * Marking of personal identifiers (NUMEN, date of birth, e-mail) so that exporters and logs can redact them.
 *
 * @packageDocumentation
 */
import type { z } from 'zod';

/**
 * A value that identifies a person and must be redacted by exporters, logs and published snapshots.
 *
 * @remarks The brand is a compile-time marker only: at run time the value is the plain string. Code that
 * renders a dossier for a third party must consult {@link sensitivePaths} (or the `sensitive: true` metadata of
 * the zod schemas) and mask these values. Protection of personal data: règlement (UE) 2016/679 (RGPD), art. 5 § 1 c
 * (minimisation).
 * @category Dossier
 */
export type Sensitive<T extends string = string> = T & z.core.$brand<'Sensitive'>;

/**
 * A zod schema for a sensitive string: the value is branded {@link Sensitive} and the JSON Schema carries
 * `"sensitive": true`.
 *
 * @param inner - the schema of the clear value (format checks).
 * @returns the branded schema.
 * @category Dossier
 */
export function sensitiveString<S extends z.ZodType<string, string>>(inner: S) {
  return inner.brand<'Sensitive'>().meta({ sensitive: true });
}

/**
 * Wraps a clear string as {@link Sensitive} (for tests and for adapters that read trusted storage).
 *
 * @param value - the clear value.
 * @returns the same value, branded.
 * @category Dossier
 */
export function sensitive<T extends string>(value: T): Sensitive<T> {
  return value as Sensitive<T>;
}

/**
 * Where sensitive values live, as paths into the objects of this module. `*` stands for every element of an
 * array. Exporters walk these paths to redact.
 *
 * @remarks Kept as data so that an exporter in another package can redact without knowing the types. A test
 * checks that this list equals the set of fields marked `sensitive` in the zod schemas. Since 0.3 no state and
 * no event holds a sensitive value: they live in the register of persons (`RegistrePersonnes`), whose record
 * {@link sensitivePaths.personne} describes; `state` and `events` stay, empty, for callers that walk them.
 * @category Dossier
 */
export const sensitivePaths = {
  /** Paths inside a `DonneesPersonnelles` record of the register. */
  personne: [['numen'], ['dateNaissance'], ['courriel']],
  /** Paths inside a {@link DossierState}: none (the state carries the stagiaire's id and name only). */
  state: [] as ReadonlyArray<ReadonlyArray<string>>,
  /** Paths inside events: none (`dossier.ouvert` carries the stagiaire's id and name only). */
  events: {} as Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>,
} as const satisfies {
  personne: ReadonlyArray<ReadonlyArray<string>>;
  state: ReadonlyArray<ReadonlyArray<string>>;
  events: Record<string, ReadonlyArray<ReadonlyArray<string>>>;
};
