/**
 * The nightly job: read a cohort from the store, evaluate every dossier at one instant, and write one digest per
 * person an alert is addressed to — a text ready to mail, and the same alerts as a CSV attachment.
 *
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  Alert,
  DossierEvaluation,
  DossierFilter,
  DossierState,
  ExportBody,
  Role,
  SkippedDossier,
  Tremplin,
  TremplinError,
} from '@tremplin/core';
import { createAlertListExporter, listPersonnesDuRole } from '@tremplin/export-spreadsheet';
import { err, ok, type Result } from 'neverthrow';

/** What the job needs. */
export interface DigestOptions {
  /** The service over the store, with the académie's rules in its registry. */
  readonly tremplin: Tremplin;
  /** Which dossiers (e.g. `{ academie: 'reunion', anneeScolaire: '2022-2023', etat: 'en-stage' }`). */
  readonly filter: DossierFilter;
  /** The instant of the run, ISO 8601 with offset (the job's clock, read by its caller). */
  readonly at: string;
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

/** What reading the cohort gathered: the recipients and what could not be addressed. */
interface Gathered {
  readonly instant: string | null;
  readonly dossiers: number;
  readonly alerts: number;
  readonly recipients: Map<string, Recipient>;
  readonly unaddressed: { dossierId: string; role: Role; code: string }[];
  readonly skipped: SkippedDossier[];
}

/** Files each alert of a dossier under every person it is addressed to; returns how many alerts. */
function addressAlerts(
  gathered: Pick<Gathered, 'recipients' | 'unaddressed'>,
  state: DossierState,
  evaluation: DossierEvaluation,
): number {
  for (const alert of evaluation.alerts) {
    for (const role of alert.recipients) {
      const people =
        role === 'rectorat' || role === 'jury'
          ? [{ id: state.identite.academie, nom: `(${state.identite.academie})`, prenom: SERVICES[role] }]
          : listPersonnesDuRole(state, role);
      if (people.length === 0)
        gathered.unaddressed.push({ dossierId: state.dossierId, role, code: alert.code });
      for (const person of people) {
        const key = `${role}\u0000${person.id}`;
        let recipient = gathered.recipients.get(key);
        if (recipient === undefined) {
          const name = `${person.prenom} ${person.nom}`;
          recipient = { role, id: person.id, name, entries: [], evaluated: new Map() };
          gathered.recipients.set(key, recipient);
        }
        recipient.entries.push({ state, alert });
        recipient.evaluated.set(state.dossierId, { state, evaluation });
      }
    }
  }
  return evaluation.alerts.length;
}

/**
 * Reads the cohort through `tremplin.readCohort`: one dossier's events in memory at a time, folded and
 * evaluated, then dropped; only the dossiers with an alert for someone are kept (their digests need them).
 */
async function gatherAlerts(options: DigestOptions): Promise<Result<Gathered, TremplinError>> {
  const gathered = {
    recipients: new Map<string, Recipient>(),
    unaddressed: [] as Gathered['unaddressed'],
    skipped: [] as SkippedDossier[],
  };
  let instant: string | null = null;
  let dossiers = 0;
  let alerts = 0;
  for await (const item of options.tremplin.readCohort(options.filter, { at: options.at })) {
    if (item.isErr()) return err(item.error);
    const entry = item.value;
    if (entry.kind === 'skipped') {
      gathered.skipped.push({ dossierId: entry.dossierId, error: entry.error });
      continue;
    }
    instant ??= entry.evaluation.instant;
    dossiers += 1;
    alerts += addressAlerts(gathered, entry.state, entry.evaluation);
  }
  return ok({ ...gathered, instant, dossiers, alerts });
}

function byRoleThenId(a: Recipient, b: Recipient): number {
  return a.role.localeCompare(b.role) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function bySeverityThenDue(a: Entry, b: Entry): number {
  return (
    SEVERITY[a.alert.severity] - SEVERITY[b.alert.severity] ||
    (a.alert.due ?? '9999').localeCompare(b.alert.due ?? '9999') ||
    a.state.dossierId.localeCompare(b.state.dossierId) ||
    a.alert.key.localeCompare(b.alert.key)
  );
}

/** Writes one person's text and CSV. */
async function writeDigest(
  recipient: Recipient,
  instant: string,
  options: DigestOptions,
): Promise<Result<Digest, TremplinError>> {
  recipient.entries.sort(bySeverityThenDue);
  const base = `${slug(recipient.role)}-${slug(recipient.id)}`;
  const service = recipient.role === 'rectorat' || recipient.role === 'jury';
  const academie = recipient.entries[0]?.state.identite.academie ?? '';
  const sheet = createAlertListExporter({ format: 'csv' }).export({
    timeZone: options.tremplin.rules.timeZoneOf(academie),
    at: instant,
    dossiers: [...recipient.evaluated.values()],
    recipient: service ? { role: recipient.role } : { role: recipient.role, id: recipient.id },
  });
  if (sheet.isErr()) return err(sheet.error);
  const textFile = `${base}.txt`;
  const csvFile = `${base}.csv`;
  await writeFile(join(options.outDir, textFile), digestText(recipient, instant));
  await writeFile(join(options.outDir, csvFile), await bytesOf(sheet.value));
  const { role, id: personId, name } = recipient;
  return ok({ role, personId, name, textFile, csvFile, alerts: recipient.entries.length });
}

/**
 * Runs the job once.
 *
 * @param options - the service, the cohort, the instant and the output folder.
 * @returns what was written, or the first error (a store failure, a CSV that cannot be made).
 * @remarks The run is deterministic: the same data at the same instant give the same files, byte for byte.
 * There is one digest per person and role, whatever the number of dossiers: someone who is the tuteur of one
 * stagiaire and the chef d'établissement of others gets two, because each role acts differently. The
 * rectorat and the jury are services, not people of the dossier: they get one digest each per académie.
 * Memory holds one dossier's events at a time, plus the dossiers that have alerts for someone.
 */
export async function runNightlyDigest(options: DigestOptions): Promise<Result<DigestReport, TremplinError>> {
  const gathered = await gatherAlerts(options);
  if (gathered.isErr()) return err(gathered.error);
  const { recipients, unaddressed, skipped, dossiers, alerts } = gathered.value;
  const instant = gathered.value.instant ?? options.at;
  await mkdir(options.outDir, { recursive: true });
  const digests: Digest[] = [];
  for (const recipient of [...recipients.values()].sort(byRoleThenId)) {
    const digest = await writeDigest(recipient, instant, options);
    if (digest.isErr()) return err(digest.error);
    digests.push(digest.value);
  }
  return ok({ instant, dossiers, alerts, digests, unaddressed, skipped });
}
