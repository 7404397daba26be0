import { describe, expect, it } from 'vitest';
import type { Acteur, Role } from '../dossier/acteurs.js';
import type { NatureVisite, OperateurFormation } from '../dossier/vocabulaire.js';
import type { Command, CommandType } from './commands.js';
import { commandTypes } from './commands.js';
import { checkPermission } from './permissions.js';
import {
  acteurs,
  compositionJury,
  dossierNomme,
  identite,
  Journal,
  positionnementComplet,
} from './testing/fixtures.js';

// Expected matrix, written independently of `matricePermissions`: x = the role may issue the command on a
// dossier in its scope. Columns: Stagiaire Tuteur Chef Inspecteur Formateur Directeur-INSPÉ Jury Rectorat
// Ministre Inspecteur-général CAP Conseil-de-discipline Conseil-médical.
const MATRICE = `
dossier.ouvrir                  . . . . . . . x . . . . .
nomination.reporter             . . . . . . . x . . . . .
nomination.prononcer            . . . . . . . x . . . . .
affectation.modifier            . . . . . . . x . . . . .
tuteur.designer                 . . . . . . . x . . . . .
tuteur.retirer                  . . . . . . . x . . . . .
acteur.designer                 . . . . . . . x . . . . .
autopositionnement.enregistrer  x . . . . . . . . . . . .
visite.planifier                x x . x x . . . . x . . .
visite.realiser                 x x . x x . . . . x . . .
visite.annuler                  x x . x x . . . . x . . .
entretien.enregistrer           . x x x x . . . . . . . .
formation.enregistrer           . . . x x x . x . . . . .
bilan.deposer                   . x x x x . . . . . . . .
alerte.declencher               x x x x x . . . . . . . .
alerte.lever                    . . x x . . . . . . . . .
protocole.ouvrir                . . x x . . . . . . . . .
protocole.clore                 . . x x . . . . . . . . .
conge.enregistrer               . . . . . . . x . . . . .
stage.prolonger                 . . . . . . . x . . . . .
avis.emettre                    . . x x . x . . . x . . .
carnet.ecrire                   x . . . . . . . . . . . .
jury.saisir                     . . . . . . . x . . . . .
jury.entendre                   . . . . . . x . . . . . .
jury.deliberer                  . . . . . . x . . . . . .
master.justifier                . . . . . . . x . . . . .
recteur.saisir                  . . . . . . . x . . . . .
ministre.saisir                 . . . . . . . x . . . . .
decision.prononcer              . . . . . . . x x . . . .
temps-partiel.enregistrer       . . . . . . . x . . . . .
commission.rendre-avis          . . . . . . . . . . x x .
discipline.engager              . . . . . . . x x . . . .
sanction.prononcer              . . . . . . . x x . . . .
avis-medical.enregistrer        . . . . . . . x . . . . x
demission.presenter             x . . . . . . . . . . . .
demission.accepter              . . . . . . . x . . . . .
enregistrement.annuler          . . . . . . . x . . . . .
enregistrement.corriger         . . . . . . . x . . . . .
identite.rectifier              . . . . . . . x . . . . .
identite.effacer                . . . . . . . x . . . . .
`;
const COLONNES: readonly Role[] = [
  'stagiaire',
  'tuteur',
  'chef-etablissement',
  'inspecteur',
  'formateur-inspe',
  'directeur-inspe',
  'jury',
  'rectorat',
  'ministre',
  'inspecteur-general',
  'cap',
  'conseil-discipline',
  'conseil-medical',
];

const lignes = MATRICE.trim()
  .split('\n')
  .map((l) => l.trim().split(/\s+/));
const attendu = new Map(lignes.map(([cmd, ...cells]) => [cmd as CommandType, cells.map((c) => c === 'x')]));

/** In-scope actors of each role for the fixture dossier. */
const dansLePerimetre: Record<Role, Acteur> = {
  stagiaire: acteurs.stagiaire,
  tuteur: acteurs.tuteur,
  'chef-etablissement': acteurs.chef,
  inspecteur: acteurs.inspecteur,
  'formateur-inspe': acteurs.formateur,
  'directeur-inspe': acteurs.directeur,
  jury: acteurs.jury,
  rectorat: acteurs.rectorat,
  ministre: acteurs.ministre,
  'inspecteur-general': acteurs.inspecteurGeneral,
  cap: acteurs.capaCertifies,
  'conseil-discipline': acteurs.conseilDiscipline,
  'conseil-medical': acteurs.conseilMedical,
};

