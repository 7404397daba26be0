/**
 * Collecting a statement's parameters while rendering it, with the dialect's placeholders.
 *
 * @packageDocumentation
 */
import type { SqlSyntax } from './dialect.js';

/**
 * The parameters of one statement being rendered: each call binds a value and returns its placeholder.
 *
 * @remarks Positions are counted here, so that `$n` placeholders stay right however the clauses of a
 * statement are combined.
 */
export interface SqlParameters {
  /** The values bound so far, in placeholder order. */
  readonly values: readonly unknown[];
  /**
   * Binds one value.
   *
   * @param value - the value.
   * @returns its placeholder.
   */
  bind(value: unknown): string;
  /**
   * Binds strings as one array parameter.
   *
   * @param column - the column compared.
   * @param values - the accepted strings.
   * @returns the predicate `column ∈ values`.
   */
  bindArray(column: string, values: readonly string[]): string;
}

/**
 * Starts the parameters of a statement.
 *
 * @param syntax - the dialect's placeholders and array parameters.
 * @returns an empty list of parameters.
 */
export function createParameters(syntax: SqlSyntax): SqlParameters {
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return syntax.placeholder(values.length);
  };
  return {
    values,
    bind,
    bindArray: (column, strings) => syntax.inArray(column, bind(syntax.arrayParameter(strings))),
  };
}
