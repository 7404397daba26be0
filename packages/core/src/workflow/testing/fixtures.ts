/**
 * Test support: a Réunion 2022-2023 stagiaire, the actors around him, and a journal that runs commands through
 * `transition` and folds the events like a store would. Core's own tests use all of it; `@tremplin/core/testing`
 * publishes the identity and the actors, and builds its `Result`-returning dossier fixtures on them.
 *
 * @packageDocumentation
 */
import type { Acteur } from '../../dossier/acteurs.js';
import type { CompositionJury } from '../../dossier/chaine.js';
import type { Corps } from '../../dossier/corps.js';
import type { DossierEvent } from '../../dossier/events.js';
import { foldDossier, type SequencedEvent } from '../../dossier/fold.js';
import type { ActeursAssignes, DossierIdentite } from '../../dossier/identite.js';
import type { DossierState } from '../../dossier/state.js';
import type { NatureBilan } from '../../dossier/vocabulaire.js';
import type { PositionnementEntryInput, PositionnementInput } from '../../referentiel/positionnement.js';
import type { Echelle, Grille } from '../../referentiel/types.js';
import type { Command } from '../commands.js';
import type { TransitionError } from '../contexte-decision.js';
import { nationalWorkflowRules } from '../national-rules.js';
import { selectGrilleEtEchelle, type UsagePositionnement } from '../positionnements.js';
import type { WorkflowRules } from '../rules.js';
import { transition } from '../transition.js';

/** National rules read in La Réunion's time zone. */
export const rules: WorkflowRules = {
  ...nationalWorkflowRules,
  fuseauHoraire: { ...nationalWorkflowRules.fuseauHoraire, valeur: 'Indian/Reunion' },
};

/** @deprecated the former name of {@link rules}, kept while `src/testing/fixtures.ts` imports it. */
export const regles = rules;

export const UAI = '9740001H';

/**
 * The actors of the fixtures, each with the scope of its role, all of La Réunion.
 *
 * @category Fixtures
 */
export const acteurs = {
  rectorat: { role: 'rectorat', id: 'dpe-1', academie: 'reunion' },
  stagiaire: { role: 'stagiaire', id: 'stg-1' },
  tuteur: { role: 'tuteur', id: 'tut-1' },
  tuteur2: { role: 'tuteur', id: 'tut-2' },
  chef: { role: 'chef-etablissement', id: 'chef-1', uai: UAI },
  inspecteur: { role: 'inspecteur', id: 'ipr-1', academie: 'reunion', disciplines: ['mathematiques'] },
  formateur: { role: 'formateur-inspe', id: 'form-1' },
  directeur: { role: 'directeur-inspe', id: 'dir-1', academie: 'reunion' },
  jury: { role: 'jury', id: 'jury-1', academie: 'reunion', corps: ['certifie'] },
  ministre: { role: 'ministre', id: 'dgrh-1' },
  inspecteurGeneral: { role: 'inspecteur-general', id: 'igesr-1', disciplines: ['mathematiques'] },
  capa: { role: 'cap', id: 'capa-agreges', academie: 'reunion', corps: ['agrege'] },
  capn: { role: 'cap', id: 'capn-agreges', academie: null, corps: ['agrege'] },
  capaCertifies: { role: 'cap', id: 'capa-certifies', academie: 'reunion', corps: ['certifie'] },
  conseilDiscipline: {
    role: 'conseil-discipline',
    id: 'cd-1',
    academie: 'reunion',
    corps: ['certifie', 'agrege'],
  },
  conseilMedical: { role: 'conseil-medical', id: 'cm-1', academie: 'reunion' },
} as const satisfies Record<string, Acteur>;

/** The assigned actors of a dossier opened before anyone is named: no tuteur, chef, inspecteur, formateur or director. */
export function acteursNonAssignes(): ActeursAssignes {
  return {
    tuteurs: [],
    chefEtablissement: null,
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  };
}

/**
 * A jury académique of `n` members (president included) for a corps: the rectrice's representative presides, a
 * vice-president and members from the text's categories, none assigned to the INSPÉ.
 *
 * @param corps - the corps d'accès.
 * @param n - the number of members, president included.
 */
