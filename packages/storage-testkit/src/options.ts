/**
 * What a store's test file gives the conformance kit.
 *
 * @packageDocumentation
 */
import type { Store } from '@tremplin/core';
import type { JsonValue } from '@tremplin/core/store-kit';

/** The events the kit appends: any JSON object with a `type`. */
export type TestEvent = { readonly type: string; readonly [key: string]: JsonValue };

/** A store as the kit uses it. */
export type TestStore = Store<TestEvent>;

/** One stored event as read without the adapter (plain SQL, for instance). */
export interface RawEvent {
  readonly dossierId: string;
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly recordedAt: string;
  /** The stored JSON text. */
  readonly payload: string;
}

/** One stored dossier head as read without the adapter. */
export interface RawDossier {
  readonly dossierId: string;
  readonly lastSequence: number;
}

/** Everything a store holds, read without the adapter. */
export interface RawDump {
  readonly events: readonly RawEvent[];
  readonly dossiers: readonly RawDossier[];
}

/**
 * Changes a store's raw data without the adapter, as someone with access to the database (or the memory)
 * could: what the tamper-evidence tests do before checking that every read reports it.
 */
export interface Tamper {
  /** Replaces the stored JSON text and/or the stored chain of one event. */
  editEvent(
    dossierId: string,
    sequence: number,
    change: { readonly payload?: string; readonly chain?: string },
  ): void | Promise<void>;
  /** Deletes one event. */
  deleteEvent(dossierId: string, sequence: number): void | Promise<void>;
  /** Changes what the dossier's index row says of its head: its last sequence and/or that event's chain. */
  editHead(
    dossierId: string,
    head: { readonly lastSequence?: number; readonly lastChain?: string },
  ): void | Promise<void>;
}

/** How to run writers and the crash test in child processes. */
export interface ProcessOptions {
  /**
   * Absolute path or `file:` URL of an ES module that plain Node can import (built JavaScript, not
   * TypeScript), exporting `openStore(locator: unknown): Promise<Store>` — it opens, in the child, the
   * database `locate` describes.
   */
  readonly workerModule: string | URL;
  /** What a child needs to open the same database as `store`, as JSON (a file path, a URL and a schema…). */
  readonly locate: (store: TestStore) => unknown;
  /** Child processes writing concurrently (default 3). */
  readonly writers?: number;
  /** Run the crash test (default `true` when the store is persistent). */
  readonly crash?: boolean;
}

/** The conformance kit's settings. */
export interface StoreConformanceOptions {
  /** The store's name, shown in test names. */
  readonly name: string;
  /** Opens a new, empty store. Called for each test and each model-based run; the kit closes it. */
  readonly createStore: () => TestStore | Promise<TestStore>;
  /**
   * Opens another connection to the data of `store` (for writers on separate connections). Absent: the
   * writers share `store`. The kit closes peers.
   */
  readonly openPeer?: (store: TestStore) => TestStore | Promise<TestStore>;
  /** Reads what `store` holds without going through the adapter; enables raw checks of verbatim storage. */
  readonly readRaw?: (store: TestStore) => RawDump | Promise<RawDump>;
  /**
   * Gives raw write access to `store`'s data (SQL `UPDATE`/`DELETE`, or the memory store's map); enables the
   * tamper-evidence tests. Absent: those tests are skipped.
   */
  readonly tamper?: (store: TestStore) => Tamper | Promise<Tamper>;
  /** Child-process writers and the crash test (for stores with `capabilities.multiProcess`). */
  readonly processes?: ProcessOptions;
  /** Model-based runs (default 25, or `TREMPLIN_MODEL_RUNS`). */
  readonly modelRuns?: number;
  /** Commands per model-based run, at most (default 40). */
  readonly maxCommands?: number;
  /** fast-check seed, to replay a failure. */
  readonly seed?: number;
  /** Per-test timeout in milliseconds (default 60 000). */
  readonly timeout?: number;
  /** Scale of the concurrency tests. */
  readonly concurrency?: {
    /** Concurrent writers (default 4). */
    readonly writers?: number;
    /** Successful appends per writer (default 20). */
    readonly appendsPerWriter?: number;
    /** Dossiers they share (default 3). */
    readonly dossiers?: number;
  };
}
