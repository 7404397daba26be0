/**
 * `tremplin import`: every row is checked (format, then the workflow's decision on the dossier as the rows
 * before it leave it) before anything is written; a file with bad rows writes nothing unless `skipInvalid`.
 *
 * @packageDocumentation
 */
import type { Acteur, Issue } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { parseActor } from '../args/actor.js';
import type { AtSpec } from '../args/instant.js';
import type { CliFailure, RejectedRow } from '../failure.js';
import type { Progress } from '../output/progress.js';
import { issuesOf } from '../workflow/issues.js';
import type { CommandRequest, WorkflowSession } from '../workflow/session.js';
import { parseCsv } from './csv.js';
import { checkDossierHeader, columnOfPath, dossierFromCsv } from './dossier-csv.js';
import { checkEventHeader, eventColumnOfPath, eventFromCsv } from './event-rows.js';
import { dossierRecordSchema, eventRecordSchema, upgradeDossierRecord } from './formats.js';
import { parseJsonArray, parseJsonLines } from './json-rows.js';
import type { Input } from './read-input.js';
import { parseWith } from './zod-issues.js';

/** What is imported. */
export type ImportKind = 'dossiers' | 'events';

/** How to import. */
export interface ImportOptions {
  readonly kind: ImportKind;
  /** The actor of rows that name none (required for dossiers). */
  readonly acteur: Acteur | null;
  /** The instant of rows that give none. */
  readonly at: AtSpec;
  /** Import the valid rows and report the others, instead of importing nothing. */
  readonly skipInvalid: boolean;
  /** Check everything, write nothing. */
  readonly dryRun: boolean;
}

/** What an import did. */
export interface ImportReport {
  readonly file: string;
  readonly kind: ImportKind;
  readonly format: Input['format'];
  /** Rows read (blank lines excluded). */
  readonly rows: number;
  /** Rows accepted (recorded, or to be recorded in a dry run). */
  readonly accepted: number;
  /** Rows whose idempotency key was already recorded: accepted, nothing new written. */
  readonly replayed: number;
  /** Events appended (or that would be). */
  readonly events: number;
  /** Distinct dossiers touched. */
  readonly dossiers: number;
  /** Refused rows, in file order (skipped when `skipInvalid`). */
  readonly rejected: readonly RejectedRow[];
  /** Whether the store was written. */
  readonly written: boolean;
}

interface Candidate {
  readonly line: number;
  readonly value: unknown;
  readonly issues: Issue[];
  /** Names a schema path by its CSV column (CSV inputs only). */
  readonly column: ((path: readonly PropertyKey[]) => string) | undefined;
}

function candidates(input: Input, kind: ImportKind): Result<Candidate[], RejectedRow[]> {
  if (input.format === 'csv') {
    const table = parseCsv(input.text);
    if (table.isErr()) {
      return err([
        {
          line: table.error.line,
          dossierId: null,
          issues: [{ code: 'csv.syntaxe', message: table.error.message, path: [] }],
        },
      ]);
    }
    const headerIssues =
      kind === 'dossiers' ? checkDossierHeader(table.value.header) : checkEventHeader(table.value.header);
    if (headerIssues.length > 0) return err([{ line: 1, dossierId: null, issues: headerIssues }]);
    return ok(
      table.value.records.map((record) => {
        const read =
          kind === 'dossiers'
            ? dossierFromCsv(table.value.header, record)
            : eventFromCsv(table.value.header, record);
        return {
          line: record.line,
          value: read.candidate,
          issues: read.issues,
          column: kind === 'dossiers' ? columnOfPath : eventColumnOfPath,
        };
      }),
    );
  }
  if (input.format === 'json') {
    const rows = parseJsonArray(input.text);
    if (rows.isErr()) {
      return err([
        {
          line: rows.error.line,
          dossierId: null,
          issues: [{ code: 'json.syntaxe', message: rows.error.message, path: [] }],
        },
      ]);
    }
    return ok(
      rows.value.map((r) => ({
        line: r.line,
        value: r.value.ok ? r.value.data : undefined,
        issues: [],
        column: undefined,
      })),
    );
  }
  return ok(
    parseJsonLines(input.text).map((r) => ({
      line: r.line,
      value: r.value.ok ? r.value.data : undefined,
      issues: r.value.ok ? [] : [{ code: 'json.syntaxe', message: r.value.message, path: [] }],
      column: undefined,
    })),
  );
}

function dossierIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { dossierId?: unknown }).dossierId;
  return typeof id === 'string' && id !== '' ? id : null;
}