/** Out-of-scope actors of each role. */
/** The ministre acts nationally: he has no out-of-scope counterpart. */
const horsPerimetre: Partial<Record<Role, Acteur>> = {
  stagiaire: { role: 'stagiaire', id: 'stg-autre' },
  tuteur: { role: 'tuteur', id: 'tut-autre' },
  'chef-etablissement': { role: 'chef-etablissement', id: 'chef-autre', uai: '0750655E' },
  inspecteur: {
    role: 'inspecteur',
    id: 'ipr-autre',
    academie: 'reunion',
    disciplines: ['histoire-geographie'],
  },
  'formateur-inspe': { role: 'formateur-inspe', id: 'form-autre' },
  'directeur-inspe': { role: 'directeur-inspe', id: 'dir-autre', academie: 'lyon' },
  jury: { role: 'jury', id: 'jury-autre', academie: 'reunion', corps: ['plp'] },
  rectorat: { role: 'rectorat', id: 'dpe-autre', academie: 'lyon' },
  'inspecteur-general': { role: 'inspecteur-general', id: 'ig-autre', disciplines: ['anglais'] },
  cap: { role: 'cap', id: 'capa-lyon', academie: 'lyon', corps: ['certifie'] },
  'conseil-discipline': { role: 'conseil-discipline', id: 'cd-plp', academie: 'reunion', corps: ['plp'] },
  'conseil-medical': { role: 'conseil-medical', id: 'cm-lyon', academie: 'lyon' },
};

/** A visit kind and a training provider each role may record (so the cell tests the matrix only). */
const natureDe: Partial<Record<Role, NatureVisite>> = {
  'inspecteur-general': 'inspection',
  stagiaire: 'visite-chez-tuteur',
  tuteur: 'visite-formative',
  inspecteur: 'inspection',
  'formateur-inspe': 'visite-formateur-inspe',
};
const operateurDe: Partial<Record<Role, OperateurFormation>> = {
  inspecteur: 'EAFC',
  'formateur-inspe': 'INSPE',
  'directeur-inspe': 'INSPE',
  rectorat: 'EAFC',
};

const state = dossierNomme().etat;
const d = '2022-10-03';

