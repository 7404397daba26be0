/**
 * The error constructors stores return, under the names adapters import from `@tremplin/core/store-kit`. They
 * are defined once, in `errors.ts`.
 *
 * @packageDocumentation
 */
export {
  closedStoreFailure,
  conflictError as sequenceConflict,
  integrityFailure,
  notFound as dossierNotFound,
  storeFailure,
  validationError,
} from '../errors.js';
