/**
 * Types of the référentiel des compétences professionnelles (arrêté du 1er juillet 2013),
 * of the evaluation grids and of the rating scales.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

/**
 * Codes of the 14 compétences communes (numbered 1–14 in the text; `CC` is the usage prefix).
 *
 * @category Référentiel
 */
export type CompetenceCommuneCode =
  | 'CC1'
  | 'CC2'
  | 'CC3'
  | 'CC4'
  | 'CC5'
  | 'CC6'
  | 'CC7'
  | 'CC8'
  | 'CC9'
  | 'CC10'
  | 'CC11'
  | 'CC12'
  | 'CC13'
  | 'CC14';
/**
 * Codes of the compétences communes à tous les professeurs.
 *
 * @category Référentiel
 */
export type CompetenceProfesseurCode = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
/**
 * Codes of the compétences spécifiques aux professeurs documentalistes.
 *
 * @category Référentiel
 */
export type CompetenceDocumentalisteCode = 'D1' | 'D2' | 'D3' | 'D4';
/**
 * Codes of the compétences spécifiques aux conseillers principaux d'éducation.
 *
 * @category Référentiel
 */
export type CompetenceCpeCode = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8';
/**
 * Any competency code of the référentiel 2013.
 *
 * @category Référentiel
 */
export type CompetenceCode =
  | CompetenceCommuneCode
  | CompetenceProfesseurCode
  | CompetenceDocumentalisteCode
  | CompetenceCpeCode;

/**
 * The profil d'évaluation of a stagiaire: his corps, with the professeurs documentalistes apart. It chooses the
 * référentiel's scope and the grid; the dossier's `corps` (see `Corps`) chooses the jury, the lists and the
 * texts. In the référentiel's data and the packs, the key that holds a profil is still named `corps`.
 *
 * @remarks Professeurs documentalistes belong to the corps des professeurs certifiés (CAPES, section
 * documentation: arrêté du 19 avril 2013, NOR MENH1310120A, art. 1); the référentiel and the grids treat
 * them apart (arrêté du 1er juillet 2013, annexe, part 3). Use `getProfil(identite)` to get a dossier's.
 * @category Référentiel
 */
export type Profil = 'certifie' | 'agrege' | 'plp' | 'eps' | 'documentaliste' | 'cpe';

/**
 * How sure we are of a piece of data taken from the texts.
 *
 * @category Référentiel
 */
export type Confidence = 'verified' | 'secondary' | 'unverified';

/**
 * What an output may print about a grid, a scale or a level: where it comes from.
 *
 * - `verified`: read in an official text (Journal officiel, Bulletin officiel, or their primary mirror);
 * - `academie`: given by an académie in its pack (its own grid, scale or level);
 * - `assumption`: reconstituted by Tremplin from secondary sources or assumed; to be confirmed by the académie.
 *
 * `confidence` says how sure we are of a source; `statut` is what a document tells its reader.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 7: the stagiaire may see « la grille d'évaluation »;
 * a grid that is not the official one must say so.
 * @category Référentiel
 */
export type StatutDonnee = 'verified' | 'academie' | 'assumption';

/**
 * A source with the confidence we have in it.
 *
 * @category Référentiel
 */
export interface Sourced {
  readonly source: SourceRef;
  readonly confidence: Confidence;
}

/**
 * The four families of the référentiel, one per part of the annex.
 *
 * - `commune`: compétences communes à tous les professeurs et personnels d'éducation (1 to 14);
 * - `professeur`: compétences communes à tous les professeurs (P1 to P5);
 * - `documentaliste`: compétences spécifiques aux professeurs documentalistes (D1 to D4);
 * - `cpe`: compétences spécifiques aux conseillers principaux d'éducation (C1 to C8).
 *
 * @category Référentiel
 */
export type FamilleCompetence = 'commune' | 'professeur' | 'documentaliste' | 'cpe';

/**
 * Letters of the eleven section headings of the annex (A to K).
 *
 * @category Référentiel
 */
export type SectionCode = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K';

