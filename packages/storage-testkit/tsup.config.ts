import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.config.base';

// The worker is a second entry: the concurrency and crash tests fork it (dist/worker.js). `shims` gives
// the CommonJS build an `import.meta.url`, with which the kit finds the worker beside itself.
const base = packageConfig(['src/index.ts', 'src/worker.ts']) as Options;
export default defineConfig({ ...base, shims: true });
