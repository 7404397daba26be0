/**
 * Lookups on the référentiel 2013: by code, by family, by section, by corps (legal scope).
 *
 * @packageDocumentation
 */

import { referentiel2013 } from './data/2013.js';
import { corpsSecondDegre, scopesReferentiel } from './data/corps.js';
import type {
  Competence,
  CompetenceCode,
  CorpsInfo,
  FamilleCompetence,
  ItemCompetence,
  Profil,
  ScopeReferentiel,
  SectionCode,
  SectionReferentiel,
} from './types.js';

const parCode: ReadonlyMap<string, Competence> = new Map(referentiel2013.competences.map((c) => [c.code, c]));
const itemsParId: ReadonlyMap<string, ItemCompetence> = new Map(
  referentiel2013.competences.flatMap((c) => c.items.map((i) => [i.id, i] as const)),
);

/**
 * Tells whether a string is a competency code of the référentiel 2013 (`CC1`…`CC14`, `P1`…`P5`, `D1`…`D4`,
 * `C1`…`C8`). Codes are case-sensitive.
 *
 * @param code - any string.
 * @returns true when it is a known code, narrowing it to `CompetenceCode`.
 * @example
 * ```ts
 * isCompetenceCode('CC6'); // true
 * isCompetenceCode('CC15'); // false
 * ```
 * @category Référentiel
 */
export function isCompetenceCode(code: string): code is CompetenceCode {
  return parCode.has(code);
}

/**
 * Finds a competency by its code.
 *
 * @param code - a code such as `CC6` or `D2`.
 * @returns the competency, or `undefined` when the code is unknown.
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A), annexe.
 * @example
 * ```ts
 * getCompetence('P3')?.titre; // 'Construire, mettre en œuvre et animer des situations …'
 * ```
 * @category Référentiel
 */
export function getCompetence(code: string): Competence | undefined {
  return parCode.get(code);
}

/**
 * Finds an item by its id.
 *
 * @param id - an item id such as `CC6.3`.
 * @returns the item, or `undefined` when unknown.
 * @category Référentiel
 */
export function getItem(id: string): ItemCompetence | undefined {
  return itemsParId.get(id);
}

/**
 * Finds a section heading (A to K).
 *
 * @param code - the section letter.
 * @returns the section, or `undefined` when unknown.
 * @category Référentiel
 */
export function getSection(code: string): SectionReferentiel | undefined {
  return referentiel2013.sections.find((s) => s.code === code);
}

/**
 * The competencies of one family (one part of the annex), in source order.
 *
 * @param famille - `commune`, `professeur`, `documentaliste` or `cpe`.
 * @returns the competencies of that family.
 * @category Référentiel
 */
export function listCompetencesDeLaFamille(famille: FamilleCompetence): readonly Competence[] {
  return referentiel2013.competences.filter((c) => c.famille === famille);
}

/**
 * The competencies of one section, in source order.
 *
 * @param section - the section letter.
 * @returns the competencies listed under that heading.
 * @category Référentiel
 */
export function listCompetencesDeLaSection(section: SectionCode): readonly Competence[] {
  return referentiel2013.competences.filter((c) => c.section === section);
}

/**
 * What the référentiel gives a corps: its legal scope, with the source.
 *
 * @param corps - a corps of the second degree.
 * @returns the families the corps holds and the text that says so.
 * @category Référentiel
 */
export function getScopeReferentiel(corps: Profil): ScopeReferentiel {
  const scope = scopesReferentiel.find((s) => s.corps === corps);
  if (scope === undefined) throw new TypeError(`Unknown corps: ${String(corps)}`);
  return scope;
}

/**
 * The competencies the référentiel 2013 gives a corps (legal scope), in source order. This is NOT what a grid
 * evaluates (see `listCompetencesEvaluees`): documentalistes hold P1–P5 here, the 2015 grid omits them.
 *
 * - certifié, agrégé, PLP, EPS: CC1–CC14 + P1–P5;
 * - professeur documentaliste: CC1–CC14 + P1–P5 + D1–D4;
 * - CPE: CC1–CC14 + C1–C8.
 *
 * @param corps - a corps of the second degree.
 * @returns the competencies, in the annex's order.
 * @remarks Arrêté du 1er juillet 2013 (NOR MENE1315928A), annexe, préambule and part 3 (« Outre les
 * compétences qu'ils partagent avec l'ensemble des professeurs … »).
 * @example
 * ```ts
 * listCompetencesDuCorps('documentaliste').length; // 23
 * ```
 * @category Référentiel
 */
export function listCompetencesDuCorps(corps: Profil): readonly Competence[] {
  const { familles } = getScopeReferentiel(corps);
  return referentiel2013.competences.filter((c) => familles.includes(c.famille));
}

/**
 * The label of a corps, e.g. `Professeur certifié`.
 *
 * @param corps - a corps of the second degree.
 * @returns its label and code.
 * @category Référentiel
 */
export function getCorps(corps: Profil): CorpsInfo {
  const info = corpsSecondDegre.find((c) => c.corps === corps);
  if (info === undefined) throw new TypeError(`Unknown corps: ${String(corps)}`);
  return info;
}

/**
 * The items of a competency that concern the second degree: every item except the « En particulier,
 * à l'école » ones (first degree only).
 *
 * @param competence - a competency.
 * @returns its items without the `ecole` ones, in source order.
 * @category Référentiel
 */
export function listItemsDuSecondDegre(competence: Competence): readonly ItemCompetence[] {
  return competence.items.filter((i) => i.contexte !== 'ecole');
}
