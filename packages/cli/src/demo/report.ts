/**
 * What the demo tells: the cohort, the commands decided and refused, the alerts raised by kind and month, the
 * decisions by kind, the prolongations for leave, and the files written (with their SHA-256, so that two runs
 * with the same seed can be compared byte for byte).
 *
 * @packageDocumentation
 */
import { ALERT_CODES, type DossierState, getFonction } from '@tremplin/core';
import type { WrittenFile } from '../exports/write-body.js';
import { DECISION_LABEL, etatLabel } from '../output/labels.js';
import type { Style } from '../output/style.js';
import { renderTable } from '../output/table.js';
import type { Simulation, Unexpected } from './simulate.js';

/** A written file with its digest. */
export interface ReportedFile extends WrittenFile {
  readonly sha256: string;
}

/** A stage prolonged because of leave. */
export interface ProlongationReport {
  readonly dossierId: string;
  readonly conges: readonly string[];
  readonly joursProlongation: number;
  readonly dateFinEffective: string;
  readonly dateFinPourTitularisation: string;
  readonly decision: string | null;
  readonly dateEffet: string | null;
}

/** The demo's report (the `--json` result; also written as `resume.json`). */
export interface DemoReport {
  readonly seed: number;
  readonly academie: string;
  readonly anneeScolaire: string;
  readonly cohort: {
    readonly stagiaires: number;
    readonly etablissements: number;
    readonly tuteurs: number;
    readonly inspecteurs: number;
    readonly formateursInspe: number;
    readonly parCorps: Readonly<Record<string, number>>;
    /** By fonction: the professeurs documentalistes are certifiés of the documentaliste fonction. */
    readonly parFonction: Readonly<Record<string, number>>;
    readonly parCategorie: Readonly<Record<string, number>>;
  };
  readonly commands: {
    readonly accepted: number;
    readonly refused: number;
    readonly unexpected: readonly Unexpected[];
  };
  readonly events: number;
  readonly commandsByType: Readonly<Record<string, number>>;
  readonly refusalsByCode: Readonly<Record<string, number>>;
  /** Months evaluated, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  /** New alerts by code and month. */
  readonly alertsRaised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly evaluations: Simulation['evaluations'];
  /** The dispositifs d'aide et d'alerte of the year. */
  readonly dispositifs: { readonly declenches: number; readonly protocoles: number; readonly leves: number };
  readonly etats: Readonly<Record<string, number>>;
  /**
   * Decisions by kind (`titularisation` on the jury's proposition, `titularisation-apres-capa` for agrégés,
   * `titularisation-sans-jury` for an EU-qualified lauréat), plus `demission`.
   */
  readonly decisions: Readonly<Record<string, number>>;
  readonly prolongationsConges: readonly ProlongationReport[];
  readonly exports: { readonly folder: string; readonly files: readonly ReportedFile[] };
}

const count = (values: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
};

function decisionOf(state: DossierState): string | null {
  if (state.etat === 'demissionnaire') return 'demission';
  const d = state.decisions.at(-1);
  if (d === undefined) return null;
  if (d.decision !== 'titularisation') return d.decision;
  // The recteur titularises on the jury's proposition, after the CAPA's avis (agrégés), or without either
  // (EU-qualified lauréat).
  if (state.identite.corps === 'agrege') return 'titularisation-apres-capa';
  return state.propositionsJury.some((p) => p.annee === d.annee)
    ? 'titularisation'
    : 'titularisation-sans-jury';
}

/**
 * Builds the report.
 *
 * @param seed - the seed.
 * @param sim - the simulation.
 * @param folder - the export folder as printed.
 * @param files - the files written.
 * @returns the report.
 */
