/**
 * Handlers of the commands that move the dossier through the workflow: nomination, saisine of the jury, the
 * jury's and the recteur's decisions, acceptance of a démission.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { match } from 'ts-pattern';
import { addDays } from '../calendar/local-date.js';
import { getAnneeCourante } from '../dossier/annee.js';
import { computeEmpreinte } from '../dossier/empreinte.js';
import type { DossierEvent } from '../dossier/events.js';
import { freezeVueJury } from '../dossier/instantane.js';
import type { DossierState } from '../dossier/state.js';
import type { NatureDecision } from '../dossier/vocabulaire.js';
import { type RefusalReason, refusalOf, refusalReason } from '../errors.js';
import type { CommandOf } from './commands.js';
import { computeDateMiStage, listPiecesManquantes } from './conditions.js';
import { computeEffetConges, type EffetConges } from './conges.js';
import type { Entrees, TransitionResult } from './contexte-decision.js';
import { addMonths, computeFinDePeriode } from './dates.js';
import type { WorkflowRules } from './rules.js';
import { arrete2014, decret94874 } from './sources.js';

/**
 * The commands that change the workflow state (handled here).
 *
 * @category Workflow
 */
export const typesDecision = [
  'nomination.prononcer',
  'jury.saisir',
  'jury.deliberer',
  'recteur.decider',
  'demission.accepter',
] as const;

/**
 * Commands handled here.
 *
 * @category Workflow
 */
export type CommandeDecision = CommandOf<(typeof typesDecision)[number]>;

function resultat(reasons: RefusalReason[], events: () => DossierEvent[]): TransitionResult {
  const refus = refusalOf(reasons);
  return refus === null ? ok(events()) : err(refus);
}

function sansJury(state: DossierState, rules: WorkflowRules): boolean {
  return rules.categoriesSansJury.valeur.includes(state.identite.categorie);
}

function masterManquant(state: DossierState): boolean {
  return state.identite.master === 'a-justifier' && state.stage.masterJustifie === null;
}

/** Checks licenciement for non-détachés and réintégration for détachés only. */
function coherenceDetachement(decision: NatureDecision, state: DossierState, reasons: RefusalReason[]): void {
  const detache = state.identite.categorie === 'detache';
  if (decision === 'licenciement' && detache) {
    reasons.push(
      refusalReason(
        'licenciement.detache',
        'Un stagiaire détaché n’est pas licencié : il est mis fin à son détachement et il est réintégré dans son corps d’origine.',
        decret94874('art. 7'),
      ),
    );
  }
  if (decision === 'reintegration' && !detache) {
    reasons.push(
      refusalReason(
        'reintegration.non-detache',
        'Seul un stagiaire détaché d’un autre corps peut être réintégré dans son corps d’origine.',
        arrete2014('art. 9'),
      ),
    );
  }
}

function computeEffetOuDebut(state: DossierState, rules: WorkflowRules): EffetConges {
  const effet = computeEffetConges(state, rules);
  if (effet !== null) return effet;
  // Unreachable in the states that accept decisions (the stage has started); keep the types total.
  const debut = state.identite.dateNominationPrevue;
  const fin = computeFinDePeriode(debut, rules.dureeStageMois.valeur);
  return {
    annee: getAnneeCourante(state),
    dateDebut: debut,
    dateFinStatutaire: fin,
    joursCongesRemuneres: 0,
    joursArt22: 0,
    joursNonComptes: 0,
    seuil: rules.seuilCongesRemuneresJours.valeur,
    joursProlongation: 0,
    dateFinEffective: fin,
    dateFinPourTitularisation: fin,
    explication: [],
  };
}

/**
 * Decides a command that changes the workflow state.
 *
 * @param command - the command.
 * @param e - state, context, today's date, event header.
 * @returns the events, or every reason to refuse.
 * @category Workflow
 */
