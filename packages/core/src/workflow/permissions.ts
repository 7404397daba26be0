/**
 * Who may issue which command on which dossier: a matrix of roles per command, the scope of each role, and the
 * kinds of visit and training each role records.
 *
 * @packageDocumentation
 */

import type { Acteur, Role } from '../dossier/acteurs.js';
import { getUaiActuel, listTuteursActuels } from '../dossier/annee.js';
import type { DossierIdentite } from '../dossier/identite.js';
import type { DossierState } from '../dossier/state.js';
import type { NatureVisite, OperateurFormation } from '../dossier/vocabulaire.js';
import { type PermissionDenied, permissionDenied, type RefusalReason, refusalReason } from '../errors.js';
import type { Command, CommandType } from './commands.js';
import { arrete2014, arrete2014Agreges, decret94874, guideReunion } from './sources.js';

/**
 * The roles allowed to issue each command (before the scope check: a tuteur only for the stagiaires he
 * tutors, etc.).
 *
 * @remarks Arrêté du 22 août 2014 art. 4–6, 9 (jury, avis, recteur); décret n° 94-874 art. 4, 7, 9; Réunion
 * guide § 4 (tuteur, chef, inspecteur, alert). The alert may be raised by « le stagiaire lui-même, le tuteur,
 * le chef d'établissement et/ou un formateur de l'INSPÉ » (SNES) or the inspection.
 * @category Workflow
 */
export const matricePermissions: Readonly<Record<CommandType, readonly Role[]>> = {
  'dossier.ouvrir': ['rectorat'],
  'nomination.reporter': ['rectorat'],
  'nomination.prononcer': ['rectorat'],
  'affectation.modifier': ['rectorat'],
  'tuteur.designer': ['rectorat'],
  'tuteur.retirer': ['rectorat'],
  'acteur.designer': ['rectorat'],
  'autopositionnement.enregistrer': ['stagiaire'],
  'visite.planifier': ['stagiaire', 'tuteur', 'inspecteur', 'inspecteur-general', 'formateur-inspe'],
  'visite.realiser': ['stagiaire', 'tuteur', 'inspecteur', 'inspecteur-general', 'formateur-inspe'],
  'visite.annuler': ['stagiaire', 'tuteur', 'inspecteur', 'inspecteur-general', 'formateur-inspe'],
  'entretien.enregistrer': ['tuteur', 'chef-etablissement', 'inspecteur', 'formateur-inspe'],
  'formation.enregistrer': ['rectorat', 'inspecteur', 'formateur-inspe', 'directeur-inspe'],
  'bilan.deposer': ['tuteur', 'chef-etablissement', 'inspecteur', 'formateur-inspe'],
  'alerte.declencher': ['stagiaire', 'tuteur', 'chef-etablissement', 'inspecteur', 'formateur-inspe'],
  'alerte.lever': ['chef-etablissement', 'inspecteur'],
  'protocole.ouvrir': ['chef-etablissement', 'inspecteur'],
  'protocole.clore': ['chef-etablissement', 'inspecteur'],
  'conge.enregistrer': ['rectorat'],
  'stage.prolonger': ['rectorat'],
  'avis.emettre': ['inspecteur', 'inspecteur-general', 'chef-etablissement', 'directeur-inspe'],
  'carnet.ecrire': ['stagiaire'],
  'jury.saisir': ['rectorat'],
  'jury.entendre': ['jury'],
  'jury.deliberer': ['jury'],
  'master.justifier': ['rectorat'],
  'recteur.saisir': ['rectorat'],
  'ministre.saisir': ['rectorat'],
  'decision.prononcer': ['rectorat', 'ministre'],
  'temps-partiel.enregistrer': ['rectorat'],
  'commission.rendre-avis': ['cap', 'conseil-discipline'],
  'discipline.engager': ['rectorat', 'ministre'],
  'sanction.prononcer': ['rectorat', 'ministre'],
  'avis-medical.enregistrer': ['conseil-medical', 'rectorat'],
  'demission.presenter': ['stagiaire'],
  'demission.accepter': ['rectorat'],
  // Tremplin's choice: the rectorat, which keeps the dossier, cancels or corrects a mistaken recording.
  'enregistrement.annuler': ['rectorat'],
  'enregistrement.corriger': ['rectorat'],
  // RGPD arts 16–17: the rectorat, as controller, rectifies and erases (the stagiaire asks it to).
  'identite.rectifier': ['rectorat'],
  'identite.effacer': ['rectorat'],
};

