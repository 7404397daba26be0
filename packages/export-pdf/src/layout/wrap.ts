/**
 * Line breaking used when a table row must be cut across pages: the text of a cell is broken into
 * the lines it will occupy, so a chunk of lines can be drawn on one page and the rest on the next.
 *
 * @packageDocumentation
 */

/** Measures the width of a string in the current font and size. */
export type MeasureWidth = (text: string) => number;

function breakWord(word: string, width: number, measure: MeasureWidth): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  pieces.push(piece);
  return pieces;
}

/**
 * Breaks a text into lines no wider than `width`: at spaces (never at a no-break space), at
 * explicit line feeds, and inside a word only when the word alone is wider than the line.
 *
 * @param text - the text; `\n` forces a line break, an empty paragraph gives an empty line.
 * @param width - the available width in points.
 * @param measure - the width of a string in the font and size the text will be drawn with.
 * @returns the lines, in order; joining them with spaces gives back the text up to whitespace.
 */
export function wrapLines(text: string, width: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = measure(word);
      if (line === '' && lineWidth === 0 && wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      if (lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '' || lineWidth > 0) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
      } else {
        const pieces = breakWord(word, width, measure);
        line = pieces.pop() ?? '';
        lineWidth = measure(line);
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return lines;
}
