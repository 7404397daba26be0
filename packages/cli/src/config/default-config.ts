/**
 * The configuration of a project without a configuration file: the packs and calendars Tremplin ships.
 *
 * @packageDocumentation
 */
import type { RulesRegistry } from '@tremplin/core';
import { DEFAULT_SERVICE_JURY, type ProjectConfig } from './types.js';

/**
 * The configuration used when no `tremplin.config.*` file is found.
 *
 * @param rules - the registry of the shipped packs and calendars.
 * @returns the configuration: no labels, the default jury service.
 */
export function defaultProjectConfig(rules: RulesRegistry): ProjectConfig {
  return {
    file: null,
    rules,
    libelles: { etablissements: {}, disciplines: {} },
    documents: { serviceJury: DEFAULT_SERVICE_JURY },
    personnes: {},
  };
}
