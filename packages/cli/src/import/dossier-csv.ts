/**
 * The CSV format of dossiers: one row per stagiaire, one column per field; people as `id|Prénom|Nom`.
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import type { CsvRecord } from './csv.js';

/** A column of the dossiers CSV and where it goes in a dossier record (`DossierRecord`). */
export interface DossierColumn {
  readonly name: string;
  /** Path in the JSON record. */
  readonly path: readonly string[];
  readonly required: boolean;
  /** What the column holds (French, for the guide and errors). */
  readonly description: string;
  /** Other headers read as this column (the usual French spellings, e.g. `nom_etablissement`). */
  readonly aliases?: readonly string[];
}

/** Every column of the dossiers CSV, in the documented order. */
const CIVILITES: Readonly<Record<string, 'madame' | 'monsieur'>> = {
  madame: 'madame',
  mme: 'madame',
  monsieur: 'monsieur',
  m: 'monsieur',
  'm.': 'monsieur',
};

/** The civilité a cell gives (« Madame », « Mme », « Monsieur », « M. »); an unknown word is kept for the schema to refuse. */
function civiliteDe(valeur: string | null): { civilite?: string } {
  if (valeur === null) return {};
  return { civilite: CIVILITES[valeur.toLowerCase()] ?? valeur };
}

export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  { name: 'dossierId', path: ['dossierId'], required: true, description: 'identifiant du dossier' },
  {
    name: 'stagiaireId',
    path: ['identite', 'stagiaire', 'id'],
    required: true,
    description: 'identifiant du stagiaire',
  },
  { name: 'nom', path: ['identite', 'stagiaire', 'nom'], required: true, description: 'nom' },
  { name: 'prenom', path: ['identite', 'stagiaire', 'prenom'], required: true, description: 'prénom' },
  {
    name: 'civilite',
    path: ['identite', 'stagiaire', 'civilite'],
    required: false,
    description: 'Madame ou Monsieur (Mme, M. acceptés) ; vide : les documents écrivent les deux formes',
  },
  {
    name: 'numen',
    path: ['identite', 'stagiaire', 'numen'],
    required: false,
    description: 'NUMEN (13 caractères), vide si inconnu',
  },
  {
    name: 'dateNaissance',
    path: ['identite', 'stagiaire', 'dateNaissance'],
    required: false,
    description: 'AAAA-MM-JJ',
  },
  {
    name: 'courriel',
    path: ['identite', 'stagiaire', 'courriel'],
    required: false,
    description: 'adresse électronique',
  },
  {
    name: 'academie',
    path: ['identite', 'academie'],
    required: true,
    description: 'code de l’académie (reunion)',
  },
  { name: 'anneeScolaire', path: ['identite', 'anneeScolaire'], required: true, description: 'AAAA-AAAA' },
  {
    name: 'corps',
    path: ['identite', 'corps'],
    required: true,
    description:
      'certifie, agrege, plp, eps, cpe (« documentaliste » est lu : certifie, fonction documentaliste)',
  },
  {
    name: 'fonction',
    path: ['identite', 'fonction'],
    required: false,
    description: 'enseignant, documentaliste (un certifié), cpe ; vide : celle du corps',
  },
  {
    name: 'concours',
    path: ['identite', 'concours', 'voie'],
    required: false,
    description: 'voie du concours : externe, interne, troisieme-concours, reserve ; avec « session »',
  },
  {
    name: 'session',
    path: ['identite', 'concours', 'session'],
    required: false,
    description: 'session du concours (AAAA), avec « concours »',
  },
  {
    name: 'discipline',
    path: ['identite', 'discipline'],
    required: true,
    description: 'discipline de recrutement',
  },
  {
    name: 'disciplineLibelle',
    path: ['identite', 'disciplineLibelle'],
    required: false,
    description: 'libellé de la discipline imprimé sur les documents (« Mathématiques »)',
    aliases: ['discipline_libelle', 'libelle_discipline', 'libelleDiscipline'],
  },
  { name: 'uai', path: ['identite', 'uai'], required: true, description: 'UAI de l’EPLE d’affectation' },
  {
    name: 'etablissementNom',
    path: ['identite', 'etablissement', 'nom'],
    required: false,
    description: 'nom de l’EPLE imprimé sur les documents (« Lycée Leconte-de-Lisle ») ; vide : son UAI',
    aliases: [
      'etablissement_nom',
      'nom_etablissement',
      'libelle_etablissement',
      'nomEtablissement',
      'libelleEtablissement',
      'etablissement',
    ],
  },
  {
    name: 'commune',
    path: ['identite', 'etablissement', 'commune'],
    required: false,
    description: 'commune de l’EPLE, avec « etablissementNom »',
    aliases: ['etablissement_commune', 'commune_etablissement', 'etablissementCommune'],
  },
  { name: 'quotite', path: ['identite', 'quotite'], required: true, description: 'temps-plein ou mi-temps' },
  {
    name: 'categorie',
    path: ['identite', 'categorie'],
    required: true,
    description: 'master-meef, experience-enseignement, autre-master, detache, ue-qualifie',
  },
  {
    name: 'master',
    path: ['identite', 'master'],
    required: true,
    description: 'detenu, a-justifier, non-requis',
  },
  {
    name: 'stageRenouvele',
    path: ['identite', 'stageRenouvele'],
    required: false,
    description: 'oui/non (défaut non)',
  },
  {
    name: 'dateNominationPrevue',
    path: ['identite', 'dateNominationPrevue'],
    required: false,
    description: 'AAAA-MM-JJ (défaut : 1er septembre de l’année scolaire)',
  },
  { name: 'tuteur', path: ['acteurs', 'tuteurs', '0'], required: false, description: 'id|Prénom|Nom' },
  {
    name: 'tuteur2',
    path: ['acteurs', 'tuteurs', '1'],
    required: false,
    description: 'id|Prénom|Nom (second tuteur)',
  },
  {
    name: 'chefEtablissement',
    path: ['acteurs', 'chefEtablissement'],
    required: false,
    description: 'id|Prénom|Nom',
  },
  { name: 'inspecteur', path: ['acteurs', 'inspecteur'], required: false, description: 'id|Prénom|Nom' },
  {
    name: 'formateurInspe',
    path: ['acteurs', 'formateursInspe', '0'],
    required: false,
    description: 'id|Prénom|Nom',
  },
  {
    name: 'formateurInspe2',
    path: ['acteurs', 'formateursInspe', '1'],
    required: false,
    description: 'id|Prénom|Nom',
  },
  {
    name: 'directeurInspe',
    path: ['acteurs', 'directeurInspe'],
    required: false,
    description: 'id|Prénom|Nom',
  },
];

