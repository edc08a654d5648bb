import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant of the engine, the statistics or the exports can fail: everything that
 * imports `src` directly. Tests of the built package (dist, bundles, command line, docs, browser)
 * are left out: they test the build, and a mutated source file is not rebuilt; so are the slow
 * tests of layers that are not mutated.
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
      // Slow and aimed at other layers: the packed tarball, real database servers, the FHIRPath
      // engines over every expression (src/fhir, src/sql are not mutated).
      'test/consumer.test.ts',
      'test/package-contents.test.ts',
      'test/sql-engines.test.ts',
      'test/fhir-calculated.test.ts',
    ],
    setupFiles: ['test/mutation-setup.ts'],
    testTimeout: 60_000,
  },
});