/**
 * The school context an item is restricted to, from its « En particulier, à l'école / au collège /
 * au lycée … » opening. An item without a context applies everywhere.
 *
 * `ecole` items concern the first degree only: a second-degree tool filters them out.
 * `lycee-general-technologique` is kept apart from `lycee` because the text says so (P1).
 *
 * @category Référentiel
 */
export type ContexteItem =
  | 'ecole'
  | 'college'
  | 'lycee'
  | 'lycee-general-technologique'
  | 'lycee-professionnel';

/**
 * One item of a competency: one of the « mises en œuvre possibles » the text lists, in its order.
 *
 * @category Référentiel
 */
export interface ItemCompetence {
  /** Stable id: the competency code, a dot, the 1-based position, e.g. `CC6.3`. */
  readonly id: string;
  /** 1-based position of the item inside its competency (source order). */
  readonly rang: number;
  /** The item's wording, verbatim from the JORF (see `paraphrased`). */
  readonly texte: string;
  /** The school context of an « En particulier, … » item. */
  readonly contexte?: ContexteItem;
  /** Set when the wording is a condensed paraphrase, not the verbatim text; `note` says why. */
  readonly paraphrased?: true;
  /** An editorial note about the wording (a source typo kept, a paraphrase). */
  readonly note?: string;
}

/**
 * A competency of the référentiel 2013: code, official title, section and items.
 *
 * @category Référentiel
 */
export interface Competence extends Sourced {
  /** Tremplin code: `CC1`…`CC14`, `P1`…`P5`, `D1`…`D4`, `C1`…`C8`. */
  readonly code: CompetenceCode;
  /** The number as the official text prints it: `1`…`14` for the common ones, else the code. */
  readonly numeroOfficiel: string;
  /** The family (part of the annex) the competency belongs to. */
  readonly famille: FamilleCompetence;
  /** The section heading (A to K) the competency is listed under. */
  readonly section: SectionCode;
  /** The official title, verbatim. */
  readonly titre: string;
  /** The items in source order. */
  readonly items: readonly ItemCompetence[];
}

/**
 * A section heading of the annex (A to K) with its quoted title and its competencies in order.
 *
 * @category Référentiel
 */
export interface SectionReferentiel extends Sourced {
  readonly code: SectionCode;
  readonly famille: FamilleCompetence;
  /** The heading's quoted title, verbatim, without the French quotation marks. */
  readonly titre: string;
  readonly competences: readonly CompetenceCode[];
}

/**
 * One of the four numbered parts of the annex, holding sections.
 *
 * @category Référentiel
 */
export interface PartieReferentiel extends Sourced {
  /** The part number in the annex (1 to 4). */
  readonly numero: number;
  readonly famille: FamilleCompetence;
  /** The part's heading, verbatim. */
  readonly titre: string;
  readonly sections: readonly SectionCode[];
}

/**
 * A référentiel de compétences: its identity, its parts, sections and competencies.
 *
 * @category Référentiel
 */
export interface Referentiel extends Sourced {
  /** Stable id, e.g. `referentiel-2013`. */
  readonly id: string;
  /** Full title of the text. */
  readonly titre: string;
  /** Date of publication in the Journal officiel (ISO date). */
  readonly datePublication: string;
  readonly parties: readonly PartieReferentiel[];
  readonly sections: readonly SectionReferentiel[];
  readonly competences: readonly Competence[];
}

/**
 * What the référentiel gives a corps (legal scope), independent of what any grid evaluates.
 *
 * @category Référentiel
 */
export interface ScopeReferentiel extends Sourced {
  readonly corps: Profil;
  /** The families of competencies the corps holds, in the annex's order. */
  readonly familles: readonly FamilleCompetence[];
}

/**
 * A corps of the second degree with its label.
 *
 * @category Référentiel
 */
export interface CorpsInfo {
  readonly corps: Profil;
  /** Label as people write it, e.g. `Professeur certifié`. */
  readonly label: string;
}

/**
 * A validity period in school years, bounds included: `{ from: '2014-2015', to: '2022-2023' }`.
 * Without `to`, the period is open.
 *
 * @category Référentiel
 */
