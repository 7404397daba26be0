/**
 * Guards of the authority's acts: who signs, on which proposition or avis, after which commission, with which
 * ground, at which moment of the stage.
 *
 * @packageDocumentation
 */
import type { Acteur } from '../../dossier/acteurs.js';
import { getAnneeCourante } from '../../dossier/annee.js';
import { type RefusalReason, refusalReason } from '../../errors.js';
import {
  findAutoriteCompetente,
  findAvisEvaluateur,
  findExigenceAvisCommission,
  findPropositionJury,
  getActe,
  getAutoriteDeActeur,
  isCorpsSansJury,
  isMasterManquant,
  isSansJury,
  LIBELLE_AUTORITE,
} from '../chaine.js';
import type { Acte } from '../chaine-rules.js';
import type { CommandOf } from '../commands.js';
import { computeDateMiStage } from '../conditions.js';
import type { Entrees } from '../contexte-decision.js';
import { arrete2014, arrete2014Agreges, decret94874 } from '../sources.js';
import { checkDetachement } from './commun.js';
import { checkRenouvellementPossible } from './jury.js';

type Prononcer = CommandOf<'decision.prononcer'>;

/**
 * The actor signs as the authority the rules give for this act and corps.
 *
 * @param acte - the act.
 * @param acteur - who records it.
 * @param e - the dossier and rules.
 * @remarks Arrêté MENH1411675A art. 9; décret n° 85-899 art. 3 (see `rules.autorites`).
 * @category Workflow
 */
export function checkAutorite(acte: Acte, acteur: Acteur, e: Entrees): RefusalReason[] {
  const competente = findAutoriteCompetente(e.ctx.rules, acte, e.state);
  if (competente === null) {
    return [
      refusalReason(
        'decision.autorite-inconnue',
        `Les règles ne disent pas qui prononce l’acte « ${acte} ».`,
      ),
    ];
  }
  const attendue = competente.autorite === 'recteur' ? e.ctx.rules.autoriteAcademique.valeur : 'ministre';
  if (getAutoriteDeActeur(acteur, e.ctx.rules) === attendue) return [];
  const lecture = competente.note === undefined ? '' : ` (${competente.note})`;
  return [
    refusalReason(
      'decision.autorite-incompetente',
      `L’acte « ${acte} » est prononcé par ${LIBELLE_AUTORITE[attendue]}${lecture}.`,
      competente.source,
    ),
  ];
}

/**
 * The commission whose avis the rules require for this act has given it, before the act.
 *
 * @param acte - the act.
 * @param date - the date of the act.
 * @param e - the dossier and rules.
 * @param procedureId - for a sanction, the procedure the conseil de discipline sat in.
 * @remarks Décret n° 94-874 art. 7 and 13; arrêté MENH1411677A art. 7 (see `rules.avisCommissions`).
 * @category Workflow
 */
export function checkAvisCommission(
  acte: Acte,
  date: string,
  e: Entrees,
  procedureId?: string,
): RefusalReason[] {
  const exigence = findExigenceAvisCommission(e.ctx.rules, acte, e.state);
  if (exigence === null || !exigence.requis) return [];
  const annee = getAnneeCourante(e.state);
  const rendu = e.state.avisCommissions.some(
    (a) =>
      a.formation === exigence.formation &&
      (exigence.commission === 'cap' || a.commission === exigence.commission) &&
      a.date <= date &&
      (procedureId === undefined
        ? a.annee === annee && acte.startsWith(a.objet)
        : a.procedureId === procedureId),
  );
  if (rendu) return [];
  const qui =
    exigence.formation === 'conseil-de-discipline'
      ? 'la commission administrative paritaire siégeant en conseil de discipline'
      : exigence.commission === 'capa'
        ? 'la commission administrative paritaire académique (CAPA)'
        : exigence.commission === 'capn'
          ? 'la commission administrative paritaire nationale (CAPN)'
          : 'la commission administrative paritaire compétente';
  const lecture = exigence.note === undefined ? '' : ` ${exigence.note}`;
  return [
    refusalReason(
      'decision.avis-commission-requis',
      `L’acte « ${acte} » est pris après l’avis de ${qui}, qui n’est pas enregistré.${lecture}`,
      exigence.source,
    ),
  ];
}

/**
 * At the end of the stage (`devant-recteur`), the act follows the jury's finding (or, for an agrégé, the
 * evaluator's avis): titularisation or master prolongation for the apte, second year for the inapte.
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 6 and 7.
 * @category Workflow
 */
