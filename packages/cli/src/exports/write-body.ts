/**
 * Writing an exporter's body to a file: text, bytes, or a stream of bytes (pulled with back-pressure).
 *
 * @packageDocumentation
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportBody } from '@tremplin/core';

// Folders already created in this process (the demo writes hundreds of files into a few folders).
const created = new Set<string>();

/** A file an export wrote. */
export interface WrittenFile {
  /** Path relative to the export folder, with `/` separators. */
  readonly path: string;
  readonly bytes: number;
}

/**
 * Writes a body to a file, creating its folder.
 *
 * @param file - the absolute path.
 * @param body - a string (UTF-8), bytes, or an async iterable of bytes (a Node `Readable` is one).
 * @returns the number of bytes written.
 */
export async function writeBody(file: string, body: ExportBody | Readable): Promise<number> {
  const dir = dirname(file);
  if (!created.has(dir)) {
    await mkdir(dir, { recursive: true });
    created.add(dir);
  }
  if (typeof body === 'string') {
    const bytes = Buffer.from(body, 'utf8');
    await writeFile(file, bytes);
    return bytes.length;
  }
  if (body instanceof Uint8Array) {
    await writeFile(file, body);
    return body.length;
  }
  let bytes = 0;
  const counted = Readable.from(
    (async function* () {
      for await (const chunk of body as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  await pipeline(counted, createWriteStream(file));
  return bytes;
}
