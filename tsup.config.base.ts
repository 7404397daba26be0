import { defineConfig, type Options } from 'tsup';

/** Shared tsup settings: ESM + CJS + d.ts for Node 20, one config per package. */
export function packageConfig(entry: string[] = ['src/index.ts']): ReturnType<typeof defineConfig> {
  const options: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  };
  return defineConfig(options);
}
