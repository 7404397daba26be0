/**
 * Guards of the jury académique: which dossiers go before it, its composition, the coherence of its finding and
 * proposition, the entretien before any proposition other than titularisation.
 *
 * @packageDocumentation
 */
import { getAnneeCourante } from '../../dossier/annee.js';
import { type RefusalReason, refusalReason } from '../../errors.js';
import { isCorpsSansJury } from '../chaine.js';
import type { CommandOf } from '../commands.js';
import { computeEffetConges } from '../conges.js';
import type { Entrees } from '../contexte-decision.js';
import { arrete2014 } from '../sources.js';
import { checkDetachement } from './commun.js';

/**
 * The dossier goes before a jury: not an agrégé, not an EU-qualified lauréat.
 *
 * @remarks Arrêté MENH1411677A art. 4–7 (agrégés); MENH1411675A art. 11.
 * @category Workflow
 */
export function checkAvecJury(_c: CommandOf<'jury.saisir'>, e: Entrees): RefusalReason[] {
  const rules = e.ctx.rules;
  if (isCorpsSansJury(e.state, rules)) {
    return [
      refusalReason(
        'jury.corps-sans-jury',
        'Les professeurs agrégés stagiaires n’ont pas de jury académique : les avis et rapports sont adressés au recteur (« recteur.saisir »).',
        rules.corpsSansJury.source,
      ),
    ];
  }
  if (rules.categoriesSansJury.valeur.includes(e.state.identite.categorie)) {
    return [
      refusalReason(
        'jury.sans-jury',
        'Ce stagiaire est titularisé par le recteur après l’avis de l’inspecteur, sans jury.',
        rules.categoriesSansJury.source,
      ),
    ];
  }
  return [];
}

/**
 * The jury that deliberates is the jury of the stagiaire's corps d'accès, of five to eight members (president
 * included), presided by the recteur or his representative, with at most one vice-president, members chosen
 * among the categories of the text, none assigned to the institution that trains the stagiaires.
 *
 * @remarks Arrêté MENH1411675A art. 4.
 * @category Workflow
 */
export function checkCompositionJury(c: CommandOf<'jury.deliberer'>, e: Entrees): RefusalReason[] {
  const regle = e.ctx.rules.compositionJury;
  const { min, max } = regle.valeur;
  const membres = c.jury.membres;
  const refus = (code: string, message: string) => refusalReason(code, message, regle.source);
  const reasons: RefusalReason[] = [];
  if (membres.length < min || membres.length > max) {
    reasons.push(
      refus(
        'jury.effectif',
        `Le jury compte ${membres.length} membre(s) ; il en faut de ${min} à ${max}, président compris.`,
      ),
    );
  }
  const presidents = membres.filter((m) => m.qualite === 'president').length;
  if (presidents !== 1) {
    reasons.push(
      refus(
        'jury.president',
        `Le jury a ${presidents} président(s) : le recteur ou son représentant le préside.`,
      ),
    );
  }
  if (membres.filter((m) => m.qualite === 'vice-president').length > 1) {
    reasons.push(refus('jury.vice-president', 'Le jury a plusieurs vice-présidents.'));
  }
  if (membres.some((m) => m.qualite !== 'president' && m.categorie === null)) {
    reasons.push(
      refus(
        'jury.categorie-membre',
        'Chaque membre autre que le président est choisi parmi les corps d’inspection, les chefs d’établissement, les enseignants-chercheurs, les professeurs des écoles et les formateurs académiques.',
      ),
    );
  }
  const inspe = membres.filter((m) => m.affecteEtablissementFormation).map((m) => m.personne.id);
  if (inspe.length > 0) {
    reasons.push(
      refus(
        'jury.membre-inspe',
        `Membre(s) affecté(s) dans l’établissement qui forme les stagiaires : ${inspe.join(', ')}.`,
      ),
    );
  }
  if (c.jury.corps !== e.state.identite.corps) {
    reasons.push(
      refus(
        'jury.corps',
        `Ce jury est celui du corps « ${c.jury.corps} » ; le stagiaire relève du corps « ${e.state.identite.corps} » (un jury par corps d’accès).`,
      ),
    );
  }
  return reasons;
}

/**
 * An apte stagiaire is proposed for titularisation (no other proposition); an inapte one gets a proposition;
 * « non évalué » only for a prolonged stage, and without proposition; a détaché is proposed for réintégration,
 * not licenciement.
 *
 * @remarks Arrêté MENH1411675A art. 4 and 9.
 * @category Workflow
 */
export function checkConstatJury(c: CommandOf<'jury.deliberer'>, e: Entrees): RefusalReason[] {
  if (c.constat === 'apte') {
    return c.proposition === undefined
      ? []
      : [
          refusalReason(
            'jury.proposition-apte',
            'Un stagiaire apte est proposé à la titularisation.',
            arrete2014('art. 9'),
          ),
        ];
  }
  if (c.constat === 'non-evalue') {
    const effet = computeEffetConges(e.state, e.ctx.rules);
    const prolonge = effet !== null && effet.dateFinEffective > effet.dateFinStatutaire;
    const reasons: RefusalReason[] = [];
    if (!prolonge) {
      reasons.push(
        refusalReason(
          'jury.non-evalue-sans-prolongation',
          'Seul un stagiaire dont le stage est prolongé et qui n’a pu être évalué à cette session l’est par le jury suivant.',
          arrete2014('art. 4'),
        ),
      );
    }
    if (c.proposition !== undefined) {
      reasons.push(
        refusalReason('jury.proposition-non-evalue', 'Un stagiaire non évalué ne reçoit pas de proposition.'),
      );
    }
    return reasons;
  }
  if (c.proposition === undefined) {
    return [
      refusalReason(
        'jury.proposition-manquante',
        'Le jury qui estime un stagiaire inapte propose une seconde année, un licenciement ou une réintégration.',
        arrete2014('art. 9'),
      ),
    ];
  }
  return checkDetachement(c.proposition, e);
}

/**
 * The jury heard the stagiaire before finding him inapte.
 *
 * @remarks Arrêté MENH1411675A art. 6.
 * @category Workflow
 */
export function checkEntretienJury(c: CommandOf<'jury.deliberer'>, e: Entrees): RefusalReason[] {
  const regle = e.ctx.rules.entretienAvantDecisionNonTitularisation;
  if (c.constat !== 'inapte' || !regle.valeur) return [];
  const annee = getAnneeCourante(e.state);
  if (e.state.entretiensJury.some((x) => x.annee === annee)) return [];
  return [
    refusalReason(
      'jury.entretien-requis',
      'Le jury doit entendre le stagiaire en entretien avant de ne pas proposer sa titularisation.',
      regle.source,
    ),
  ];
}

/**
 * A second year is proposed only while the rules allow one more.
 *
 * @remarks Décret n° 94-874 art. 5; arrêté MENH1411675A art. 9.
 * @category Workflow
 */
export function checkRenouvellementPossible(decision: string | undefined, e: Entrees): RefusalReason[] {
  if (decision !== 'renouvellement') return [];
  const dejaAccordes = getAnneeCourante(e.state) - 1;
  const regle = e.ctx.rules.renouvellementsMax;
  if (dejaAccordes < regle.valeur) return [];
  return [
    refusalReason(
      'renouvellement.deja-accorde',
      `Le stage a déjà été renouvelé ${dejaAccordes} fois : au plus ${regle.valeur} renouvellement(s) possible(s).`,
      regle.source,
    ),
  ];
}
