/**
 * The names of `@tremplin/export-calendar` before the naming rule of 0.2.0 (one word per concept: `timeZone`),
 * kept for one minor version so that code written for 0.1 still compiles.
 *
 * @remarks Removed in 0.3.0.
 * @packageDocumentation
 */
import { isValidTimeZone } from '@tremplin/core';

/** @deprecated since 0.2.0 — use {@link @tremplin/core!isValidTimeZone}; removed in 0.3.0. */
export const isIanaZone = isValidTimeZone;
