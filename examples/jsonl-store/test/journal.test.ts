// What the conformance kit cannot see in a single-process store: the journal survives close and reopen, a torn
// last line (a write the process did not finish) is cut off, a damaged line is reported with its number, and
// the lock file keeps a second opener out.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import {
  expectErr,
  expectOk,
  listAll,
  makeIndex,
  makeInput,
  type TestStore,
} from '@tremplin/storage-testkit';
import { describe, expect, it } from 'vitest';
import { openJsonlStore } from '../src/index.js';
import { openOrFail, readRawJournal, temporaryJournals } from './helpers.js';

const nextJournal = temporaryJournals();

/** Everything a store answers about its dossiers, to compare two opens of the same file. */
async function everything(store: TestStore) {
  const { items } = await listAll(store, {});
  const dossiers = [];
  for (const summary of items) {
    dossiers.push({
      loaded: await expectOk(store.load(summary.dossierId)),
      history: await expectOk(store.history(summary.dossierId)),
    });
  }
  return { items, dossiers };
}

async function fill(store: TestStore) {
  await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a', texte: '« Très bien »\n' }])));
  await expectOk(store.append(makeInput('d1', 1, 'k2', [{ type: 'b' }, { type: 'c' }])));
  await expectOk(
    store.append({ ...makeInput('d1', 3, 'k3'), index: makeIndex('d1', { etat: 'devant-jury' }) }),
  );
  await expectOk(
    store.appendBatch?.([makeInput('d2', 0, 'k1'), makeInput('d3', 0, 'k1'), makeInput('d2', 1, 'k2')]) ??
      Promise.reject(new Error('appendBatch missing')),
  );
}

describe('the journal file', () => {
  it('keeps every dossier, command and summary across close and reopen (with fdatasync)', async () => {
    const file = nextJournal();
    const first = await openOrFail({ file });
    await fill(first);
    const before = await everything(first);
    await expectOk(first.close());

    const second = await openOrFail({ file });
    expect(second.recoveredBytes).toBe(0);
    expect(await everything(second)).toStrictEqual(before);
    expect(before.items.map((s) => [s.dossierId, s.lastSequence, s.etat])).toEqual([
      ['d1', 4, 'devant-jury'],
      ['d2', 2, 'en-stage'],
      ['d3', 1, 'en-stage'],
    ]);
    // A replay after reopening still answers with the original result and writes nothing.
    const lines = readFileSync(file, 'utf8');
    const replay = await expectOk(second.append(makeInput('d1', 0, 'k2', [{ type: 'b' }, { type: 'c' }])));
    expect(replay).toMatchObject({ replayed: true, lastSequence: 3 });
    expect(readFileSync(file, 'utf8')).toBe(lines);
    await expectOk(second.close());
  });

  it('writes one line per append or batch, and nothing for a refused or replayed command', async () => {
    const file = nextJournal();
    const store = await openOrFail({ file, sync: false });
    await fill(store);
    await expectErr(store.append(makeInput('d1', 1, 'k9')));
    await expectOk(store.append(makeInput('d1', 0, 'k1', [{ type: 'a', texte: '« Très bien »\n' }])));
    await expectOk(store.close());
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l).commands.length)).toEqual([1, 1, 1, 3]);
    expect(readRawJournal(store).events.map((e) => `${e.dossierId}#${e.sequence}`)).toEqual([
      'd1#1',
      'd1#2',
      'd1#3',
      'd1#4',
      'd2#1',
      'd2#2',
      'd3#1',
    ]);
  });

  it('cuts off a torn last line at open and goes on appending after the last complete one', async () => {
    const file = nextJournal();
    const store = await openOrFail({ file, sync: false });
    await fill(store);
    const before = await everything(store);
    await expectOk(store.close());
    const complete = readFileSync(file);
    const torn = '{"v":1,"commands":[{"dossierId":"d4","key":"k1","recordedAt":"2022-09-01T08:0';
    appendFileSync(file, torn);

    const reopened = await openOrFail({ file, sync: false });
    expect(reopened.recoveredBytes).toBe(Buffer.byteLength(torn));
    expect(readFileSync(file)).toEqual(complete);
    expect(await everything(reopened)).toStrictEqual(before);
    await expectOk(reopened.append(makeInput('d4', 0, 'k1')));
    await expectOk(reopened.close());
    const again = await openOrFail({ file });
    expect((await expectOk(again.load('d4'))).lastSequence).toBe(1);
    await expectOk(again.close());
  });

  it('reads a professeur documentaliste indexed under corps « documentaliste » (before 0.2) as a certifié', async () => {
    const file = nextJournal();
    const index = { ...makeIndex('doc-1', { etat: 'en-stage' }), corps: 'documentaliste' };
    writeFileSync(
      file,
      `${JSON.stringify({
        v: 1,
        commands: [
          {
            dossierId: 'doc-1',
            key: 'k1',
            recordedAt: '2022-09-01T08:00:00+04:00',
            first: 1,
            events: ['{"type":"note"}'],
            index,
          },
        ],
      })}\n`,
    );
    const store = await openOrFail({ file, sync: false });
    const { items } = await listAll(store, { corps: 'certifie' });
    expect(items.map((i) => [i.dossierId, i.corps])).toEqual([['doc-1', 'certifie']]);
    await expectOk(store.close());
  });

  it('refuses to open a journal with a damaged line, naming the line, and releases the lock', async () => {
    const file = nextJournal();
    const store = await openOrFail({ file, sync: false });
    await fill(store);
    await expectOk(store.close());
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');

    writeFileSync(file, [lines[0], '{"v":1,"commands":[', ...lines.slice(1)].join('\n'));
    expect(await expectErr(openJsonlStore({ file }))).toMatchObject({
      kind: 'store',
      code: 'corrupt',
      message: expect.stringContaining('ligne 2'),
    });

    // A line that parses but skips a sequence: the file was edited by hand.
    writeFileSync(file, [lines[0], lines[2], ''].join('\n'));
    expect(await expectErr(openJsonlStore({ file }))).toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('séquence 4 après 1'),
    });

    // An event edited in place (valid JSON, same sequence): its chain, written in the line, no longer matches.
    writeFileSync(file, good.replace('« Très bien »', '« Insuffisant »'));
    expect(await expectErr(openJsonlStore({ file }))).toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('séquence 1 modifiée hors de Tremplin'),
    });

    writeFileSync(file, good);
    await expectOk((await openOrFail({ file })).close());
  });

  it('lets one process open a journal at a time, and takes over the lock of a dead process', async () => {
    const file = nextJournal();
    const store = await openOrFail({ file, sync: false });
    expect(await expectErr(openJsonlStore({ file }))).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining(String(process.pid)),
    });
    await expectOk(store.close());

    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(`${file}.lock`, dead.stdout);
    const after = await openOrFail({ file, sync: false });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid));
    await expectOk(after.close());
  });

  it('finishes the appends queued before close, and refuses those made after', async () => {
    const file = nextJournal();
    const store = await openOrFail({ file, sync: false });
    const queued = Array.from({ length: 20 }, (_, i) => store.append(makeInput(`q${i}`, 0, 'k')));
    const closing = store.close();
    expect(await expectErr(store.append(makeInput('late', 0, 'k')))).toMatchObject({ code: 'closed' });
    for (const result of await Promise.all(queued)) expect(result.isOk()).toBe(true);
    await expectOk(closing);
    const reopened = await openOrFail({ file });
    expect((await listAll(reopened, {})).items).toHaveLength(20);
    await expectOk(reopened.close());
  });
});
