/**
 * Resolution of layered packs for a school year: for each parameter, the value of the highest layer that
 * states one valid that year, with where it comes from.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import type { AnneeScolaire, LocalDate } from '../calendar/local-date.js';
import {
  type Issue,
  issue,
  type SourceNature,
  type SourceRef,
  type ValidationError,
  validationError,
} from '../errors.js';
import { coversAnneeScolaire, parseAnneeScolaire } from '../referentiel/annee-scolaire.js';
import type { Confidence } from '../referentiel/types.js';
import { LAYERS, type Layer, type ParameterEntry, parseRulePack, type RulePack } from './pack.js';
import { MERGED_BY_ID, PARAMETER_KEYS, type ParameterKey, type ParameterValues } from './parameters.js';

/**
 * A parameter's value for a school year with its explanation: which layer and pack set it, since when,
 * on which text.
 *
 * @category Règles
 */
export interface ResolvedParameter<K extends ParameterKey = ParameterKey> {
  /** The parameter. */
  readonly key: K;
  /** Its value. */
  readonly value: ParameterValues[K];
  /** The layer that set it. */
  readonly layer: Layer;
  /** The pack that set it, and its version. */
  readonly packId: string;
  readonly packVersion: string;
  /** First day the value applies (start of its period, or 1 September of its first school year). */
  readonly validSince: LocalDate;
  /** Last day it applies, `null` when open-ended. */
  readonly validUntil: LocalDate | null;
  /** The text that sets it (the primary text first when there is one). */
  readonly source: SourceRef;
  /** Other texts the value rests on (e.g. the secondary page that reads the text). */
  readonly references?: readonly SourceRef[] | undefined;
  /** How sure the value is. */
  readonly confidence: Confidence;
  /** The text's words, verbatim, when quoted. */
  readonly quote?: string | undefined;
  /** What the text says in other words, when its own words were not read: never printed as a quotation. */
  readonly paraphrase?: string | undefined;
  /** Why this value, when it is a reading or an assumption, in French. */
  readonly note?: string | undefined;
  /**
   * For a list merged by `id`: each layer that contributed, with the items it added or replaced and those
   * it removed (lowest layer first). The fields above describe the highest contributing layer.
   */
  readonly merged?: readonly MergeStep[] | undefined;
}

/**
 * One layer's contribution to a list merged by `id`.
 *
 * @category Règles
 */
export interface MergeStep {
  readonly layer: Layer;
  readonly packId: string;
  readonly source: SourceRef;
  /** Identifiers of the items the layer added or replaced. */
  readonly set: readonly string[];
  /** Identifiers of the items it removed. */
  readonly removed: readonly string[];
}

/**
 * A pack that took part in a resolution.
 *
 * @category Règles
 */
export interface PackRef {
  readonly id: string;
  readonly version: string;
  readonly layer: Layer;
  readonly label: string;
}

/**
 * Every parameter resolved for one school year and one académie (and établissement).
 *
 * @category Règles
 */
export interface ResolvedRules {
  /** The school year. */
  readonly anneeScolaire: AnneeScolaire;
  /** The académie of the académie pack, `null` with national rules only. */
  readonly academie: string | null;
  /** The UAI of the établissement pack, if any. */
  readonly uai: string | null;
  /** The packs, lowest layer first. */
  readonly packs: readonly PackRef[];
  /** Each parameter's resolved value. */
  readonly parameters: { readonly [K in ParameterKey]: ResolvedParameter<K> };
}

function bounds(entry: ParameterEntry<unknown>): { since: LocalDate; until: LocalDate | null } {
  const v = entry.validity;
  if ('schoolYears' in v) {
    const years = [...v.schoolYears].sort();
    const first = years[0] ?? '';
    const last = years[years.length - 1] ?? '';
    return { since: `${first.slice(0, 4)}-09-01`, until: `${last.slice(5, 9)}-08-31` };
  }
  return { since: v.from, until: v.until ?? null };
}

function traced(
  key: ParameterKey,
  value: unknown,
  pack: RulePack,
  entry: ParameterEntry<unknown>,
  merged?: readonly MergeStep[],
): ResolvedParameter {
  const { since, until } = bounds(entry);
  return {
    key,
    value,
    layer: pack.layer,
    packId: pack.id,
    packVersion: pack.version,
    validSince: since,
    validUntil: until,
    source: entry.source,
    ...(entry.references !== undefined ? { references: entry.references } : {}),
    confidence: entry.confidence,
    ...(entry.quote !== undefined ? { quote: entry.quote } : {}),
    ...(entry.paraphrase !== undefined ? { paraphrase: entry.paraphrase } : {}),
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    ...(merged !== undefined ? { merged } : {}),
  } as ResolvedParameter;
}

