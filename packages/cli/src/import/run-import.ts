/**
 * `tremplin import`: the file is read twice. First every row is checked (shape, schema, actor): a file with a
 * bad row writes nothing unless `skipInvalid`. Then the rows are decided by the workflow and written by chunks
 * of {@link IMPORT_CHUNK_ROWS} rows, each chunk in one transaction, so that memory stays bounded whatever the
 * file's size. A file of up to one chunk is all or nothing. A larger file stops at the first chunk holding a
 * row the workflow refuses: the chunks before it are written; the same file, corrected and imported again,
 * completes the import without duplicating anything, each row carrying its idempotency key (its `cle`, or a
 * hash of its content).
 *
 * @packageDocumentation
 */
import type { Issue } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { guideUrl } from '../docs-url.js';
import type { CliFailure, RejectedRow, RowsRejected } from '../failure.js';
import type { Progress } from '../output/progress.js';
import { issuesOf } from '../workflow/issues.js';
import type { CommandRequest, WorkflowSession } from '../workflow/session.js';
import { checkRows, MAX_LISTED_ROWS, type RowsChecked } from './check-rows.js';
import { decodeChunks, type InputEncoding } from './decode.js';
import type { InputSource } from './input-source.js';
import { type RowDefaults, requestOf } from './requests.js';
import { type ImportKind, readRows } from './rows.js';

export type { ImportKind } from './rows.js';

/** Rows decided and written per transaction. */
export const IMPORT_CHUNK_ROWS = 5000;

/** How to import. */
export interface ImportOptions extends RowDefaults {
  /** Import the valid rows and report the others, instead of importing nothing. */
  readonly skipInvalid: boolean;
  /** Check everything, write nothing (the dossiers are then held in memory: keep dry runs for sane sizes). */
  readonly dryRun: boolean;
  /** The `--encoding` option; absent: UTF-8, or Windows-1252 when the file is not UTF-8 and reads as such. */
  readonly encoding: InputEncoding | undefined;
  /** Rows per transaction (default {@link IMPORT_CHUNK_ROWS}). */
  readonly chunkRows?: number;
}

/** What the import needs from the command. */
export interface ImportHooks {
  /** A new unit of work on the store (one per chunk). */
  openSession(): WorkflowSession;
  /** A progress bar for the second reading. */
  progress(label: string, total: number): Progress;
  /** A notice for people (stderr), e.g. the encoding read. */
  note(line: string): void;
}

/** What an import did. */
export interface ImportReport {
  readonly file: string;
  readonly kind: ImportKind;
  readonly format: InputSource['format'];
  readonly encoding: InputEncoding;
  /** Rows read (blank lines and rows of separators excluded). */
  readonly rows: number;
  /** Rows accepted (recorded, or to be recorded in a dry run). */
  readonly accepted: number;
  /** Rows whose idempotency key was already recorded: accepted, nothing new written. */
  readonly replayed: number;
  /** Events appended (or that would be). */
  readonly events: number;
  /** Distinct dossiers touched. */
  readonly dossiers: number;
  /** Refused rows, in file order (skipped when `skipInvalid`), the first 1 000 listed. */
  readonly rejected: readonly RejectedRow[];
  /** Every refused row, counted. */
  readonly rejectedCount: number;
  /** Transactions written. */
  readonly chunks: number;
  /** Whether the store was written. */
  readonly written: boolean;
}

interface Tally {
  accepted: number;
  replayed: number;
  events: number;
  readonly dossiers: Set<string>;
  readonly rejected: RejectedRow[];
  rejectedCount: number;
  chunks: number;
  /** Rows written in chunks already committed, and the last line they reach. */
  writtenRows: number;
  lastWrittenLine: number;
}

type RowOutcome = { replayed: boolean; events: number } | { issues: Issue[] };

const byColumn = (issues: readonly Issue[]): Issue[] =>
  issues.map((i) => (i.path[0] === 'idempotencyKey' ? { ...i, path: ['cle', ...i.path.slice(1)] } : i));

async function decideRow(
  session: WorkflowSession,
  request: CommandRequest,
  kind: ImportKind,
): Promise<Result<RowOutcome, CliFailure>> {
  const existing = kind === 'dossiers' ? await session.state(request.dossierId) : null;
  if (existing?.isErr() === true) return err(existing.error);
  const decided = await session.decide(request);
  if (decided.isErr()) {
    if (decided.error.kind === 'store') return err(decided.error);
    if (existing?.isOk() === true && existing.value !== null) {
      const message = `Le dossier ${request.dossierId} existe déjà.`;
      return ok({ issues: [{ code: 'dossier.existe', message, path: ['dossierId'] }] });
    }
    return ok({ issues: byColumn(issuesOf(decided.error)) });
  }
  return ok({
    replayed: decided.value.replayed,
    events: decided.value.replayed ? 0 : decided.value.events.length,
  });
}

function refuse(tally: Tally, line: number, dossierId: string, issues: Issue[]): void {
  tally.rejectedCount++;
  if (tally.rejected.length < MAX_LISTED_ROWS) tally.rejected.push({ line, dossierId, issues });
}