export interface ValiditeScolaire {
  /** First school year (`YYYY-YYYY+1`), included. */
  readonly from: string;
  /** Last school year (`YYYY-YYYY+1`), included. */
  readonly to?: string;
}

/**
 * One item of an evaluation grid, in the grid's own wording, with a stable id.
 *
 * @category Référentiel
 */
export interface ItemGrille {
  /** Stable id inside its grid: `B`, the block number, a dot, the 1-based rank, e.g. `B4.3`. */
  readonly id: string;
  /** 1-based position of the item inside its block. */
  readonly rang: number;
  /** The item's wording, as the grid prints it. */
  readonly texte: string;
}

/**
 * One block of an evaluation grid: a title, the référentiel competencies it covers, its items. Where a block
 * has items, a positionnement rates its items; where it has none, it rates its competencies.
 *
 * @category Référentiel
 */
export interface BlocGrille {
  /** 1-based position of the block in the grid. */
  readonly numero: number;
  /** The block's title, in the grid's wording. */
  readonly titre: string;
  /** The référentiel competencies the block evaluates. */
  readonly competences: readonly CompetenceCode[];
  /** The grid's own items (not the référentiel's items), with their ids; empty when unknown. */
  readonly items: readonly ItemGrille[];
  /** How sure we are of this block's title, mapping and items. */
  readonly confidence: Confidence;
  /** Why the block is shaped as it is when that is an assumption. */
  readonly note?: string;
}

/**
 * An evaluation grid (grille d'évaluation) used for the avis on a stagiaire, versioned by school year.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5: the avis of the inspecteur and of the
 * chef d'établissement are « établi[s] sur la base d'une grille d'évaluation ».
 * @category Référentiel
 */
export interface Grille extends Sourced {
  /** Stable id, e.g. `ns-2015-055-enseignants`. */
  readonly id: string;
  readonly label: string;
  /** The corps the grid is meant for. */
  readonly corps: readonly Profil[];
  /** School years in which the grid may be used. Several grids can be valid in one year. */
  readonly validite: ValiditeScolaire;
  readonly blocs: readonly BlocGrille[];
  /** Ids of the grids this one formally replaces where both are valid (default choice goes to this one). */
  readonly remplace?: readonly string[];
  /** The fiche number in the note de service, when known (e.g. `12`). */
  readonly fiche?: string;
  /** True when the grid's content is a documented assumption rather than read in a text. */
  readonly assumption: boolean;
  /** What a document may print about the grid's origin (see `getMentionGrille`). */
  readonly statut: StatutDonnee;
  /**
   * Where the grid was reconstituted from, in French, for the printed mark, e.g. « d'après une reproduction
   * publique de la grille de 2015 ».
   */
  readonly origine?: string;
  /** What is known, unknown and assumed about this grid. */
  readonly notes: readonly string[];
}

/**
 * An académie's choice of grid for one corps and one school year, carried by rule packs.
 * Without `grilleId`, the formally applicable grid is used.
 *
 * @category Référentiel
 */
export interface ChoixGrille {
  readonly grilleId?: string;
}

/**
 * An académie's choice of grid per corps, as a rule pack carries it for a school year.
 *
 * @category Référentiel
 */
export type ChoixGrillesParCorps = { readonly [C in Profil]?: ChoixGrille };

/**
 * A level of a scale that is a rating, ordered by `rang` (1 = lowest).
 *
 * @category Référentiel
 */
export interface NiveauNotation {
  readonly kind: 'notation';
  /** Stable code, e.g. `suffisant`. */
  readonly code: string;
  /** Label as shown on the form, e.g. `Suffisant`. */
  readonly label: string;
  /** Order of the level: 1 is the lowest; higher is better. */
  readonly rang: number;
  readonly description?: string;
  /** Where the level's name comes from (see `getMentionNiveau`). */
  readonly statut: StatutDonnee;
}

/**
 * A level of a scale that is not a rating (e.g. « non observé »): it has no rank.
 *
 * @category Référentiel
 */