function exemple(type: CommandType, role: Role): Command {
  const nature = natureDe[role] ?? 'visite-formative';
  const obs = { pointsAppui: [], competencesATravailler: [], conseils: [], axesDeTravail: [] };
  const commandes: { [T in CommandType]: Extract<Command, { type: T }> } = {
    'dossier.ouvrir': {
      type: 'dossier.ouvrir',
      dossierId: 'd2',
      identite: identite(),
      acteurs: {
        tuteurs: [],
        chefEtablissement: null,
        inspecteur: null,
        formateursInspe: [],
        directeurInspe: null,
      },
    },
    'nomination.reporter': { type: 'nomination.reporter', motif: 'grossesse', jusquau: '2023-01-01' },
    'nomination.prononcer': { type: 'nomination.prononcer' },
    'affectation.modifier': { type: 'affectation.modifier', uai: '0750655E', date: d },
    'tuteur.designer': { type: 'tuteur.designer', tuteur: { id: 't9', nom: 'N', prenom: 'P' }, date: d },
    'tuteur.retirer': { type: 'tuteur.retirer', tuteurId: 'tut-1', date: d },
    'acteur.designer': {
      type: 'acteur.designer',
      role: 'inspecteur',
      personne: { id: 'i9', nom: 'N', prenom: 'P' },
      date: d,
    },
    'autopositionnement.enregistrer': {
      type: 'autopositionnement.enregistrer',
      autopositionnementId: 'ap',
      date: d,
      positionnement: positionnementComplet(state, 'autopositionnement'),
    },
    'visite.planifier': { type: 'visite.planifier', visiteId: 'v', nature, datePrevue: d },
    'visite.realiser': { type: 'visite.realiser', visiteId: 'v', nature, date: d, ...obs },
    'visite.annuler': { type: 'visite.annuler', visiteId: 'v', motif: 'm' },
    'entretien.enregistrer': {
      type: 'entretien.enregistrer',
      entretienId: 'e',
      nature: 'apres-visite',
      date: d,
    },
    'formation.enregistrer': {
      type: 'formation.enregistrer',
      formationId: 'f',
      date: d,
      operateur: operateurDe[role] ?? 'EAFC',
      heures: 6,
      intitule: 'i',
      presence: 'present',
    },
    'bilan.deposer': {
      type: 'bilan.deposer',
      bilanId: 'b',
      nature: 'intermediaire',
      date: d,
      positionnement: positionnementComplet(state, 'bilan-intermediaire'),
      appreciation: 'a',
    },
    'alerte.declencher': {
      type: 'alerte.declencher',
      alerteId: 'a',
      moment: 'precoce',
      motifs: ['autre'],
      date: d,
      description: 'x',
    },
    'alerte.lever': { type: 'alerte.lever', alerteId: 'a', date: d, motif: 'm' },
    'protocole.ouvrir': { type: 'protocole.ouvrir', alerteId: 'a', date: d, mesures: ['m'] },
    'protocole.clore': { type: 'protocole.clore', alerteId: 'a', date: d, conclusion: 'c' },
    'conge.enregistrer': {
      type: 'conge.enregistrer',
      congeId: 'c',
      nature: 'maladie-ordinaire',
      debut: d,
      fin: d,
    },
    'stage.prolonger': { type: 'stage.prolonger' },
    'avis.emettre': { type: 'avis.emettre', avisId: 'av', sens: 'favorable', date: d },
    'carnet.ecrire': { type: 'carnet.ecrire', entreeId: 'e', date: d, titre: 't', texte: 'x' },
    'jury.saisir': { type: 'jury.saisir', date: d },
    'jury.entendre': { type: 'jury.entendre', date: d },
    'jury.deliberer': { type: 'jury.deliberer', constat: 'apte', jury: compositionJury() },
    'master.justifier': { type: 'master.justifier', dateObtention: d, intitule: 'M' },
    'recteur.saisir': { type: 'recteur.saisir', date: d },
    'ministre.saisir': { type: 'ministre.saisir', date: d },
    'decision.prononcer': {
      type: 'decision.prononcer',
      decision: 'licenciement',
      fondement: 'insuffisance-professionnelle',
      date: d,
    },
    'temps-partiel.enregistrer': {
      type: 'temps-partiel.enregistrer',
      periodeId: 'tp',
      nature: 'de-droit',
      quotite: 80,
      debut: d,
      fin: d,
    },
    'commission.rendre-avis': {
      type: 'commission.rendre-avis',
      avisId: 'c',
      commission: 'capa',
      formation: 'ordinaire',
      objet: 'licenciement',
      sens: 'favorable',
      date: d,
    },
    'discipline.engager': {
      type: 'discipline.engager',
      procedureId: 'p',
      date: d,
      dateInformation: d,
      griefs: 'g',
    },
    'sanction.prononcer': {
      type: 'sanction.prononcer',
      procedureId: 'p',
      sanction: 'blame',
      date: d,
      motivation: 'm',
    },
    'avis-medical.enregistrer': {
      type: 'avis-medical.enregistrer',
      avisId: 'm',
      instance: 'conseil-medical',
      conclusion: 'apte-reprise',
      date: d,
    },
    'demission.presenter': { type: 'demission.presenter', dateDemande: d, dateCessation: '2022-12-01' },
    'demission.accepter': { type: 'demission.accepter', date: d },
    'enregistrement.annuler': { type: 'enregistrement.annuler', sequence: 2, motif: 'Erreur de saisie.' },
    'enregistrement.corriger': {
      type: 'enregistrement.corriger',
      sequence: 2,
      motif: 'Erreur de saisie.',
      remplacement: { type: 'stagiaire.affecte', uai: '0750655E', date: d },
    },
    'identite.rectifier': { type: 'identite.rectifier', champs: ['courriel'], motif: 'Adresse changée.' },
    'identite.effacer': { type: 'identite.effacer', motif: 'Demande du stagiaire.', fondement: 'opposition' },
  };
  return commandes[type];
}

function etatPour(type: CommandType) {
  return type === 'dossier.ouvrir' ? null : state;
}