export function compositionJury(corps: Corps = 'certifie', n = 6): CompositionJury {
  const categories = [
    'corps-inspection',
    'chef-etablissement',
    'enseignant-chercheur',
    'formateur-academique',
  ] as const;
  const membres = Array.from({ length: n }, (_, i) => ({
    personne: { id: `jm-${i + 1}`, nom: `Membre${i + 1}`, prenom: 'Claude' },
    qualite: i === 0 ? ('president' as const) : i === 1 ? ('vice-president' as const) : ('membre' as const),
    categorie: i === 0 ? null : (categories[i % categories.length] ?? 'corps-inspection'),
    affecteEtablissementFormation: false,
  }));
  return { juryId: `jury-${corps}-2023`, corps, session: 2023, membres };
}

/**
 * The identity of the fixtures' dossier: Marie Payet, certifiée of mathematics, master MEEF, full time in the
 * collège 9740001H of La Réunion, school year 2022-2023, nomination planned on 1 September 2022.
 *
 * @param partiel - the fields to change.
 * @category Fixtures
 */
export function identite(partiel: Partial<DossierIdentite> = {}): DossierIdentite {
  return {
    stagiaire: {
      id: 'stg-1',
      nom: 'Payet',
      prenom: 'Marie',
    },
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    corps: 'certifie',
    discipline: 'mathematiques',
    uai: UAI,
    quotite: 'temps-plein',
    categorie: 'master-meef',
    master: 'detenu',
    stageRenouvele: false,
    dateNominationPrevue: '2022-09-01',
    ...partiel,
  };
}

/** The instant at 10:00 in La Réunion on a day. */
export function le(jour: string): string {
  return `${jour}T10:00:00+04:00`;
}

/** A journal of one dossier: runs commands, appends their events with sequence numbers, folds the state. */
export class Journal {
  readonly events: SequencedEvent[] = [];
  state: DossierState | null = null;

  constructor(readonly reglesUtilisees: WorkflowRules = rules) {}

  /** Runs a command; on success appends its events and returns them, otherwise returns the error. */
  run(
    command: Command,
    acteur: Acteur,
    jour: string,
  ): { ok: true; events: DossierEvent[] } | { ok: false; error: TransitionError } {
    const r = transition(this.state, command, { acteur, now: le(jour), rules: this.reglesUtilisees });
    if (r.isErr()) return { ok: false, error: r.error };
    for (const event of r.value) this.events.push({ sequence: this.events.length + 1, event });
    const folded = foldDossier(this.events);
    if (folded.isErr())
      throw new Error(`fold failed: ${folded.error.message} ${JSON.stringify(folded.error.issues)}`);
    this.state = folded.value;
    return { ok: true, events: r.value };
  }

  /** Runs a command that must succeed. */
  ok(command: Command, acteur: Acteur, jour: string): DossierEvent[] {
    const r = this.run(command, acteur, jour);
    if (!r.ok) throw new Error(`${command.type} refused: ${JSON.stringify(r.error)}`);
    return r.events;
  }

  /** Runs a command that must fail, and returns the error. */
  ko(command: Command, acteur: Acteur, jour: string): TransitionError {
    const r = this.run(command, acteur, jour);
    if (r.ok) throw new Error(`${command.type} accepted: ${JSON.stringify(r.events)}`);
    return r.error;
  }

  /** The state, which must exist. */
  get etat(): DossierState {
    if (this.state === null) throw new Error('no dossier');
    return this.state;
  }
}

/** Every item of the grid (every competency of a block without items) at one level. */
export function listEntreesCompletes(grille: Grille, niveau: string): PositionnementEntryInput[] {
  return grille.blocs.flatMap<PositionnementEntryInput>((b) =>
    b.items.length > 0
      ? b.items.map((i) => ({ item: i.id, niveau }))
      : b.competences.map((competence) => ({ competence, niveau })),
  );
}

/** The scale's own expected level (an académie's scale), else its highest rating: no text sets an expected level. */
export function niveauLePlusHaut(echelle: Echelle): string {
  if (echelle.attendu !== undefined) return echelle.attendu;
  const notes = echelle.niveaux.flatMap((n) => (n.kind === 'notation' ? [n] : []));
  return notes.reduce((a, b) => (b.rang > a.rang ? b : a), notes[0] ?? { code: '', rang: 0 }).code;
}

