import { describe, expect, it } from 'vitest';
import { colourWanted, createStyle } from './style.js';

const tty = { write() {}, isTTY: true };
const pipe = { write() {}, isTTY: false };

describe('colourWanted', () => {
  it('colours a terminal, not a pipe', () => {
    expect(colourWanted(tty, {}, false)).toBe(true);
    expect(colourWanted(pipe, {}, false)).toBe(false);
  });

  it('obeys NO_COLOR, --no-color and TERM=dumb', () => {
    expect(colourWanted(tty, { NO_COLOR: '1' }, false)).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: '' }, false)).toBe(true);
    expect(colourWanted(tty, {}, true)).toBe(false);
    expect(colourWanted(tty, { TERM: 'dumb' }, false)).toBe(false);
  });

  it('obeys FORCE_COLOR on a pipe, but NO_COLOR wins', () => {
    expect(colourWanted(pipe, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted(tty, { FORCE_COLOR: '0' }, false)).toBe(false);
    expect(colourWanted(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(false);
  });
});

describe('createStyle', () => {
  it('writes escape sequences only when enabled', () => {
    expect(createStyle(false)(['bold', 'red'], 'x')).toBe('x');
    expect(createStyle(true)(['bold', 'red'], 'x')).toBe('\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
  });
});
