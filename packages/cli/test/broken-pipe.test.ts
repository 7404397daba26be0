import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers.js';

describe('a reader that stops early (tremplin … | head)', () => {
  it('ends quietly, without a stack trace, when the pipe closes', () => {
    // 150 kB of JSON into a reader that takes one byte and leaves: the writer meets the closed pipe.
    const script = `"${process.execPath}" "${BIN}" referentiel --json | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(r.status).toBe(0);
  });
});
