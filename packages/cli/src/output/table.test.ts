import { describe, expect, it } from 'vitest';
import { createStyle, displayWidth, stripStyles } from './style.js';
import { renderTable } from './table.js';

const plain = createStyle(false);

describe('renderTable', () => {
  it('aligns columns on the widest cell, numbers to the right, without trailing spaces', () => {
    const lines = renderTable(
      [
        { header: 'Dossier', value: (r: { id: string; n: number }) => r.id },
        { header: 'N', value: (r) => String(r.n), align: 'right' },
      ],
      [
        { id: 'D-1', n: 7 },
        { id: 'D-10000', n: 123 },
      ],
      plain,
    );
    expect(lines).toEqual(['Dossier    N', '───────  ───', 'D-1        7', 'D-10000  123']);
  });

  it('counts accented letters as one column, precomposed or not', () => {
    const lines = renderTable(
      [
        { header: 'Nom', value: (r: { nom: string }) => r.nom },
        { header: 'X', value: () => 'x' },
      ],
      [{ nom: 'Rivière' }, { nom: 'Rivie\u0300re' }, { nom: 'Li' }],
      plain,
    );
    expect(lines.slice(2)).toEqual(['Rivière  x', 'Rivie\u0300re  x', 'Li       x']);
  });

  it('cuts long cells with an ellipsis', () => {
    const lines = renderTable(
      [{ header: 'D', value: (r: string) => r, maxWidth: 5 }],
      ['mathematiques'],
      plain,
    );
    expect(lines[2]).toBe('math…');
  });

  it('keeps alignment when cells are coloured', () => {
    const s = createStyle(true);
    const lines = renderTable(
      [
        { header: 'État', value: (r: string) => r, style: (_r, text, st) => st('red', text) },
        { header: 'Z', value: () => 'z' },
      ],
      ['en-stage', 'ok'],
      s,
    );
    expect(lines.map(stripStyles)).toEqual(['État      Z', '────────  ─', 'en-stage  z', 'ok        z']);
    expect(lines[3]).toContain('\u001b[');
  });

  it('renders only the header and the rule without rows', () => {
    expect(renderTable([{ header: 'A', value: (r: string) => r }], [], plain)).toEqual(['A', '─']);
  });
});

describe('displayWidth', () => {
  it('ignores escape sequences and combining marks', () => {
    expect(displayWidth('\u001b[31mé\u001b[39m')).toBe(1);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});