/**
 * A header as compared: lower case, accents dropped, spaces and hyphens as `_` (« Libellé discipline » is
 * `libelle_discipline`).
 *
 * @param header - a header cell.
 * @returns its comparable form.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map(
  DOSSIER_COLUMNS.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => [normalizeHeader(n), c] as const)),
);

/**
 * The column a header cell names, by its name or one of its aliases.
 *
 * @param header - a header cell.
 * @returns the column, or undefined for an unknown header.
 */
export function findDossierColumn(header: string): DossierColumn | undefined {
  return BY_NAME.get(normalizeHeader(header));
}

/**
 * Checks a header: every required column present, no unknown or repeated column.
 *
 * @param header - the header's cells.
 * @returns the problems (empty when the header is right).
 */
export function checkDossierHeader(header: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const cell of header) {
    const key = findDossierColumn(cell)?.name;
    if (key === undefined) {
      issues.push({
        code: 'csv.colonne-inconnue',
        message: `Colonne inconnue « ${cell} » (colonnes possibles : ${DOSSIER_COLUMNS.map((c) => c.name).join(', ')}).`,
        path: [cell],
      });
    } else if (seen.has(key)) {
      issues.push({ code: 'csv.colonne-en-double', message: `Colonne « ${cell} » en double.`, path: [cell] });
    } else {
      seen.add(key);
    }
  }
  for (const c of DOSSIER_COLUMNS) {
    if (c.required && !seen.has(c.name)) {
      issues.push({
        code: 'csv.colonne-manquante',
        message: `Colonne obligatoire « ${c.name} » absente.`,
        path: [c.name],
      });
    }
  }
  return issues;
}

function person(cell: string, column: string, issues: Issue[]): unknown {
  const parts = cell.split('|').map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    issues.push({
      code: 'csv.personne',
      message: `« ${cell} » : une personne s’écrit identifiant|Prénom|Nom.`,
      path: [column],
    });
  }
  const [id = '', prenom = '', nom = ''] = parts;
  return { id, prenom, nom };
}

function bool(cell: string): unknown {
  const v = cell.trim().toLowerCase();
  if (v === '' || v === 'non' || v === 'false' || v === '0' || v === 'n') return false;
  if (v === 'oui' || v === 'true' || v === '1' || v === 'o') return true;
  return cell;
}

/**
 * Turns a CSV row into a dossier record for the schema to check.
 *
 * @param header - the header's cells (checked).
 * @param record - the row.
 * @returns the candidate record and problems of the row's shape (a wrong number of cells).
 */
