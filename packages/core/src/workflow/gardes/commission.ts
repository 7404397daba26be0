/**
 * Guards of the commissions' avis, the disciplinary procedure and the medical body's avis.
 *
 * @packageDocumentation
 */
import { type RefusalReason, refusalReason } from '../../errors.js';
import { getActeSanction } from '../chaine.js';
import type { CommandOf } from '../commands.js';
import type { Entrees } from '../contexte-decision.js';
import { addMonths } from '../dates.js';
import { decret94874 } from '../sources.js';
import { checkAutorite, checkAvisCommission } from './autorite.js';

/**
 * A conseil de discipline gives avis on sanctions within an engaged procedure; a CAP in its ordinary formation
 * on the other acts; a national commission is a CAPN, an académie's a CAPA (or « la CAP »).
 *
 * @remarks Décret n° 94-874 art. 13; arrêté MENH1411677A art. 7.
 * @category Workflow
 */
export function checkAvisCommissionRendu(
  c: CommandOf<'commission.rendre-avis'>,
  e: Entrees,
): RefusalReason[] {
  const acteur = e.ctx.acteur;
  const discipline = acteur.role === 'conseil-discipline';
  const reasons: RefusalReason[] = [];
  if (discipline !== (c.formation === 'conseil-de-discipline') || discipline !== (c.objet === 'sanction')) {
    reasons.push(
      refusalReason(
        'commission.formation',
        'La commission siégeant en conseil de discipline rend ses avis sur les sanctions ; en formation ordinaire, sur les autres actes.',
        decret94874('art. 13'),
      ),
    );
  }
  if (
    c.objet === 'sanction' &&
    !e.state.procedures.some((p) => p.procedureId === c.procedureId && p.sanction === null)
  ) {
    reasons.push(
      refusalReason(
        'commission.procedure',
        'L’avis du conseil de discipline se rattache à une procédure disciplinaire en cours.',
        decret94874('art. 13'),
      ),
    );
  }
  if (
    (acteur.role === 'cap' || acteur.role === 'conseil-discipline') &&
    (acteur.academie === null) !== (c.commission === 'capn')
  ) {
    reasons.push(
      refusalReason(
        'commission.niveau',
        'Une commission nationale rend un avis de CAPN ; une commission académique, un avis de CAPA.',
      ),
    );
  }
  if (c.motivation === undefined && discipline) {
    reasons.push(
      refusalReason(
        'commission.motivation',
        'L’avis du conseil de discipline est motivé.',
        decret94874('art. 13'),
      ),
    );
  }
  if (e.state.avisCommissions.some((a) => a.avisId === c.avisId)) {
    reasons.push(refusalReason('commission.avis-existant', `L’avis ${c.avisId} est déjà enregistré.`));
  }
  return reasons;
}

/**
 * A procedure is engaged once; the stagiaire is informed of his rights when it is engaged.
 *
 * @remarks Décret n° 94-874 art. 13.
 * @category Workflow
 */
export function checkEngagementDiscipline(c: CommandOf<'discipline.engager'>, e: Entrees): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  if (e.state.procedures.some((p) => p.procedureId === c.procedureId)) {
    reasons.push(refusalReason('discipline.existante', `La procédure ${c.procedureId} existe déjà.`));
  }
  if (c.dateInformation < c.date) {
    reasons.push(
      refusalReason(
        'discipline.information',
        'L’administration informe l’intéressé de ses droits lorsqu’elle engage la procédure, pas avant.',
        decret94874('art. 13'),
      ),
    );
  }
  return reasons;
}

/**
 * A sanction closes an engaged procedure after the stagiaire was informed of his rights, after the conseil de
 * discipline's avis where required, signed by the competent authority; an exclusion temporaire lasts two months
 * at most.
 *
 * @remarks Décret n° 94-874 art. 10 and 13; décret n° 85-899 art. 3.
 * @category Workflow
 */
export function checkSanction(c: CommandOf<'sanction.prononcer'>, e: Entrees): RefusalReason[] {
  const procedure = e.state.procedures.find((p) => p.procedureId === c.procedureId && p.sanction === null);
  if (procedure === undefined) {
    return [
      refusalReason(
        'sanction.procedure',
        `Aucune procédure disciplinaire ${c.procedureId} en cours.`,
        decret94874('art. 13'),
      ),
    ];
  }
  const reasons: RefusalReason[] = [];
  if (procedure.dateInformation > c.date) {
    reasons.push(
      refusalReason(
        'sanction.information',
        'L’intéressé est informé de son droit à la communication de son dossier avant toute sanction.',
        decret94874('art. 13'),
      ),
    );
  }
  const temporaire = c.sanction === 'exclusion-temporaire';
  if (temporaire !== (c.exclusion !== undefined)) {
    reasons.push(
      refusalReason(
        'sanction.exclusion-periode',
        'Seule l’exclusion temporaire a une période, et elle en a une.',
        decret94874('art. 10'),
      ),
    );
  } else if (c.exclusion !== undefined) {
    const max = addMonths(c.exclusion.debut, 2);
    if (c.exclusion.fin < c.exclusion.debut || c.exclusion.fin >= max) {
      reasons.push(
        refusalReason(
          'sanction.exclusion-duree',
          'L’exclusion temporaire dure deux mois au plus.',
          decret94874('art. 10, 3°'),
        ),
      );
    }
  }
  const acte = getActeSanction(c.sanction);
  reasons.push(
    ...checkAutorite(acte, e.ctx.acteur, e),
    ...checkAvisCommission(acte, c.date, e, c.procedureId),
  );
  return reasons;
}

/**
 * The medical body is named as the texts named it at the date of its avis: the conseil médical from 14 March
 * 2022, the comité médical or the commission de réforme before.
 *
 * @remarks Décret n° 2022-353 du 11 mars 2022; décret n° 94-874 art. 24.
 * @category Workflow
 */
export function checkInstanceMedicale(
  c: CommandOf<'avis-medical.enregistrer'>,
  _e: Entrees,
): RefusalReason[] {
  const conseil = c.instance === 'conseil-medical';
  if (conseil === c.date >= '2022-03-14') return [];
  return [
    refusalReason(
      'medical.instance',
      'Le conseil médical remplace le comité médical et la commission de réforme depuis le 14 mars 2022 : l’instance nommée ne correspond pas à la date de l’avis.',
      {
        texte:
          'Décret n° 2022-353 du 11 mars 2022 relatif aux conseils médicaux dans la fonction publique de l’État',
      },
    ),
  ];
}
