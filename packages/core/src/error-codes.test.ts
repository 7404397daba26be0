import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('error codes', () => {
  it('every issue and refusal code built by the sources is listed in docs/guides/erreurs.md', () => {
    const run = spawnSync(process.execPath, ['scripts/error-codes.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
