/**
 * Canonical JSON and SHA-256 (Node's native hash when available, a portable one otherwise), for the content
 * hashes of frozen views.
 *
 * @packageDocumentation
 */

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as `JSON.stringify` writes them (the rules of RFC 8785, JSON Canonicalization Scheme).
 *
 * @param value - a JSON value; `undefined` properties are skipped, like `JSON.stringify` does.
 * @returns the canonical text, equal for equal values whatever the key order.
 * @throws never for JSON values; a non-finite number is written `null` as by `JSON.stringify`.
 * @category Dossier
 */
export function canonicalJson(value: unknown): string {
  // Fast path: a deep copy with sorted keys, written by the native JSON.stringify. JavaScript puts
  // integer-like keys ("2", "10") first in numeric order whatever the insertion order, which is not the
  // canonical order: objects with such keys take the slow path, which writes every key itself.
  const trie = sortKeysDeep(value);
  return trie === CLE_ENTIERE ? writeCanonical(value) : (JSON.stringify(trie) ?? 'null');
}

const CLE_ENTIERE: unique symbol = Symbol('clé entière');
const ENTIER = /^(?:0|[1-9][0-9]*)$/;

function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copie: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const c = v === undefined || typeof v === 'function' ? null : sortKeysDeep(v);
      if (c === CLE_ENTIERE) return CLE_ENTIERE;
      copie[i] = c;
    }
    return copie;
  }
  const record = value as Record<string, unknown>;
  // No prototype, so that a key named "__proto__" stays a plain property.
  const copie: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(record).sort()) {
    if (ENTIER.test(k)) return CLE_ENTIERE;
    const v = record[k];
    if (v === undefined || typeof v === 'function') continue;
    const c = sortKeysDeep(v);
    if (c === CLE_ENTIERE) return CLE_ENTIERE;
    copie[k] = c;
  }
  return copie;
}

function writeCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let texte = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) texte += ',';
      const v: unknown = value[i];
      texte += v === undefined || typeof v === 'function' ? 'null' : writeCanonical(v);
    }
    return `${texte}]`;
  }
  const record = value as Record<string, unknown>;
  let texte = '{';
  let premier = true;
  for (const k of Object.keys(record).sort()) {
    const v = record[k];
    if (v === undefined || typeof v === 'function') continue;
    if (!premier) texte += ',';
    premier = false;
    texte += `${JSON.stringify(k)}:${writeCanonical(v)}`;
  }
  return `${texte}}`;
}

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

interface HashNatif {
  createHash(algorithm: 'sha256'): { update(data: Uint8Array): { digest(encoding: 'hex'): string } };
}

/**
 * Node's `crypto` module when the platform has it (Node ≥ 20.16 exposes `process.getBuiltinModule`), looked up
 * once; undefined in browsers and other runtimes, which use the portable implementation.
 */
const hashNatif: HashNatif | undefined = (() => {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const module = p?.getBuiltinModule?.('node:crypto') as Partial<HashNatif> | undefined;
  return typeof module?.createHash === 'function' ? (module as HashNatif) : undefined;
})();

/**
 * SHA-256 of a byte string (FIPS 180-4): Node's native implementation when available, otherwise
 * {@link sha256HexPortable}. Both give the same digest (tested).
 *
 * @param data - the bytes.
 * @returns the 32-byte digest as 64 lower-case hexadecimal digits.
 * @category Dossier
 */
export function sha256Hex(data: Uint8Array): string {
  return hashNatif === undefined
    ? sha256HexPortable(data)
    : hashNatif.createHash('sha256').update(data).digest('hex');
}

/**
 * SHA-256 of a byte string (FIPS 180-4) in plain TypeScript, for runtimes without Node's `crypto`.
 *
 * @param data - the bytes.
 * @returns the 32-byte digest as 64 lower-case hexadecimal digits.
 * @category Dossier
 */
export function sha256HexPortable(data: Uint8Array): string {
  let h0 = 0x6a09e667;
  let h1 = 0xbb67ae85;
  let h2 = 0x3c6ef372;
  let h3 = 0xa54ff53a;
  let h4 = 0x510e527f;
  let h5 = 0x9b05688c;
  let h6 = 0x1f83d9ab;
  let h7 = 0x5be0cd19;
  const n = data.length;
  const blocs = Math.ceil((n + 9) / 64);
  // The last one or two blocks, with the 0x80 marker and the bit length.
  const queue = new Uint8Array((blocs - Math.floor(n / 64)) * 64);
  queue.set(data.subarray(Math.floor(n / 64) * 64));
  queue[n % 64] = 0x80;
  const bits = n * 8;
  const fin = queue.length;
  queue[fin - 8] = Math.floor(bits / 0x100000000000000) & 0xff;
  queue[fin - 7] = Math.floor(bits / 0x1000000000000) & 0xff;
  queue[fin - 6] = Math.floor(bits / 0x10000000000) & 0xff;
  queue[fin - 5] = Math.floor(bits / 0x100000000) & 0xff;
  queue[fin - 4] = (bits >>> 24) & 0xff;
  queue[fin - 3] = (bits >>> 16) & 0xff;
  queue[fin - 2] = (bits >>> 8) & 0xff;
  queue[fin - 1] = bits & 0xff;
  const w = new Int32Array(64);
  const pleins = Math.floor(n / 64);
  for (let b = 0; b < blocs; b++) {
    const source = b < pleins ? data : queue;
    const base = b < pleins ? b * 64 : (b - pleins) * 64;
    for (let t = 0; t < 16; t++) {
      const i = base + t * 4;
      w[t] =
        ((source[i] as number) << 24) |
        ((source[i + 1] as number) << 16) |
        ((source[i + 2] as number) << 8) |
        (source[i + 3] as number);
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15] as number;
      const y = w[t - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
    }
    let a = h0;
    let bb = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + (K[t] as number) + (w[t] as number)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + bb) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return [h0, h1, h2, h3, h4, h5, h6, h7].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * The content hash of a JSON value: SHA-256 of its canonical JSON in UTF-8, written `sha256:<hex>`.
 *
 * @param value - a JSON value.
 * @returns e.g. `sha256:44136fa3…`.
 * @example
 * ```ts
 * computeEmpreinte({ b: 1, a: 2 }) === computeEmpreinte({ a: 2, b: 1 }); // true
 * ```
 * @category Dossier
 */
export function computeEmpreinte(value: unknown): string {
  return `sha256:${sha256Hex(new TextEncoder().encode(canonicalJson(value)))}`;
}
