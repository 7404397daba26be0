/**
 * JSON inputs with line numbers: a JSON array of objects (each element's line is where it starts) or JSON
 * Lines (one object per line).
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';

/** One element of a JSON input. */
export interface JsonRow {
  /** 1-based line where the element starts. */
  readonly line: number;
  /** The element, or the reason it could not be read (JSON Lines only). */
  readonly value:
    | { readonly ok: true; readonly data: unknown }
    | { readonly ok: false; readonly message: string };
}

/** Why a JSON file could not be read at all. */
export interface JsonFileError {
  readonly line: number;
  readonly message: string;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Start offsets of the elements of a top-level JSON array (the text is known to be valid JSON).
 *
 * @param text - the JSON text.
 * @returns one offset per element.
 */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (expecting && depth === 1 && ch !== ']') {
      offsets.push(i);
      expecting = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expecting = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expecting = true;
  }
  return offsets;
}

/**
 * Reads a JSON array of elements.
 *
 * @param input - the file's text.
 * @returns each element with the line it starts on, or the line of the syntax error.
 */
export function parseJsonArray(input: string): Result<JsonRow[], JsonFileError> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return err({
      line: position === null ? 1 : lineAt(text, Number(position[1])),
      message: jsonSyntaxMessage(e),
    });
  }
  if (!Array.isArray(data)) {
    return err({
      line: 1,
      message:
        'Un tableau JSON est attendu ([ {…}, {…} ]) ; pour un objet par ligne, utilisez --format jsonl.',
    });
  }
  const offsets = elementOffsets(text);
  return ok(
    data.map((d, i) => ({ line: lineAt(text, offsets[i] ?? 0), value: { ok: true as const, data: d } })),
  );
}

/**
 * The reason a JSON text could not be read, without any of the text (V8 quotes the start of the input in
 * some messages: a row may hold a NUMEN).
 *
 * @param error - what `JSON.parse` threw.
 * @returns `JSON illisible : …`, the position kept, the quoted text removed.
 */
export function jsonSyntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `JSON illisible : ${message.replace(/,\s*".*" is not valid JSON$/s, '').replace(/"[^"]*"/g, '«…»')}`;
}

async function* lines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest !== '') yield rest;
}

/**
 * Reads JSON Lines as a stream: one JSON value per non-blank line.
 *
 * @param text - the file's text, in chunks.
 * @returns each line's value or its syntax error (a bad line is a bad row, not a bad file), with its line.
 */
export async function* jsonLines(text: AsyncIterable<string>): AsyncGenerator<JsonRow> {
  let line = 0;
  for await (const raw of lines(text)) {
    line++;
    const lineText = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (lineText === '') continue;
    try {
      yield { line, value: { ok: true, data: JSON.parse(lineText) } };
    } catch (e) {
      yield { line, value: { ok: false, message: jsonSyntaxMessage(e) } };
    }
  }
}
