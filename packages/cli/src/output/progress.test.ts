import { describe, expect, it } from 'vitest';
import { progressLine, startProgress } from './progress.js';

describe('progress', () => {
  it('draws the share done', () => {
    expect(progressLine('Import', 0, 4)).toMatch(/\[░{28}\]\s+0 %\s+0\/4$/);
    expect(progressLine('Import', 1, 4)).toMatch(/\[█{7}░{21}\]\s+25 %\s+1\/4$/);
    expect(progressLine('Import', 9, 4)).toMatch(/100 %/);
  });

  it('draws nothing on a pipe, and redraws only when the percentage moves on a terminal', () => {
    const written: string[] = [];
    startProgress({ write: (t) => written.push(t), isTTY: false }, 'x', 10).tick();
    expect(written).toEqual([]);
    const bar = startProgress({ write: (t) => written.push(t), isTTY: true }, 'x', 1000);
    bar.tick();
    bar.tick(9);
    bar.done();
    expect(written.length).toBe(4);
    expect(written.at(-1)).toBe('\n');
  });
});
