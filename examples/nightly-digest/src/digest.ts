/**
 * The nightly job: read a cohort from the store, evaluate every dossier at one instant, and write one digest per
 * person an alert is addressed to — a text ready to mail, and the same alerts as a CSV attachment.
 *
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Alert,
  type DossierEvaluation,
  type DossierEvent,
  type DossierFilter,
  type DossierState,
  type EventEnvelope,
  type ExportBody,
  evaluateCohort,
  findAcademie,
  foldDossier,
  type Role,
  type RulePack,
  type RuleSet,
  type SkippedDossier,
  type Store,
  type TremplinError,
} from '@tremplin/core';
import { createAlertListExporter, personnesDuRole } from '@tremplin/export-spreadsheet';
import { err, ok, type Result } from 'neverthrow';

/** What the job needs. */
export interface DigestOptions {
  readonly store: Store<DossierEvent>;
  /** Which dossiers (e.g. `{ academie: 'reunion', anneeScolaire: '2022-2023', etat: 'en-stage' }`). */
  readonly filter: DossierFilter;
  /** The instant of the run, ISO 8601 with offset (the job's clock, read by its caller). */
  readonly at: string;
  /** The académie's pack, or a full rule set. */
  readonly rules: RulePack | RuleSet;
  /** Folder the digests are written to (created if needed). */
  readonly outDir: string;
}

/** One person's digest. */
export interface Digest {
  readonly role: Role;
  readonly personId: string;
  readonly name: string;
  /** `<role>-<id>.txt`. */
  readonly textFile: string;
  /** `<role>-<id>.csv`. */
  readonly csvFile: string;
  readonly alerts: number;
}

/** What a run did. */
export interface DigestReport {
  /** The instant of evaluation, in the académie's zone. */
  readonly instant: string;
  readonly dossiers: number;
  readonly alerts: number;
  readonly digests: readonly Digest[];
  /** Alerts whose role has nobody on the dossier (no tuteur designated…): reported, not lost. */
  readonly unaddressed: readonly { readonly dossierId: string; readonly role: Role; readonly code: string }[];
  /** Dossiers the core could not evaluate, with why. */
  readonly skipped: readonly SkippedDossier[];
}

interface Entry {
  readonly state: DossierState;
  readonly alert: Alert;
}

interface Recipient {
  readonly role: Role;
  readonly id: string;
  readonly name: string;
  readonly entries: Entry[];
  readonly evaluated: Map<string, { state: DossierState; evaluation: DossierEvaluation }>;
}

const SERVICES = { rectorat: 'Services du rectorat', jury: 'Jury académique' } as const;