/**
 * The kinds of visit each role records: the tuteur visits the stagiaire's classes and receives him in his own;
 * the stagiaire records his visits to the tuteur; the inspecteur's visite-conseil and inspection; the INSPÉ
 * trainer's visit.
 *
 * @remarks Réunion guide § 4.4; arrêté du 22 août 2014 art. 5 1°.
 * @category Workflow
 */
export const visitesParRole: Readonly<Partial<Record<Role, readonly NatureVisite[]>>> = {
  stagiaire: ['visite-chez-tuteur'],
  tuteur: ['visite-formative', 'visite-chez-tuteur'],
  inspecteur: ['visite-conseil', 'inspection'],
  'inspecteur-general': ['inspection'],
  'formateur-inspe': ['visite-formateur-inspe'],
};

/**
 * The training providers whose days each role records: the rectorat all; the inspection the EAFC days it runs;
 * the INSPÉ its own.
 *
 * @remarks Réunion guide § 2.2: « quatre (4) jours … pour l'EAFC … opérées par les corps d'inspection »,
 * « huit (8) jours … opérées par l'INSPé ».
 * @category Workflow
 */
export const formationsParRole: Readonly<Partial<Record<Role, readonly OperateurFormation[]>>> = {
  rectorat: ['EAFC', 'INSPE', 'autre'],
  inspecteur: ['EAFC'],
  'formateur-inspe': ['INSPE'],
  'directeur-inspe': ['INSPE'],
};

const libelleRole: Readonly<Record<Role, string>> = {
  stagiaire: 'le stagiaire',
  tuteur: 'un tuteur',
  'chef-etablissement': 'un chef d’établissement',
  inspecteur: 'un inspecteur',
  'formateur-inspe': 'un formateur de l’INSPÉ',
  'directeur-inspe': 'un directeur d’INSPÉ',
  jury: 'un jury académique',
  rectorat: 'le recteur et ses services',
  ministre: 'le ministre et ses services',
  'inspecteur-general': 'un inspecteur général',
  cap: 'une commission administrative paritaire',
  'conseil-discipline': 'un conseil de discipline',
  'conseil-medical': 'une instance médicale',
};

/**
 * The chef d'établissement's scope: he is the chef the rectorat designated on the dossier (at its opening or by
 * `acteur.designer`) and heads the stagiaire's current EPLE. Naming the EPLE's UAI is not enough: anyone can name
 * it, and the avis of the chef is given once, so an impostor's would lock the real chef out.
 *
 * @remarks Arrêté du 22 août 2014 art. 5 2° (the avis of « le chef de l'établissement dans lequel le stagiaire
 * est affecté »). Refusing every chef while none is designated is Tremplin's choice: no text names the person
 * to the software, and only the rectorat's designation does; when the affectation changes, the rectorat
 * designates the new EPLE's chef (`acteur.designer`) and the former chef's scope ends with the UAI check.
 */
function checkChefDesigne(
  acteur: Extract<Acteur, { role: 'chef-etablissement' }>,
  identite: DossierIdentite,
  state: DossierState | null,
): RefusalReason | null {
  const source = arrete2014('art. 5');
  const uai = state === null ? identite.uai : getUaiActuel(state);
  if (acteur.uai !== uai) {
    return refusalReason(
      'permission.perimetre',
      `Le stagiaire n’est pas affecté dans l’établissement ${acteur.uai}.`,
      source,
    );
  }
  const designe = state?.acteurs.chefEtablissement ?? null;
  if (designe === null) {
    return refusalReason(
      'permission.perimetre',
      'Aucun chef d’établissement n’est désigné sur ce dossier : le rectorat le désigne d’abord (acteur.designer).',
      source,
    );
  }
  return designe.id === acteur.id
    ? null
    : refusalReason(
        'permission.perimetre',
        `${acteur.id} n’est pas le chef d’établissement désigné sur ce dossier (${designe.id}).`,
        source,
      );
}

/**
 * Whether an actor's scope covers a dossier: the stagiaire himself; a tuteur of the stagiaire; the chef
 * designated on the dossier, while he heads the stagiaire's current EPLE; an inspecteur of his discipline in his académie; a formateur assigned to him; the INSPÉ director,
 * the jury of his corps, the rectorat of his académie.
 *
 * @param acteur - the actor.
 * @param identite - the dossier's identity.
 * @param state - the dossier, or null for a dossier being opened.
 * @returns null when covered, otherwise the reason.
 * @category Workflow
 */