describe('permission matrix, cell by cell', () => {
  it('the expected matrix lists every command once', () => {
    expect([...attendu.keys()].sort()).toEqual([...commandTypes].sort());
  });

  const cellules = commandTypes.flatMap((type) =>
    COLONNES.map((role, i) => ({ type, role, autorise: attendu.get(type)?.[i] === true })),
  );
  it.each(cellules)('$type × $role → $autorise', ({ type, role, autorise }) => {
    const refus = checkPermission(dansLePerimetre[role], exemple(type, role), etatPour(type));
    if (autorise) expect(refus).toBeNull();
    else expect(refus?.reasons.map((r) => r.code)).toEqual(['permission.role']);
  });
});

describe('scope of each role', () => {
  const cas = COLONNES.filter((role) => horsPerimetre[role] !== undefined).map((role) => ({
    role,
    type: [...attendu.entries()].find(([, cells]) => cells[COLONNES.indexOf(role)])?.[0] ?? 'dossier.ouvrir',
  }));
  it.each(cas)('$role out of his scope is denied ($type)', ({ role, type }) => {
    const hors = horsPerimetre[role];
    if (hors === undefined) throw new Error(role);
    const refus = checkPermission(hors, exemple(type, role), etatPour(type));
    expect(refus?.kind).toBe('permission');
    expect(refus?.reasons.map((r) => r.code)).toEqual(['permission.perimetre']);
  });

  it('a withdrawn tuteur loses his scope; his successor gains it', () => {
    const j = dossierNomme();
    j.ok(
      { type: 'tuteur.designer', tuteur: { id: 'tut-2', nom: 'R', prenom: 'E' }, remplace: 'tut-1', date: d },
      acteurs.rectorat,
      d,
    );
    const entretien = exemple('entretien.enregistrer', 'tuteur');
    expect(checkPermission(acteurs.tuteur, entretien, j.etat)?.reasons[0]?.code).toBe('permission.perimetre');
    expect(checkPermission(acteurs.tuteur2, entretien, j.etat)).toBeNull();
  });

  it('a chef follows the stagiaire’s current EPLE, once the rectorat designates him', () => {
    const j = dossierNomme();
    j.ok({ type: 'affectation.modifier', uai: '0750655E', date: d }, acteurs.rectorat, d);
    const bilanChef = exemple('bilan.deposer', 'chef-etablissement');
    expect(checkPermission(acteurs.chef, bilanChef, j.etat)?.reasons[0]?.code).toBe('permission.perimetre');
    const nouveauChef: Acteur = { role: 'chef-etablissement', id: 'chef-paris', uai: '0750655E' };
    expect(checkPermission(nouveauChef, bilanChef, j.etat)?.reasons[0]?.code).toBe('permission.perimetre');
    j.ok(
      {
        type: 'acteur.designer',
        role: 'chef-etablissement',
        personne: { id: 'chef-paris', nom: 'Martin', prenom: 'Anne' },
        remplace: 'chef-1',
        date: d,
      },
      acteurs.rectorat,
      d,
    );
    expect(checkPermission(nouveauChef, bilanChef, j.etat)).toBeNull();
    expect(checkPermission(acteurs.chef, bilanChef, j.etat)?.reasons[0]?.code).toBe('permission.perimetre');
  });
});

// Expected kinds of visit per role (S T C I F D J R Mi IG CAP CD CM), written independently of `visitesParRole`.
const VISITES = `
visite-formative        . x . . . . . . . . . . .
visite-chez-tuteur      x x . . . . . . . . . . .
visite-formateur-inspe  . . . . x . . . . . . . .
visite-conseil          . . . x . . . . . . . . .
inspection              . . . x . . . . . x . . .
`;
const FORMATIONS = `
EAFC   . . . x . . . x . . . . .
INSPE  . . . . x x . x . . . . .
autre  . . . . . . . x . . . . .
`;

function cellulesDe(table: string) {
  return table
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .flatMap(([valeur, ...cells]) =>
      COLONNES.map((role, i) => ({ valeur: valeur ?? '', role, autorise: cells[i] === 'x' })),
    );
}

