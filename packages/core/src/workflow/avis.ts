/**
 * The avis for the jury (or, for an agrégé, for the recteur): who gives it, once a year, after what, and what
 * an unfavourable avis carries.
 *
 * @remarks Arrêté MENH1411675A art. 5; arrêté MENH1411677A art. 4–6.
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { getAnneeCourante } from '../dossier/annee.js';
import { getProfil } from '../dossier/corps.js';
import { type RefusalReason, refusalOf, refusalReason, type ValidationError } from '../errors.js';
import { validatePositionnement } from '../referentiel/positionnement.js';
import type { Positionnement } from '../referentiel/types.js';
import { isCorpsSansJury } from './chaine.js';
import type { CommandOf } from './commands.js';
import { listPrealablesAvisManquants } from './conditions.js';
import type { Entrees, TransitionResult } from './contexte-decision.js';
import { selectGrilleAvis } from './positionnements.js';
import { arrete2014, arrete2014Agreges } from './sources.js';

type Emettre = CommandOf<'avis.emettre'>;

/** The avis role an actor gives: an inspecteur général gives the corps d'inspection's avis. */
function getRoleAvis(e: Entrees): RoleAvisDonne | null {
  const role = e.ctx.acteur.role;
  if (role === 'inspecteur-general') return 'inspecteur';
  return role === 'inspecteur' || role === 'chef-etablissement' || role === 'directeur-inspe' ? role : null;
}

function checkUnParAn(
  c: Emettre,
  e: Entrees,
  role: 'inspecteur' | 'chef-etablissement' | 'directeur-inspe',
): RefusalReason[] {
  const annee = getAnneeCourante(e.state);
  const deja = e.state.avis.find((a) => a.annee === annee && a.role === role);
  const reasons: RefusalReason[] = [];
  if (deja !== undefined) {
    reasons.push(
      refusalReason(
        'avis.deja-emis',
        `L’avis ${deja.sens} du ${deja.date} a déjà été émis à ce titre pour l’année de stage ${annee} : il n’est pas remplacé.`,
        arrete2014('art. 5'),
      ),
    );
  }
  if (e.state.avis.some((a) => a.avisId === c.avisId)) {
    reasons.push(refusalReason('avis.existe', `L’avis ${c.avisId} est déjà enregistré(e).`));
  }
  return [...reasons, ...listPrealablesAvisManquants(e.state, e.ctx.rules, role)];
}

/**
 * An agrégé's evaluator: an inspecteur général or the IA-IPR he designates; an unfavourable avis in a first
 * year carries the avis on a « seconde et dernière année »; only agrégés' avis carry one.
 *
 * @remarks Arrêté MENH1411677A art. 4 and 6.
 */
function checkAvisAgrege(c: Emettre, e: Entrees, role: string): RefusalReason[] {
  const agrege = isCorpsSansJury(e.state, e.ctx.rules);
  if (e.ctx.acteur.role === 'inspecteur-general' && !agrege) {
    return [
      refusalReason(
        'avis.inspecteur-general',
        'L’inspecteur général évalue les professeurs agrégés stagiaires ; les autres corps sont évalués par l’inspecteur de la discipline.',
        arrete2014Agreges('art. 4'),
      ),
    ];
  }
  if (c.secondeAnnee !== undefined && (!agrege || role !== 'inspecteur' || c.sens !== 'defavorable')) {
    return [
      refusalReason(
        'avis.seconde-annee-sans-objet',
        'L’avis sur une « seconde et dernière année » complète l’avis défavorable de l’évaluateur d’un agrégé.',
        arrete2014Agreges('art. 6'),
      ),
    ];
  }
  const premiere = getAnneeCourante(e.state) === 1;
  if (
    agrege &&
    role === 'inspecteur' &&
    c.sens === 'defavorable' &&
    premiere &&
    c.secondeAnnee === undefined
  ) {
    return [
      refusalReason(
        'avis.seconde-annee-requise',
        'En première année, l’avis défavorable est complété par un avis sur l’intérêt d’autoriser une « seconde et dernière année de stage » (champ « secondeAnnee »).',
        arrete2014Agreges('art. 6'),
      ),
    ];
  }
  return [];
}