export interface NiveauHorsNotation {
  readonly kind: 'hors-notation';
  readonly code: string;
  readonly label: string;
  readonly description?: string;
  /** Where the level's name comes from (see `getMentionNiveau`). */
  readonly statut: StatutDonnee;
}

/**
 * A level of a scale: a rating with a rank, or an answer that is not a rating.
 *
 * @category Référentiel
 */
export type NiveauEchelle = NiveauNotation | NiveauHorsNotation;

/**
 * What a scale is used for.
 *
 * @category Référentiel
 */
export type UsageEchelle =
  | 'bilan-intermediaire'
  | 'bilan-final'
  | 'degres-acquisition'
  | 'acquisition'
  | 'avis';

/**
 * A rating scale (échelle) as data. The official grids' levels are UNVERIFIED, so scales are configuration:
 * an académie can pass its own.
 *
 * @category Référentiel
 */
export interface Echelle extends Sourced {
  /** Stable id, e.g. `tuteur-final`. */
  readonly id: string;
  readonly label: string;
  readonly usage: UsageEchelle;
  /** The levels, in display order. */
  readonly niveaux: readonly NiveauEchelle[];
  /**
   * Code of the expected level (a `notation` level) an académie sets on its own scale: a rating below it is
   * « sous l'attendu ». No shipped scale has one: no national text sets an expected level (a pack may set one
   * per scale with the `evaluation.niveauxAttendus` parameter).
   */
  readonly attendu?: string;
  /** True when the scale is a documented assumption, not an official text. */
  readonly assumption: boolean;
  /** What a document may print about the scale's origin (see `getMentionEchelle`). */
  readonly statut: StatutDonnee;
  /** Where the scale was taken from, in French, for the printed mark, e.g. « d'après une application tierce ». */
  readonly origine?: string;
  /** What the assumption is and how to replace it. */
  readonly note?: string;
}

/**
 * One rating of a positionnement on a competency: for a grid block without items, and in positionnements
 * recorded before grids had item ids.
 *
 * @category Référentiel
 */
export interface PositionnementEntreeCompetence {
  readonly competence: CompetenceCode;
  readonly item?: never;
  readonly niveau: string;
  readonly commentaire?: string;
}

/**
 * One rating of a positionnement on an item of the grid (`B4.3`).
 *
 * @category Référentiel
 */
export interface PositionnementEntreeItem {
  /** The item's id in the positionnement's grid, e.g. `B4.3`. */
  readonly item: string;
  readonly competence?: never;
  readonly niveau: string;
  readonly commentaire?: string;
}

/**
 * One rating of a positionnement: an item of the grid where its block has items, a competency where it has
 * none, and a level code of the scale. An item or competency without an entry is left blank.
 *
 * @remarks NS n° 2015-055: the grid « présente les compétences professionnelles du référentiel métier, ainsi que
 * leur déclinaison » in items.
 * @category Référentiel
 */
export type PositionnementEntry = PositionnementEntreeCompetence | PositionnementEntreeItem;

/**
 * An assessor's rating of a stagiaire on the items (or competencies) of a grid, with one scale. Items may stay
 * blank: they have no entry.
 *
 * @category Référentiel
 */
export interface Positionnement {
  readonly grilleId: string;
  readonly echelleId: string;
  readonly entries: readonly PositionnementEntry[];
}

/**
 * The context a positionnement is checked against.
 *
 * @category Référentiel
 */
export interface PositionnementContext {
  readonly corps: Profil;
  readonly grille: Grille;
  readonly echelle: Echelle;
}

/**
 * The whole référentiel with its scopes, grids and scales, as plain JSON-serialisable data.
 *
 * @category Référentiel
 */
export interface ReferentielJson {
  readonly format: 'tremplin.referentiel';
  /** 2 since grid items carry ids (`{ id, rang, texte }`) and grids, scales and levels a `statut`. */
  readonly formatVersion: 2;
  readonly referentiel: Referentiel;
  readonly corps: readonly CorpsInfo[];
  readonly scopes: readonly ScopeReferentiel[];
  readonly grilles: readonly Grille[];
  readonly echelles: readonly Echelle[];
}