describe('kinds of visit and training providers, cell by cell', () => {
  it.each(cellulesDe(VISITES))('visite $valeur × $role → $autorise', ({ valeur, role, autorise }) => {
    const cmd: Command = {
      type: 'visite.realiser',
      visiteId: 'v',
      nature: valeur as NatureVisite,
      date: d,
      pointsAppui: [],
      competencesATravailler: [],
      conseils: [],
      axesDeTravail: [],
    };
    const codes = checkPermission(dansLePerimetre[role], cmd, state)?.reasons.map((r) => r.code) ?? [];
    const roleAutorise = attendu.get('visite.realiser')?.[COLONNES.indexOf(role)] === true;
    if (autorise) expect(codes).toEqual([]);
    else expect(codes).toEqual([roleAutorise ? 'permission.nature-visite' : 'permission.role']);
  });

  it.each(cellulesDe(FORMATIONS))('formation $valeur × $role → $autorise', ({ valeur, role, autorise }) => {
    const cmd: Command = {
      type: 'formation.enregistrer',
      formationId: 'f',
      date: d,
      operateur: valeur as OperateurFormation,
      heures: 6,
      intitule: 'i',
      presence: 'present',
    };
    const codes = checkPermission(dansLePerimetre[role], cmd, state)?.reasons.map((r) => r.code) ?? [];
    const roleAutorise = attendu.get('formation.enregistrer')?.[COLONNES.indexOf(role)] === true;
    if (autorise) expect(codes).toEqual([]);
    else expect(codes).toEqual([roleAutorise ? 'permission.operateur-formation' : 'permission.role']);
  });
});

describe('the assigned person, not only the UAI', () => {
  const avis = {
    type: 'avis.emettre' as const,
    avisId: 'av-chef',
    sens: 'favorable' as const,
    date: '2023-05-11',
  };

  it('someone naming the EPLE’s UAI is not the chef: refused, and the designated chef still gives the avis', () => {
    const j = dossierNomme();
    const imposteur: Acteur = { role: 'chef-etablissement', id: 'chef-imposteur', uai: acteurs.chef.uai };
    const refus = j.ko(avis, imposteur, '2023-05-11');
    expect(refus.kind).toBe('permission');
    if (refus.kind === 'permission')
      expect(refus.reasons.map((r) => r.code)).toEqual(['permission.perimetre']);
    j.ok(avis, acteurs.chef, '2023-05-11');
    expect(j.etat.avis.map((a) => a.auteurId)).toEqual(['chef-1']);
  });

  it('no chef designated: every chef is refused until the rectorat designates one', () => {
    const j = new Journal();
    j.ok(
      {
        type: 'dossier.ouvrir',
        dossierId: 'dos-2',
        identite: identite(),
        acteurs: {
          tuteurs: [],
          chefEtablissement: null,
          inspecteur: null,
          formateursInspe: [],
          directeurInspe: null,
        },
      },
      acteurs.rectorat,
      '2022-07-15',
    );
    j.ok({ type: 'nomination.prononcer' }, acteurs.rectorat, '2022-09-01');
    const refus = checkPermission(acteurs.chef, avis, j.etat);
    expect(refus?.reasons.map((r) => r.code)).toEqual(['permission.perimetre']);
    expect(refus?.reasons[0]?.message).toContain('acteur.designer');
    j.ok(
      {
        type: 'acteur.designer',
        role: 'chef-etablissement',
        personne: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
        date: '2022-09-05',
      },
      acteurs.rectorat,
      '2022-09-05',
    );
    expect(checkPermission(acteurs.chef, avis, j.etat)).toBeNull();
  });

  it('the designated chef acting under another UAI than the current EPLE’s is refused', () => {
    const j = dossierNomme();
    const ailleurs: Acteur = { ...acteurs.chef, uai: '0750655E' };
    expect(checkPermission(ailleurs, avis, j.etat)?.reasons.map((r) => r.code)).toEqual([
      'permission.perimetre',
    ]);
  });

  it('a formateur not assigned to the stagiaire is refused; the assigned one acts', () => {
    const j = dossierNomme();
    const entretien: Command = {
      type: 'entretien.enregistrer',
      entretienId: 'e1',
      nature: 'apres-visite',
      date: d,
    };
    expect(
      checkPermission({ role: 'formateur-inspe', id: 'form-9' }, entretien, j.etat)?.reasons[0]?.code,
    ).toBe('permission.perimetre');
    expect(checkPermission(acteurs.formateur, entretien, j.etat)).toBeNull();
  });
});
