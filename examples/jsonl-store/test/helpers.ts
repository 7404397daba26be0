import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDump, RawEvent, TestEvent, TestStore } from '@tremplin/storage-testkit';
import { afterAll } from 'vitest';
import { type JsonlStore, type JsonlStoreOptions, openJsonlStore } from '../src/index.js';

/** A temporary directory removed after the test file; each call gives a new journal path in it. */
export function temporaryJournals(): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-jsonl-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => join(dir, `journal-${n++}.jsonl`);
}

/** Opens a journal or fails the test. */
export async function openOrFail(options: JsonlStoreOptions): Promise<JsonlStore<TestEvent>> {
  const opened = await openJsonlStore<TestEvent>(options);
  if (opened.isErr()) throw new Error(`${opened.error.code}: ${opened.error.message}`);
  return opened.value;
}

/**
 * Reads the journal file with plain `JSON.parse`, without the adapter: what is on disk, not what the store
 * says. Each line is `{ v, commands: [{ dossierId, key, recordedAt, first, events: [json text], index? }] }`.
 */
export function readRawJournal(store: TestStore): RawDump {
  const file = (store as JsonlStore<TestEvent>).file;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { events: [], dossiers: [] };
  }
  const events: RawEvent[] = [];
  const heads = new Map<string, number>();
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const parsed = JSON.parse(line) as {
      commands: { dossierId: string; key: string; recordedAt: string; first: number; events: string[] }[];
    };
    for (const c of parsed.commands) {
      c.events.forEach((payload, i) => {
        events.push({
          dossierId: c.dossierId,
          sequence: c.first + i,
          idempotencyKey: c.key,
          recordedAt: c.recordedAt,
          payload,
        });
      });
      heads.set(c.dossierId, c.first + c.events.length - 1);
    }
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  events.sort((a, b) => byId(a.dossierId, b.dossierId) || a.sequence - b.sequence);
  const dossiers = [...heads].map(([dossierId, lastSequence]) => ({ dossierId, lastSequence }));
  dossiers.sort((a, b) => byId(a.dossierId, b.dossierId));
  return { events, dossiers };
}
