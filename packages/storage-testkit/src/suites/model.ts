/**
 * The model-based run: random command sequences applied to the store and to the in-memory store (the
 * oracle), with every answer and the whole state compared after each step.
 *
 * @packageDocumentation
 */
import type { AppendInput, DossierFilter, DossierIndex } from '@tremplin/core';
import { createMemoryStore, type MemoryStore } from '@tremplin/storage-memory';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcome } from '../compare.js';
import { collect } from '../harness.js';
import type { StoreConformanceOptions, TestEvent, TestStore } from '../options.js';

interface Model {
  readonly oracle: MemoryStore<TestEvent>;
  /** Commands the oracle accepted (not replays), to send again. */
  readonly sent: AppendInput<TestEvent>[];
}
interface Real {
  readonly store: TestStore;
}
type Command = fc.AsyncCommand<Model, Real>;

const DOSSIERS = ['d1', 'd2', 'é3', '\u{1F600}4', '\uFF015', 'Z6'] as const;
const KEYS = ['k1', 'k2', 'k3', '« k4 »'] as const;
const INSTANTS = ['2022-09-01T08:00:00+04:00', '2022-11-30T23:59:59+04:00', '2023-06-30T12:00:00Z'] as const;
type ExpectedMode = 'head' | 'stale' | 'ahead' | 'zero';
type IndexSpec = Omit<DossierIndex, 'dossierId'>;

interface AppendSpec {
  readonly dossier: string;
  readonly mode: ExpectedMode;
  readonly key: string;
  readonly events: TestEvent[];
  readonly index: IndexSpec | null;
  readonly recordedAt: string;
  readonly defect: 'none' | 'no-events' | 'bad-instant';
}

const oneOrMany = <T extends string>(values: readonly T[]) =>
  fc.oneof(fc.constantFrom(...values), fc.subarray([...values]));

const indexArb: fc.Arbitrary<IndexSpec> = fc.record(
  {
    academie: fc.constantFrom('Réunion', 'Lyon'),
    anneeScolaire: fc.constantFrom('2022-2023', '2023-2024'),
    uai: fc.constantFrom('9740001A', '0690001A'),
    corps: fc.constantFrom('certifie', 'cpe', 'agrege'),
    discipline: fc.constantFrom('Lettres modernes', '', 'Mathématiques'),
    tuteurIds: fc.subarray(['t1', 't2', 't3']),
    etat: fc.constantFrom('en-stage', 'jury', 'titularise'),
  },
  { requiredKeys: ['academie', 'anneeScolaire', 'uai', 'corps', 'tuteurIds', 'etat'] },
);

const eventArb: fc.Arbitrary<TestEvent> = fc.record({
  type: fc.constantFrom('a', 'b', 'c'),
  n: fc.integer({ min: -2, max: 2 }),
  s: fc.string({ unit: 'grapheme', maxLength: 3 }),
});

const appendSpecArb: fc.Arbitrary<AppendSpec> = fc.record({
  dossier: fc.constantFrom(...DOSSIERS),
  mode: fc.constantFrom<ExpectedMode>('head', 'head', 'head', 'head', 'stale', 'ahead', 'zero'),
  key: fc.constantFrom(...KEYS),
  events: fc.array(eventArb, { minLength: 1, maxLength: 3 }),
  index: fc.option(indexArb, { freq: 3 }),
  recordedAt: fc.constantFrom(...INSTANTS),
  defect: fc.constantFrom<AppendSpec['defect']>(
    'none',
    'none',
    'none',
    'none',
    'none',
    'none',
    'no-events',
    'bad-instant',
  ),
});

const filterFields: Record<keyof DossierFilter, fc.Arbitrary<string | readonly string[]>> = {
  academie: oneOrMany(['Réunion', 'Lyon', 'Guyane']),
  anneeScolaire: oneOrMany(['2022-2023', '2023-2024']),
  uai: oneOrMany(['9740001A', '0690001A']),
  tuteurId: oneOrMany(['t1', 't2', 't3']),
  corps: oneOrMany(['certifie', 'cpe', 'agrege']),
  discipline: oneOrMany(['Lettres modernes', '', 'Mathématiques']),
  etat: oneOrMany(['en-stage', 'jury', 'titularise']),
};