function requestOf(
  c: Candidate,
  kind: ImportKind,
  options: ImportOptions,
): { request?: CommandRequest; issues: Issue[] } {
  if (kind === 'dossiers') {
    const parsed = parseWith(dossierRecordSchema, upgradeDossierRecord(c.value), c.column);
    if (!parsed.ok) {
      // A malformed cell already reported (a person) is not reported again by the schema.
      const reported = new Set(c.issues.map((i) => String(i.path[0])));
      return { issues: [...c.issues, ...parsed.issues.filter((i) => !reported.has(String(i.path[0])))] };
    }
    if (c.issues.length > 0 || options.acteur === null) return { issues: c.issues };
    const { dossierId, identite, acteurs } = parsed.value;
    return {
      issues: [],
      request: {
        dossierId,
        acteur: options.acteur,
        at: options.at,
        command: { type: 'dossier.ouvrir', dossierId, identite, acteurs },
      },
    };
  }
  const parsed = parseWith(eventRecordSchema, c.value, c.column);
  if (!parsed.ok) return { issues: [...c.issues, ...parsed.issues] };
  const row = parsed.value;
  const issues = [...c.issues];
  let acteur = options.acteur;
  if (typeof row.acteur === 'string') {
    const a = parseActor(row.acteur);
    if (a.isErr()) issues.push({ code: 'acteur.invalide', message: a.error.message, path: ['acteur'] });
    else acteur = a.value;
  } else if (row.acteur !== undefined) {
    acteur = row.acteur;
  }
  if (acteur === null) {
    issues.push({
      code: 'acteur.manquant',
      message: 'Aucun acteur : colonne « acteur » vide et pas de --as.',
      path: ['acteur'],
    });
  }
  if (issues.length > 0 || acteur === null) return { issues };
  const at: AtSpec =
    row.instant === undefined ? options.at : { kind: 'instant', epochMs: Date.parse(row.instant) };
  return {
    issues: [],
    request: { dossierId: row.dossierId, acteur, at, command: row.commande, idempotencyKey: row.cle },
  };
}

/**
 * Imports a file.
 *
 * @param input - the file's text and format.
 * @param session - the unit of work (decides on the store's current dossiers).
 * @param options - kind, default actor and instant, `skipInvalid`, `dryRun`.
 * @param progress - advanced once per row.
 * @returns the report, or `RowsRejected` listing every bad row when some are bad and `skipInvalid` is off
 * (nothing written), or the store's failure.
 */
export async function runImport(
  input: Input,
  session: WorkflowSession,
  options: ImportOptions,
  progress: Progress,
): Promise<Result<ImportReport, CliFailure>> {
  const read = candidates(input, options.kind);
  if (read.isErr()) {
    return err({
      kind: 'rows',
      message: `${input.name} : fichier illisible, rien n’a été importé.`,
      file: input.name,
      rows: read.error,
      hint: 'Corrigez le fichier à la ligne indiquée (voir docs/guides/cli.md pour les formats).',
    });
  }
  const rejected: RejectedRow[] = [];
  const dossiers = new Set<string>();
  let accepted = 0;
  let replayed = 0;
  let events = 0;
  for (const c of read.value) {
    progress.tick();
    const dossierId = dossierIdOf(c.value);
    const built = requestOf(c, options.kind, options);
    if (built.request === undefined) {
      rejected.push({ line: c.line, dossierId, issues: built.issues });
      continue;
    }
    const request = built.request;
    if (options.kind === 'dossiers') {
      const existing = await session.state(request.dossierId);
      if (existing.isErr()) return err(existing.error);
      if (existing.value !== null) {
        rejected.push({
          line: c.line,
          dossierId,
          issues: [
            {
              code: 'dossier.existe',
              message: `Le dossier ${request.dossierId} existe déjà.`,
              path: ['dossierId'],
            },
          ],
        });
        continue;
      }
    }
    const decided = await session.decide(request);
    if (decided.isErr()) {
      if (decided.error.kind === 'store') return err(decided.error);
      rejected.push({ line: c.line, dossierId, issues: issuesOf(decided.error) });
      continue;
    }
    accepted++;
    dossiers.add(request.dossierId);
    if (decided.value.replayed) replayed++;
    else events += decided.value.events.length;
  }
  progress.done();
  if (rejected.length > 0 && !options.skipInvalid) {
    return err({
      kind: 'rows',
      message: `${rejected.length} ligne(s) refusée(s) sur ${read.value.length} dans ${input.name} : rien n’a été importé.`,
      file: input.name,
      rows: rejected,
    });
  }
  const report = {
    file: input.name,
    kind: options.kind,
    format: input.format,
    rows: read.value.length,
    accepted,
    replayed,
    events,
    dossiers: dossiers.size,
    rejected,
  };
  if (options.dryRun) return ok({ ...report, written: false });
  const flushed = await session.flush();
  if (flushed.isErr()) return err(flushed.error);
  return ok({ ...report, written: true });
}