function entryFor(
  pack: RulePack,
  key: ParameterKey,
  annee: AnneeScolaire,
): ParameterEntry<unknown> | undefined {
  const entries = pack.parameters[key] as readonly ParameterEntry<unknown>[] | undefined;
  return entries?.find((e) => coversAnneeScolaire(e.validity, annee));
}

function resolveReplaced(packs: readonly RulePack[], key: ParameterKey, annee: AnneeScolaire) {
  for (let i = packs.length - 1; i >= 0; i--) {
    const pack = packs[i];
    const entry = pack ? entryFor(pack, key, annee) : undefined;
    if (pack && entry) return traced(key, entry.value, pack, entry);
  }
  return undefined;
}

function resolveMerged(packs: readonly RulePack[], key: ParameterKey, annee: AnneeScolaire) {
  const items = new Map<string, { readonly id: string }>();
  const steps: MergeStep[] = [];
  let top: { pack: RulePack; entry: ParameterEntry<unknown> } | undefined;
  for (const pack of packs) {
    const entry = entryFor(pack, key, annee);
    if (!entry) continue;
    const set: string[] = [];
    const removed: string[] = [];
    for (const item of entry.value as readonly { readonly id: string; readonly retire?: true }[]) {
      if (item.retire === true) {
        items.delete(item.id);
        removed.push(item.id);
      } else {
        items.set(item.id, item);
        set.push(item.id);
      }
    }
    steps.push({ layer: pack.layer, packId: pack.id, source: entry.source, set, removed });
    top = { pack, entry };
  }
  return top ? traced(key, [...items.values()], top.pack, top.entry, steps) : undefined;
}

/**
 * Resolves layered packs for a school year.
 *
 * @param layers - the packs, lowest layer first: the national pack, then at most one académie pack, then
 * at most one établissement pack of the same académie. Each is validated strictly.
 * @param anneeScolaire - the school year, e.g. `2022-2023`.
 * @returns the resolved rules, or a validation error: an invalid pack, layers out of order, or a parameter
 * no layer sets for that year (named).
 * @example
 * ```ts
 * const rules = resolveRules([packNational, packReunion], '2022-2023');
 * if (rules.isErr()) console.error(rules.error.message);
 * rules.parameters['echeances.bilanIntermediaire'].layer; // 'academie'
 * ```
 * @category Règles
 */
export function resolveRules(
  layers: readonly RulePack[],
  anneeScolaire: AnneeScolaire,
): Result<ResolvedRules, ValidationError> {
  const year = parseAnneeScolaire(anneeScolaire);
  if (year.isErr()) return err(year.error);
  const packs: RulePack[] = [];
  for (const layer of layers) {
    const parsed = parseRulePack(layer);
    if (parsed.isErr()) return err(parsed.error);
    packs.push(parsed.value);
  }
  const order = packs.map((p) => LAYERS.indexOf(p.layer));
  const wellOrdered =
    packs[0]?.layer === 'national' &&
    order.every((o, i) => i === 0 || o > (order[i - 1] ?? Number.POSITIVE_INFINITY));
  if (!wellOrdered) {
    return err(
      validationError(
        'Couches de règles mal ordonnées : un pack national, puis au plus un académique, puis un établissement.',
        [issue('regles.couches', `Couches reçues : ${packs.map((p) => p.layer).join(', ')}.`)],
      ),
    );
  }
  const academiePack = packs.find((p) => p.layer === 'academie');
  const etabPack = packs.find((p) => p.layer === 'etablissement');
  if (etabPack && etabPack.academie !== academiePack?.academie) {
    return err(
      validationError(
        `Le pack d'établissement ${etabPack.id} n'appartient pas à l'académie du pack académique.`,
        [issue('regles.couches', `Académie ${etabPack.academie ?? '?'} attendue.`)],
      ),
    );
  }
  const resolved: Partial<Record<ParameterKey, ResolvedParameter>> = {};
  const missing: Issue[] = [];
  const mergedKeys: ReadonlySet<ParameterKey> = new Set(MERGED_BY_ID);
  for (const key of PARAMETER_KEYS) {
    const found = mergedKeys.has(key)
      ? resolveMerged(packs, key, anneeScolaire)
      : resolveReplaced(packs, key, anneeScolaire);
    if (found) resolved[key] = found;
    else {
      missing.push(
        issue('regles.parametre-manquant', `Aucune couche ne fixe « ${key} » pour ${anneeScolaire}.`, [key]),
      );
    }
  }
  if (missing.length > 0) {
    return err(
      validationError(
        `Règles incomplètes pour ${anneeScolaire} : ${missing.length} paramètre(s) sans valeur.`,
        missing,
      ),
    );
  }
  return ok({
    anneeScolaire,
    academie: academiePack?.academie ?? null,
    uai: etabPack?.uai ?? null,
    packs: packs.map((p) => ({ id: p.id, version: p.version, layer: p.layer, label: p.label })),
    parameters: resolved as ResolvedRules['parameters'],
  });
}

