/**
 * The fold: the state of a dossier as a pure function of its events.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import { issue, type ValidationError, validationError } from '../errors.js';
import type { EventEnvelope } from '../events.js';
import { getAnneeCourante } from './annee.js';
import type { DossierEvent, DossierEventOf, DossierEventType } from './events.js';
import { appliquerChaine, type ChaineEventType } from './fold-chaine.js';
import { applyAnnulation, applyCorrection, indexEnregistrement } from './fold-correction.js';
import { upgradeEvent, upgradeIdentite } from './legacy.js';
import { DOSSIER_STATE_SCHEMA_VERSION, type DossierState } from './state.js';
import { checkStoredEvent } from './stored-event.js';
import { checkVueFigeeLue } from './vue-figee-lue.js';

type ChaineHandler = (
  s: DossierState,
  e: DossierEvent,
  annee: number,
  sequence: number,
  incoherent: (sequence: number, message: string) => Result<never, ValidationError>,
) => Result<DossierState, ValidationError>;

function isChaine(event: DossierEvent): event is DossierEventOf<ChaineEventType> {
  return Object.hasOwn(appliquerChaine, event.type);
}

/**
 * What the fold needs of a recorded event: its sequence and the event (a store's envelope fits).
 *
 * @category Dossier
 */
export type SequencedEvent = Pick<EventEnvelope<DossierEvent>, 'sequence' | 'event'> & {
  /** The dossier, when the caller has it (a store's envelope does): named in the errors of the fold. */
  readonly dossierId?: string;
};

function incoherent(sequence: number, message: string): Result<never, ValidationError> {
  return err(
    validationError(`Événement n° ${sequence} incohérent avec le dossier.`, [
      issue('evenement.incoherent', message, [sequence]),
    ]),
  );
}

function initial(event: Extract<DossierEvent, { type: 'dossier.ouvert' }>, sequence: number): DossierState {
  return {
    schemaVersion: DOSSIER_STATE_SCHEMA_VERSION,
    dossierId: event.dossierId,
    sequence,
    etat: 'ouvert',
    identite: upgradeIdentite(event.identite),
    acteurs: {
      tuteurs: event.acteurs.tuteurs.map((tuteur) => ({
        tuteur,
        depuis: event.identite.dateNominationPrevue,
        jusquau: null,
        motifRetrait: null,
      })),
      chefEtablissement: event.acteurs.chefEtablissement,
      inspecteur: event.acteurs.inspecteur,
      formateursInspe: event.acteurs.formateursInspe,
      directeurInspe: event.acteurs.directeurInspe,
    },
    affectations: [{ uai: event.identite.uai, depuis: null }],
    stage: {
      dateNomination: null,
      reportNomination: null,
      annees: [],
      prolongationsConges: [],
      prolongationMaster: null,
      masterJustifie: null,
    },
    autopositionnements: [],
    visites: [],
    entretiens: [],
    formations: [],
    bilans: [],
    avis: [],
    alertes: [],
    conges: [],
    carnet: [],
    transmissionsJury: [],
    entretiensJury: [],
    tempsPartiel: [],
    propositionsJury: [],
    saisines: [],
    avisCommissions: [],
    procedures: [],
    avisMedicaux: [],
    decisions: [],
    demission: null,
    enregistrements: [],
  };
}

type Appliquer<T extends DossierEventType> = (
  s: DossierState,
  e: DossierEventOf<T>,
  annee: number,
  sequence: number,
) => Result<DossierState, ValidationError>;

