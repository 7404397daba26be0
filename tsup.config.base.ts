import { defineConfig, type Options } from 'tsup';

/** Shared tsup settings: ESM + CJS + d.ts for Node 20, one config per package. */
/**
 * @param entry - the entry points; several (an object naming each output) share code through chunks.
 */
export function packageConfig(
  entry: string[] | Record<string, string> = ['src/index.ts'],
): ReturnType<typeof defineConfig> {
  const options: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    // Several entries share modules through chunks, so a zod schema or a constant has one identity.
    splitting: !Array.isArray(entry),
    treeshake: true,
  };
  return defineConfig(options);
}
