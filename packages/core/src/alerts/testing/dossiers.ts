/**
 * Test support: dossiers built from events (folded like a store would), a Réunion-like test pack, and a
 * random year generator for property tests. `@tremplin/core/testing` publishes the event builders (as
 * `buildEvenement…`) and the year generator (as `arbitraryEvenementsAnnee`).
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { addDays } from '../../calendar/local-date.js';
import type { AuteurRef } from '../../dossier/acteurs.js';
import type { Corps } from '../../dossier/corps.js';
import type { DossierEvent } from '../../dossier/events.js';
import { foldDossier } from '../../dossier/fold.js';
import type { CategorieStagiaire, DossierIdentite } from '../../dossier/identite.js';
import type { DossierState } from '../../dossier/state.js';
import type {
  NatureBilan,
  NatureConge,
  NatureVisite,
  PresenceFormation,
  RoleEvaluateur,
} from '../../dossier/vocabulaire.js';
import type { RulePack } from '../../rules/pack.js';
import type { SessionFormation } from '../../rules/parameters.js';

export const A = {
  rectorat: { role: 'rectorat', id: 'dpe-1' },
  stagiaire: { role: 'stagiaire', id: 'stg-1' },
  tuteur: { role: 'tuteur', id: 'tut-1' },
  chef: { role: 'chef-etablissement', id: 'chef-1' },
  inspecteur: { role: 'inspecteur', id: 'ipr-1' },
  formateur: { role: 'formateur-inspe', id: 'form-1' },
  directeur: { role: 'directeur-inspe', id: 'dir-1' },
  jury: { role: 'jury', id: 'jury-1' },
} as const satisfies Record<string, AuteurRef>;

const noon = (date: string) => `${date}T12:00:00Z`;

/**
 * What to change in the opening events of {@link ouverture}.
 *
 * @category Fixtures
 */
export interface Ouverture {
  readonly dossierId?: string;
  readonly academie?: string;
  readonly uai?: string;
  readonly corps?: Corps;
  readonly categorie?: CategorieStagiaire;
  readonly quotite?: DossierIdentite['quotite'];
  readonly debut?: string;
  readonly fin?: string;
}

/**
 * The events `dossier.ouvert` then `stagiaire.nomme` of a dossier (nomination on 1 September 2022 by default).
 *
 * @remarks Events as a store records them, at noon UTC, for tests that append or evaluate events without
 * running commands.
 * @category Fixtures
 */
export function ouverture(o: Ouverture = {}): DossierEvent[] {
  const debut = o.debut ?? '2022-09-01';
  const annee = Number(debut.slice(0, 4));
  return [
    {
      type: 'dossier.ouvert',
      v: 1,
      le: noon('2022-07-15'),
      auteur: A.rectorat,
      dossierId: o.dossierId ?? 'dos-1',
      identite: {
        stagiaire: {
          id: 'stg-1',
          nom: 'Payet',
          prenom: 'Marie',
        },
        academie: o.academie ?? 'reunion',
        anneeScolaire: `${annee}-${annee + 1}`,
        corps: o.corps ?? 'certifie',
        discipline: 'mathematiques',
        uai: o.uai ?? '9740001H',
        quotite: o.quotite ?? 'temps-plein',
        categorie: o.categorie ?? 'master-meef',
        master: 'detenu',
        stageRenouvele: false,
        dateNominationPrevue: debut,
      },
      acteurs: {
        tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
        chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
        inspecteur: { id: 'ipr-1', nom: 'Técher', prenom: 'Paul' },
        formateursInspe: [{ id: 'form-1', nom: 'Fontaine', prenom: 'Léa' }],
        directeurInspe: { id: 'dir-1', nom: 'Maillot', prenom: 'Luc' },
      },
    },
    {
      type: 'stagiaire.nomme',
      v: 1,
      le: noon(debut),
      auteur: A.rectorat,
      dateNomination: debut,
      dateDebutStage: debut,
      dateFinStatutaire: o.fin ?? addDays(`${annee + 1}-${debut.slice(5)}`, -1),
    },
  ];
}

/**
 * A `visite.realisee` event: a tuteur's visit by default; the visitor follows the nature.
 *
 * @category Fixtures
 */
