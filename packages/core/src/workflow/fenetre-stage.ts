/**
 * Dates and instants checked against the stage: a visit or a leave falls inside the stage's window (from its
 * first day to its last, extended by prolongations, plus the pack's tolerance); a command's instant is neither
 * before the dossier's last event (unless the command is a dated correction) nor implausibly far after the stage.
 *
 * @packageDocumentation
 */
import { addDays } from '../calendar/local-date.js';
import type { DossierState } from '../dossier/state.js';
import { type Issue, issue, type RefusalReason, refusalReason } from '../errors.js';
import { type Command, typesCorrection } from './commands.js';
import { computeEffetConges } from './conges.js';
import { addMonths } from './dates.js';
import { FENETRE_STAGE_PAR_DEFAUT } from './national-rules.js';
import type { FenetreStage, WorkflowRules } from './rules.js';

/**
 * The commands whose instant may be earlier than the dossier's last event: the dated corrections of a mistaken
 * recording (`typesCorrection`: `enregistrement.annuler`, `enregistrement.corriger`), recorded about an earlier
 * day. Every other command is refused when its `now` is before the last event's instant.
 *
 * @category Workflow
 */
export const COMMANDES_ANTIDATABLES: ReadonlySet<string> = new Set<string>(typesCorrection);

/**
 * The first and last day of a stage, as far as the dossier knows them.
 *
 * @category Workflow
 */
export interface BornesStage {
  /** The first day: the nomination (or the planned nomination, before it). */
  readonly debut: string;
  /** The last day: the latest of the years' statutory ends, the prolongations and the planned stage. */
  readonly fin: string;
}

function maxDate(dates: readonly (string | null | undefined)[]): string | null {
  let max: string | null = null;
  for (const d of dates) if (typeof d === 'string' && (max === null || d > max)) max = d;
  return max;
}

/**
 * The window of a dossier's stage.
 *
 * @param state - the dossier.
 * @param rules - the rules (duration of the stage, how leave prolongs it).
 * @returns its first and last day.
 * @remarks Décret n° 94-874 art. 4 (nomination, report), 5 (renouvellement), 15 and 26 (prolongations).
 * @category Workflow
 */
export function getBornesStage(state: DossierState, rules: WorkflowRules): BornesStage {
  const { stage, identite } = state;
  const prevue = identite.dateNominationPrevue;
  const debut = stage.annees[0]?.dateDebut ?? stage.dateNomination ?? prevue;
  const report = stage.reportNomination?.jusquau ?? null;
  const dureeMois = rules.dureeStageMois.valeur;
  const planifiee = addDays(addMonths(maxDate([report, prevue]) ?? prevue, dureeMois), -1);
  const fin =
    maxDate([
      planifiee,
      ...stage.annees.map((a) => a.dateFinStatutaire),
      ...stage.prolongationsConges.map((p) => p.dateFinEffective),
      stage.prolongationMaster?.dateFin,
      computeEffetConges(state, rules)?.dateFinEffective,
    ]) ?? planifiee;
  return { debut: [debut, prevue].sort()[0] ?? prevue, fin };
}

function fenetreOf(rules: WorkflowRules): FenetreStage {
  return (rules.fenetreStage ?? FENETRE_STAGE_PAR_DEFAUT).valeur;
}

function horsFenetre(quoi: string, date: string, bornes: { debut: string; fin: string }): string {
  return `${quoi} (${date}) tombe hors du stage (du ${bornes.debut} au ${bornes.fin}, tolérance du pack comprise) : vérifier la date.`;
}

/**
 * Checks the dates of a visit or a leave against the stage's window.
 *
 * @param state - the dossier.
 * @param command - the command.
 * @param rules - the rules, whose `fenetreStage` gives the tolerance.
 * @returns every reason to refuse (code `visite.hors-stage`, `conge.hors-stage`, `conge.fin-avant-debut`).
 * @remarks No text bounds these dates: Tremplin's rule, configurable (`stage.fenetre`).
 * @category Workflow
 */
