import { column, type TableSpec } from '../src/index.js';

/** A row with one value of every kind, including a sensitive one. */
export interface Ligne {
  readonly nom: string;
  readonly numen: string;
  readonly note: number | null;
  readonly echeance: string | null;
  readonly depose: string | null;
  readonly alerte: boolean | null;
}

export const table: TableSpec<Ligne> = {
  name: 'Stagiaires',
  columns: [
    column.text('nom', 'Nom, prénom', (r) => r.nom),
    column.text('numen', 'NUMEN', (r) => r.numen, { sensitive: 'numen' }),
    column.number('note', 'Écart (jours)', (r) => r.note, { decimals: 1 }),
    column.date('echeance', 'Échéance', (r) => r.echeance),
    column.dateTime('depose', 'Déposé le', (r) => r.depose),
    column.boolean('alerte', 'Alerte', (r) => r.alerte, { width: 10 }),
  ],
};

/** Hostile and French texts, each a trap for a naive writer. */
export const HOSTILE = [
  'Dupont; Marie',
  'Le « bon » tuteur',
  'Guillemets "droits" et ’apostrophe’',
  'Ligne 1\nLigne 2',
  'CR seul\rici',
  'CRLF\r\nici',
  '=HYPERLINK("http://evil.example","clic")',
  '+33 6 12 34 56 78',
  '-2 jours',
  '@SUM(A1:A2)',
  "'déjà apostrophé",
  'Œuvre cœur ŒIL — l’élève à l’œil',
  'Espace\u00a0insécable\u202f; fine',
  '  espaces autour  ',
  '\tTabulation',
  'Émoji 🎓 et 👩🏽‍🏫',
] as const;

export const rows: Ligne[] = HOSTILE.map((nom, i) => ({
  nom,
  numen: `${String(i).padStart(2, '0')}E1234567ABC`,
  note: i % 3 === 0 ? null : (i - 8) * 1.5,
  echeance: i % 4 === 0 ? null : `2022-11-${String(10 + i).padStart(2, '0')}`,
  depose:
    i % 5 === 0 ? null : `2022-11-${String(10 + i).padStart(2, '0')}T${String(i).padStart(2, '0')}:30:00Z`,
  alerte: i % 3 === 1 ? null : i % 2 === 0,
}));