export function visite(id: string, date: string, nature: NatureVisite = 'visite-formative'): DossierEvent {
  const visiteur =
    nature === 'visite-chez-tuteur' ? A.stagiaire : nature === 'inspection' ? A.inspecteur : A.tuteur;
  return {
    type: 'visite.realisee',
    v: 1,
    le: noon(date),
    auteur: visiteur,
    visiteId: id,
    nature,
    date,
    visiteur,
    pointsAppui: [],
    competencesATravailler: [],
    conseils: [],
    axesDeTravail: [],
    compteRendu: null,
  };
}

const AUTEUR_BILAN: Record<RoleEvaluateur, AuteurRef> = {
  tuteur: A.tuteur,
  'chef-etablissement': A.chef,
  inspecteur: A.inspecteur,
  'formateur-inspe': A.formateur,
};

/**
 * A `bilan.depose` event, every competency of the 2015 grid at one level.
 *
 * @remarks Not the `bilan.deposer` command: see `buildCommandeBilan` for that.
 *
 * @category Fixtures
 */
export function bilan(
  id: string,
  nature: NatureBilan,
  role: RoleEvaluateur,
  date: string,
  niveau?: string,
): DossierEvent {
  const echelleId = nature === 'final' ? 'tuteur-final' : 'tuteur-intermediaire';
  const level = niveau ?? (nature === 'final' ? 'suffisant' : 'a-entretenir');
  return {
    type: 'bilan.depose',
    v: 1,
    le: noon(date),
    auteur: AUTEUR_BILAN[role],
    bilanId: id,
    nature,
    date,
    positionnement: {
      grilleId: 'ns-2015-055-enseignants',
      echelleId,
      entries: (['CC1', 'CC2', 'CC3', 'P1', 'P3'] as const).map((competence) => ({
        competence,
        niveau: level,
      })),
    },
    appreciation: `Bilan ${nature}.`,
  };
}

/**
 * An `avis.emis` event of the inspecteur, the chef d'établissement or the INSPÉ director.
 *
 * @category Fixtures
 */
export function avis(
  role: 'inspecteur' | 'chef-etablissement' | 'directeur-inspe',
  date: string,
  sens: 'favorable' | 'defavorable' = 'favorable',
): DossierEvent {
  const auteur = role === 'inspecteur' ? A.inspecteur : role === 'chef-etablissement' ? A.chef : A.directeur;
  return {
    type: 'avis.emis',
    v: 1,
    le: noon(date),
    auteur,
    avisId: `avis-${role}`,
    sens,
    motivation: sens === 'defavorable' ? 'Insuffisant.' : null,
    date,
  };
}

/**
 * A `formation.enregistree` event: a training day attended (or missed, with `presence`), for a session of the
 * académie when `sessionId` is given.
 *
 * @category Fixtures
 */
export function formation(
  id: string,
  date: string,
  heures = 6,
  operateur: 'EAFC' | 'INSPE' = 'INSPE',
  options: { readonly sessionId?: string; readonly presence?: PresenceFormation } = {},
): DossierEvent {
  return {
    type: 'formation.enregistree',
    v: 1,
    le: noon(date),
    auteur: A.formateur,
    formationId: id,
    date,
    operateur,
    heures,
    intitule: 'Journée de formation',
    presence: options.presence ?? 'present',
    ...(options.sessionId !== undefined ? { sessionId: options.sessionId } : {}),
  };
}

/**
 * An `alerte.declenchee` event of the tuteur (dispositif d'aide et d'alerte).
 *
 * @category Fixtures
 */
export function alerte(id: string, date: string): DossierEvent {
  return {
    type: 'alerte.declenchee',
    v: 1,
    le: noon(date),
    auteur: A.tuteur,
    alerteId: id,
    moment: 'precoce',
    motifs: ['gestes-postures-inadaptes'],
    date,
    description: 'Difficultés de gestion de classe.',
  };
}

/**
 * A `protocole.ouvert` event of the inspecteur after an alert.
 *
 * @category Fixtures
 */
export function protocole(alerteId: string, date: string): DossierEvent {
  return {
    type: 'protocole.ouvert',
    v: 1,
    le: noon(date),
    auteur: A.inspecteur,
    alerteId,
    date,
    mesures: ['Visites supplémentaires'],
    dateBilanPrevue: null,
  };
}