/** A complete positionnement on the dossier's grid for a usage, every item at the given level. */
export function positionnementComplet(
  state: DossierState,
  usage: UsagePositionnement,
  niveau?: string,
  r: WorkflowRules = rules,
): PositionnementInput {
  const ctx = selectGrilleEtEchelle(state, usage, { rules: r });
  if (ctx.isErr()) throw new Error(ctx.error.message);
  const { grille, echelle } = ctx.value;
  const code = niveau ?? niveauLePlusHaut(echelle);
  return {
    grilleId: grille.id,
    echelleId: echelle.id,
    entries: listEntreesCompletes(grille, code),
  };
}

/** The bilan command of an assessor. */
export function bilan(
  state: DossierState,
  nature: NatureBilan,
  id: string,
  date: string,
  niveau?: string,
): Command {
  return {
    type: 'bilan.deposer',
    bilanId: id,
    nature,
    date,
    positionnement: positionnementComplet(
      state,
      nature === 'final' ? 'bilan-final' : 'bilan-intermediaire',
      niveau,
    ),
    appreciation: `Bilan ${nature} (${id}).`,
  };
}

/** Opens and nominates a dossier (1 September 2022), with one tuteur, the chef, inspecteur, formateur, director. */
export function dossierNomme(partiel: Partial<DossierIdentite> = {}, r: WorkflowRules = rules): Journal {
  const j = new Journal(r);
  j.ok(
    {
      type: 'dossier.ouvrir',
      dossierId: 'dos-1',
      identite: identite(partiel),
      acteurs: {
        tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
        chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
        inspecteur: { id: 'ipr-1', nom: 'Técher', prenom: 'Paul' },
        formateursInspe: [{ id: 'form-1', nom: 'Fontaine', prenom: 'Léa' }],
        directeurInspe: { id: 'dir-1', nom: 'Maillot', prenom: 'Luc' },
      },
    },
    acteurs.rectorat,
    '2022-07-15',
  );
  j.ok({ type: 'nomination.prononcer' }, acteurs.rectorat, '2022-09-01');
  return j;
}

/**
 * Runs the pieces of a year: intermediate and final bilans of the tuteur and the chef, the three avis.
 *
 * @param j - the journal.
 * @param sens - the sense of the avis (and the final ratings: suffisant / insuffisant).
 * @param annee - the civil year the school year starts in (2022 for 2022-2023).
 */
export function anneeComplete(
  j: Journal,
  sens: 'favorable' | 'defavorable' = 'favorable',
  annee = 2022,
): void {
  const y1 = String(annee);
  const y2 = String(annee + 1);
  const s = `-${annee}`;
  j.ok(bilan(j.etat, 'intermediaire', `b-tut-1${s}`, `${y1}-11-28`), acteurs.tuteur, `${y1}-11-28`);
  j.ok(bilan(j.etat, 'intermediaire', `b-chef-1${s}`, `${y1}-11-29`), acteurs.chef, `${y1}-11-29`);
  const niveauFinal = sens === 'favorable' ? 'suffisant' : 'insuffisant';
  j.ok(bilan(j.etat, 'final', `b-tut-2${s}`, `${y2}-04-25`, niveauFinal), acteurs.tuteur, `${y2}-04-25`);
  j.ok(bilan(j.etat, 'final', `b-chef-2${s}`, `${y2}-04-27`, niveauFinal), acteurs.chef, `${y2}-04-27`);
  const motivation = sens === 'defavorable' ? { motivation: 'Compétences insuffisantes.' } : {};
  const avis = (avisId: string, date: string) => ({
    type: 'avis.emettre' as const,
    avisId,
    sens,
    date,
    ...motivation,
  });
  j.ok(avis(`a-ipr${s}`, `${y2}-05-10`), acteurs.inspecteur, `${y2}-05-10`);
  j.ok(avis(`a-chef${s}`, `${y2}-05-11`), acteurs.chef, `${y2}-05-11`);
  j.ok(avis(`a-dir${s}`, `${y2}-05-12`), acteurs.directeur, `${y2}-05-12`);
}
