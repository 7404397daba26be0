/**
 * The registry of named guards: each checks one condition of the texts and returns every reason it finds to
 * refuse, with its source. The transition table lists, per edge, the guards that apply; the diagram shows them.
 *
 * @packageDocumentation
 */
import type { RefusalReason } from '../../errors.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import type { Garde, TypeDecision } from '../handlers/types.js';
import {
  checkActe,
  checkActeMinistre,
  checkEnCoursDeStage,
  checkFinProlongationMaster,
  checkMaster,
  checkSelonEvaluation,
} from './autorite.js';
import {
  checkAvisCommissionRendu,
  checkEngagementDiscipline,
  checkInstanceMedicale,
  checkSanction,
} from './commission.js';
import { checkDateNonFuture, checkPiecesCompletes } from './commun.js';
import { checkEnregistrementCorrigeable, checkRemplacement } from './correction.js';
import {
  checkAvecJury,
  checkCompositionJury,
  checkConstatJury,
  checkEntretienJury,
  checkRenouvellementPossible,
} from './jury.js';
import { checkDemissionEnAttente, checkReportNomination } from './nomination.js';
import { checkSaisineMinistre, checkSaisineRecteur } from './saisine.js';

/**
 * A guard with its name: the command it applies to, what it checks, and whether it stops the edge's checks.
 *
 * @category Workflow
 */
export interface GardeNommee<T extends TypeDecision> {
  /** The command it applies to; null: any command of the chain. */
  readonly commande: T | null;
  /** What it checks, in French. */
  readonly libelle: string;
  readonly check: Garde<T>;
  /** When it refuses, the later guards of the edge are not run (their reasons would be noise). */
  readonly bloquante?: boolean;
}

function garde<T extends TypeDecision>(commande: T, libelle: string, check: Garde<T>): GardeNommee<T> {
  return { commande, libelle, check };
}

/**
 * Every guard, by id.
 *
 * @category Workflow
 */
export const gardes = {
  'date.non-future': {
    commande: null,
    libelle: 'date non future',
    check: checkDateNonFuture,
  } as GardeNommee<TypeDecision>,
  'nomination.report': garde('nomination.prononcer', 'report de 12 mois au plus', checkReportNomination),
  'jury.avec-jury': {
    ...garde('jury.saisir', 'corps et catégorie avec jury', checkAvecJury),
    bloquante: true,
  },
  'dossier.pieces': {
    commande: null,
    libelle: 'pièces du dossier',
    check: checkPiecesCompletes,
  } as GardeNommee<TypeDecision>,
  'jury.composition': garde('jury.deliberer', 'jury de 5 à 8 membres du corps d’accès', checkCompositionJury),
  'jury.constat': garde('jury.deliberer', 'constat et proposition cohérents', checkConstatJury),
  'jury.entretien': garde('jury.deliberer', 'entretien avant un constat d’inaptitude', checkEntretienJury),
  'jury.renouvellement': garde(
    'jury.deliberer',
    'seconde année encore possible',
    (c: CommandOf<'jury.deliberer'>, e: Entrees): RefusalReason[] =>
      checkRenouvellementPossible(c.proposition, e),
  ),
  'recteur.saisine': garde('recteur.saisir', 'corps sans jury, avis complet', checkSaisineRecteur),
  'ministre.saisine': garde('ministre.saisir', 'ni titularisé ni renouvelé', checkSaisineMinistre),
  'decision.acte': garde(
    'decision.prononcer',
    'autorité compétente, avis de la commission, détachement',
    checkActe,
  ),
  'decision.evaluation': garde(
    'decision.prononcer',
    'selon le constat du jury ou l’avis de l’évaluateur',
    checkSelonEvaluation,
  ),
  'decision.master': garde('decision.prononcer', 'master requis (concours externe)', checkMaster),
  'decision.en-cours-de-stage': garde(
    'decision.prononcer',
    'mi-stage, avis médical, sans jury',
    checkEnCoursDeStage,
  ),
  'decision.ministre': garde('decision.prononcer', 'licenciement ou réintégration', checkActeMinistre),
  'decision.fin-prolongation': garde('decision.prononcer', 'master justifié', checkFinProlongationMaster),
  'commission.avis': garde(
    'commission.rendre-avis',
    'formation, procédure, niveau',
    checkAvisCommissionRendu,
  ),
  'discipline.engagement': garde(
    'discipline.engager',
    'information de l’intéressé',
    checkEngagementDiscipline,
  ),
  sanction: garde('sanction.prononcer', 'procédure, conseil de discipline, autorité, durée', checkSanction),
  'medical.instance': garde('avis-medical.enregistrer', 'instance médicale à la date', checkInstanceMedicale),
  'demission.en-attente': garde('demission.accepter', 'démission présentée', checkDemissionEnAttente),
  'correction.enregistrement': {
    commande: null,
    libelle: 'enregistrement corrigeable, année non figée, motif',
    check: checkEnregistrementCorrigeable,
    bloquante: true,
  } as GardeNommee<TypeDecision>,
  'correction.remplacement': garde(
    'enregistrement.corriger',
    'même enregistrement, même visiteur, date non future',
    checkRemplacement,
  ),
} as const;

/**
 * The id of a guard.
 *
 * @category Workflow
 */
export type GardeId = keyof typeof gardes;

/**
 * Runs guards on a command: every reason to refuse, in order.
 *
 * @param ids - the guards of the table's edge.
 * @param c - the command.
 * @param e - the dossier, context and day.
 * @category Workflow
 */
export function runGardes(ids: readonly GardeId[], c: CommandOf<TypeDecision>, e: Entrees): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  for (const id of ids) {
    const g = gardes[id] as GardeNommee<TypeDecision>;
    if (g.commande !== null && g.commande !== c.type) continue;
    const trouvees = g.check(c, e);
    reasons.push(...trouvees);
    if (g.bloquante === true && trouvees.length > 0) break;
  }
  return reasons;
}
