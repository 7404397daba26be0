import { defineConfig } from 'tsup';

// The shared settings of tsup.config.base.ts, plus `shims`: the CommonJS build then gets an
// `import.meta.url`, from which the font loader resolves the `dejavu-fonts-ttf` files.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
  shims: true,
});