export function checkSelonEvaluation(c: Prononcer, e: Entrees): RefusalReason[] {
  const apte = isApte(e);
  if (apte === null) {
    return [
      refusalReason(
        'decision.evaluation-absente',
        'Ni proposition du jury ni avis de l’évaluateur pour cette année.',
      ),
    ];
  }
  const favorable = c.decision === 'titularisation' || c.decision === 'prolongation-master';
  if (favorable && !apte) {
    return [
      refusalReason(
        'decision.non-apte',
        'Le recteur prononce la titularisation des stagiaires estimés aptes : ce stagiaire ne l’a pas été.',
        isCorpsSansJury(e.state, e.ctx.rules) ? arrete2014Agreges('art. 7') : arrete2014('art. 9'),
      ),
    ];
  }
  if (c.decision === 'renouvellement' && apte) {
    return [
      refusalReason(
        'decision.apte',
        'Un stagiaire estimé apte est titularisé, pas renouvelé.',
        arrete2014('art. 9'),
      ),
    ];
  }
  return checkRenouvellementPossible(c.decision, e);
}

/** The jury's finding, or the evaluator's avis for a dossier without jury; null when neither exists. */
export function isApte(e: Entrees): boolean | null {
  if (isSansJury(e.state, e.ctx.rules)) {
    const avis = findAvisEvaluateur(e.state);
    return avis === null ? null : avis.sens === 'favorable';
  }
  const proposition = findPropositionJury(e.state);
  return proposition === null ? null : proposition.constat === 'apte';
}

/**
 * Titularisation needs the master where the rules still require it (else the master prolongation), and the
 * master prolongation needs a missing master.
 *
 * @remarks Arrêté MENH1411675A art. 9 (« lauréats des concours externes »).
 * @category Workflow
 */
export function checkMaster(c: Prononcer, e: Entrees): RefusalReason[] {
  const manquant = isMasterManquant(e.state, e.ctx.rules);
  const source = e.ctx.rules.prolongationMasterConcours.source;
  if (c.decision === 'titularisation' && manquant && e.state.etat !== 'prolongation-master') {
    return [
      refusalReason(
        'titularisation.master-requis',
        'Le stagiaire apte qui ne justifie pas du master requis voit son stage prolongé d’un an (décision « prolongation-master »).',
        source,
      ),
    ];
  }
  if (c.decision === 'prolongation-master' && !manquant) {
    return [
      refusalReason(
        'prolongation-master.sans-objet',
        'La prolongation pour master ne concerne que le lauréat d’un concours externe apte qui ne justifie pas du master requis.',
        source,
      ),
    ];
  }
  return [];
}

/**
 * In the course of the stage: a licenciement (or réintégration) for insuffisance professionnelle after half
 * the normal duration; for inaptitude physique after the medical body found the stagiaire definitively unable;
 * a titularisation only for an EU-qualified lauréat, on a favourable avis.
 *
 * @remarks Décret n° 94-874 art. 7 and 24; arrêté MENH1411675A art. 11.
 * @category Workflow
 */
export function checkEnCoursDeStage(c: Prononcer, e: Entrees): RefusalReason[] {
  const rules = e.ctx.rules;
  if (c.decision === 'titularisation') return checkTitularisationSansJury(c, e);
  if (c.decision !== 'licenciement' && c.decision !== 'reintegration') {
    return [
      refusalReason(
        'decision.en-cours-de-stage',
        'En cours de stage, seuls un licenciement ou une réintégration sont possibles.',
      ),
    ];
  }
  if (c.fondement === 'insuffisance-professionnelle') {
    const mi = computeDateMiStage(e.state, rules);
    if (mi !== null && c.date < mi) {
      return [
        refusalReason(
          'licenciement.avant-mi-stage',
          `Un licenciement pour insuffisance professionnelle n’est possible qu’après la moitié de la durée normale du stage, soit à partir du ${mi}.`,
          rules.fractionAvantLicenciement.source,
        ),
      ];
    }
    return [];
  }
  if (c.fondement === 'inaptitude-physique') return checkInaptitudePhysique(c, e);
  return [
    refusalReason(
      'decision.fondement',
      'En cours de stage, un licenciement se fonde sur l’insuffisance professionnelle ou l’inaptitude physique ; une sanction passe par « sanction.prononcer ».',
      decret94874('art. 7, 10 et 24'),
    ),
  ];
}

const CONGES_SANTE = new Set([
  'maladie-ordinaire',
  'longue-maladie',
  'longue-duree',
  'citis',
  'sans-traitement-inaptitude',
]);

/**
 * Licenciement pour inaptitude physique: after a leave for health reasons, and after the medical body found the
 * stagiaire « dans l'impossibilité définitive et absolue de reprendre ses fonctions ». Whether the leave rights
 * are exhausted is not computed (their durations are the titulaires', not modelled here): the medical body's
 * finding, which the text places at that moment, is required instead.
 *
 * @remarks Décret n° 94-874 art. 24, 2° and 3°.
 */
