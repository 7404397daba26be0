/**
 * Handlers of the commands that record the year (visits, bilans, avis, alerts, leave…) without changing the
 * workflow state. Each collects every reason to refuse before answering.
 *
 * @packageDocumentation
 */

import { err, ok } from 'neverthrow';
import type { AuteurRef } from '../dossier/acteurs.js';
import { getAnneeCourante, getUaiActuel, listTuteursActuels } from '../dossier/annee.js';
import type { DossierEvent } from '../dossier/events.js';
import type { Visite } from '../dossier/state.js';
import { type RefusalReason, refusal, refusalOf, refusalReason } from '../errors.js';
import { decideAvis } from './avis.js';
import type { CommandOf } from './commands.js';
import { computeEffetConges, type EffetConges } from './conges.js';
import type { Entrees, TransitionResult } from './contexte-decision.js';
import { addMonths } from './dates.js';
import { validatePositionnementDuDossier } from './positionnements.js';
import { arrete2014, decret94874, guideReunion } from './sources.js';

/**
 * The commands that record the year without changing the workflow state (handled here).
 *
 * @category Workflow
 */
export const typesEnregistrement = [
  'nomination.reporter',
  'affectation.modifier',
  'tuteur.designer',
  'tuteur.retirer',
  'acteur.designer',
  'autopositionnement.enregistrer',
  'visite.planifier',
  'visite.realiser',
  'visite.annuler',
  'entretien.enregistrer',
  'formation.enregistrer',
  'bilan.deposer',
  'alerte.declencher',
  'alerte.lever',
  'protocole.ouvrir',
  'protocole.clore',
  'conge.enregistrer',
  'temps-partiel.enregistrer',
  'stage.prolonger',
  'avis.emettre',
  'carnet.ecrire',
  'jury.entendre',
  'master.justifier',
  'demission.presenter',
] as const;

/**
 * Commands handled here.
 *
 * @category Workflow
 */
export type CommandeEnregistrement = CommandOf<(typeof typesEnregistrement)[number]>;

function resultat(reasons: RefusalReason[], events: () => DossierEvent[]): TransitionResult {
  const refus = refusalOf(reasons);
  return refus === null ? ok(events()) : err(refus);
}

function pasDansLeFutur(reasons: RefusalReason[], jour: string, date: string, quoi: string): void {
  if (date > jour)
    reasons.push(refusalReason('date.future', `${quoi} est daté du ${date}, après aujourd’hui (${jour}).`));
}

function idLibre(reasons: RefusalReason[], existe: boolean, code: string, quoi: string): void {
  if (existe) reasons.push(refusalReason(code, `${quoi} est déjà enregistré(e).`));
}

function selectVisiteur(nature: Visite['nature'], e: Entrees): AuteurRef {
  return nature === 'visite-chez-tuteur'
    ? { role: 'stagiaire', id: e.state.identite.stagiaire.id }
    : { role: e.ctx.acteur.role, id: e.ctx.acteur.id };
}

function canActOnVisite(visite: Visite, e: Entrees): boolean {
  const { acteur } = e.ctx;
  if (visite.visiteur.role === acteur.role && visite.visiteur.id === acteur.id) return true;
  return visite.nature === 'visite-chez-tuteur' && acteur.role === 'tuteur';
}

type Handler<T extends CommandeEnregistrement['type']> = (
  c: Extract<CommandeEnregistrement, { type: T }>,
  x: Contexte,
) => TransitionResult;

/** What every handler may read, and the list where it collects the reasons to refuse. */
interface Contexte {
  readonly state: Entrees['state'];
  readonly ctx: Entrees['ctx'];
  readonly jour: string;
  readonly entete: Entrees['entete'];
  readonly rules: Entrees['ctx']['rules'];
  readonly reasons: RefusalReason[];
  readonly e: Entrees;
}

/** Why the stage is prolonged: leave, temps partiel, or both. */
function selectMotifProlongation(effet: EffetConges): 'conges' | 'temps-partiel' | 'conges-et-temps-partiel' {
  const parConges = effet.joursProlongation - effet.joursTempsPartiel > 0;
  if (effet.joursTempsPartiel === 0) return 'conges';
  return parConges ? 'conges-et-temps-partiel' : 'temps-partiel';
}

/**
 * Records a period of temps partiel: dates in order, no overlap with another period, within the stage (not
 * before the nomination, not ended before the current year of stage, as for leave).
 *
 * @remarks Décret n° 94-874 art. 15 (temps partiel sur autorisation or de droit), art. 24 bis (thérapeutique).
 */