export function checkPerimetre(
  acteur: Acteur,
  identite: DossierIdentite,
  state: DossierState | null,
): RefusalReason | null {
  const refus = (message: string, source = arrete2014('art. 5')): RefusalReason =>
    refusalReason('permission.perimetre', message, source);
  switch (acteur.role) {
    case 'stagiaire':
      return acteur.id === identite.stagiaire.id
        ? null
        : refus('Un stagiaire n’agit que sur son propre dossier.');
    case 'tuteur':
      return state !== null && listTuteursActuels(state).some((t) => t.id === acteur.id)
        ? null
        : refus('Ce tuteur ne suit pas ce stagiaire.', guideReunion('§ 4.3'));
    case 'chef-etablissement':
      return checkChefDesigne(acteur, identite, state);
    case 'inspecteur':
      return acteur.academie === identite.academie && acteur.disciplines.includes(identite.discipline)
        ? null
        : refus(
            `Cet inspecteur n’est pas inspecteur de ${identite.discipline} dans l’académie ${identite.academie}.`,
          );
    case 'formateur-inspe':
      return state?.acteurs.formateursInspe.some((p) => p.id === acteur.id)
        ? null
        : refus('Ce formateur de l’INSPÉ ne suit pas ce stagiaire.');
    case 'directeur-inspe':
      return acteur.academie === identite.academie
        ? null
        : refus(`Ce directeur d’INSPÉ ne relève pas de l’académie ${identite.academie}.`);
    case 'jury':
      return acteur.academie === identite.academie && acteur.corps.includes(identite.corps)
        ? null
        : refus(
            `Ce jury n’est pas le jury académique du corps ${identite.corps} de l’académie ${identite.academie}.`,
            arrete2014('art. 4'),
          );
    case 'rectorat':
    case 'conseil-medical':
      return acteur.academie === identite.academie
        ? null
        : refus(`Ces services ne relèvent pas de l’académie ${identite.academie}.`, decret94874('art. 1'));
    case 'ministre':
      return null;
    case 'inspecteur-general':
      return acteur.disciplines.includes(identite.discipline)
        ? null
        : refus(
            `Cet inspecteur général n’est pas de la discipline ${identite.discipline}.`,
            arrete2014Agreges('art. 4'),
          );
    case 'cap':
    case 'conseil-discipline':
      return (acteur.academie === null || acteur.academie === identite.academie) &&
        acteur.corps.includes(identite.corps)
        ? null
        : refus(
            `Cette commission n’est pas compétente pour le corps ${identite.corps} de l’académie ${identite.academie}.`,
            decret94874('art. 29'),
          );
  }
}

/**
 * Checks that an actor may issue a command on a dossier: his role is in the matrix for the command, his scope
 * covers the dossier, and a visit's kind or a training's provider belongs to his role.
 *
 * @param acteur - the actor.
 * @param command - the command.
 * @param state - the dossier, or null for `dossier.ouvrir`.
 * @returns null when allowed, otherwise a {@link PermissionDenied} with every reason.
 * @category Workflow
 */
export function checkPermission(
  acteur: Acteur,
  command: Command,
  state: DossierState | null,
): PermissionDenied | null {
  const reasons: RefusalReason[] = [];
  const autorises = matricePermissions[command.type];
  if (!autorises.includes(acteur.role)) {
    reasons.push(
      refusalReason(
        'permission.role',
        `La commande « ${command.type} » est réservée à : ${autorises.map((r) => libelleRole[r]).join(', ')}.`,
      ),
    );
  } else {
    const identite = command.type === 'dossier.ouvrir' ? command.identite : state?.identite;
    if (identite !== undefined) {
      const hors = checkPerimetre(acteur, identite, state);
      if (hors) reasons.push(hors);
    }
    if (command.type === 'visite.planifier' || command.type === 'visite.realiser') {
      if (!(visitesParRole[acteur.role] ?? []).includes(command.nature)) {
        reasons.push(
          refusalReason(
            'permission.nature-visite',
            `Une « ${command.nature} » n’est pas enregistrée par ${libelleRole[acteur.role]}.`,
            guideReunion('§ 4.4'),
          ),
        );
      }
    }
    if (command.type === 'formation.enregistrer') {
      if (!(formationsParRole[acteur.role] ?? []).includes(command.operateur)) {
        reasons.push(
          refusalReason(
            'permission.operateur-formation',
            `Les journées de formation « ${command.operateur} » ne sont pas enregistrées par ${libelleRole[acteur.role]}.`,
            guideReunion('§ 2.2'),
          ),
        );
      }
    }
  }
  if (reasons.length === 0) return null;
  return permissionDenied(
    `${libelleRole[acteur.role]} (${acteur.id}) ne peut pas émettre « ${command.type} » sur ce dossier.`,
    reasons,
  );
}
