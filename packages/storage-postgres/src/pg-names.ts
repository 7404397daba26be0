/**
 * PostgreSQL schema names: which are accepted, and how they are quoted.
 *
 * @packageDocumentation
 */

/**
 * Quotes a schema name that passed {@link isSchemaName}.
 *
 * @param schema - the name.
 * @returns the quoted identifier.
 */
export function quoteSchema(schema: string): string {
  return `"${schema}"`;
}

/**
 * Whether a schema name is accepted: a letter or `_`, then letters, digits or `_`, 63 characters at most.
 *
 * @param schema - the name.
 * @returns `true` when accepted.
 */
export function isSchemaName(schema: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema);
}