export function buildReport(
  seed: number,
  sim: Simulation,
  folder: string,
  files: readonly ReportedFile[],
): DemoReport {
  const { states, cohort } = sim;
  const months = sim.months;
  const alertes = states.flatMap((s) => s.alertes);
  return {
    seed,
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    cohort: {
      stagiaires: cohort.stagiaires.length,
      etablissements: new Set(cohort.stagiaires.map((s) => s.identite.uai)).size,
      tuteurs: cohort.tuteurs,
      inspecteurs: cohort.inspecteurs,
      formateursInspe: cohort.formateurs,
      parCorps: count(cohort.stagiaires.map((s) => s.identite.corps)),
      parFonction: count(cohort.stagiaires.map((s) => getFonction(s.identite))),
      parCategorie: count(cohort.stagiaires.map((s) => s.identite.categorie)),
    },
    commands: sim.commands,
    events: sim.events,
    commandsByType: Object.fromEntries(
      Object.entries(sim.commandsByType).sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    refusalsByCode: sim.refusalsByCode,
    months,
    alertsRaised: Object.fromEntries(
      ALERT_CODES.filter((c) => sim.alertsRaised[c] !== undefined).map((c) => [c, sim.alertsRaised[c] ?? {}]),
    ),
    evaluations: sim.evaluations,
    dispositifs: {
      declenches: alertes.length,
      protocoles: alertes.filter((a) => a.protocole !== null).length,
      leves: alertes.filter((a) => a.levee !== null).length,
    },
    etats: count(states.map((s) => s.etat)),
    decisions: count(states.map(decisionOf).filter((d): d is string => d !== null)),
    prolongationsConges: states
      .filter((s) => s.stage.prolongationsConges.length > 0)
      .map((s) => {
        const p = s.stage.prolongationsConges.at(-1);
        const d = s.decisions.at(-1);
        return {
          dossierId: s.dossierId,
          conges: s.conges.map((c) => `${c.nature} ${c.debut} → ${c.fin}`),
          joursProlongation: p?.joursProlongation ?? 0,
          dateFinEffective: p?.dateFinEffective ?? '',
          dateFinPourTitularisation: p?.dateFinPourTitularisation ?? '',
          decision: d?.decision ?? null,
          dateEffet: d?.dateEffet ?? null,
        };
      }),
    exports: { folder, files },
  };
}

const LIBELLE_DECISION: Readonly<Record<string, string>> = {
  titularisation: 'titularisation par le recteur sur proposition du jury',
  renouvellement: 'renouvellement par le recteur sur proposition du jury',
  'prolongation-master': 'prolongation (master) par le recteur',
  licenciement: 'licenciement par le ministre sur proposition du jury',
  reintegration: 'réintégration par le ministre sur proposition du jury',
  'titularisation-sans-jury': 'titularisation par le recteur (sans jury)',
  'titularisation-apres-capa': 'titularisation d’agrégé par le recteur après avis de la CAPA',
  demission: 'démission',
};

const MOIS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const nf = new Intl.NumberFormat('fr-FR');

/**
 * The report for people.
 *
 * @param r - the report.
 * @param db - the database, as printed.
 * @param s - the styler.
 * @returns lines.
 */
export function renderReport(r: DemoReport, db: string, s: Style): string[] {
  const c = r.cohort;
  const rows = Object.entries(r.alertsRaised).map(([code, byMonth]) => ({ code, byMonth }));
  const total = (m: Readonly<Record<string, number>>) => Object.values(m).reduce((a, b) => a + b, 0);
  const decisions = Object.entries(r.decisions).sort(([, a], [, b]) => b - a);
  const dirs = new Map<string, { files: number; bytes: number }>();
  for (const f of r.exports.files) {
    const dir = f.path.split('/').slice(0, -1).join('/') || '.';
    const d = dirs.get(dir) ?? { files: 0, bytes: 0 };
    dirs.set(dir, { files: d.files + 1, bytes: d.bytes + f.bytes });
  }
  return [
    s('bold', `Année de stage 2022-2023, académie de La Réunion — démonstration (graine ${r.seed})`),
    '',
    `  ${s('bold', nf.format(c.stagiaires))} stagiaires dans ${c.etablissements} EPLE · ${c.tuteurs} tuteurs · ${c.inspecteurs} inspecteurs · ${c.formateursInspe} formateurs INSPÉ`,
    `  Corps : ${Object.entries(c.parCorps)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')} (dont ${c.parFonction.documentaliste ?? 0} professeur(s) documentaliste(s), certifiés)`,
    `  Catégories : ${Object.entries(c.parCategorie)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')}`,
    `  ${nf.format(r.commands.accepted)} commandes décidées par le flux de travail, ${nf.format(r.events)} événements enregistrés dans ${db}`,
    `  ${r.commands.refused} refus montrés (${Object.entries(r.refusalsByCode)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})${
      r.commands.unexpected.length > 0
        ? s('red', ` · ${r.commands.unexpected.length} issue(s) inattendue(s)`)
        : ''
    }`,
    `  ${r.evaluations.mondays} évaluations du lundi 8 h (heure de La Réunion), ${nf.format(r.evaluations.dossiers)} évaluations de dossier`,
    '',
    s('bold', 'Alertes levées, par code et par mois (nouvelles à chaque évaluation) :'),
    ...renderTable(
      [
        { header: 'Code', value: (x: (typeof rows)[number]) => x.code },
        ...r.months.map((m) => ({
          header: `${MOIS[Number(m.slice(5)) - 1] ?? m} ${m.slice(2, 4)}`,
          value: (x: (typeof rows)[number]) => String(x.byMonth[m] ?? ''),
          align: 'right' as const,
        })),
        {
          header: 'Total',
          value: (x: (typeof rows)[number]) => String(total(x.byMonth)),
          align: 'right' as const,
        },
      ],
      rows,
      s,
    ).map((l) => `  ${l}`),
    '',
    `  Dispositifs d’aide et d’alerte : ${r.dispositifs.declenches} déclenché(s), ${r.dispositifs.protocoles} protocole(s) d’accompagnement renforcé, ${r.dispositifs.leves} levé(s)`,
    '',
    s('bold', 'Décisions :'),
    `  ${decisions.map(([k, n]) => `${LIBELLE_DECISION[k] ?? (DECISION_LABEL as Readonly<Record<string, string>>)[k] ?? k} ${n}`).join(' · ')}`,
    `  États au 7 juillet 2023 : ${Object.entries(r.etats)
      .map(([k, n]) => `${etatLabel(k)} ${n}`)
      .join(' · ')}`,
    ...r.prolongationsConges.map(
      (p) =>
        `  Prolongation pour congés : ${p.dossierId}, ${p.conges.join(', ')} → +${p.joursProlongation} j, fin du stage le ${p.dateFinEffective}${
          p.dateFinPourTitularisation !== p.dateFinEffective
            ? `, titularisation non décalée (${p.dateFinPourTitularisation})`
            : ''
        }${p.decision === null ? '' : `, ${p.decision} à effet du ${p.dateEffet ?? '?'}`}`,
    ),
    '',
    s('bold', `Exports dans ${r.exports.folder} :`),
    ...[...dirs].map(
      ([dir, d]) =>
        `  ${dir.padEnd(34)} ${String(d.files).padStart(4)} fichier(s)  ${nf.format(Math.round(d.bytes / 1024))} Kio`,
    ),
    '',
    `Ensuite : tremplin status --db ${db} · tremplin alerts --db ${db} --at 2022-12-05 · tremplin explain --db ${db} <dossier> jury`,
  ];
}
