/**
 * The rule pack of the académie de La Réunion for 2022-2023, from its « Guide de l'année de stage »: only
 * what the guide sets, each value quoting its section. Everything else is inherited from the national pack.
 *
 * @packageDocumentation
 */
import { defineRulePack, type RulePack, type Validity } from '@tremplin/core';
import { guideReunion, SOURCE_TZ_REUNION } from './sources.js';

const ANNEE_2022_2023: Validity = { schoolYears: ['2022-2023'] };

const EVALUATION = guideReunion('§ 5 « L’évaluation du stagiaire »');
const ORGANISATION = guideReunion('§ 2.2 « Organisation du dispositif »');
const PERIODICITE = guideReunion(
  '§ 4.4 « L’accompagnement du stagiaire » — « La périodicité des visites formatives »',
);
const ALERTE = guideReunion('§ 4.4 « L’accompagnement du stagiaire » — « Le dispositif d’aide et d’alerte »');
const TEXTES = guideReunion(
  '§ 1 « Rappel des textes institutionnels » et § 4.4 « Le livret de suivi et le carnet de bord »',
);

const RELAIS =
  'le tuteur constitue un relais et doit faire remonter tout dysfonctionnement auprès de l’institution (chef d’établissement et corps d’inspection). Il a ainsi le devoir d’alerter afin qu’un protocole d’accompagnement renforcé puisse être mis en place, si nécessaire';

/**
 * The Réunion pack (`academie: 'reunion'`), valid for 2022-2023.
 *
 * @remarks Guide de l'année de stage 2022-2023 (EAFC): bilans « fin novembre 2022 » and « fin avril 2023 »
 * (§ 5), 12 training days = 4 EAFC (24 h) + 8 INSPÉ (48 h) (§ 2.2), the cadence of visits (§ 4.4), the
 * dispositif d'aide et d'alerte (§ 4.4), the NS 2015-055 grids (§ 1, § 4.4). The time zone is
 * `Indian/Reunion`. The numbers of class days in the visit cadences are this pack's reading of the guide's
 * words (« très régulières », « régulières ») and are marked `unverified`.
 * @example
 * ```ts
 * import { evaluateCohort } from '@tremplin/core';
 * import { packReunion } from '@tremplin/academie-reunion';
 * const result = evaluateCohort(states, '2022-12-01T08:00:00+04:00', packReunion);
 * if (result.isOk()) console.log(result.value.evaluations.length);
 * ```
 */
