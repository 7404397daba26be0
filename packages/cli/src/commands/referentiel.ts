/**
 * `tremplin referentiel`: the competencies of the référentiel 2013, the evaluation grids by corps, the rating
 * scales and their levels, each with its source and what is known of it (verified or not), as the core ships
 * them.
 *
 * @packageDocumentation
 */
import {
  type Competence,
  citeSource,
  corpsSecondDegre,
  type Echelle,
  echellesParDefaut,
  type Grille,
  getMentionEchelle,
  getMentionGrille,
  getMentionNiveau,
  grillesNationales,
  referentiel2013,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { positionals } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { type CliFailure, usage } from '../failure.js';
import {
  CONFIANCE_LABEL,
  FAMILLE_LABEL,
  STATUT_DONNEE_LABEL,
  USAGE_ECHELLE_LABEL,
} from '../output/labels.js';
import type { Style } from '../output/style.js';
import { renderTable } from '../output/table.js';

const USAGE = 'tremplin referentiel [competences|grilles|echelles] [code|id]';
const VUES = ['competences', 'grilles', 'echelles'] as const;
type Vue = (typeof VUES)[number];

const profilLabel = (p: string) =>
  (corpsSecondDegre.find((c) => c.corps === p)?.label ?? p).replace(/^./, (c) => c.toLowerCase());

const validite = (g: Grille) => `${g.validite.from} → ${g.validite.to ?? '…'}`;

function competencesJson(list: readonly Competence[]) {
  return list.map((c) => ({
    ...c,
    confidenceLabel: CONFIANCE_LABEL[c.confidence],
    sourceLabel: citeSource(c.source),
  }));
}

function grilleJson(g: Grille) {
  return {
    ...g,
    statutLabel: STATUT_DONNEE_LABEL[g.statut],
    mention: getMentionGrille(g).texte,
    sourceLabel: citeSource(g.source),
  };
}

function echelleJson(e: Echelle) {
  return {
    ...e,
    statutLabel: STATUT_DONNEE_LABEL[e.statut],
    mention: getMentionEchelle(e).texte,
    sourceLabel: citeSource(e.source),
    niveaux: e.niveaux.map((n) => ({
      ...n,
      statutLabel: STATUT_DONNEE_LABEL[n.statut],
      mention: getMentionNiveau(e, n).texte,
    })),
  };
}

function renderCompetences(list: readonly Competence[], s: Style): string[] {
  return [
    s('bold', `${referentiel2013.titre}`),
    `  Source : ${citeSource(referentiel2013.source)} (${CONFIANCE_LABEL[referentiel2013.confidence]})`,
    '',
    ...renderTable(
      [
        { header: 'Code', value: (c: Competence) => c.code },
        { header: 'Famille', value: (c) => FAMILLE_LABEL[c.famille] },
        { header: 'Compétence', value: (c) => c.titre, maxWidth: 90 },
        { header: 'Items', value: (c) => String(c.items.length), align: 'right' },
      ],
      list,
      s,
    ),
  ];
}

function renderCompetence(c: Competence, s: Style): string[] {
  return [
    `${s('bold', `${c.code} — ${c.titre}`)}`,
    `  Famille : ${FAMILLE_LABEL[c.famille]} · section ${c.section} · n° ${c.numeroOfficiel} dans le texte`,
    `  Source : ${citeSource(c.source)} (${CONFIANCE_LABEL[c.confidence]})`,
    ...c.items.map((i) => `  ${i.id}  ${i.texte}${i.paraphrased === true ? s('dim', ' (paraphrase)') : ''}`),
  ];
}

function renderGrilles(list: readonly Grille[], s: Style): string[] {
  return renderTable(
    [
      { header: 'Grille', value: (g: Grille) => g.id },
      { header: 'Intitulé', value: (g) => g.label, maxWidth: 50 },
      { header: 'Corps', value: (g) => g.corps.map(profilLabel).join(', '), maxWidth: 60 },
      { header: 'Années', value: validite },
      { header: 'Statut', value: (g) => STATUT_DONNEE_LABEL[g.statut] },
    ],
    list,
    s,
  );
}

function renderGrille(g: Grille, s: Style): string[] {
  const mention = getMentionGrille(g).texte;
  const lines = [
    s('bold', `${g.id} — ${g.label}`),
    `  Corps : ${g.corps.map(profilLabel).join(', ')} · années ${validite(g)}${g.fiche === undefined ? '' : ` · fiche ${g.fiche}`}`,
    `  Source : ${citeSource(g.source)} (${CONFIANCE_LABEL[g.confidence]}) · ${STATUT_DONNEE_LABEL[g.statut]}`,
    ...(mention === null ? [] : [`  ${s('yellow', mention)}`]),
  ];
  for (const b of g.blocs) {
    lines.push(`  ${s('bold', `Bloc ${b.numero}`)} — ${b.titre} (${b.competences.join(', ')})`);
    for (const i of b.items) lines.push(`    ${i.id}  ${i.texte}`);
  }
  return lines;
}

function renderEchelles(list: readonly Echelle[], s: Style): string[] {
  return renderTable(
    [
      { header: 'Échelle', value: (e: Echelle) => e.id },
      { header: 'Intitulé', value: (e) => e.label, maxWidth: 50 },
      { header: 'Usage', value: (e) => USAGE_ECHELLE_LABEL[e.usage] },
      { header: 'Niveaux', value: (e) => e.niveaux.map((n) => n.label).join(' · '), maxWidth: 80 },
      { header: 'Statut', value: (e) => STATUT_DONNEE_LABEL[e.statut] },
    ],
    list,
    s,
  );
}

function renderEchelle(e: Echelle, s: Style): string[] {
  const mention = getMentionEchelle(e).texte;
  return [
    s('bold', `${e.id} — ${e.label}`),
    `  Usage : ${USAGE_ECHELLE_LABEL[e.usage]} · ${STATUT_DONNEE_LABEL[e.statut]}`,
    `  Source : ${citeSource(e.source)} (${CONFIANCE_LABEL[e.confidence]})`,
    ...(mention === null ? [] : [`  ${s('yellow', mention)}`]),
    ...e.niveaux.map(
      (n) =>
        `  ${n.kind === 'notation' ? `${n.rang}.` : '– '} ${n.label} (${n.code})${n.kind === 'notation' ? '' : ' : hors notation'} · ${STATUT_DONNEE_LABEL[n.statut]}`,
    ),
  ];
}

function notFound(what: string, id: string, known: readonly string[]): CliFailure {
  return usage(`${what} inconnu(e) : « ${id} ».`, `Valeurs connues : ${known.join(', ')}.`);
}

function oneView(vue: Vue, id: string | undefined): Result<CommandOutput, CliFailure> {
  if (vue === 'competences') {
    const list = referentiel2013.competences;
    if (id === undefined)
      return ok({ json: competencesJson(list), human: (s) => renderCompetences(list, s) });
    const c = list.find((x) => x.code === id.toUpperCase());
    if (c === undefined)
      return err(
        notFound(
          'Compétence',
          id,
          list.map((x) => x.code),
        ),
      );
    return ok({ json: competencesJson([c])[0], human: (s) => renderCompetence(c, s) });
  }
  if (vue === 'grilles') {
    if (id === undefined) {
      return ok({
        json: grillesNationales.map(grilleJson),
        human: (s) => renderGrilles(grillesNationales, s),
      });
    }
    const g = grillesNationales.find((x) => x.id === id);
    if (g === undefined)
      return err(
        notFound(
          'Grille',
          id,
          grillesNationales.map((x) => x.id),
        ),
      );
    return ok({ json: grilleJson(g), human: (s) => renderGrille(g, s) });
  }
  if (id === undefined) {
    return ok({
      json: echellesParDefaut.map(echelleJson),
      human: (s) => renderEchelles(echellesParDefaut, s),
    });
  }
  const e = echellesParDefaut.find((x) => x.id === id);
  if (e === undefined)
    return err(
      notFound(
        'Échelle',
        id,
        echellesParDefaut.map((x) => x.id),
      ),
    );
  return ok({ json: echelleJson(e), human: (s) => renderEchelle(e, s) });
}

/** The `referentiel` command. */
export const referentielCommand: CommandSpec = {
  name: 'referentiel',
  summary: 'Les compétences du référentiel 2013, les grilles d’évaluation, les échelles et leurs niveaux.',
  usage: [USAGE],
  description: [
    'Sans argument : les trois listes. « competences », « grilles » ou « echelles » n’en donne qu’une ; suivie',
    'd’un code (CC6) ou d’un identifiant (ns-2015-055-enseignants, tuteur-final), le détail : items, blocs,',
    'niveaux. Chaque donnée porte sa source et ce qu’on en sait : lue dans un texte officiel, établie par',
    'l’académie, ou non vérifiée (reconstituée par Tremplin, à confirmer par l’académie). Ce sont les données',
    'livrées avec Tremplin ; une académie peut fournir ses grilles et échelles dans son pack de règles.',
  ],
  options: {},
  examples: [
    'tremplin referentiel',
    'tremplin referentiel competences CC6',
    'tremplin referentiel grilles ns-2015-055-cpe',
    'tremplin referentiel echelles --json',
  ],
  async run(_ctx, args) {
    const pos = positionals(args, 0, 2, USAGE);
    if (pos.isErr()) return err(pos.error);
    const [vue, id] = pos.value;
    if (vue !== undefined) {
      if (!(VUES as readonly string[]).includes(vue)) {
        return err(usage(`Vue inconnue « ${vue} » : competences, grilles ou echelles.`, USAGE));
      }
      return oneView(vue as Vue, id);
    }
    return ok({
      json: {
        competences: competencesJson(referentiel2013.competences),
        grilles: grillesNationales.map(grilleJson),
        echelles: echellesParDefaut.map(echelleJson),
      },
      human: (s) => [
        ...renderCompetences(referentiel2013.competences, s),
        '',
        s('bold', 'Grilles d’évaluation'),
        ...renderGrilles(grillesNationales, s),
        '',
        s('bold', 'Échelles de positionnement'),
        ...renderEchelles(echellesParDefaut, s),
        '',
        'Détail : tremplin referentiel competences <code> | grilles <id> | echelles <id>',
      ],
    });
  },
};