/**
 * A `conge.enregistre` event: a leave from `debut` to `fin` included.
 *
 * @category Fixtures
 */
export function conge(id: string, nature: NatureConge, debut: string, fin: string): DossierEvent {
  return {
    type: 'conge.enregistre',
    v: 1,
    le: noon(debut),
    auteur: A.rectorat,
    congeId: id,
    nature,
    debut,
    fin,
  };
}

/**
 * A `dossier.transmis-au-jury` event.
 *
 * @category Fixtures
 */
export function transmis(date: string, annee = 1): DossierEvent {
  return { type: 'dossier.transmis-au-jury', v: 1, le: noon(date), auteur: A.rectorat, annee, date };
}

/**
 * A `jury.entretien-tenu` event.
 *
 * @category Fixtures
 */
export function entretienJury(date: string, annee = 1): DossierEvent {
  return {
    type: 'jury.entretien-tenu',
    v: 1,
    le: noon(date),
    auteur: A.jury,
    annee,
    date,
    compteRendu: null,
  };
}

/** Folds events (numbered from 1) into a state; throws on an incoherent list (test code only). */
export function fold(events: readonly DossierEvent[]): DossierState {
  const r = foldDossier(events.map((event, i) => ({ sequence: i + 1, event })));
  if (r.isErr()) throw new Error(`${r.error.message} ${JSON.stringify(r.error.issues)}`);
  return r.value;
}

const GUIDE = { texte: 'Guide de l’année de stage 2022-2023 (test)' } as const;

/** A Réunion-like académie pack for core's tests (the real one lives in @tremplin/academie-reunion). */
export const packTest: RulePack = {
  id: 'academie-test-reunion',
  version: '1.0.0',
  layer: 'academie',
  label: 'Académie de test (La Réunion)',
  academie: 'reunion',
  parameters: {
    'calendrier.fuseauHoraire': [
      { value: 'Indian/Reunion', validity: { from: '2014-09-01' }, source: GUIDE, confidence: 'verified' },
    ],
    'echeances.bilanIntermediaire': [
      {
        value: { due: { kind: 'end-of-month', month: 11 }, wording: 'fin novembre' },
        validity: { schoolYears: ['2022-2023'] },
        source: { ...GUIDE, article: '§ 5' },
        confidence: 'verified',
      },
    ],
    'visites.tuteur': [
      {
        value: {
          wording: 'très régulières en début d’année',
          phases: [
            { until: { kind: 'before-holiday', holidays: ['apres-periode-1'] }, maxGapClassDays: 10 },
            { until: { kind: 'before-holiday', holidays: ['hiver-austral'] }, maxGapClassDays: 20 },
          ],
        },
        validity: { schoolYears: ['2022-2023'] },
        source: { ...GUIDE, article: '§ 4.4' },
        confidence: 'unverified',
      },
    ],
    'formation.credit': [
      {
        value: {
          totalDays: 12,
          hoursPerDay: 6,
          parts: [
            { provider: 'EAFC', days: 4, hours: 24 },
            { provider: 'INSPE', days: 8, hours: 48 },
          ],
          appliesTo: { quotites: ['temps-plein'], categories: ['master-meef'] },
        },
        validity: { schoolYears: ['2022-2023'] },
        source: { ...GUIDE, article: '§ 2.2' },
        confidence: 'verified',
      },
    ],
  },
};

/**
 * The training sessions of the test académie in 2022-2023: 8 INSPÉ days and 4 EAFC days of 6 hours, on
 * class days of the Réunion calendar.
 */
export const SESSIONS_TEST: readonly SessionFormation[] = [
  ['inspe-1', '2022-09-15', 'INSPE'],
  ['inspe-2', '2022-10-06', 'INSPE'],
  ['eafc-1', '2022-10-27', 'EAFC'],
  ['inspe-3', '2022-11-10', 'INSPE'],
  ['inspe-4', '2022-11-24', 'INSPE'],
  ['inspe-5', '2022-12-08', 'INSPE'],
  ['eafc-2', '2023-01-26', 'EAFC'],
  ['inspe-6', '2023-02-09', 'INSPE'],
  ['inspe-7', '2023-03-09', 'INSPE'],
  ['eafc-3', '2023-03-30', 'EAFC'],
  ['inspe-8', '2023-04-13', 'INSPE'],
  ['eafc-4', '2023-05-04', 'EAFC'],
].map(([id, date, organisateur]) => ({
  id: id as string,
  date: date as string,
  intitule: organisateur === 'EAFC' ? 'Journée du PAF' : 'Analyse de pratiques',
  heures: 6,
  organisateur: organisateur as SessionFormation['organisateur'],
}));

