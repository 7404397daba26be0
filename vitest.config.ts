import { defineConfig } from 'vitest/config';

const report = process.env.TREMPLIN_TEST_REPORT;

export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
  },
});