function decideTempsPartiel(
  c: Extract<CommandeEnregistrement, { type: 'temps-partiel.enregistrer' }>,
  { state, reasons, entete }: Contexte,
): TransitionResult {
  const source = decret94874(c.nature === 'therapeutique' ? 'art. 24 bis' : 'art. 15');
  idLibre(
    reasons,
    state.tempsPartiel.some((p) => p.periodeId === c.periodeId),
    'temps-partiel.existe',
    `La période de temps partiel ${c.periodeId}`,
  );
  if (c.fin < c.debut) {
    reasons.push(
      refusalReason(
        'temps-partiel.dates',
        `La période finit (${c.fin}) avant de commencer (${c.debut}).`,
        source,
      ),
    );
  }
  const chevauche = state.tempsPartiel.find((p) => p.debut <= c.fin && c.debut <= p.fin);
  if (chevauche !== undefined) {
    reasons.push(
      refusalReason(
        'temps-partiel.chevauchement',
        `Cette période chevauche la période de temps partiel ${chevauche.periodeId} à ${chevauche.quotite} % (${chevauche.debut} → ${chevauche.fin}) : une seule quotité s’applique à un jour donné.`,
        source,
      ),
    );
  }
  const nomination = state.stage.annees.at(0)?.dateDebut ?? state.stage.dateNomination;
  if (nomination === null || c.debut < nomination) {
    const quand = nomination === null ? 'le stage n’a pas commencé' : `le stage a commencé le ${nomination}`;
    reasons.push(
      refusalReason(
        'temps-partiel.avant-nomination',
        `Cette période commence avant le stage : ${quand}.`,
        source,
      ),
    );
  }
  const debutAnnee = state.stage.annees.at(-1)?.dateDebut;
  if (debutAnnee !== undefined && c.fin < debutAnnee && nomination !== null && c.debut >= nomination) {
    reasons.push(
      refusalReason(
        'temps-partiel.hors-stage',
        `Cette période finit avant le début de l’année de stage (${debutAnnee}).`,
        source,
      ),
    );
  }
  const { periodeId, nature, quotite, debut, fin } = c;
  return resultat(reasons, () => [
    { type: 'temps-partiel.enregistre', ...entete, periodeId, nature, quotite, debut, fin },
  ]);
}