/**
 * The test pack of a Réunion-like académie that switches on every optional alert (thresholds no text sets)
 * and lists its training sessions: what an académie choosing them would write.
 */
export const packTestFacultatives: RulePack = {
  ...packTest,
  id: 'academie-test-reunion-facultatives',
  label: 'Académie de test (La Réunion), alertes facultatives activées',
  parameters: {
    ...packTest.parameters,
    'alertes.facultatives': [
      {
        value: {
          BILAN_SOUS_NIVEAU_ATTENDU: true,
          VISITES_TUTEUR_INSUFFISANTES: true,
          VISITES_CHEZ_TUTEUR_INSUFFISANTES: true,
          FORMATION_EN_RETARD: true,
        },
        validity: { schoolYears: ['2022-2023'] },
        source: { ...GUIDE, article: '§ 4.4' },
        confidence: 'verified',
      },
    ],
    'formation.sessions': [
      {
        value: SESSIONS_TEST,
        validity: { schoolYears: ['2022-2023'] },
        source: { ...GUIDE, article: '§ 2.2' },
        confidence: 'verified',
      },
    ],
  },
};

/**
 * A random year of one dossier: the opening, then visits, training, bilans, avis, leave and alerts on
 * 2022-2023 dates, in any order of dates.
 *
 * @remarks Every generated list folds into a dossier; property tests use it to check that evaluation, stores
 * and exporters hold for any year, not only the written examples.
 * @category Arbitraries
 */
export const arbitraryYear: fc.Arbitrary<DossierEvent[]> = fc
  .record({
    visites: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 25 }),
    chez: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 10 }),
    formations: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 14 }),
    bilans: fc.subarray([
      ['intermediaire', 'tuteur'],
      ['intermediaire', 'chef-etablissement'],
      ['final', 'tuteur'],
      ['final', 'chef-etablissement'],
    ] as const),
    bilanDay: fc.integer({ min: 60, max: 300 }),
    niveauBas: fc.boolean(),
    avis: fc.subarray(['inspecteur', 'chef-etablissement', 'directeur-inspe'] as const),
    defavorable: fc.boolean(),
    alerte: fc.option(fc.integer({ min: 10, max: 250 })),
    protocole: fc.boolean(),
    conge: fc.option(
      fc.record({ start: fc.integer({ min: 0, max: 300 }), days: fc.integer({ min: 1, max: 120 }) }),
    ),
    categorie: fc.constantFrom<CategorieStagiaire>('master-meef', 'experience-enseignement', 'ue-qualifie'),
    corps: fc.constantFrom<Corps>('certifie', 'agrege', 'cpe'),
  })
  .map((r) => {
    const day = (n: number) => addDays('2022-09-01', n);
    const events: DossierEvent[] = [...ouverture({ categorie: r.categorie, corps: r.corps })];
    events.push(...r.visites.map((n, i) => visite(`v-${i}`, day(n))));
    events.push(...r.chez.map((n, i) => visite(`c-${i}`, day(n), 'visite-chez-tuteur')));
    events.push(...r.formations.map((n, i) => formation(`f-${i}`, day(n))));
    const bas = (nature: NatureBilan) => (nature === 'final' ? 'insuffisant' : 'a-investir');
    events.push(
      ...r.bilans.map(([nature, role], i) =>
        bilan(`b-${i}`, nature, role, day(r.bilanDay), r.niveauBas ? bas(nature) : undefined),
      ),
    );
    for (const role of r.avis)
      events.push(avis(role, day(r.bilanDay + 10), r.defavorable ? 'defavorable' : 'favorable'));
    if (r.alerte !== null) {
      events.push(alerte('al-1', day(r.alerte)));
      if (r.protocole) events.push(protocole('al-1', day(r.alerte + 20)));
    }
    if (r.conge !== null)
      events.push(
        conge('cg-1', 'maladie-ordinaire', day(r.conge.start), day(r.conge.start + r.conge.days - 1)),
      );
    return events;
  });
