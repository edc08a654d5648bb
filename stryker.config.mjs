// Mutation testing (`npm run mutation`; not part of `npm test`: it takes tens of minutes).
// See CONTRIBUTING.md for how to read the report and why the compile cache is cleared per test.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/scoring/**/*.ts',
    'src/cohort/**/*.ts',
    'src/compare/**/*.ts',
    'src/interop/**/*.ts',
    'src/sql/**/*.ts',
    'src/stats/**/*.ts',
    '!src/**/index.ts',
    // A barrel has nothing to mutate; this index holds the compare layer's logic (outcomes, compare).
    'src/compare/index.ts',
    '!src/**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