export function decideDecision(command: CommandeDecision, e: Entrees): TransitionResult {
  const { state, ctx, jour, entete } = e;
  const rules = ctx.rules;
  const reasons: RefusalReason[] = [];
  const annee = getAnneeCourante(state);
  const instantane = () =>
    freezeVueJury(state, { version: rules.version, empreinte: computeEmpreinte(rules) });

  return match(command)
    .returnType<TransitionResult>()
    .with({ type: 'nomination.prononcer' }, (c) => {
      const prevue = state.identite.dateNominationPrevue;
      const report = state.stage.reportNomination;
      const date = c.dateNomination ?? report?.jusquau ?? prevue;
      if (report !== null) {
        const max = addMonths(prevue, rules.reportNominationMaxMois.valeur);
        if (date > max) {
          reasons.push(
            refusalReason(
              'report.trop-long',
              `Le report de nomination ne peut excéder ${rules.reportNominationMaxMois.valeur} mois : nomination au plus tard le ${max}.`,
              rules.reportNominationMaxMois.source,
            ),
          );
        }
      }
      return resultat(reasons, () => [
        {
          type: 'stagiaire.nomme',
          ...entete,
          dateNomination: date,
          dateDebutStage: date,
          dateFinStatutaire: computeFinDePeriode(date, rules.dureeStageMois.valeur),
        },
      ]);
    })
    .with({ type: 'jury.saisir' }, (c) => {
      if (sansJury(state, rules)) {
        reasons.push(
          refusalReason(
            'jury.sans-jury',
            'Ce stagiaire est titularisé par le recteur après l’avis de l’inspecteur, sans jury.',
            rules.categoriesSansJury.source,
          ),
        );
      } else {
        reasons.push(...listPiecesManquantes(state, rules));
      }
      if (c.date > jour)
        reasons.push(refusalReason('date.future', `La saisine est datée du ${c.date}, après aujourd’hui.`));
      return resultat(reasons, () => [{ type: 'dossier.transmis-au-jury', ...entete, annee, date: c.date }]);
    })
    .with({ type: 'jury.deliberer' }, (c) => {
      const effet = computeEffetOuDebut(state, rules);
      const apresFin = addDays(effet.dateFinEffective, 1);
      const entendu = state.entretiensJury.some((x) => x.annee === annee);
      if (
        c.decision !== 'titularisation' &&
        c.decision !== 'prolongation-master' &&
        rules.entretienAvantDecisionNonTitularisation.valeur &&
        !entendu
      ) {
        reasons.push(
          refusalReason(
            'jury.entretien-requis',
            'Le jury doit entendre le stagiaire en entretien avant toute décision autre que la titularisation.',
            rules.entretienAvantDecisionNonTitularisation.source,
          ),
        );
      }
      coherenceDetachement(c.decision, state, reasons);
      let dateEffet: string | null = null;
      let periodeSuivante: { dateDebut: string; dateFinStatutaire: string } | null = null;
      match(c.decision)
        .with('titularisation', () => {
          if (masterManquant(state)) {
            reasons.push(
              refusalReason(
                'titularisation.master-requis',
                'Le stagiaire apte qui ne justifie pas du master requis voit son stage prolongé d’un an (décision « prolongation-master »).',
                arrete2014('art. 9'),
              ),
            );
          }
          dateEffet = addDays(effet.dateFinPourTitularisation, 1);
        })
        .with('renouvellement', () => {
          const dejaAccordes = annee - 1;
          const max = rules.renouvellementsMax.valeur;
          if (dejaAccordes >= max) {
            reasons.push(
              refusalReason(
                'renouvellement.deja-accorde',
                `Le stage a déjà été renouvelé ${dejaAccordes} fois : ${max === 1 ? 'un seul renouvellement est possible' : `au plus ${max} renouvellement(s)`}. Le jury ne peut proposer que la titularisation, le licenciement ou la réintégration.`,
                rules.renouvellementsMax.source,
              ),
            );
          }
          const debut = c.dateDebutSuivante ?? apresFin;
          if (debut <= effet.dateFinStatutaire) {
            reasons.push(
              refusalReason(
                'renouvellement.date',
                `La seconde année commence après la fin de la première (${effet.dateFinStatutaire}).`,
              ),
            );
          }
          periodeSuivante = {
            dateDebut: debut,
            dateFinStatutaire: computeFinDePeriode(debut, rules.dureeStageMois.valeur),
          };
        })
        .with('prolongation-master', () => {
          if (!masterManquant(state)) {
            reasons.push(
              refusalReason(
                'prolongation-master.sans-objet',
                'La prolongation pour master ne concerne que le stagiaire apte qui ne justifie pas du master requis.',
                arrete2014('art. 9'),
              ),
            );
          }
          periodeSuivante = {
            dateDebut: apresFin,
            dateFinStatutaire: computeFinDePeriode(apresFin, rules.prolongationMasterMois.valeur),
          };
        })
        .with('licenciement', 'reintegration', () => {
          dateEffet = apresFin;
        })
        .exhaustive();
      return resultat(reasons, () => [
        {
          type: 'decision.prononcee',
          ...entete,
          decision: c.decision,
          instance: 'jury',
          annee,
          motivation: c.motivation ?? null,
          dateEffet,
          periodeSuivante,
          instantane: instantane(),
        },
      ]);
    })
    .with({ type: 'recteur.decider' }, (c) => {
      const effet = computeEffetOuDebut(state, rules);
      coherenceDetachement(c.decision, state, reasons);
      let dateEffet = c.dateEffet ?? jour;
      if (state.etat === 'prolongation-master') {
        const fin = state.stage.prolongationMaster?.dateFin ?? effet.dateFinEffective;
        if (c.decision === 'titularisation') {
          if (state.stage.masterJustifie === null) {
            reasons.push(
              refusalReason(
                'master.non-justifie',
                'La titularisation à l’issue de la prolongation suppose que le stagiaire justifie du master requis.',
                arrete2014('art. 9'),
              ),
            );
          }
          dateEffet = c.dateEffet ?? addDays(fin, 1);
        } else if (c.fondement === 'evaluation') {
          if (state.stage.masterJustifie !== null) {
            reasons.push(
              refusalReason(
                'master.justifie',
                'Le stagiaire justifie du master : il est titularisé.',
                arrete2014('art. 9'),
              ),
            );
          }
          if (jour <= fin) {
            reasons.push(
              refusalReason(
                'prolongation-master.en-cours',
                `La prolongation court jusqu’au ${fin}.`,
                arrete2014('art. 9'),
              ),
            );
          }
          dateEffet = c.dateEffet ?? addDays(fin, 1);
        }
      } else if (c.decision === 'titularisation') {
        if (!sansJury(state, rules)) {
          reasons.push(
            refusalReason(
              'titularisation.jury-requis',
              'La titularisation de ce stagiaire est prononcée sur proposition du jury académique.',
              arrete2014('art. 9'),
            ),
          );
        } else {
          reasons.push(...listPiecesManquantes(state, rules));
          const avis = state.avis.find((a) => a.annee === annee && a.role === 'inspecteur');
          if (avis !== undefined && avis.sens !== 'favorable') {
            reasons.push(
              refusalReason(
                'titularisation.avis-defavorable',
                'L’inspecteur a émis un avis défavorable : la titularisation sans jury n’est pas possible.',
                rules.categoriesSansJury.source,
              ),
            );
          }
        }
        if (c.fondement !== 'evaluation') {
          reasons.push(
            refusalReason('decision.fondement', 'Une titularisation se fonde sur l’évaluation du stage.'),
          );
        }
        if (masterManquant(state)) {
          reasons.push(
            refusalReason(
              'titularisation.master-requis',
              'Le master requis n’est pas justifié.',
              arrete2014('art. 9'),
            ),
          );
        }
        dateEffet = c.dateEffet ?? addDays(effet.dateFinPourTitularisation, 1);
      } else if (c.fondement === 'evaluation') {
        if (!sansJury(state, rules)) {
          reasons.push(
            refusalReason(
              'decision.jury-requis',
              'À l’issue du stage, seul le jury académique se prononce sur l’aptitude ; en cours de stage, un licenciement se fonde sur l’insuffisance professionnelle, l’inaptitude physique ou une sanction.',
              arrete2014('art. 9'),
            ),
          );
        } else if (
          !state.avis.some((a) => a.annee === annee && a.role === 'inspecteur' && a.sens === 'defavorable')
        ) {
          reasons.push(
            refusalReason(
              'decision.avis-inspecteur-requis',
              'Sans jury, la fin du stage sans titularisation suppose un avis défavorable de l’inspecteur.',
              rules.categoriesSansJury.source,
            ),
          );
        }
      } else if (c.fondement === 'insuffisance-professionnelle') {
        const mi = computeDateMiStage(state, rules);
        if (mi !== null && jour < mi) {
          reasons.push(
            refusalReason(
              'licenciement.avant-mi-stage',
              `Un licenciement pour insuffisance professionnelle n’est possible qu’après la moitié de la durée normale du stage, soit à partir du ${mi}.`,
              rules.fractionAvantLicenciement.source,
            ),
          );
        }
      }
      return resultat(reasons, () => [
        {
          type: 'decision.prononcee',
          ...entete,
          decision: c.decision,
          instance: 'recteur',
          annee,
          motivation: c.motivation ?? null,
          dateEffet,
          periodeSuivante: null,
          instantane: instantane(),
        },
      ]);
    })
    .with({ type: 'demission.accepter' }, (c) => {
      const demission = state.demission;
      if (demission === null || demission.acceptee !== null) {
        reasons.push(
          refusalReason(
            'demission.absente',
            'Aucune démission n’attend d’être acceptée.',
            decret94874('art. 9'),
          ),
        );
      } else if (c.date < demission.dateDemande) {
        reasons.push(
          refusalReason('demission.date', `La démission a été demandée le ${demission.dateDemande}.`),
        );
      }
      return resultat(reasons, () => [{ type: 'demission.acceptee', ...entete, date: c.date }]);
    })
    .exhaustive();
}