function checkInaptitudePhysique(c: Prononcer, e: Entrees): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  const source = decret94874('art. 24, 3°');
  if (!e.state.conges.some((x) => CONGES_SANTE.has(x.nature) && x.debut <= c.date)) {
    reasons.push(
      refusalReason(
        'licenciement.conge-sante-requis',
        'Le licenciement pour inaptitude physique intervient « à l’expiration des droits à congé avec traitement ou d’une période de congé sans traitement accordés pour raison de santé » : aucun congé pour raison de santé n’est enregistré.',
        source,
      ),
    );
  }
  if (
    !e.state.avisMedicaux.some(
      (a) => a.conclusion === 'impossibilite-definitive-et-absolue' && a.date <= c.date,
    )
  ) {
    reasons.push(
      refusalReason(
        'licenciement.avis-medical-requis',
        'Le licenciement pour inaptitude physique suppose que l’instance médicale ait reconnu le stagiaire « dans l’impossibilité définitive et absolue de reprendre ses fonctions ».',
        source,
      ),
    );
  }
  return reasons;
}

function checkTitularisationSansJury(c: Prononcer, e: Entrees): RefusalReason[] {
  const rules = e.ctx.rules;
  if (!rules.categoriesSansJury.valeur.includes(e.state.identite.categorie)) {
    return [
      refusalReason(
        'titularisation.jury-requis',
        'La titularisation de ce stagiaire est prononcée sur proposition du jury académique (ou, pour un agrégé, après « recteur.saisir »).',
        arrete2014('art. 9'),
      ),
    ];
  }
  const avis = findAvisEvaluateur(e.state);
  const reasons: RefusalReason[] = [];
  if (avis !== null && avis.sens !== 'favorable') {
    reasons.push(
      refusalReason(
        'titularisation.avis-defavorable',
        'Sans jury, la titularisation suppose un avis favorable de l’inspecteur.',
        rules.categoriesSansJury.source,
      ),
    );
  }
  if (c.fondement !== 'evaluation') {
    reasons.push(
      refusalReason('decision.fondement', 'Une titularisation se fonde sur l’évaluation du stage.'),
    );
  }
  return reasons;
}

/**
 * The ministre's act on a transmitted dossier is a licenciement or a réintégration, on the evaluation.
 *
 * @remarks Arrêté MENH1411675A art. 9; MENH1411677A art. 7.
 * @category Workflow
 */
export function checkActeMinistre(c: Prononcer, _e: Entrees): RefusalReason[] {
  if ((c.decision === 'licenciement' || c.decision === 'reintegration') && c.fondement === 'evaluation')
    return [];
  return [
    refusalReason(
      'decision.acte-ministre',
      'Le dossier transmis au ministre aboutit à un licenciement ou à une réintégration, fondés sur l’évaluation du stage.',
      arrete2014('art. 9'),
    ),
  ];
}

/**
 * At the end of a master prolongation: titularisation once the master is justified.
 *
 * @remarks Arrêté MENH1411675A art. 9.
 * @category Workflow
 */
export function checkFinProlongationMaster(c: Prononcer, e: Entrees): RefusalReason[] {
  if (c.decision !== 'titularisation') {
    return [
      refusalReason(
        'prolongation-master.issue',
        'À l’issue de la prolongation, le stagiaire qui justifie du master est titularisé ; sinon son dossier est transmis au ministre (« ministre.saisir »).',
        arrete2014('art. 9'),
      ),
    ];
  }
  if (e.state.stage.masterJustifie !== null) return [];
  return [
    refusalReason(
      'master.non-justifie',
      'La titularisation à l’issue de la prolongation suppose que le stagiaire justifie du master requis.',
      arrete2014('art. 9'),
    ),
  ];
}

/** The guards every `decision.prononcer` runs: the authority, the commission, the détachement, the ground. */
export function checkActe(c: Prononcer, e: Entrees): RefusalReason[] {
  const acte = getActe(c.decision, c.fondement);
  const finDeStage = e.state.etat !== 'en-stage';
  const fondement =
    finDeStage && c.fondement !== 'evaluation'
      ? [
          refusalReason(
            'decision.fondement',
            'À l’issue du stage, l’acte se fonde sur l’évaluation du stage.',
          ),
        ]
      : [];
  return [
    ...fondement,
    ...checkAutorite(acte, e.ctx.acteur, e),
    ...checkAvisCommission(acte, c.date, e),
    ...checkDetachement(c.decision, e),
  ];
}
