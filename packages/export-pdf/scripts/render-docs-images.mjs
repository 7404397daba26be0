// Renders the example documents of the guide (docs/guides/exports.md, « PDF ») and turns their pages
// into PNG under docs/images/ with pdftoppm (Debian: apt-get install poppler-utils).
// Run after a build: `node packages/export-pdf/scripts/render-docs-images.mjs`.
// A documentation step, not a test: the unit tests read the PDFs back with pdf.js instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCleUai, foldDossier, getGrille, listCiblesGrille } from '@tremplin/core';
import { createPdfExporters, defaultPdfFonts } from '@tremplin/export-pdf';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const images = join(root, 'docs', 'images');
const uai = `9740001${computeCleUai('9740001')}`;
const uais = [uai, `9740043${computeCleUai('9740043')}`, `9741046${computeCleUai('9741046')}`];
const grille = getGrille('ns-2015-055-enseignants');
// Positionnements per item of the grid (B1.1 …); every third item left blank by each assessor (NS 2015-055 fiche 12).
const cibles = listCiblesGrille(grille);
const le = (date) => `${date}T10:00:00+04:00`;
const rectorat = { role: 'rectorat', id: 'rectorat-974' };
const tuteur = { role: 'tuteur', id: 'tut-1' };
const chef = { role: 'chef-etablissement', id: 'chef-1' };

function evenements(n, nom, prenom) {
  const niveauxT = ['a-travailler-encore', 'a-entretenir', 'a-entretenir', 'a-investir'];
  const niveauxC = ['a-entretenir', 'a-travailler-encore', 'a-entretenir'];
  return [
    {
      type: 'dossier.ouvert',
      v: 1,
      le: le('2022-07-15'),
      auteur: rectorat,
      dossierId: `D${String(n).padStart(4, '0')}`,
      identite: {
        stagiaire: {
          id: `stg-${n}`,
          civilite: n % 2 === 0 ? 'madame' : 'monsieur',
          nom,
          prenom,
        },
        academie: 'reunion',
        anneeScolaire: '2022-2023',
        corps: 'certifie',
        discipline: n % 3 === 0 ? 'mathematiques' : 'lettres-modernes',
        uai: uais[n % 3],
        quotite: 'temps-plein',
        categorie: 'master-meef',
        master: 'detenu',
        stageRenouvele: false,
        dateNominationPrevue: '2022-09-01',
      },
      acteurs: {
        tuteurs: [{ id: 'tut-1', civilite: 'monsieur', nom: 'Martin', prenom: 'Jean-Noël' }],
        chefEtablissement: { id: 'chef-1', civilite: 'madame', nom: 'Payet', prenom: 'Françoise' },
        inspecteur: { id: 'ipr-1', civilite: 'monsieur', nom: 'Hoarau', prenom: 'Gérard' },
        formateursInspe: [{ id: 'form-1', nom: 'Grondin', prenom: 'Anaïs' }],
        directeurInspe: { id: 'dir-1', nom: 'Técher', prenom: 'Loïc' },
      },
    },
    {
      type: 'stagiaire.nomme',
      v: 1,
      le: le('2022-09-01'),
      auteur: rectorat,
      dateNomination: '2022-09-01',
      dateDebutStage: '2022-09-01',
      dateFinStatutaire: '2023-08-31',
    },
    {
      type: 'visite.realisee',
      v: 1,
      le: le('2022-10-14'),
      auteur: tuteur,
      visiteId: 'V1',
      nature: 'visite-formative',
      date: '2022-10-13',
      visiteur: tuteur,
      pointsAppui: [
        {
          competence: 'CC1',
          observation:
            "Posture d'adulte responsable ; la classe est « tenue » dès l'entrée, les règles de vie sont connues.",
        },
        {
          competence: 'P3',
          observation:
            'Séance construite : objectifs annoncés, consignes claires, activités variées (lecture, écrit, oral).',
        },
      ],
      competencesATravailler: [
        {
          competence: 'CC4',
          observation: "Différencier davantage : trois élèves décrochent en fin d'heure faute d'étayage.",
        },
        {
          competence: 'P5',
          observation: "Évaluer au fil de l'heure : quelques questions ciblées pendant l'activité écrite.",
        },
        { competence: null, observation: 'Gestion du temps : la synthèse a été écourtée.' },
      ],
      conseils: [
        'Prévoir une trace écrite plus courte, distribuée ou projetée.',
        'Observer une séance du tuteur en 4e B (jeudi, 10 h), puis en parler ensemble.',
        "Préparer deux consignes de niveau différent pour l'activité d'écriture.",
      ],
      axesDeTravail: [
        'Évaluation formative : construire une grille de réussite avec les élèves.',
        'Différenciation pédagogique.',
      ],
      compteRendu: null,
    },
    ...[
      [
        tuteur,
        'B1',
        '2022-11-25',
        niveauxT,
        "Stagiaire investie ; l'autorité est « naturelle » et le cœur des séances est solide. Œuvrer à la différenciation : c'est l'axe prioritaire de la période qui vient !",
      ],
      [
        chef,
        'B2',
        '2022-11-28',
        niveauxC,
        "Intégration réussie dans l'équipe ; participe aux conseils de classe et communique avec les familles.",
      ],
    ].map(([auteur, bilanId, date, niveaux, appreciation]) => ({
      type: 'bilan.depose',
      v: 1,
      le: le(date),
      auteur,
      bilanId,
      nature: 'intermediaire',
      date,
      positionnement: {
        grilleId: grille.id,
        echelleId: 'tuteur-intermediaire',
        entries: cibles.flatMap((item, i) =>
          (i + (auteur === tuteur ? 1 : 0)) % 3 === 0
            ? []
            : [
                {
                  item,
                  niveau: niveaux[(i + n) % niveaux.length],
                  ...(item === 'B4.5' && auteur === tuteur
                    ? { commentaire: 'Progrès nets depuis la Toussaint.' }
                    : {}),
                },
              ],
        ),
      },
      appreciation,
    })),
    {
      type: 'avis.emis',
      v: 1,
      le: le('2023-05-10'),
      auteur: chef,
      avisId: 'A1',
      sens: n % 5 === 4 ? 'defavorable' : 'favorable',
      motivation:
        n % 5 === 4 ? "Difficultés persistantes de conduite de classe malgré l'accompagnement." : null,
      date: '2023-05-10',
      grilleId: grille.id,
    },
    ...(n % 4 === 1
      ? [
          {
            type: 'avis.emis',
            v: 1,
            le: le('2023-05-22'),
            auteur: { role: 'inspecteur', id: 'ipr-1' },
            avisId: 'A2',
            sens: 'favorable',
            motivation: null,
            date: '2023-05-22',
            grilleId: grille.id,
          },
        ]
      : []),
  ];
}