const LAYER_LABEL: Readonly<Record<Layer, string>> = {
  national: 'nationale',
  academie: 'académique',
  etablissement: 'de l’établissement',
};

const OFFICIAL_HOST = /(?:^|\.)(?:gouv\.fr|service-public\.fr)$/u;
const ACADEMIE_HOST = /(?:^|\.)ac-[a-z-]+\.fr$/u;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The nature of a source: the one it states, or else one derived from where it is read. A URL on a `gouv.fr`
 * or `service-public.fr` host is `officielle`, on an `ac-….fr` host `academique`, on any other host
 * `secondaire` (a union, press, private or mirror page); without a URL, a text with a NOR is `officielle`.
 *
 * @param source - the reference.
 * @returns its nature, or `undefined` when it states none and none can be derived.
 * @example
 * ```ts
 * sourceNature({ texte: 'SNES-FSU, « La procédure d’alerte »', url: 'https://www.snes.edu/La-procedure-d-alerte-35729.html' });
 * // 'secondaire'
 * ```
 * @category Règles
 */
export function sourceNature(source: SourceRef): SourceNature | undefined {
  if (source.nature !== undefined) return source.nature;
  const host = source.url === undefined ? undefined : hostOf(source.url);
  if (host !== undefined) {
    if (OFFICIAL_HOST.test(host)) return 'officielle';
    if (ACADEMIE_HOST.test(host)) return 'academique';
    return 'secondaire';
  }
  return source.nor === undefined ? undefined : 'officielle';
}

function citeBare(source: SourceRef): string {
  return [
    source.texte,
    source.article ? `, ${source.article}` : '',
    source.nor ? ` (NOR ${source.nor})` : '',
    source.url ? ` <${source.url}>` : '',
  ].join('');
}

/**
 * Formats a source reference in one line: « Décret n° 94-874 du 7 octobre 1994, art. 26 (NOR FPPA9400088D) ».
 * A secondary source (see {@link sourceNature}) is labelled: « source secondaire : SNES-FSU, … ».
 *
 * @param source - the reference.
 * @returns the citation.
 * @category Règles
 */
export function citeSource(source: SourceRef): string {
  const bare = citeBare(source);
  return sourceNature(source) === 'secondaire' ? `source secondaire : ${bare}` : bare;
}

/**
 * The words a parameter rests on, as printed: a verbatim quote in guillemets, a paraphrase followed by
 * « (paraphrase) » and never in guillemets.
 *
 * @param p - a resolved parameter or a pack entry.
 * @returns « « Le bilan final est à compléter… » », « rapports du tuteur en décembre et en avril (paraphrase) »,
 * or `undefined` when the entry gives no words.
 * @category Règles
 */
export function citeWording(p: {
  readonly quote?: string | undefined;
  readonly paraphrase?: string | undefined;
}): string | undefined {
  const parts = [
    ...(p.quote !== undefined ? [`« ${p.quote} »`] : []),
    ...(p.paraphrase !== undefined ? [`${p.paraphrase} (paraphrase)`] : []),
  ];
  return parts.length === 0 ? undefined : parts.join(' ; ');
}

/**
 * Explains a resolved parameter in one French sentence: which layer and pack, since when, which text (labelled
 * « source secondaire » when it is one), the other texts it rests on, and the note.
 *
 * @param p - the resolved parameter.
 * @returns e.g. « conges.seuilJours = 36 — couche nationale (national 1.0.0), depuis le 1994-10-07 ; source :
 * Décret n° 94-874 du 7 octobre 1994, art. 26 (NOR FPPA9400088D) ».
 * @category Règles
 */
export function explainParameter(p: ResolvedParameter): string {
  const source =
    sourceNature(p.source) === 'secondaire'
      ? `source secondaire : ${citeBare(p.source)}`
      : `source : ${citeBare(p.source)}`;
  const references =
    p.references !== undefined && p.references.length > 0
      ? ` ; voir aussi : ${p.references.map(citeSource).join(' ; ')}`
      : '';
  const confidence = p.confidence === 'unverified' ? ' ; hypothèse non vérifiée' : '';
  const note = p.note ? ` (${p.note})` : '';
  return `${p.key} = ${JSON.stringify(p.value)} — couche ${LAYER_LABEL[p.layer]} (${p.packId} ${p.packVersion}), depuis le ${p.validSince} ; ${source}${references}${confidence}${note}`;
}