/** How each kind of event changes the state: one entry per event type (the compiler checks none is missing). */
const appliquer: { readonly [T in Exclude<DossierEventType, ChaineEventType>]: Appliquer<T> } = {
  'dossier.ouvert': (_s, _e, _annee, sequence) => incoherent(sequence, 'Le dossier est déjà ouvert.'),
  'nomination.reportee': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      etat: 'nomination-reportee',
      stage: { ...s.stage, reportNomination: { motif: e.motif, jusquau: e.jusquau } },
    }),
  'stagiaire.nomme': (s, e, annee, _sequence) =>
    ok({
      ...s,
      etat: 'en-stage',
      stage: {
        ...s.stage,
        dateNomination: e.dateNomination,
        annees: [
          ...s.stage.annees,
          { numero: annee, dateDebut: e.dateDebutStage, dateFinStatutaire: e.dateFinStatutaire },
        ],
      },
    }),
  'stagiaire.affecte': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      affectations: [
        ...s.affectations,
        {
          uai: e.uai,
          depuis: e.date,
          ...(e.etablissement === undefined ? {} : { etablissement: e.etablissement }),
        },
      ],
    }),
  'tuteur.designe': (s, e, _annee, sequence) => {
    if (s.acteurs.tuteurs.some((d) => d.jusquau === null && d.tuteur.id === e.tuteur.id)) {
      return incoherent(sequence, `${e.tuteur.id} est déjà tuteur.`);
    }
    const designation = { tuteur: e.tuteur, depuis: e.date, jusquau: null, motifRetrait: null };
    return ok({ ...s, acteurs: { ...s.acteurs, tuteurs: [...s.acteurs.tuteurs, designation] } });
  },
  'tuteur.retire': (s, e, _annee, sequence) => {
    const i = s.acteurs.tuteurs.findIndex((d) => d.jusquau === null && d.tuteur.id === e.tuteurId);
    if (i < 0) return incoherent(sequence, `${e.tuteurId} n’est pas tuteur du stagiaire.`);
    const tuteurs = s.acteurs.tuteurs.map((d, j) =>
      j === i ? { ...d, jusquau: e.date, motifRetrait: e.motif } : d,
    );
    return ok({ ...s, acteurs: { ...s.acteurs, tuteurs } });
  },
  'acteur.designe': (s, e, _annee, _sequence) =>
    match(e.role)
      .returnType<Result<DossierState, ValidationError>>()
      .with('chef-etablissement', () =>
        ok({ ...s, acteurs: { ...s.acteurs, chefEtablissement: e.personne } }),
      )
      .with('inspecteur', () => ok({ ...s, acteurs: { ...s.acteurs, inspecteur: e.personne } }))
      .with('directeur-inspe', () => ok({ ...s, acteurs: { ...s.acteurs, directeurInspe: e.personne } }))
      .with('formateur-inspe', () => {
        const autres = s.acteurs.formateursInspe.filter((p) => p.id !== e.remplace && p.id !== e.personne.id);
        return ok({ ...s, acteurs: { ...s.acteurs, formateursInspe: [...autres, e.personne] } });
      })
      .exhaustive(),
  'autopositionnement.enregistre': (s, e, annee, _sequence) =>
    ok({
      ...s,
      autopositionnements: [
        ...s.autopositionnements,
        {
          autopositionnementId: e.autopositionnementId,
          annee,
          date: e.date,
          positionnement: e.positionnement,
          commentaire: e.commentaire,
        },
      ],
    }),
  'visite.planifiee': (s, e, annee, sequence) => {
    if (s.visites.some((v) => v.visiteId === e.visiteId)) {
      return incoherent(sequence, `La visite ${e.visiteId} existe déjà.`);
    }
    const visite = {
      visiteId: e.visiteId,
      annee,
      nature: e.nature,
      visiteur: e.visiteur,
      statut: 'planifiee' as const,
      datePrevue: e.datePrevue,
      realisation: null,
      annulation: null,
    };
    return ok({ ...s, visites: [...s.visites, visite] });
  },
  'visite.realisee': (s, e, annee, sequence) => {
    const realisation = {
      date: e.date,
      pointsAppui: e.pointsAppui,
      competencesATravailler: e.competencesATravailler,
      conseils: e.conseils,
      axesDeTravail: e.axesDeTravail,
      compteRendu: e.compteRendu,
      le: e.le,
    };
    const i = s.visites.findIndex((v) => v.visiteId === e.visiteId);
    if (i < 0) {
      const visite = {
        visiteId: e.visiteId,
        annee,
        nature: e.nature,
        visiteur: e.visiteur,
        statut: 'realisee' as const,
        datePrevue: null,
        realisation,
        annulation: null,
      };
      return ok({ ...s, visites: [...s.visites, visite] });
    }
    const prevue = s.visites[i];
    if (prevue?.statut !== 'planifiee')
      return incoherent(sequence, `La visite ${e.visiteId} n’est plus prévue.`);
    const visites = s.visites.map((v, j) =>
      j === i
        ? { ...v, nature: e.nature, visiteur: e.visiteur, statut: 'realisee' as const, realisation }
        : v,
    );
    return ok({ ...s, visites });
  },
  'visite.annulee': (s, e, _annee, sequence) => {
    const i = s.visites.findIndex((v) => v.visiteId === e.visiteId && v.statut === 'planifiee');
    if (i < 0) return incoherent(sequence, `La visite ${e.visiteId} n’est pas prévue.`);
    const visites = s.visites.map((v, j) =>
      j === i ? { ...v, statut: 'annulee' as const, annulation: { motif: e.motif, le: e.le } } : v,
    );
    return ok({ ...s, visites });
  },
  'entretien.tenu': (s, e, annee, _sequence) =>
    ok({
      ...s,
      entretiens: [
        ...s.entretiens,
        {
          entretienId: e.entretienId,
          annee,
          nature: e.nature,
          date: e.date,
          compteRendu: e.compteRendu,
          auteur: e.auteur,
        },
      ],
    }),
  'formation.enregistree': (s, e, annee, _sequence) =>
    ok({
      ...s,
      formations: [
        ...s.formations,
        {
          formationId: e.formationId,
          annee,
          date: e.date,
          operateur: e.operateur,
          heures: e.heures,
          intitule: e.intitule,
          presence: e.presence,
          ...(e.sessionId !== undefined ? { sessionId: e.sessionId } : {}),
          enregistrePar: e.auteur,
        },
      ],
    }),
  'bilan.depose': (s, e, annee, sequence) => {
    const role = e.auteur.role;
    if (
      role !== 'tuteur' &&
      role !== 'chef-etablissement' &&
      role !== 'inspecteur' &&
      role !== 'formateur-inspe'
    ) {
      return incoherent(sequence, `Un bilan ne peut être déposé au titre du rôle « ${role} ».`);
    }
    const bilan = {
      bilanId: e.bilanId,
      annee,
      nature: e.nature,
      evaluateur: { role, id: e.auteur.id },
      date: e.date,
      positionnement: e.positionnement,
      appreciation: e.appreciation,
      le: e.le,
    };
    return ok({ ...s, bilans: [...s.bilans, bilan] });
  },
  'alerte.declenchee': (s, e, annee, sequence) => {
    if (s.alertes.some((a) => a.alerteId === e.alerteId)) {
      return incoherent(sequence, `L’alerte ${e.alerteId} existe déjà.`);
    }
    const alerte = {
      alerteId: e.alerteId,
      annee,
      moment: e.moment,
      motifs: e.motifs,
      date: e.date,
      description: e.description,
      declenchePar: e.auteur,
      levee: null,
      protocole: null,
    };
    return ok({ ...s, alertes: [...s.alertes, alerte] });
  },
  'alerte.levee': (s, e, _annee, sequence) => {
    const i = s.alertes.findIndex((a) => a.alerteId === e.alerteId && a.levee === null);
    if (i < 0) return incoherent(sequence, `L’alerte ${e.alerteId} n’est pas active.`);
    const levee = { date: e.date, motif: e.motif, par: e.auteur };
    return ok({ ...s, alertes: s.alertes.map((a, j) => (j === i ? { ...a, levee } : a)) });
  },
  'protocole.ouvert': (s, e, _annee, sequence) => {
    const i = s.alertes.findIndex((a) => a.alerteId === e.alerteId && a.protocole === null);
    if (i < 0) return incoherent(sequence, `Aucune alerte ${e.alerteId} sans protocole.`);
    const protocole = {
      date: e.date,
      mesures: e.mesures,
      dateBilanPrevue: e.dateBilanPrevue,
      ouvertPar: e.auteur,
      cloture: null,
    };
    return ok({ ...s, alertes: s.alertes.map((a, j) => (j === i ? { ...a, protocole } : a)) });
  },
  'protocole.clos': (s, e, _annee, sequence) => {
    const i = s.alertes.findIndex(
      (a) => a.alerteId === e.alerteId && a.protocole !== null && a.protocole.cloture === null,
    );
    const alerte = s.alertes[i];
    if (!alerte?.protocole) return incoherent(sequence, `Aucun protocole ouvert sur l’alerte ${e.alerteId}.`);
    const protocole = {
      ...alerte.protocole,
      cloture: { date: e.date, conclusion: e.conclusion, par: e.auteur },
    };
    return ok({ ...s, alertes: s.alertes.map((a, j) => (j === i ? { ...a, protocole } : a)) });
  },
  'conge.enregistre': (s, e, _annee, sequence) => {
    if (s.conges.some((c) => c.congeId === e.congeId)) {
      return incoherent(sequence, `Le congé ${e.congeId} existe déjà.`);
    }
    const conge = {
      congeId: e.congeId,
      nature: e.nature,
      debut: e.debut,
      fin: e.fin,
      enregistrePar: e.auteur,
    };
    return ok({ ...s, conges: [...s.conges, conge] });
  },
  'stage.prolonge': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      stage: {
        ...s.stage,
        prolongationsConges: [
          ...s.stage.prolongationsConges,
          {
            annee: e.annee,
            joursCongesRemuneres: e.joursCongesRemuneres,
            joursNonComptes: e.joursNonComptes,
            joursTempsPartiel: e.joursTempsPartiel ?? 0,
            joursProlongation: e.joursProlongation,
            dateFinEffective: e.dateFinEffective,
            dateFinPourTitularisation: e.dateFinPourTitularisation,
            le: e.le,
          },
        ],
      },
    }),
  'avis.emis': (s, e, annee, sequence) => {
    // An inspecteur général gives the avis of the corps d'inspection (agrégés, arrêté MENH1411677A art. 4).
    const role = e.auteur.role === 'inspecteur-general' ? 'inspecteur' : e.auteur.role;
    if (role !== 'inspecteur' && role !== 'chef-etablissement' && role !== 'directeur-inspe') {
      return incoherent(sequence, `Un avis ne peut être émis au titre du rôle « ${role} ».`);
    }
    const avis = {
      avisId: e.avisId,
      annee,
      role,
      auteurId: e.auteur.id,
      sens: e.sens,
      motivation: e.motivation,
      date: e.date,
      secondeAnnee: e.secondeAnnee ?? null,
      grilleId: e.grilleId ?? null,
      positionnement: e.positionnement ?? null,
      le: e.le,
    };
    return ok({ ...s, avis: [...s.avis, avis] });
  },
  'carnet.entree-ajoutee': (s, e, annee, _sequence) =>
    ok({
      ...s,
      carnet: [...s.carnet, { entreeId: e.entreeId, annee, date: e.date, titre: e.titre, texte: e.texte }],
    }),
  'dossier.transmis-au-jury': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      etat: 'devant-jury',
      transmissionsJury: [...s.transmissionsJury, { annee: e.annee, date: e.date, le: e.le }],
    }),
  'jury.entretien-tenu': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      entretiensJury: [
        ...s.entretiensJury,
        { annee: e.annee, date: e.date, compteRendu: e.compteRendu, auteur: e.auteur },
      ],
    }),
  'master.justifie': (s, e, _annee, _sequence) =>
    ok({
      ...s,
      stage: { ...s.stage, masterJustifie: { dateObtention: e.dateObtention, intitule: e.intitule } },
    }),
  'demission.presentee': (s, e, _annee, _sequence) =>
    ok({ ...s, demission: { dateDemande: e.dateDemande, dateCessation: e.dateCessation, acceptee: null } }),
  'enregistrement.annule': (s, e, _annee, sequence) => applyAnnulation(s, e, sequence, incoherent),
  'enregistrement.corrige': (s, e, _annee, sequence) =>
    applyCorrection(s, e, sequence, applyOrdinaire, incoherent),
  'demission.acceptee': (s, e, _annee, sequence) => {
    if (s.demission === null || s.demission.acceptee !== null) {
      return incoherent(sequence, 'Aucune démission en attente d’acceptation.');
    }
    return ok({
      ...s,
      etat: 'demissionnaire',
      demission: { ...s.demission, acceptee: { date: e.date, par: e.auteur } },
    });
  },
  // Audit entries of the register of persons: the state holds no personal data, so nothing changes.
  'identite.rectifiee': (s) => ok(s),
  'identite.effacee': (s) => ok(s),
};