export const packReunion: RulePack = defineRulePack({
  id: 'academie-reunion',
  version: '2022.1.0',
  layer: 'academie',
  academie: 'reunion',
  label: 'Académie de La Réunion — guide de l’année de stage 2022-2023',
  description:
    'Ce que le guide de l’année de stage 2022-2023 de l’académie de La Réunion fixe ; le reste est hérité des règles nationales.',
  notes: [
    {
      id: 'titularisation-par-le-recteur',
      nature: 'ecart-aux-textes',
      texte:
        'Le guide attribue la titularisation au ministère. Les textes la donnent au recteur, sur proposition du jury : Tremplin suit les textes (l’acte de titularisation est pris par le rectorat, autorité « recteur »). Le ministre n’intervient qu’en amont (nomination comme stagiaire) et pour le licenciement ou la réintégration des stagiaires ni titularisés ni autorisés à une seconde année.',
      citation:
        'Sur proposition de Mme la Rectrice, le Ministère prononce la titularisation des stagiaires déclarés aptes par le jury académique.',
      source: EVALUATION,
      references: [
        {
          texte:
            'Arrêté du 22 août 2014 fixant les modalités de stage, d’évaluation et de titularisation de certains personnels enseignants et d’éducation de l’enseignement du second degré stagiaires',
          article:
            'art. 9 (« Le recteur prononce la titularisation des stagiaires estimés aptes par le jury »)',
          nor: 'MENH1411675A',
        },
        {
          texte: 'Décret n° 72-581 du 4 juillet 1972 relatif au statut particulier des professeurs certifiés',
          article: 'art. 26 (« la titularisation est prononcée par le recteur […] sur proposition du jury »)',
        },
      ],
    },
  ],
  parameters: {
    'calendrier.fuseauHoraire': [
      {
        value: 'Indian/Reunion',
        validity: { from: '2014-09-01' },
        source: SOURCE_TZ_REUNION,
        confidence: 'verified',
        note: '« fin novembre » finit le 30 novembre à 23:59:59 heure de La Réunion, trois heures avant Paris en hiver.',
      },
    ],
    'echeances.bilanIntermediaire': [
      {
        value: { due: { kind: 'end-of-month', month: 11 }, wording: 'pour fin novembre 2022' },
        validity: ANNEE_2022_2023,
        source: EVALUATION,
        confidence: 'verified',
        quote: 'La première fiche bilan est à compléter et à déposer sur COMPAS pour fin novembre 2022',
      },
    ],
    'echeances.bilanFinal': [
      {
        value: { due: { kind: 'end-of-month', month: 4 }, wording: 'pour fin avril 2023' },
        validity: ANNEE_2022_2023,
        source: EVALUATION,
        confidence: 'verified',
        quote: 'Le bilan final est à compléter et à déposer pour fin avril 2023.',
        note: 'Même mois que l’hypothèse nationale, mais fixé ici par le guide.',
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
          appliesTo: {
            quotites: ['temps-plein'],
            categories: ['master-meef', 'experience-enseignement', 'detache'],
          },
          wording: '12 jours : 4 jours (24 h) EAFC, 8 jours (48 h) INSPÉ',
        },
        validity: ANNEE_2022_2023,
        source: ORGANISATION,
        confidence: 'verified',
        quote:
          'Le cadrage académique des journées de formation des fonctionnaires stagiaires temps plein, dans le cadre du parcours accompagné est arrêté à 12 jours […] quatre (4) jours de formation, soit 24 heures pour l’EAFC […] huit (8) jours soit 48 heures opérées par l’INSPé.',
        note: 'Stagiaires à temps plein du parcours accompagné ; les lauréats réputés qualifiés peuvent être dispensés de toute formation (§ 2.1).',
      },
    ],
    'visites.tuteur': [
      {
        value: {
          wording: 'très régulières en début d’année ; elles peuvent ensuite s’espacer au fil de l’année',
          phases: [
            { until: { kind: 'before-holiday', holidays: ['apres-periode-1'] }, maxGapClassDays: 10 },
            { until: { kind: 'before-holiday', holidays: ['hiver-austral'] }, maxGapClassDays: 20 },
          ],
        },
        validity: ANNEE_2022_2023,
        source: PERIODICITE,
        confidence: 'unverified',
        quote:
          'Les visites du tuteur auprès du stagiaire doivent être très régulières en début d’année. Elles peuvent ensuite s’espacer au fil de l’année.',
        note: 'Lecture du guide : au plus 10 jours de classe (deux semaines) sans visite jusqu’aux vacances de la 1re période, puis au plus 20 (quatre semaines).',
      },
    ],
    'visites.chezTuteur': [
      {
        value: {
          wording:
            'très régulières jusqu’aux vacances de l’été austral et régulières jusqu’à la fin de l’année scolaire',
          phases: [
            { until: { kind: 'before-holiday', holidays: ['ete-austral'] }, maxGapClassDays: 10 },
            { until: { kind: 'before-holiday', holidays: ['hiver-austral'] }, maxGapClassDays: 20 },
          ],
        },
        validity: ANNEE_2022_2023,
        source: PERIODICITE,
        confidence: 'unverified',
        quote:
          'Les visites que le stagiaire effectue dans les classes du tuteur, doivent être très régulières jusqu’aux vacances de l’été austral et régulières jusqu’à la fin de l’année scolaire.',
        note: 'Lecture du guide : au plus 10 jours de classe sans visite jusqu’à l’été austral, puis au plus 20.',
      },
    ],
    'alerte.dispositif': [
      {
        value: {
          nom: 'dispositif d’aide et d’alerte',
          protocole: 'protocole d’accompagnement renforcé',
          declencheurs: [
            {
              moment: 'precoce',
              motifs: ['gestes-postures-inadaptes', 'mise-en-danger-eleves', 'difficultes-nombreuses'],
            },
            { moment: 'en-cours-annee', motifs: ['evolution-insuffisante'] },
          ],
        },
        validity: ANNEE_2022_2023,
        source: ALERTE,
        confidence: 'verified',
        quote:
          'Ce protocole doit être particulièrement utilisé dans les cas suivants : de façon précoce : gestes et postures professionnelles inadaptées, possibilité de mise en danger des élèves, difficultés nombreuses exprimées ou non par le stagiaire ; en cours d’année : si l’évolution professionnelle est jugée insuffisante.',
      },
    ],
    'destinataires.PROTOCOLE_NON_OUVERT': [
      {
        value: ['tuteur', 'chef-etablissement', 'inspecteur'],
        validity: ANNEE_2022_2023,
        source: ALERTE,
        confidence: 'verified',
        quote: RELAIS,
      },
    ],
    'destinataires.BILAN_SOUS_NIVEAU_ATTENDU': [
      {
        value: ['tuteur', 'chef-etablissement', 'inspecteur'],
        validity: ANNEE_2022_2023,
        source: ALERTE,
        confidence: 'verified',
        quote: RELAIS,
      },
    ],
    'evaluation.choixGrilles': [
      {
        value: {
          certifie: { grilleId: 'ns-2015-055-enseignants' },
          agrege: { grilleId: 'ns-2015-055-enseignants' },
          plp: { grilleId: 'ns-2015-055-enseignants' },
          eps: { grilleId: 'ns-2015-055-enseignants' },
          documentaliste: { grilleId: 'ns-2015-055-documentalistes' },
          cpe: { grilleId: 'ns-2015-055-cpe' },
        },
        validity: ANNEE_2022_2023,
        source: TEXTES,
        confidence: 'verified',
        quote:
          'Bulletin officiel n° 13 du 26 mars 2015 […] Modalités d’évaluation et de titularisation des stagiaires recrutés par concours. […] fiche 14 annexée à la fiche de service n° 2015-055 du 17-03-2015',
        note: 'L’année 2022-2023 s’est déroulée sur les grilles de la NS 2015-055 ; la NS du 21-6-2023 ne paraît qu’en fin d’année.',
      },
    ],
  },
});
