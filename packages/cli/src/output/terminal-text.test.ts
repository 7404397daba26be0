import { describe, expect, it } from 'vitest';
import { createStyle } from './style.js';
import { guardIo, neutralizeControls } from './terminal-text.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw control characters is the point.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const hostile = 'Payet\u001b[31m Marie\u0007 \u202eeivaS\u202c \u001b]0;titre\u0007\u009b2J\r';

describe('neutralizeControls', () => {
  it('prints a name holding ESC [31m, BEL and U+202E without any of them', () => {
    const out = neutralizeControls(`Dossier D-1 : ${hostile}\n`, false);
    expect(out).not.toMatch(RAW);
    expect(out).toBe(
      'Dossier D-1 : Payet\\u001b[31m Marie\\u0007 \\u202eeivaS\\u202c \\u001b]0;titre\\u0007\\u009b2J\\u000d\n',
    );
  });

  it('keeps tabs, line feeds, accents and, when colours are on, the styler’s sequences only', () => {
    const s = createStyle(true);
    const line = `${s('bold', 'Élodie')}\tD-1\u2066x\u2069\n`;
    const out = neutralizeControls(line, true);
    expect(out.startsWith(s('bold', 'Élodie'))).toBe(true);
    expect(out).toContain('\\u2066x\\u2069');
    expect(neutralizeControls(line, false)).not.toContain('\u001b');
    expect(neutralizeControls('\u001b[2J\u001b[1;1H', true)).toBe('\\u001b[2J\\u001b[1;1H');
  });

  it('leaves a JSON document meaning the same data', () => {
    const value = { nom: hostile, prenom: 'A\u0085B\u2067' };
    const text = JSON.stringify(value, null, 2);
    const out = neutralizeControls(text, false);
    expect(out).not.toMatch(RAW);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('guardIo', () => {
  it('neutralizes what any host output receives, and a second pass changes nothing', () => {
    const written: string[] = [];
    const host = {
      stdout: { isTTY: false, write: (t: string) => written.push(t) },
      stderr: { isTTY: false, write: (t: string) => written.push(t) },
      readStdin: async () => '',
      env: {},
      cwd: '/',
      now: () => 0,
    };
    const io = guardIo(host);
    io.stdout.write('Payet\u001b[2J\u202eMarie\u0007\n');
    io.stderr.write('\u009bx');
    guardIo(io).stdout.write('a\u001b]0;titre\u0007b');
    expect(written).toEqual(['Payet\\u001b[2J\\u202eMarie\\u0007\n', '\\u009bx', 'a\\u001b]0;titre\\u0007b']);
    expect(io.stdout.isTTY).toBe(false);
  });
});