/**
 * Applies one event to a state.
 *
 * @param state - the state before (null for the first event of a dossier).
 * @param recorded - the event and its sequence, which must follow the state's.
 * @returns the new state, or a {@link ValidationError} when the sequence has a gap or the event contradicts the
 * record (e.g. closing a protocole that was never opened).
 * @category Dossier
 */
export function applyEvent(
  state: DossierState | null,
  recorded: SequencedEvent,
): Result<DossierState, ValidationError> {
  if (typeof recorded !== 'object' || recorded === null) {
    return err(
      validationError('Un événement enregistré a une séquence et un événement.', [
        issue('evenement.malforme', 'L’entrée n’est pas un événement enregistré { sequence, event }.'),
      ]),
    );
  }
  const { sequence, event: stored } = recorded;
  const attendu = (state?.sequence ?? 0) + 1;
  if (sequence !== attendu) {
    return err(
      validationError('La suite des événements du dossier n’est pas contiguë.', [
        issue('sequence.non-contigue', `Séquence ${String(sequence)} reçue, ${attendu} attendue.`, [
          typeof sequence === 'number' ? sequence : attendu,
        ]),
      ]),
    );
  }
  const checked = checkStoredEvent(stored, nameDossier(state, recorded), sequence);
  if (checked.isErr()) return err(checked.error);
  const event = checked.value;
  const vueFigee = checkVueFigeeLue(state, upgradeEvent(event), nameDossier(state, recorded), sequence);
  if (vueFigee !== null) return err(vueFigee);
  if (state === null) {
    if (event.type !== 'dossier.ouvert') {
      return incoherent(
        sequence,
        `Le premier événement doit être « dossier.ouvert », pas « ${event.type} ».`,
      );
    }
    try {
      return ok(initial(event, sequence));
    } catch {
      return incoherent(sequence, 'L’événement « dossier.ouvert » est malformé.');
    }
  }
  try {
    return applyKnownEvent(state, event, sequence);
  } catch {
    // A known type and version whose fields do not have the shape the handler reads (a log altered or
    // written by hand): reported like any other malformed event, never thrown.
    return err(
      validationError(`Événement n° ${sequence} malformé.`, [
        issue(
          'evenement.malforme',
          `Le dossier ${nameDossier(state, recorded)} contient à la séquence ${sequence} un événement « ${event.type} » dont les champs sont malformés : le journal est altéré ou mal importé.`,
          [sequence],
        ),
      ]),
    );
  }
}

