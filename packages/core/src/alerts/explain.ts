/**
 * Building explanations: the parameters used, the facts used, every source cited (never none).
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';
import type { ResolvedParameter } from '../rules/resolve.js';
import type { Explanation, Fact } from './types.js';

/**
 * The part of an explanation that depends only on the rules: parameters and their sources.
 *
 * @category Alertes
 */
export interface ExplanationBase {
  readonly parameters: readonly ResolvedParameter[];
  readonly sources: readonly [SourceRef, ...SourceRef[]];
}

/**
 * Collects the parameters of a rule and every source they and the rule cite, without duplicates.
 *
 * @param parameters - the parameters the rule uses (at least one).
 * @param legal - texts the rule itself applies (e.g. décret n° 94-874 art. 7 for the mi-stage date).
 * @returns the static part of the rule's explanations.
 * @category Alertes
 */
export function explanationBase(
  parameters: readonly [ResolvedParameter, ...ResolvedParameter[]],
  legal: readonly SourceRef[] = [],
): ExplanationBase {
  const sources: SourceRef[] = [];
  const add = (s: SourceRef) => {
    if (!sources.some((x) => x.texte === s.texte && x.article === s.article)) sources.push(s);
  };
  for (const s of legal) add(s);
  for (const p of parameters) {
    add(p.source);
    for (const step of p.merged ?? []) add(step.source);
  }
  const [first, ...rest] = sources;
  // `parameters` is non-empty and every parameter has a source, so `first` exists.
  return { parameters, sources: [first ?? parameters[0].source, ...rest] };
}

/**
 * An explanation: a summary, the facts used, on top of a static base.
 *
 * @param base - parameters and sources.
 * @param summary - French sentences.
 * @param facts - the facts used.
 * @param extraSources - texts cited by these facts (e.g. the texts requiring missing pieces).
 * @returns the explanation.
 * @category Alertes
 */
export function explain(
  base: ExplanationBase,
  summary: string,
  facts: readonly Fact[],
  extraSources?: readonly SourceRef[],
): Explanation {
  if (extraSources === undefined || extraSources.length === 0) {
    return { summary, parameters: base.parameters, facts, sources: base.sources };
  }
  const sources: [SourceRef, ...SourceRef[]] = [...base.sources];
  for (const s of extraSources) {
    if (!sources.some((x) => x.texte === s.texte && x.article === s.article)) sources.push(s);
  }
  return { summary, parameters: base.parameters, facts, sources };
}

/**
 * A base with more sources (the texts a particular requirement cites), without duplicates.
 *
 * @param base - the base.
 * @param extra - the added texts.
 * @returns a new base (or the same when nothing is added).
 * @category Alertes
 */
export function withSources(base: ExplanationBase, extra: readonly SourceRef[]): ExplanationBase {
  const sources: [SourceRef, ...SourceRef[]] = [...base.sources];
  for (const s of extra) {
    if (!sources.some((x) => x.texte === s.texte && x.article === s.article)) sources.push(s);
  }
  return sources.length === base.sources.length ? base : { parameters: base.parameters, sources };
}
