/**
 * The names of `@tremplin/export-spreadsheet` before the naming rule of 0.2.0 (English verb + French domain noun,
 * see `docs/glossary.md`), kept for one minor version so that code written for 0.1 still compiles.
 *
 * @remarks Each alias is the very same function as its new name; it is removed in 0.3.0.
 * @packageDocumentation
 */
import { listPersonnesDuRole } from './alert-list.js';
import { findLast, formatNomComplet, sortByNom } from './dossier-view.js';
import { formatLibelleCorps } from './labels.js';

/** @deprecated since 0.2.0 — use {@link findLast}; removed in 0.3.0. */
export const dernier = findLast;
/** @deprecated since 0.2.0 — use {@link formatLibelleCorps}; removed in 0.3.0. */
export const libelleCorps = formatLibelleCorps;
/** @deprecated since 0.2.0 — use {@link formatNomComplet}; removed in 0.3.0. */
export const nomComplet = formatNomComplet;
/** @deprecated since 0.2.0 — use {@link sortByNom}; removed in 0.3.0. */
export const parNom = sortByNom;
/** @deprecated since 0.2.0 — use {@link listPersonnesDuRole}; removed in 0.3.0. */
export const personnesDuRole = listPersonnesDuRole;