/** One handler per recording command (the mapped type makes the compiler check that none is missing). */
const handlers: { readonly [T in CommandeEnregistrement['type']]: Handler<T> } = {
  'nomination.reporter': (c, { state, rules, reasons, entete }) => {
    const prevue = state.identite.dateNominationPrevue;
    const max = addMonths(prevue, rules.reportNominationMaxMois.valeur);
    if (c.jusquau <= prevue) {
      reasons.push(
        refusalReason('report.date', `Le report doit finir après la date de nomination prévue (${prevue}).`),
      );
    }
    if (c.jusquau > max) {
      reasons.push(
        refusalReason(
          'report.trop-long',
          `Le report ne peut excéder ${rules.reportNominationMaxMois.valeur} mois (au plus tard le ${max}).`,
          rules.reportNominationMaxMois.source,
        ),
      );
    }
    return resultat(reasons, () => [
      { type: 'nomination.reportee', ...entete, motif: c.motif, jusquau: c.jusquau },
    ]);
  },
  'affectation.modifier': (c, { state, reasons, entete }) => {
    if (c.uai === getUaiActuel(state)) {
      reasons.push(refusalReason('affectation.inchangee', `Le stagiaire est déjà affecté à ${c.uai}.`));
    }
    const etablissement = c.etablissement === undefined ? {} : { etablissement: c.etablissement };
    return resultat(reasons, () => [
      { type: 'stagiaire.affecte', ...entete, uai: c.uai, date: c.date, ...etablissement },
    ]);
  },
  'tuteur.designer': (c, { state, reasons, entete }) => {
    const actuels = listTuteursActuels(state);
    if (actuels.some((t) => t.id === c.tuteur.id)) {
      reasons.push(
        refusalReason('tuteur.deja-designe', `${c.tuteur.prenom} ${c.tuteur.nom} est déjà tuteur.`),
      );
    }
    if (c.remplace !== undefined && !actuels.some((t) => t.id === c.remplace)) {
      reasons.push(refusalReason('tuteur.inconnu', `${c.remplace} n’est pas tuteur de ce stagiaire.`));
    }
    return resultat(reasons, () => [
      ...(c.remplace === undefined
        ? []
        : [
            {
              type: 'tuteur.retire' as const,
              ...entete,
              tuteurId: c.remplace,
              date: c.date,
              motif: c.motif ?? null,
            },
          ]),
      { type: 'tuteur.designe', ...entete, tuteur: c.tuteur, date: c.date },
    ]);
  },
  'tuteur.retirer': (c, { state, reasons, entete }) => {
    if (!listTuteursActuels(state).some((t) => t.id === c.tuteurId)) {
      reasons.push(refusalReason('tuteur.inconnu', `${c.tuteurId} n’est pas tuteur de ce stagiaire.`));
    }
    return resultat(reasons, () => [
      { type: 'tuteur.retire', ...entete, tuteurId: c.tuteurId, date: c.date, motif: c.motif ?? null },
    ]);
  },
  'acteur.designer': (c, { state, reasons, entete }) => {
    if (
      c.role === 'formateur-inspe' &&
      c.remplace !== undefined &&
      !state.acteurs.formateursInspe.some((p) => p.id === c.remplace)
    ) {
      reasons.push(refusalReason('formateur.inconnu', `${c.remplace} n’est pas formateur de ce stagiaire.`));
    }
    return resultat(reasons, () => [
      {
        type: 'acteur.designe',
        ...entete,
        role: c.role,
        personne: c.personne,
        remplace: c.remplace ?? null,
        date: c.date,
      },
    ]);
  },
  'autopositionnement.enregistrer': (c, { state, ctx, jour, reasons, entete }) => {
    idLibre(
      reasons,
      state.autopositionnements.some((a) => a.autopositionnementId === c.autopositionnementId),
      'autopositionnement.existe',
      `L’auto-positionnement ${c.autopositionnementId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'L’auto-positionnement');
    const p = validatePositionnementDuDossier(state, c.positionnement, 'autopositionnement', ctx);
    if (p.isErr()) return err(p.error);
    return resultat(reasons, () => [
      {
        type: 'autopositionnement.enregistre',
        ...entete,
        autopositionnementId: c.autopositionnementId,
        date: c.date,
        positionnement: p.value,
        commentaire: c.commentaire ?? null,
      },
    ]);
  },
  'visite.planifier': (c, { state, reasons, e, entete }) => {
    idLibre(
      reasons,
      state.visites.some((v) => v.visiteId === c.visiteId),
      'visite.existe',
      `La visite ${c.visiteId}`,
    );
    return resultat(reasons, () => [
      {
        type: 'visite.planifiee',
        ...entete,
        visiteId: c.visiteId,
        nature: c.nature,
        datePrevue: c.datePrevue,
        visiteur: selectVisiteur(c.nature, e),
      },
    ]);
  },
  'visite.realiser': (c, { state, jour, reasons, e, entete }) => {
    pasDansLeFutur(reasons, jour, c.date, 'La visite');
    const prevue = state.visites.find((v) => v.visiteId === c.visiteId);
    let visiteur = selectVisiteur(c.nature, e);
    if (prevue !== undefined) {
      visiteur = prevue.visiteur;
      if (prevue.statut !== 'planifiee') {
        reasons.push(
          refusalReason('visite.non-prevue', `La visite ${c.visiteId} est déjà ${prevue.statut}.`),
        );
      }
      if (prevue.nature !== c.nature) {
        reasons.push(
          refusalReason(
            'visite.nature-differente',
            `La visite ${c.visiteId} a été prévue comme « ${prevue.nature} ».`,
          ),
        );
      }
      if (!canActOnVisite(prevue, e)) {
        reasons.push(
          refusalReason(
            'visite.autre-visiteur',
            `La visite ${c.visiteId} est celle de ${prevue.visiteur.id}.`,
          ),
        );
      }
    }
    return resultat(reasons, () => [
      {
        type: 'visite.realisee',
        ...entete,
        visiteId: c.visiteId,
        nature: c.nature,
        date: c.date,
        visiteur,
        pointsAppui: c.pointsAppui,
        competencesATravailler: c.competencesATravailler,
        conseils: c.conseils,
        axesDeTravail: c.axesDeTravail,
        compteRendu: c.compteRendu ?? null,
      },
    ]);
  },
  'visite.annuler': (c, { state, reasons, e, entete }) => {
    const prevue = state.visites.find((v) => v.visiteId === c.visiteId);
    if (prevue === undefined || prevue.statut !== 'planifiee') {
      reasons.push(refusalReason('visite.non-prevue', `Aucune visite ${c.visiteId} n’est prévue.`));
    } else if (!canActOnVisite(prevue, e)) {
      reasons.push(
        refusalReason('visite.autre-visiteur', `La visite ${c.visiteId} est celle de ${prevue.visiteur.id}.`),
      );
    }
    return resultat(reasons, () => [
      { type: 'visite.annulee', ...entete, visiteId: c.visiteId, motif: c.motif },
    ]);
  },
  'entretien.enregistrer': (c, { state, jour, reasons, entete }) => {
    idLibre(
      reasons,
      state.entretiens.some((x) => x.entretienId === c.entretienId),
      'entretien.existe',
      `L’entretien ${c.entretienId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'L’entretien');
    return resultat(reasons, () => [
      {
        type: 'entretien.tenu',
        ...entete,
        entretienId: c.entretienId,
        nature: c.nature,
        date: c.date,
        compteRendu: c.compteRendu ?? null,
      },
    ]);
  },
  'formation.enregistrer': (c, { state, jour, reasons, entete }) => {
    idLibre(
      reasons,
      state.formations.some((f) => f.formationId === c.formationId),
      'formation.existe',
      `La journée de formation ${c.formationId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'La journée de formation');
    return resultat(reasons, () => [
      {
        type: 'formation.enregistree',
        ...entete,
        formationId: c.formationId,
        date: c.date,
        operateur: c.operateur,
        heures: c.heures,
        intitule: c.intitule,
        presence: c.presence,
        ...(c.sessionId !== undefined ? { sessionId: c.sessionId } : {}),
      },
    ]);
  },
  'bilan.deposer': (c, { state, ctx, jour, reasons, entete }) => {
    const annee = getAnneeCourante(state);
    idLibre(
      reasons,
      state.bilans.some((b) => b.bilanId === c.bilanId),
      'bilan.existe',
      `Le bilan ${c.bilanId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'Le bilan');
    const dejaDepose = state.bilans.some(
      (b) =>
        b.annee === annee &&
        b.nature === c.nature &&
        b.evaluateur.role === ctx.acteur.role &&
        b.evaluateur.id === ctx.acteur.id,
    );
    if (dejaDepose) {
      reasons.push(
        refusalReason(
          'bilan.deja-depose',
          `Vous avez déjà déposé votre bilan ${c.nature} pour l’année de stage ${annee} : chaque bilan reste tel que déposé.`,
          guideReunion('§ 5'),
        ),
      );
    }
    const usage = c.nature === 'final' ? 'bilan-final' : 'bilan-intermediaire';
    const p = validatePositionnementDuDossier(state, c.positionnement, usage, ctx);
    if (p.isErr()) return err(p.error);
    return resultat(reasons, () => [
      {
        type: 'bilan.depose',
        ...entete,
        bilanId: c.bilanId,
        nature: c.nature,
        date: c.date,
        positionnement: p.value,
        appreciation: c.appreciation,
      },
    ]);
  },
  'alerte.declencher': (c, { state, jour, reasons, entete }) => {
    idLibre(
      reasons,
      state.alertes.some((a) => a.alerteId === c.alerteId),
      'alerte.existe',
      `L’alerte ${c.alerteId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'L’alerte');
    return resultat(reasons, () => [
      {
        type: 'alerte.declenchee',
        ...entete,
        alerteId: c.alerteId,
        moment: c.moment,
        motifs: c.motifs,
        date: c.date,
        description: c.description,
      },
    ]);
  },
  'alerte.lever': (c, { state, jour, reasons, entete }) => {
    const alerte = state.alertes.find((a) => a.alerteId === c.alerteId);
    if (alerte === undefined) reasons.push(refusalReason('alerte.inconnue', `Aucune alerte ${c.alerteId}.`));
    else if (alerte.levee !== null)
      reasons.push(refusalReason('alerte.deja-levee', `L’alerte ${c.alerteId} est déjà levée.`));
    else if (alerte.protocole !== null && alerte.protocole.cloture === null) {
      reasons.push(
        refusalReason(
          'alerte.protocole-en-cours',
          `Le protocole d’accompagnement renforcé ouvert sur l’alerte ${c.alerteId} doit être clos d’abord.`,
          guideReunion('§ 4.4'),
        ),
      );
    }
    pasDansLeFutur(reasons, jour, c.date, 'La levée de l’alerte');
    return resultat(reasons, () => [
      { type: 'alerte.levee', ...entete, alerteId: c.alerteId, date: c.date, motif: c.motif },
    ]);
  },
  'protocole.ouvrir': (c, { state, jour, reasons, entete }) => {
    const alerte = state.alertes.find((a) => a.alerteId === c.alerteId);
    if (alerte === undefined) {
      reasons.push(
        refusalReason(
          'alerte.inconnue',
          `Un protocole d’accompagnement renforcé suit une alerte : aucune alerte ${c.alerteId}.`,
          guideReunion('§ 4.4'),
        ),
      );
    } else {
      if (alerte.levee !== null)
        reasons.push(refusalReason('alerte.deja-levee', `L’alerte ${c.alerteId} est levée.`));
      if (alerte.protocole !== null) {
        reasons.push(
          refusalReason('protocole.existe', `Un protocole est déjà ouvert sur l’alerte ${c.alerteId}.`),
        );
      }
    }
    if (c.dateBilanPrevue !== undefined && c.dateBilanPrevue < c.date) {
      reasons.push(
        refusalReason('protocole.date-bilan', 'Le bilan du protocole ne peut précéder son ouverture.'),
      );
    }
    pasDansLeFutur(reasons, jour, c.date, 'Le protocole');
    return resultat(reasons, () => [
      {
        type: 'protocole.ouvert',
        ...entete,
        alerteId: c.alerteId,
        date: c.date,
        mesures: c.mesures,
        dateBilanPrevue: c.dateBilanPrevue ?? null,
      },
    ]);
  },
  'protocole.clore': (c, { state, jour, reasons, entete }) => {
    const protocole = state.alertes.find((a) => a.alerteId === c.alerteId)?.protocole ?? null;
    if (protocole === null) {
      reasons.push(
        refusalReason('protocole.non-ouvert', `Aucun protocole n’est ouvert sur l’alerte ${c.alerteId}.`),
      );
    } else {
      if (protocole.cloture !== null)
        reasons.push(refusalReason('protocole.deja-clos', 'Ce protocole est déjà clos.'));
      if (c.date < protocole.date) {
        reasons.push(refusalReason('protocole.date', `Le protocole a été ouvert le ${protocole.date}.`));
      }
    }
    pasDansLeFutur(reasons, jour, c.date, 'La clôture du protocole');
    return resultat(reasons, () => [
      { type: 'protocole.clos', ...entete, alerteId: c.alerteId, date: c.date, conclusion: c.conclusion },
    ]);
  },
  'conge.enregistrer': (c, { state, reasons, entete }) => {
    idLibre(
      reasons,
      state.conges.some((x) => x.congeId === c.congeId),
      'conge.existe',
      `Le congé ${c.congeId}`,
    );
    if (c.fin < c.debut)
      reasons.push(
        refusalReason('conge.dates', `Le congé finit (${c.fin}) avant de commencer (${c.debut}).`),
      );
    const chevauche = state.conges.find((x) => x.debut <= c.fin && c.debut <= x.fin);
    if (chevauche !== undefined) {
      reasons.push(
        refusalReason(
          'conge.chevauchement',
          `Ce congé chevauche le congé ${chevauche.congeId} (${chevauche.debut} → ${chevauche.fin}).`,
        ),
      );
    }
    const debutStage = state.stage.annees.at(-1)?.dateDebut;
    if (debutStage !== undefined && c.fin < debutStage) {
      reasons.push(
        refusalReason(
          'conge.hors-stage',
          `Ce congé finit avant le début de l’année de stage (${debutStage}).`,
        ),
      );
    }
    return resultat(reasons, () => [
      {
        type: 'conge.enregistre',
        ...entete,
        congeId: c.congeId,
        nature: c.nature,
        debut: c.debut,
        fin: c.fin,
      },
    ]);
  },
  'temps-partiel.enregistrer': (c, x) => decideTempsPartiel(c, x),
  'stage.prolonger': (_c, { state, rules, reasons, entete }) => {
    const effet = computeEffetConges(state, rules);
    if (effet === null)
      return err(refusal([refusalReason('stage.non-commence', 'Le stage n’a pas commencé.')]));
    const derniere = state.stage.prolongationsConges.filter((p) => p.annee === effet.annee).at(-1);
    if (effet.joursProlongation === 0) {
      reasons.push(
        refusalReason(
          'prolongation.sans-objet',
          `Aucune prolongation : ${effet.joursCongesRemuneres} jour(s) de congés rémunérés, dans la limite de ${effet.seuil} jours comptés comme temps de stage, aucun jour non compté et aucun temps partiel qui allonge le stage.`,
          decret94874('art. 15 et 26'),
        ),
      );
    } else if (derniere !== undefined && derniere.joursProlongation === effet.joursProlongation) {
      reasons.push(
        refusalReason(
          'prolongation.inchangee',
          `La prolongation de ${effet.joursProlongation} jour(s) est déjà enregistrée (fin le ${derniere.dateFinEffective}).`,
        ),
      );
    }
    return resultat(reasons, () => [
      {
        type: 'stage.prolonge',
        ...entete,
        motif: selectMotifProlongation(effet),
        annee: effet.annee,
        joursCongesRemuneres: effet.joursCongesRemuneres,
        joursNonComptes: effet.joursNonComptes,
        joursTempsPartiel: effet.joursTempsPartiel,
        joursProlongation: effet.joursProlongation,
        dateFinEffective: effet.dateFinEffective,
        dateFinPourTitularisation: effet.dateFinPourTitularisation,
      },
    ]);
  },
  'avis.emettre': (c, { e }) => decideAvis(c, e),
  'carnet.ecrire': (c, { state, jour, reasons, entete }) => {
    idLibre(
      reasons,
      state.carnet.some((x) => x.entreeId === c.entreeId),
      'carnet.existe',
      `L’entrée ${c.entreeId}`,
    );
    pasDansLeFutur(reasons, jour, c.date, 'L’entrée du carnet');
    return resultat(reasons, () => [
      {
        type: 'carnet.entree-ajoutee',
        ...entete,
        entreeId: c.entreeId,
        date: c.date,
        titre: c.titre,
        texte: c.texte,
      },
    ]);
  },
  'jury.entendre': (c, { state, jour, reasons, entete }) => {
    const annee = getAnneeCourante(state);
    if (state.entretiensJury.some((x) => x.annee === annee)) {
      reasons.push(
        refusalReason(
          'jury.entretien-deja-tenu',
          `Le jury a déjà entendu le stagiaire pour l’année ${annee}.`,
        ),
      );
    }
    pasDansLeFutur(reasons, jour, c.date, 'L’entretien avec le jury');
    return resultat(reasons, () => [
      { type: 'jury.entretien-tenu', ...entete, annee, date: c.date, compteRendu: c.compteRendu ?? null },
    ]);
  },
  'master.justifier': (c, { state, jour, reasons, entete }) => {
    if (state.identite.master !== 'a-justifier' || state.stage.masterJustifie !== null) {
      reasons.push(
        refusalReason(
          'master.sans-objet',
          'Ce stagiaire n’a pas de master à justifier.',
          arrete2014('art. 9'),
        ),
      );
    }
    pasDansLeFutur(reasons, jour, c.dateObtention, 'L’obtention du master');
    return resultat(reasons, () => [
      { type: 'master.justifie', ...entete, dateObtention: c.dateObtention, intitule: c.intitule },
    ]);
  },
  'demission.presenter': (c, { state, jour, rules, reasons, entete }) => {
    if (state.demission !== null && state.demission.acceptee === null) {
      reasons.push(
        refusalReason('demission.en-cours', `Une démission du ${state.demission.dateDemande} attend déjà.`),
      );
    }
    pasDansLeFutur(reasons, jour, c.dateDemande, 'La demande de démission');
    const preavis = rules.preavisDemissionMois.valeur;
    const auPlusTot = addMonths(c.dateDemande, preavis);
    if (c.dateCessation < auPlusTot) {
      reasons.push(
        refusalReason(
          'demission.preavis',
          `La démission doit être demandée au moins ${preavis} mois avant la cessation de fonctions : pas avant le ${auPlusTot} pour une demande du ${c.dateDemande}.`,
          rules.preavisDemissionMois.source,
        ),
      );
    }
    return resultat(reasons, () => [
      {
        type: 'demission.presentee',
        ...entete,
        dateDemande: c.dateDemande,
        dateCessation: c.dateCessation,
      },
    ]);
  },
};

/**
 * Decides a recording command.
 *
 * @param command - the command.
 * @param e - state, context, today's date, event header.
 * @returns the events, or every reason to refuse.
 * @category Workflow
 */
export function decideEnregistrement(command: CommandeEnregistrement, e: Entrees): TransitionResult {
  const { state, ctx, jour, entete } = e;
  // The cast re-links the union member to its handler, which TypeScript cannot correlate by itself.
  const handler = handlers[command.type] as Handler<CommandeEnregistrement['type']>;
  return handler(command, { state, ctx, jour, entete, rules: ctx.rules, reasons: [], e });
}