export function dossierFromCsv(
  header: readonly string[],
  record: CsvRecord,
): { readonly candidate: Record<string, unknown>; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  if (record.fields.length !== header.length) {
    // A row split by another separator, or with a cell too many or too few: its cells are not where the
    // header says, so none is read (nor echoed: the row may hold a NUMEN).
    const message = `${record.fields.length} champ(s) pour ${header.length} colonne(s).`;
    return { candidate: {}, issues: [{ code: 'csv.nombre-de-champs', message, path: [] }] };
  }
  const cell = (name: string): string => {
    const i = header.findIndex((h) => findDossierColumn(h)?.name === name);
    return i < 0 ? '' : (record.fields[i] ?? '').trim();
  };
  const opt = (name: string): string | null => (cell(name) === '' ? null : cell(name));
  const personOrNull = (name: string) => (cell(name) === '' ? null : person(cell(name), name, issues));
  const list = (...names: string[]) =>
    names.filter((n) => cell(n) !== '').map((n) => person(cell(n), n, issues));
  const candidate = {
    dossierId: cell('dossierId'),
    identite: identiteFromCsv(cell, opt, issues),
    acteurs: {
      tuteurs: list('tuteur', 'tuteur2'),
      chefEtablissement: personOrNull('chefEtablissement'),
      inspecteur: personOrNull('inspecteur'),
      formateursInspe: list('formateurInspe', 'formateurInspe2'),
      directeurInspe: personOrNull('directeurInspe'),
    },
  };
  return { candidate, issues };
}

/** The EPLE's name and town a row gives (a town without a name is a mistake: it is reported). */
function etablissementDe(
  opt: (name: string) => string | null,
  issues: Issue[],
): { etablissement?: { nom: string; commune?: string } } {
  const nom = opt('etablissementNom');
  const commune = opt('commune');
  if (nom === null) {
    if (commune !== null) {
      issues.push({
        code: 'csv.etablissement',
        message:
          'La commune s’écrit avec le nom de l’établissement (colonne « etablissementNom ») : remplir les deux.',
        path: ['commune'],
      });
    }
    return {};
  }
  return { etablissement: { nom, ...(commune === null ? {} : { commune }) } };
}

/** The identity part of a row's record (not yet checked: the schema does). */
function identiteFromCsv(
  cell: (name: string) => string,
  opt: (name: string) => string | null,
  issues: Issue[],
): Record<string, unknown> {
  const annee = cell('anneeScolaire');
  // Before Tremplin 0.2 « documentaliste » was a corps: it is read as a certifié of the documentaliste fonction
  // (arrêté du 19 avril 2013, NOR MENH1310120A, art. 1: CAPES « Section documentation »).
  const corpsLu = cell('corps');
  const ancienDocumentaliste = corpsLu.toLowerCase() === 'documentaliste';
  const fonction = opt('fonction') ?? (ancienDocumentaliste ? 'documentaliste' : null);
  const voie = opt('concours');
  const session = opt('session');
  if ((voie === null) !== (session === null)) {
    issues.push({
      code: 'csv.concours',
      message:
        'Le concours s’écrit avec deux colonnes, « concours » (la voie) et « session » (l’année) : remplir les deux ou aucune.',
      path: [voie === null ? 'concours' : 'session'],
    });
  }
  const concours =
    voie !== null && session !== null
      ? { concours: { voie, session: /^\d{4}$/.test(session) ? Number(session) : session } }
      : {};
  const disciplineLibelle = opt('disciplineLibelle');
  return {
    stagiaire: {
      id: cell('stagiaireId'),
      ...civiliteDe(opt('civilite')),
      nom: cell('nom'),
      prenom: cell('prenom'),
      numen: opt('numen'),
      dateNaissance: opt('dateNaissance'),
      courriel: opt('courriel'),
    },
    academie: cell('academie'),
    anneeScolaire: annee,
    corps: ancienDocumentaliste ? 'certifie' : corpsLu,
    ...(fonction === null ? {} : { fonction }),
    ...concours,
    discipline: cell('discipline'),
    ...(disciplineLibelle === null ? {} : { disciplineLibelle }),
    uai: cell('uai'),
    ...etablissementDe(opt, issues),
    quotite: cell('quotite'),
    categorie: cell('categorie'),
    master: cell('master'),
    stageRenouvele: bool(cell('stageRenouvele')),
    dateNominationPrevue:
      opt('dateNominationPrevue') ?? (/^\d{4}-/.test(annee) ? `${annee.slice(0, 4)}-09-01` : ''),
  };
}

/**
 * The CSV column a path of the JSON record comes from, to name it in errors.
 *
 * @param path - a path in the record (from a zod issue).
 * @returns the column name, or the path joined by dots.
 */
export function columnOfPath(path: readonly PropertyKey[]): string {
  const text = path.map(String);
  let best: DossierColumn | undefined;
  for (const c of DOSSIER_COLUMNS) {
    if (c.path.every((p, i) => text[i] === p) && (best === undefined || c.path.length > best.path.length))
      best = c;
  }
  return best?.name ?? text.join('.');
}