function dossier(n, nom, prenom) {
  const state = foldDossier(evenements(n, nom, prenom).map((event, i) => ({ sequence: i + 1, event })));
  if (state.isErr()) throw new Error(JSON.stringify(state.error.issues));
  return state.value;
}

const pdf = createPdfExporters({
  academie: 'Académie de La Réunion',
  service: 'École académique de la formation continue',
  timeZone: 'Indian/Reunion',
  etablissements: {
    [uais[0]]: { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' },
    [uais[1]]: { nom: 'Collège Juliette-Dodu', commune: 'Saint-Denis' },
    [uais[2]]: { nom: 'Lycée Roland-Garros', commune: 'Le Tampon' },
  },
  disciplines: { 'lettres-modernes': 'Lettres modernes', mathematiques: 'Mathématiques' },
  choixGrilles: { certifie: { grilleId: grille.id } },
  mentions: {
    ficheBilan:
      'Fiche à compléter et à déposer sur COMPAS pour fin novembre 2022 (guide de l’année de stage, § 5).',
  },
  fonts: defaultPdfFonts(),
});

const NOMS = [
  'Dupont',
  'Hoarau',
  'Payet',
  'Técher',
  'Grondin',
  'Maillot',
  'Lebon',
  'Rivière',
  'Fontaine',
  'Boyer',
  'Robert',
  'Œuvrard',
];
const PRENOMS = [
  'Marie-Hélène',
  'Noël',
  'Françoise',
  'Anaïs',
  'Loïc',
  'Maëlle',
  'Jérôme',
  'Bénédicte',
  'Gaëtan',
  'Élodie',
  'Zoé',
  'Ève',
];
const principal = dossier(43, 'Dupont', 'Marie-Hélène');
const cohorte = Array.from({ length: 36 }, (_, i) =>
  dossier(i, NOMS[i % 12], PRENOMS[(i * 5 + Math.floor(i / 12)) % 12]),
);

const work = mkdtempSync(join(tmpdir(), 'tremplin-pdf-'));
const documents = [
  [
    'fiche-bilan-intermediaire',
    pdf.ficheBilan.export({ dossier: principal, nature: 'intermediaire', at: '2022-11-30T10:00:00+04:00' }),
  ],
  [
    'rapport-visite',
    pdf.rapportVisite.export({
      dossier: principal,
      visiteId: 'V1',
      classe: '4e B — français',
      at: '2022-10-14T17:00:00+04:00',
    }),
  ],
  [
    'liste-jury',
    pdf.listeJury.export({
      corps: 'certifie',
      anneeScolaire: '2022-2023',
      dossiers: cohorte,
      at: '2023-06-01T10:00:00+04:00',
      jury: {
        president: 'Mme la rectrice ou son représentant',
        membres: ['M. Hoarau (IA-IPR)', 'Mme Payet (principale)', 'M. Técher (formateur académique)'],
      },
    }),
  ],
];
try {
  mkdirSync(images, { recursive: true });
  for (const [name, result] of documents) {
    if (result.isErr()) throw new Error(`${name}: ${JSON.stringify(result.error.issues)}`);
    const chunks = [];
    for await (const chunk of result.value) chunks.push(chunk);
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, Buffer.concat(chunks));
    execFileSync('pdftoppm', ['-r', '80', '-png', file, join(images, name)]);
    console.log(`${name}: ${Buffer.concat(chunks).length} bytes → docs/images/${name}-*.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
