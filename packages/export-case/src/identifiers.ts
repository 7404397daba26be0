/**
 * The identifier and URI scheme of the export: UUID v5 from stable names, so the same référentiel always
 * gives the same identifiers, whatever the date of the export or the base URI.
 *
 * @packageDocumentation
 */
import type { Referentiel } from '@tremplin/core';
import { NAMESPACE_URL, uuidV5 } from './uuid-v5.js';

/** The CASE collections the URIs are built under (`<base>/ims/case/v1p1/<collection>/<identifier>`). */
export type CaseCollection =
  | 'CFDocuments'
  | 'CFItems'
  | 'CFAssociations'
  | 'CFItemTypes'
  | 'CFRubrics'
  | 'CFRubricCriteria'
  | 'CFRubricCriterionLevels';

/**
 * The identifier of a référentiel's CFDocument: UUID v5 of its official URL (or `urn:tremplin:<id>` when it
 * has none) in the RFC 9562 URL namespace. Every other identifier is a UUID v5 in this one.
 *
 * @param referentiel - the référentiel exported.
 * @returns the document's UUID; for the référentiel 2013, `6339766c-fdd1-5042-9e5c-bbd72d8e8c9d`.
 */
export function documentIdentifier(referentiel: Referentiel): string {
  return uuidV5(referentiel.source.url ?? `urn:tremplin:${referentiel.id}`, NAMESPACE_URL);
}

/**
 * The identifier of an object of the package, from its kind and a stable key, in the document's namespace.
 *
 * @param documentId - the CFDocument's identifier.
 * @param kind - `CFItem`, `CFAssociation`, `CFItemType`, `CFRubric`, …
 * @param key - a key that never changes for the object, e.g. `CC6.3`.
 * @returns a UUID v5.
 * @example
 * ```ts
 * objectIdentifier(documentIdentifier(referentiel2013), 'CFItem', 'CC1');
 * ```
 */
export function objectIdentifier(documentId: string, kind: string, key: string): string {
  return uuidV5(`${kind}:${key}`, documentId);
}

/**
 * The URI of an object.
 *
 * @param baseUri - an http(s) base without trailing slash, or `undefined` for `urn:uuid:` URIs.
 * @param collection - the CASE collection of the object.
 * @param identifier - its UUID.
 * @returns `<base>/ims/case/v1p1/<collection>/<identifier>` or `urn:uuid:<identifier>`.
 */
export function objectUri(
  baseUri: string | undefined,
  collection: CaseCollection,
  identifier: string,
): string {
  return baseUri === undefined
    ? `urn:uuid:${identifier}`
    : `${baseUri}/ims/case/v1p1/${collection}/${identifier}`;
}
