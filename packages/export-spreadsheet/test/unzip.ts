import { inflateRawSync } from 'node:zlib';
import type { ExportBody } from '@tremplin/core';

/**
 * Collects an export body into bytes.
 *
 * @param body - a string, bytes or a stream of byte chunks.
 */
export async function collect(body: ExportBody): Promise<Uint8Array> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads every entry of a ZIP archive (stored or deflated), independently of exceljs and JSZip, so a test can
 * search an XLSX file's XML.
 *
 * @param zip - the archive.
 * @returns entry name → decompressed text.
 */
export function unzipText(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.byteLength - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const files = new Map<string, string>();
  for (let n = 0; n < entries; n++) {
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = Buffer.from(zip.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8');
    const local = view.getUint32(offset + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8'));
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return files;
}