async function recordRows(
  source: InputSource,
  checked: RowsChecked,
  options: ImportOptions,
  hooks: ImportHooks,
): Promise<Result<{ tally: Tally; stopped: boolean }, CliFailure>> {
  const chunkRows = options.chunkRows ?? IMPORT_CHUNK_ROWS;
  const tally: Tally = {
    accepted: 0,
    replayed: 0,
    events: 0,
    dossiers: new Set(),
    rejected: [],
    rejectedCount: 0,
    chunks: 0,
    writtenRows: 0,
    lastWrittenLine: 0,
  };
  const progress = hooks.progress(`Import ${options.kind}`, Math.max(1, checked.rows));
  let session = hooks.openSession();
  let inChunk = 0;
  let refused = false;
  const commit = async (line: number): Promise<Result<void, CliFailure>> => {
    if (options.dryRun || inChunk === 0) return ok(undefined);
    const flushed = await session.flush();
    if (flushed.isErr()) return err(flushed.error);
    tally.chunks++;
    tally.writtenRows += inChunk;
    tally.lastWrittenLine = line;
    session = hooks.openSession();
    inChunk = 0;
    return ok(undefined);
  };
  let lastLine = 0;
  for await (const item of readRows(
    decodeChunks(source.bytes(), checked.encoding),
    source.format,
    options.kind,
  )) {
    if (item.kind === 'fatal') break;
    progress.tick();
    const { line } = item.candidate;
    lastLine = line;
    const { request } = requestOf(item.candidate, options);
    if (request === undefined) continue; // refused by the first reading (skipInvalid)
    const outcome = await decideRow(session, request, options.kind);
    if (outcome.isErr()) return err(outcome.error);
    inChunk++;
    if ('issues' in outcome.value) {
      refuse(tally, line, request.dossierId, outcome.value.issues);
      refused ||= !options.skipInvalid;
    } else {
      tally.accepted++;
      tally.dossiers.add(request.dossierId);
      if (outcome.value.replayed) tally.replayed++;
      else tally.events += outcome.value.events;
    }
    if (inChunk >= chunkRows) {
      if (refused) break;
      const done = await commit(line);
      if (done.isErr()) return err(done.error);
    }
  }
  progress.done();
  if (refused) return ok({ tally, stopped: true });
  const done = await commit(lastLine);
  if (done.isErr()) return err(done.error);
  return ok({ tally, stopped: false });
}

function rowsFailure(
  source: InputSource,
  rows: number,
  listed: readonly RejectedRow[],
  count: number,
  tally?: Tally,
): RowsRejected {
  const more = count > listed.length ? ` (les ${listed.length} premières listées)` : '';
  const base = `${count} ligne(s) refusée(s) sur ${rows} dans ${source.name}${more}`;
  if (tally === undefined || tally.writtenRows === 0) {
    return { kind: 'rows', message: `${base} : rien n’a été importé.`, file: source.name, rows: listed };
  }
  return {
    kind: 'rows',
    message: `${base} : ${tally.writtenRows} ligne(s) enregistrée(s) (jusqu’à la ligne ${tally.lastWrittenLine}), rien au-delà.`,
    file: source.name,
    rows: listed,
    hint: 'Corrigez les lignes indiquées puis importez de nouveau le même fichier : les lignes déjà enregistrées sont reconnues (clé d’idempotence) et ne sont pas dupliquées.',
  };
}

/**
 * The failure of a file with malformed rows. A file of one chunk is also decided, without writing, so that
 * the workflow's refusals are listed with the malformed rows; a larger file lists the malformed rows only
 * (deciding it whole would hold every dossier in memory).
 */
async function formatRejected(
  source: InputSource,
  c: RowsChecked,
  options: ImportOptions,
  hooks: ImportHooks,
): Promise<CliFailure> {
  if (c.rows > (options.chunkRows ?? IMPORT_CHUNK_ROWS))
    return rowsFailure(source, c.rows, c.rejected, c.rejectedCount);
  const decided = await recordRows(source, c, { ...options, dryRun: true, skipInvalid: true }, hooks);
  if (decided.isErr()) return decided.error;
  const { rejected, rejectedCount } = decided.value.tally;
  const all = [...c.rejected, ...rejected].sort((a, b) => a.line - b.line);
  return rowsFailure(source, c.rows, all, c.rejectedCount + rejectedCount);
}

/**
 * Imports a file.
 *
 * @param source - the input and its format.
 * @param options - kind, default actor and instant, `skipInvalid`, `dryRun`, encoding, chunk size.
 * @param hooks - sessions, progress bar, notices.
 * @returns the report, or `RowsRejected` listing the bad rows (see the module's description for what was
 * written), or the failure of the file or the store.
 */
export async function runImport(
  source: InputSource,
  options: ImportOptions,
  hooks: ImportHooks,
): Promise<Result<ImportReport, CliFailure>> {
  const checked = await checkRows(source, options, options.encoding, hooks.note);
  if (checked.isErr()) return err(checked.error);
  const c = checked.value;
  if (c.fatal !== null) {
    return err({
      kind: 'rows',
      message: `${source.name} : fichier illisible, rien n’a été importé.`,
      file: source.name,
      rows: [c.fatal],
      hint: `Corrigez le fichier à la ligne indiquée (formats : ${guideUrl('cli')}).`,
    });
  }
  if (c.rejectedCount > 0 && !options.skipInvalid)
    return err(await formatRejected(source, c, options, hooks));
  const recorded = await recordRows(source, c, options, hooks);
  if (recorded.isErr()) return err(recorded.error);
  const { tally, stopped } = recorded.value;
  if (stopped) return err(rowsFailure(source, c.rows, tally.rejected, tally.rejectedCount, tally));
  const listed = [...c.rejected, ...tally.rejected].sort((a, b) => a.line - b.line).slice(0, MAX_LISTED_ROWS);
  return ok({
    file: source.name,
    kind: options.kind,
    format: source.format,
    encoding: c.encoding,
    rows: c.rows,
    accepted: tally.accepted,
    replayed: tally.replayed,
    events: tally.events,
    dossiers: tally.dossiers.size,
    rejected: listed,
    rejectedCount: c.rejectedCount + tally.rejectedCount,
    chunks: tally.chunks,
    written: !options.dryRun,
  });
}
