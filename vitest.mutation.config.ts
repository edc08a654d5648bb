import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant of the engine, the statistics or the exports can fail: everything that
 * imports `src` directly. Tests of the built package (dist, bundles, command line, docs, browser)
 * are left out: they test the build, and a mutated source file is not rebuilt.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      'test/cli*.test.ts',
      'test/dist.test.ts',
      'test/bundle.test.ts',
      'test/forms-bundle.test.ts',
      'test/fhir-bundle.test.ts',
      'test/playground.test.ts',
      'test/guides.test.ts',
      'test/docs.test.ts',
      'test/generated.test.ts',
    ],
    setupFiles: ['test/mutation-setup.ts'],
    testTimeout: 60_000,
  },
});
