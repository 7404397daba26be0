/**
 * Turning the bytes of an input file into text: UTF-8 (with or without a byte order mark) read strictly, or
 * Windows-1252 — what Excel writes on Windows when saving « CSV (séparateur : point-virgule) » — converted.
 *
 * @packageDocumentation
 */

/** The encodings `import` reads (`--encoding`). */
export type InputEncoding = 'utf-8' | 'windows-1252';

/** The encodings `--encoding` accepts. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf-8', 'windows-1252'];

/** Thrown inside the reading pipeline when the bytes are not of the encoding read; caught by the import. */
export class EncodingMismatch extends Error {
  /** 0-based offset of the chunk where the decoder stopped (the bad byte is in it). */
  readonly offset: number;
  constructor(offset: number) {
    super('not valid UTF-8');
    this.offset = offset;
  }
}

/**
 * Decodes a stream of bytes.
 *
 * @param bytes - the file's bytes, in chunks.
 * @param encoding - how to read them: UTF-8 strictly (a byte order mark is dropped), or Windows-1252.
 * @returns the text, in chunks.
 * @throws {@link EncodingMismatch} (inside the iteration) when UTF-8 is asked and the bytes are not valid UTF-8.
 */
export async function* decodeChunks(
  bytes: AsyncIterable<Uint8Array>,
  encoding: InputEncoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let offset = 0;
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new EncodingMismatch(offset);
    }
    offset += chunk.length;
    if (text !== '') yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new EncodingMismatch(offset);
  }
  if (tail !== '') yield tail;
}

/** Bytes Windows-1252 leaves undefined: a file holding one is in neither encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes that are not UTF-8 read as Windows-1252 text: no NUL byte (UTF-16 has them) and none of the
 * five bytes Windows-1252 leaves undefined.
 *
 * @param bytes - the file's bytes, in chunks.
 * @returns true when the file can be read as Windows-1252.
 */
export async function looksLikeWindows1252(bytes: AsyncIterable<Uint8Array>): Promise<boolean> {
  for await (const chunk of bytes) {
    for (const b of chunk) if (b === 0 || UNDEFINED_1252.has(b)) return false;
  }
  return true;
}
