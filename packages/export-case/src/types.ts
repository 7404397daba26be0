/**
 * The 1EdTech CASE 1.1 objects a `getCFPackage` response holds, as far as this exporter writes them.
 * Field names and required fields follow the CASE 1.1 JSON Schema binding (`getCFPackage` response payload).
 *
 * @packageDocumentation
 */

/** A link to another CASE object: title, identifier (UUID) and resolvable URI. */
export interface LinkURI {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

/** A link used as an association's origin or destination node. */
export interface LinkGenURI {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
  /** `CASE` or an `ext:` value; omitted for nodes inside the same package. */
  readonly targetType?: string;
}

/** The root document of a competency framework. */
export interface CFDocument {
  readonly identifier: string;
  readonly uri: string;
  readonly frameworkType?: string;
  readonly caseVersion?: '1.1';
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly officialSourceURL?: string;
  readonly publisher?: string;
  readonly description?: string;
  readonly subject?: readonly string[];
  readonly language?: string;
  readonly version?: string;
  readonly adoptionStatus?: string;
  readonly statusStartDate?: string;
  readonly notes?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** One node of the framework: here a part, a section, a competency or an item. */
export interface CFItem {
  readonly identifier: string;
  readonly fullStatement: string;
  readonly alternativeLabel?: string;
  /** Human-readable type: `Partie`, `Section`, `Compétence`, `Item`. */
  readonly CFItemType?: string;
  readonly uri: string;
  /** The code people use: `CC6`, `P1`, `C8`, `CC6.3`, `A`. */
  readonly humanCodingScheme?: string;
  readonly listEnumeration?: string;
  readonly notes?: string;
  readonly language?: string;
  readonly CFItemTypeURI?: LinkURI;
  readonly lastChangeDateTime: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The association types of CASE 1.1 (an `ext:` value is also allowed by the standard). */
export type CFAssociationType =
  | 'isChildOf'
  | 'isPeerOf'
  | 'isPartOf'
  | 'exactMatchOf'
  | 'precedes'
  | 'isRelatedTo'
  | 'replacedBy'
  | 'exemplar'
  | 'hasSkillLevel'
  | 'isTranslationOf';

/** A relationship between two nodes: here, `isChildOf` from a child to its parent. */
export interface CFAssociation {
  readonly identifier: string;
  readonly associationType: CFAssociationType;
  /** Position of the origin among its siblings (1-based). */
  readonly sequenceNumber?: number;
  readonly uri: string;
  readonly originNodeURI: LinkGenURI;
  readonly destinationNodeURI: LinkGenURI;
  readonly lastChangeDateTime: string;
  readonly notes?: string;
}

/** The definition of an item type used by the package's CFItems. */
export interface CFItemType {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly hierarchyCode: string;
  readonly typeCode?: string;
  readonly lastChangeDateTime: string;
}

/** The definitions shared by the package. */
export interface CFDefinitions {
  readonly CFItemTypes?: readonly CFItemType[];
}

/** One level of a rubric criterion: a label (`quality`), a score for ratings, a position. */
export interface CFRubricCriterionLevel {
  readonly identifier: string;
  readonly uri: string;
  readonly description?: string;
  readonly quality?: string;
  /** The level's rank; absent for a level that is not a rating (« non observé »). */
  readonly score?: number;
  readonly feedback?: string;
  readonly position?: number;
  readonly rubricCriterionId?: string;
  readonly lastChangeDateTime: string;
}

/** One criterion of a rubric: here, one competency rated on the scale. */
export interface CFRubricCriterion {
  readonly identifier: string;
  readonly uri: string;
  readonly category?: string;
  readonly description?: string;
  readonly CFItemURI?: LinkURI;
  readonly weight?: number;
  readonly position?: number;
  readonly rubricId?: string;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriterionLevels?: readonly CFRubricCriterionLevel[];
}

/** A rubric: here, a rating scale (`Echelle`) applied to competencies. */
export interface CFRubric {
  readonly identifier: string;
  readonly uri: string;
  readonly title?: string;
  readonly description?: string;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriteria?: readonly CFRubricCriterion[];
}

/** A whole CASE 1.1 package: the `getCFPackage` response payload. */
export interface CFPackage {
  readonly CFDocument: CFDocument;
  readonly CFItems?: readonly CFItem[];
  readonly CFAssociations?: readonly CFAssociation[];
  readonly CFDefinitions?: CFDefinitions;
  readonly CFRubrics?: readonly CFRubric[];
}