function applyKnownEvent(
  state: DossierState,
  event: DossierEvent,
  sequence: number,
): Result<DossierState, ValidationError> {
  const annee = getAnneeCourante(state);
  const s: DossierState = { ...state, sequence };

  // One handler per event type (exhaustive by its mapped type); the cast only re-links the union member to
  // its handler, which TypeScript cannot correlate by itself. `checkStoredEvent` let through only the types
  // that are own keys of the tables: no prototype method is ever reached.
  const courant = upgradeEvent(event);
  return applyOrdinaire(s, courant, annee, sequence).map((next) =>
    indexEnregistrement(next, courant, annee, sequence),
  );
}

/** Dispatches an event to its handler (a correction re-applies its replacement through it). */
function applyOrdinaire(
  s: DossierState,
  courant: DossierEvent,
  annee: number,
  sequence: number,
): Result<DossierState, ValidationError> {
  if (isChaine(courant)) {
    const chaine = appliquerChaine[courant.type] as ChaineHandler;
    return chaine(s, courant, annee, sequence, incoherent);
  }
  if (!Object.hasOwn(appliquer, courant.type))
    return incoherent(sequence, `Type « ${courant.type} » sans règle.`);
  const handler = appliquer[courant.type] as Appliquer<Exclude<DossierEventType, ChaineEventType>>;
  return handler(s, courant, annee, sequence);
}

