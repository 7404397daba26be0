import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const report = process.env.TREMPLIN_TEST_REPORT;

/**
 * One project per workspace package: its own config file when it has one, else an inline project named after the
 * package that inherits this file's options (the time budgets below).
 */
function projects(): Array<string | TestProjectInlineConfiguration> {
  return ['packages', 'examples'].flatMap((parent) =>
    readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(parent, d.name, 'package.json')))
      .map((d) => {
        const root = join(parent, d.name);
        if (existsSync(join(root, 'vitest.config.ts'))) return root;
        const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
        return { extends: true, root, test: { name } };
      }),
  );
}

export default defineConfig({
  test: {
    projects: projects(),
    // Tests check what is computed, never how fast: these budgets only catch a hang, and must hold on a loaded
    // machine (one core shared with another copy of the suite).
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
  },
});