type RoleAvisDonne = 'inspecteur' | 'chef-etablissement' | 'directeur-inspe';

/** What the avis.emis event records of the grid: its id and the author's positionnement, if any. */
type FondementGrille = { grilleId?: string; positionnement?: Positionnement };

/**
 * The grid an inspecteur's or a chef d'établissement's avis rests on: the dossier's grid (a named grid must be
 * that one), with the author's positionnement checked against it. The INSPÉ director's avis names none.
 *
 * @remarks Arrêté MENH1411675A art. 5, 1° and 2°: « établi sur la base d'une grille d'évaluation »; 3°: the
 * directeur de l'INSPÉ's avis is not.
 */
function checkGrilleAvis(
  c: Emettre,
  e: Entrees,
  role: RoleAvisDonne | null,
  reasons: RefusalReason[],
): Result<FondementGrille, ValidationError> {
  if (role === null) return ok({});
  if (role === 'directeur-inspe') {
    if (c.grilleId !== undefined || c.positionnement !== undefined) {
      reasons.push(
        refusalReason(
          'avis.grille-sans-objet',
          'L’avis du directeur de l’INSPÉ ne repose pas sur une grille d’évaluation.',
          arrete2014('art. 5, 3°'),
        ),
      );
    }
    return ok({});
  }
  const contexte = selectGrilleAvis(e.state, e.ctx);
  if (contexte.isErr()) return err(contexte.error);
  const { grille, echelle } = contexte.value;
  if (c.grilleId !== undefined && c.grilleId !== grille.id) {
    reasons.push(
      refusalReason(
        'avis.grille-differente',
        `L’avis repose sur la grille du dossier (${grille.id}), non sur « ${c.grilleId} ».`,
        arrete2014('art. 5'),
      ),
    );
  }
  if (c.positionnement === undefined) return ok({ grilleId: grille.id });
  const positionnement = validatePositionnement(c.positionnement, {
    corps: getProfil(e.state.identite),
    grille,
    echelle,
  });
  return positionnement.map((p) => ({ grilleId: grille.id, positionnement: p }));
}

/**
 * Decides `avis.emettre`: one avis per role and year, after the pieces it rests on, motivated when
 * unfavourable, and, for an agrégé, given by his evaluator with the avis on a second year where the text asks.
 * The inspecteur's and the chef d'établissement's avis record the grid they rest on (and the author's
 * positionnement on it when given).
 *
 * @param c - the command.
 * @param e - the dossier, context and day.
 * @category Workflow
 */
export function decideAvis(c: Emettre, e: Entrees): TransitionResult {
  const role = getRoleAvis(e);
  const rules = e.ctx.rules;
  const reasons: RefusalReason[] = [];
  if (c.date > e.jour) {
    reasons.push(
      refusalReason('date.future', `L’avis est daté du ${c.date}, après aujourd’hui (${e.jour}).`),
    );
  }
  if (role !== null) reasons.push(...checkUnParAn(c, e, role), ...checkAvisAgrege(c, e, role));
  const fondement = checkGrilleAvis(c, e, role, reasons);
  if (fondement.isErr()) return err(fondement.error);
  if (c.sens === 'defavorable' && rules.motivationAvisDefavorable.valeur && c.motivation === undefined) {
    reasons.push(
      refusalReason(
        'avis.motivation-requise',
        'Un avis défavorable doit être motivé.',
        rules.motivationAvisDefavorable.source,
      ),
    );
  }
  const refus = refusalOf(reasons);
  if (refus !== null) return err(refus);
  const seconde = c.secondeAnnee === undefined ? {} : { secondeAnnee: c.secondeAnnee };
  return ok([
    {
      type: 'avis.emis',
      ...e.entete,
      avisId: c.avisId,
      sens: c.sens,
      motivation: c.motivation ?? null,
      date: c.date,
      ...seconde,
      ...fondement.value,
    },
  ]);
}
