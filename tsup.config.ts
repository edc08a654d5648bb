import { readdirSync, statSync } from 'node:fs';
import { defineConfig } from 'tsup';

const instruments = readdirSync('src/instruments').filter((name) => statSync(`src/instruments/${name}`).isDirectory());

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    ...Object.fromEntries(instruments.map((id) => [`instruments/${id}`, `src/instruments/${id}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
