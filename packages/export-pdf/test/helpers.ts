/** Reading PDFs back in tests: bytes from a stream, text per page with pdf-parse (pdf.js). */
import type { Readable } from 'node:stream';
import { PDFParse } from 'pdf-parse';

/** Reads a stream to the end. */
export async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A PDF read back: its pages' text and its document information. */
export interface ParsedPdf {
  readonly pages: readonly string[];
  readonly text: string;
  readonly info: Readonly<Record<string, unknown>>;
}

/** Parses a PDF with pdf.js (through pdf-parse), an implementation independent of pdfkit. */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const pages = text.pages.map((p) => p.text);
    return { pages, text: pages.join('\n'), info: (info.info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

/** Counts the non-overlapping occurrences of a string. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/**
 * The time a test that lays out and parses back PDFs may take. A fiche takes a few hundred milliseconds on an idle
 * box and several times that on a loaded 2-core one: the tests check what is printed, never how fast, so their
 * budget is generous (vitest's default of 5 s made them flaky under load).
 */
export const BUDGET_TEST_PDF_MS = 60_000;