function nameDossier(state: DossierState | null, recorded: SequencedEvent): string {
  if (state !== null) return state.dossierId;
  if (typeof recorded.dossierId === 'string') return recorded.dossierId;
  const fromEvent = (recorded.event as { dossierId?: unknown } | null)?.dossierId;
  return typeof fromEvent === 'string' ? fromEvent : '?';
}

/**
 * Folds a dossier's events into its state. Accepts a store's envelopes directly.
 *
 * @param events - the events of one dossier, in sequence order from 1 (or from `depuis.sequence + 1`).
 * @param depuis - a state to continue from (a snapshot), or null to start from the first event.
 * @returns the state, or a {@link ValidationError} (code `dossier.vide`, `sequence.non-contigue`,
 * `evenement.incoherent`, `evenement.malforme`, `evenement.inconnu` or `evenement.version-inconnue` — the last
 * three name the dossier and the sequence; path = the event's sequence). Never throws, whatever the input.
 * @example
 * ```ts
 * const state = foldDossier(await store.read(dossierId)); // Result<DossierState, ValidationError>
 * ```
 * @category Dossier
 */
export function foldDossier(
  events: ReadonlyArray<SequencedEvent>,
  depuis: DossierState | null = null,
): Result<DossierState, ValidationError> {
  if (!Array.isArray(events)) {
    return err(
      validationError('Un dossier se replie depuis la liste de ses événements.', [
        issue('evenement.malforme', 'La liste des événements n’est pas un tableau.'),
      ]),
    );
  }
  let state = depuis;
  for (const recorded of events as ReadonlyArray<SequencedEvent>) {
    const next = applyEvent(state, recorded);
    if (next.isErr()) return err(next.error);
    state = next.value;
  }
  if (state === null) {
    return err(
      validationError('Un dossier commence par l’événement « dossier.ouvert ».', [
        issue('dossier.vide', 'Aucun événement.'),
      ]),
    );
  }
  return ok(state);
}
