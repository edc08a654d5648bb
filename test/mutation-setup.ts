/**
 * Setup for the mutation run only (vitest.mutation.config.ts): `compile()` caches per definition,
 * so without this only the first test to score a definition would count as covering compile.ts,
 * and Stryker would run too few tests against its mutants.
 */
import { beforeEach } from 'vitest';
import { forgetCompiled } from '../src/scoring/compile.js';

beforeEach(() => forgetCompiled());