/** Filters on at most two fields: more would select nothing in a five-dossier store and test little. */
const filterArb: fc.Arbitrary<DossierFilter> = fc
  .subarray(Object.keys(filterFields) as (keyof DossierFilter)[], { maxLength: 2 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, filterFields[k]]))))
  .map((filter) => filter as DossierFilter);

async function headOf(oracle: MemoryStore<TestEvent>, dossierId: string): Promise<number> {
  const loaded = await oracle.load(dossierId);
  return loaded.isOk() ? loaded.value.lastSequence : 0;
}

function expectedFor(mode: ExpectedMode, head: number): number {
  switch (mode) {
    case 'head':
      return head;
    case 'stale':
      return Math.max(0, head - 1);
    case 'ahead':
      return head + 1;
    case 'zero':
      return 0;
  }
}

function inputOf(spec: AppendSpec, expectedSequence: number): AppendInput<TestEvent> {
  return {
    dossierId: spec.dossier,
    expectedSequence,
    idempotencyKey: spec.key,
    recordedAt: spec.defect === 'bad-instant' ? '2022-09-01T08:00' : spec.recordedAt,
    events: spec.defect === 'no-events' ? [] : spec.events,
    ...(spec.index === null ? {} : { index: { dossierId: spec.dossier, ...spec.index } }),
  };
}

/** Compares every dossier and the full listing of both stores. */
async function compareStates(m: Model, r: Real): Promise<void> {
  for (const id of DOSSIERS) {
    expect(outcome(await r.store.load(id)), `load(${id})`).toStrictEqual(outcome(await m.oracle.load(id)));
  }
  expect(outcome(await r.store.list({}, { limit: 1000 })), 'list({})').toStrictEqual(
    outcome(await m.oracle.list({}, { limit: 1000 })),
  );
  const streamed = await collect(r.store.streamCohort({}, { batchSize: 2 }));
  expect(streamed.errors).toEqual([]);
  expect(streamed.items, 'streamCohort({})').toStrictEqual((await collect(m.oracle.streamCohort({}))).items);
}

class AppendCommand implements Command {
  constructor(readonly spec: AppendSpec) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    const input = inputOf(this.spec, expectedFor(this.spec.mode, await headOf(m.oracle, this.spec.dossier)));
    const expected = await m.oracle.append(input);
    expect(outcome(await r.store.append(input))).toStrictEqual(outcome(expected));
    if (expected.isOk() && !expected.value.replayed) m.sent.push(input);
    await compareStates(m, r);
  }
  toString(): string {
    return `append(${JSON.stringify(this.spec)})`;
  }
}

class ReplayCommand implements Command {
  constructor(
    readonly pick: number,
    readonly mode: ExpectedMode,
    readonly recordedAt: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    const original = m.sent[this.pick % Math.max(1, m.sent.length)];
    if (original !== undefined) {
      const head = await headOf(m.oracle, original.dossierId);
      let expectedSequence = expectedFor(this.mode, head);
      // A creation must carry an index: keep a replay of an index-less command valid.
      if (expectedSequence === 0 && original.index === undefined) expectedSequence = head;
      const input = { ...original, expectedSequence, recordedAt: this.recordedAt };
      const expected = await m.oracle.append(input);
      expect(expected.isOk() && expected.value.replayed).toBe(true);
      expect(outcome(await r.store.append(input))).toStrictEqual(outcome(expected));
    }
    await compareStates(m, r);
  }
  toString(): string {
    return `replay(${this.pick}, ${this.mode}, ${this.recordedAt})`;
  }
}

class BatchCommand implements Command {
  constructor(readonly specs: readonly AppendSpec[]) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    if (r.store.appendBatch === undefined) return;
    const heads = new Map<string, number>();
    const inputs: AppendInput<TestEvent>[] = [];
    for (const spec of this.specs) {
      const head = heads.get(spec.dossier) ?? (await headOf(m.oracle, spec.dossier));
      const input = inputOf(spec, expectedFor(spec.mode, head));
      inputs.push(input);
      heads.set(spec.dossier, input.expectedSequence + input.events.length);
    }
    const expected = await m.oracle.appendBatch(inputs);
    expect(outcome(await r.store.appendBatch(inputs))).toStrictEqual(outcome(expected));
    if (expected.isOk()) {
      expected.value.forEach((result, i) => {
        if (!result.replayed) m.sent.push(inputs[i] as AppendInput<TestEvent>);
      });
    }
    await compareStates(m, r);
  }
  toString(): string {
    return `appendBatch(${JSON.stringify(this.specs)})`;
  }
}