const SEVERITY: Readonly<Record<Alert['severity'], number>> = { critical: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Readonly<Record<Alert['severity'], string>> = {
  critical: 'URGENT',
  warning: 'À traiter',
  info: 'Pour information',
};

/** A file name part made of safe characters only. */
function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** Reads the cohort's dossiers from the store, folding each one's events. */
async function readCohort(
  store: Store<DossierEvent>,
  filter: DossierFilter,
): Promise<Result<DossierState[], TremplinError>> {
  const states: DossierState[] = [];
  let current: EventEnvelope<DossierEvent>[] = [];
  const flush = (): Result<void, TremplinError> => {
    if (current.length === 0) return ok(undefined);
    const folded = foldDossier(current);
    current = [];
    if (folded.isErr()) return err(folded.error);
    states.push(folded.value);
    return ok(undefined);
  };
  // The stream gives each dossier's events together, in (dossierId, sequence) order.
  for await (const item of store.streamCohort(filter)) {
    if (item.isErr()) return err(item.error);
    const last = current[current.length - 1];
    if (last !== undefined && last.dossierId !== item.value.dossierId) {
      const flushed = flush();
      if (flushed.isErr()) return err(flushed.error);
    }
    current.push(item.value);
  }
  const flushed = flush();
  return flushed.isErr() ? err(flushed.error) : ok(states);
}

async function bytesOf(body: ExportBody): Promise<string | Uint8Array> {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function digestText(recipient: Recipient, instant: string): string {
  const lines = [
    `Bonjour ${recipient.name},`,
    '',
    `Voici les alertes de l’année de stage qui vous concernent au ${instant.slice(0, 10)} (${recipient.entries.length}).`,
    '',
  ];
  for (const { state, alert } of recipient.entries) {
    const { nom, prenom } = state.identite.stagiaire;
    const due = alert.due === null ? '' : ` (échéance : ${alert.due})`;
    lines.push(`- [${SEVERITY_LABEL[alert.severity]}] ${prenom} ${nom}, dossier ${state.dossierId}${due}`);
    lines.push(`  ${alert.message}`);
    const source = alert.explanation.sources[0];
    lines.push(`  Source : ${source.texte}${source.article ? `, ${source.article}` : ''}.`);
  }
  lines.push(
    '',
    'Le pourquoi de chaque alerte (règle, texte, faits du dossier) est dans le tableau joint (CSV).',
    '',
  );
  return lines.join('\n');
}

/**
 * Runs the job once.
 *
 * @param options - the store, the cohort, the instant, the rules and the output folder.
 * @returns what was written, or the first error (a store failure, an unreadable dossier, invalid rules).
 * @remarks The run is deterministic: the same data at the same instant give the same files, byte for byte.
 * There is one digest per person and role, whatever the number of dossiers: someone who is the tuteur of one
 * stagiaire and the chef d'établissement of others gets two, because each role acts differently. The
 * rectorat and the jury are services, not people of the dossier: they get one digest each per académie.
 */
export async function runNightlyDigest(options: DigestOptions): Promise<Result<DigestReport, TremplinError>> {
  const states = await readCohort(options.store, options.filter);
  if (states.isErr()) return err(states.error);
  const evaluated = evaluateCohort(states.value, options.at, options.rules);
  if (evaluated.isErr()) return err(evaluated.error);
  const byId = new Map(states.value.map((s) => [s.dossierId, s]));

  const recipients = new Map<string, Recipient>();
  const unaddressed: { dossierId: string; role: Role; code: string }[] = [];
  let alerts = 0;
  for (const evaluation of evaluated.value.evaluations) {
    const state = byId.get(evaluation.dossierId) as DossierState;
    for (const alert of evaluation.alerts) {
      alerts++;
      for (const role of alert.recipients) {
        const people =
          role === 'rectorat' || role === 'jury'
            ? [{ id: state.identite.academie, nom: `(${state.identite.academie})`, prenom: SERVICES[role] }]
            : personnesDuRole(state, role);
        if (people.length === 0) unaddressed.push({ dossierId: state.dossierId, role, code: alert.code });
        for (const person of people) {
          const key = `${role}\u0000${person.id}`;
          let recipient = recipients.get(key);
          if (recipient === undefined) {
            recipient = {
              role,
              id: person.id,
              name: `${person.prenom} ${person.nom}`,
              entries: [],
              evaluated: new Map(),
            };
            recipients.set(key, recipient);
          }
          recipient.entries.push({ state, alert });
          recipient.evaluated.set(state.dossierId, { state, evaluation });
        }
      }
    }
  }

  await mkdir(options.outDir, { recursive: true });
  const csv = createAlertListExporter({ format: 'csv' });
  const digests: Digest[] = [];
  const ordered = [...recipients.values()].sort(
    (a, b) => a.role.localeCompare(b.role) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const recipient of ordered) {
    recipient.entries.sort(
      (a, b) =>
        SEVERITY[a.alert.severity] - SEVERITY[b.alert.severity] ||
        (a.alert.due ?? '9999').localeCompare(b.alert.due ?? '9999') ||
        a.state.dossierId.localeCompare(b.state.dossierId) ||
        a.alert.key.localeCompare(b.alert.key),
    );
    const base = `${slug(recipient.role)}-${slug(recipient.id)}`;
    const service = recipient.role === 'rectorat' || recipient.role === 'jury';
    const academie = recipient.entries[0]?.state.identite.academie ?? '';
    const sheet = csv.export({
      timeZone: findAcademie(academie)?.timeZone ?? 'Europe/Paris',
      at: evaluated.value.instant,
      dossiers: [...recipient.evaluated.values()],
      recipient: service ? { role: recipient.role } : { role: recipient.role, id: recipient.id },
    });
    if (sheet.isErr()) return err(sheet.error);
    const textFile = `${base}.txt`;
    const csvFile = `${base}.csv`;
    await writeFile(join(options.outDir, textFile), digestText(recipient, evaluated.value.instant));
    await writeFile(join(options.outDir, csvFile), await bytesOf(sheet.value));
    digests.push({
      role: recipient.role,
      personId: recipient.id,
      name: recipient.name,
      textFile,
      csvFile,
      alerts: recipient.entries.length,
    });
  }
  return ok({
    instant: evaluated.value.instant,
    dossiers: evaluated.value.evaluations.length,
    alerts,
    digests,
    unaddressed,
    skipped: evaluated.value.skipped,
  });
}
