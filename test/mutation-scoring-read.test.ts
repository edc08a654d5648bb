/**
 * Reading answers objects (src/scoring/read.ts), re-measured on the rewritten engine (issue 19,
 * docs/mutation/scoring.md): which objects count as answers, and that only their own keys are
 * read, whatever their prototype chain holds.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import { sumOf } from './mutation-scoring-fixtures.js';

const two = sumOf([0, 1, 2], 2);

describe('objects that are answers', () => {
  it('a plain object with a Symbol.toStringTag is still a plain object of answers', () => {
    const tagged: unknown = { exact_1: 1, exact_2: 2, [Symbol.toStringTag]: 'Answers' };
    const r = score(two, tagged);
    expect(r.valid).toBe(true);
    expect(r.scales['total']!.value).toBe(3);
  });
  it('so is an object without a prototype that has one', () => {
    const bare: unknown = Object.assign(Object.create(null) as Record<string | symbol, unknown>, { exact_1: 2, exact_2: 2, [Symbol.toStringTag]: 'Answers' });
    const r = score(two, bare);
    expect(r.valid).toBe(true);
    expect(r.scales['total']!.value).toBe(4);
  });
});

describe('what is no answers object', () => {
  it('a function is refused even when its Symbol.toStringTag claims "Object"', () => {
    const fn = Object.assign(() => 0, { exact_1: 1, exact_2: 1, [Symbol.toStringTag]: 'Object' });
    const r = score(two, fn as never);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_answers']);
    expect(r.scales['total']).toMatchObject({ value: null, reason: 'invalid_answers', answered: 0 });
  });
});

describe('only own keys are answers', () => {
  it('an item id inherited from the prototype is no answer', () => {
    const answers = Object.assign(Object.create({ exact_1: 2 }) as Record<string, number>, { exact_2: 1 });
    const r = score(two, answers);
    expect(r.valid).toBe(true);
    expect(r.scales['total']).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1 });
  });
  it('an item id added to Object.prototype is no answer of a plain object', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['exact_1'] = 2;
    try {
      const r = score(two, { exact_2: 1 });
      expect(r.scales['total']).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1 });
      expect(score(two, { exact_1: 0, exact_2: 1 }).scales['total']!.value).toBe(1);
    } finally {
      delete proto['exact_1'];
    }
  });
});