class ReadCommand implements Command {
  constructor(
    readonly what: 'load' | 'history',
    readonly dossier: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    if (this.what === 'load') {
      expect(outcome(await r.store.load(this.dossier))).toStrictEqual(
        outcome(await m.oracle.load(this.dossier)),
      );
    } else {
      expect(outcome(await r.store.history(this.dossier))).toStrictEqual(
        outcome(await m.oracle.history(this.dossier)),
      );
    }
  }
  toString(): string {
    return `${this.what}(${JSON.stringify(this.dossier)})`;
  }
}

class ListCommand implements Command {
  constructor(
    readonly filter: DossierFilter,
    readonly limit: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const request = cursor === undefined ? { limit: this.limit } : { limit: this.limit, cursor };
      const expected = await m.oracle.list(this.filter, request);
      expect(outcome(await r.store.list(this.filter, request))).toStrictEqual(outcome(expected));
      cursor = expected.isOk() ? expected.value.nextCursor : undefined;
      if (cursor === undefined) return;
    }
  }
  toString(): string {
    return `list(${JSON.stringify(this.filter)}, ${this.limit})`;
  }
}

class StreamCommand implements Command {
  constructor(
    readonly filter: DossierFilter,
    readonly batchSize: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    const expected = await collect(m.oracle.streamCohort(this.filter));
    const actual = await collect(r.store.streamCohort(this.filter, { batchSize: this.batchSize }));
    expect(actual.errors).toEqual([]);
    expect(actual.items).toStrictEqual(expected.items);
  }
  toString(): string {
    return `streamCohort(${JSON.stringify(this.filter)}, ${this.batchSize})`;
  }
}

const commandArbs: fc.Arbitrary<Command>[] = [
  appendSpecArb.map((spec) => new AppendCommand(spec)),
  appendSpecArb.map((spec) => new AppendCommand(spec)),
  appendSpecArb.map((spec) => new AppendCommand(spec)),
  fc
    .tuple(fc.nat(), fc.constantFrom<ExpectedMode>('head', 'stale', 'zero'), fc.constantFrom(...INSTANTS))
    .map(([pick, mode, at]) => new ReplayCommand(pick, mode, at)),
  fc.array(appendSpecArb, { minLength: 1, maxLength: 4 }).map((specs) => new BatchCommand(specs)),
  fc
    .tuple(fc.constantFrom('load' as const, 'history' as const), fc.constantFrom(...DOSSIERS, 'absent'))
    .map(([what, dossier]) => new ReadCommand(what, dossier)),
  fc
    .tuple(filterArb, fc.integer({ min: 1, max: 3 }))
    .map(([filter, limit]) => new ListCommand(filter, limit)),
  fc
    .tuple(filterArb, fc.integer({ min: 1, max: 3 }))
    .map(([filter, size]) => new StreamCommand(filter, size)),
];

/**
 * Registers the model-based run.
 *
 * @param options - the kit's options.
 */
export function modelSuite(options: StoreConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  const numRuns = options.modelRuns ?? Number(process.env.TREMPLIN_MODEL_RUNS ?? 25);
  describe('model-based run against the in-memory oracle', () => {
    it(`agrees with the oracle on every answer and every state (${numRuns} runs)`, {
      timeout: Math.max(timeout, numRuns * 5_000),
    }, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.commands(commandArbs, { maxCommands: options.maxCommands ?? 40, size: 'max' }),
          async (commands) => {
            const store = await options.createStore();
            const oracle = createMemoryStore<TestEvent>();
            try {
              await fc.asyncModelRun(() => ({ model: { oracle, sent: [] }, real: { store } }), commands);
            } finally {
              await store.close();
              await oracle.close();
            }
          },
        ),
        { numRuns, ...(options.seed === undefined ? {} : { seed: options.seed }) },
      );
    });
  });
}