export function checkDatesDansStage(
  state: DossierState,
  command: Command,
  rules: WorkflowRules,
): RefusalReason[] {
  const fenetre = fenetreOf(rules);
  const bornes = getBornesStage(state, rules);
  const large = {
    debut: addDays(bornes.debut, -fenetre.toleranceJours),
    fin: addDays(bornes.fin, fenetre.toleranceJours),
  };
  const dans = (date: string) => date >= large.debut && date <= large.fin;
  switch (command.type) {
    case 'visite.planifier':
      return dans(command.datePrevue)
        ? []
        : [refusalReason('visite.hors-stage', horsFenetre('La visite prévue', command.datePrevue, large))];
    case 'visite.realiser':
      return dans(command.date)
        ? []
        : [refusalReason('visite.hors-stage', horsFenetre('La visite', command.date, large))];
    case 'conge.enregistrer': {
      const reasons: RefusalReason[] = [];
      if (command.fin < command.debut) {
        reasons.push(
          refusalReason(
            'conge.fin-avant-debut',
            `Le congé finit le ${command.fin}, avant son premier jour (${command.debut}).`,
          ),
        );
      }
      if (!dans(command.debut))
        reasons.push(
          refusalReason('conge.hors-stage', horsFenetre('Le premier jour du congé', command.debut, large)),
        );
      const finMax = addDays(large.fin, fenetre.congeAuDelaFinJours);
      if (command.fin > finMax) {
        reasons.push(
          refusalReason(
            'conge.hors-stage',
            `Le congé finit le ${command.fin}, plus de ${fenetre.congeAuDelaFinJours} jours après la fin du stage (${bornes.fin}) : vérifier la date.`,
          ),
        );
      }
      return reasons;
    }
    default:
      return [];
  }
}

/** Commands with no horizon after the stage: the register of persons' rectification and erasure. */
const SANS_HORIZON: ReadonlySet<string> = new Set(['identite.rectifier', 'identite.effacer']);

/**
 * Checks the instant of a command against the dossier: not before its last event (unless the command is in
 * {@link COMMANDES_ANTIDATABLES}), not implausibly far after the stage's last day.
 *
 * @param state - the dossier, or null before it is opened.
 * @param command - the command.
 * @param now - the command's instant, parsed.
 * @param jour - the command's day in the académie's zone.
 * @param options - the rules and the instant of the dossier's last event, when known.
 * @returns the problems found: `instant.anterieur` (a refusal reason) or `instant.invraisemblable` (an issue).
 * @category Workflow
 */
export function checkInstantCommande(
  state: DossierState | null,
  command: Command,
  now: { readonly millis: number; readonly jour: string },
  options: { readonly rules: WorkflowRules; readonly dernierInstant?: string | undefined },
): { readonly refus: RefusalReason[]; readonly issues: Issue[] } {
  const refus: RefusalReason[] = [];
  const issues: Issue[] = [];
  const dernier = options.dernierInstant === undefined ? Number.NaN : Date.parse(options.dernierInstant);
  if (!Number.isNaN(dernier) && now.millis < dernier && !COMMANDES_ANTIDATABLES.has(command.type)) {
    refus.push(
      refusalReason(
        'instant.anterieur',
        `La commande est datée avant le dernier événement du dossier (${options.dernierInstant}) : seule une correction datée (${[...COMMANDES_ANTIDATABLES].join(', ')}) peut l’être.`,
      ),
    );
  }
  // The register of persons is rectified or erased long after the stage (RGPD art. 16–17, end of retention).
  const bornes = SANS_HORIZON.has(command.type) ? null : bornesPlausibles(state, command, options.rules);
  if (bornes !== null && (now.jour > bornes.fin || now.jour < bornes.debut)) {
    issues.push(
      issue(
        'instant.invraisemblable',
        `L’instant de la commande (${now.jour}) est invraisemblable : plus de ${fenetreOf(options.rules).horizonInstantJours} jours avant le début ou après la fin du stage (${bornes.debut} – ${bornes.fin} au plus). Vérifier la date (--at).`,
        ['now'],
      ),
    );
  }
  return { refus, issues };
}

function bornesPlausibles(
  state: DossierState | null,
  command: Command,
  rules: WorkflowRules,
): { debut: string; fin: string } | null {
  const horizon = fenetreOf(rules).horizonInstantJours;
  let bornes: BornesStage | null = null;
  if (state !== null) bornes = getBornesStage(state, rules);
  else if (command.type === 'dossier.ouvrir') {
    const prevue = command.identite.dateNominationPrevue;
    bornes = { debut: prevue, fin: addDays(addMonths(prevue, rules.dureeStageMois.valeur), -1) };
  }
  if (bornes === null) return null;
  return { debut: addDays(bornes.debut, -horizon), fin: addDays(bornes.fin, horizon) };
}
