/** Property-based checks over every instrument: valid answers score in range, bad input never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import type { BandScheme, InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';

const optionValues = (def: InstrumentDefinition, itemId: string): number[] => {
  const item = def.items.find((i) => i.id === itemId)!;
  return def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
};

/** Valid answers: each item one of its options, or unanswered. */
const validAnswers = (def: InstrumentDefinition, missingRate: number) =>
  fc.record(
    Object.fromEntries(
      def.items.map((item) => [
        item.id,
        missingRate === 0
          ? fc.constantFrom(...optionValues(def, item.id))
          : fc.option(fc.constantFrom(...optionValues(def, item.id)), { freq: Math.round(1 / missingRate) }),
      ]),
    ),
  );

const badValue = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, 1e308),
  fc.string(),
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.bigInt(),
  fc.constant(Symbol('s')),
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'), fc.string());

describe.each(instruments.map((d) => [d.id, d] as const))('%s', (_id, def) => {
  it('valid answers: every scale is a finite number within range or null with a reason; never NaN', () => {
    fc.assert(
      fc.property(validAnswers(def, 0.15), fc.boolean(), (answers, prorate) => {
        const r = score(def, answers, { prorate });
        expect(r.valid).toBe(true);
        for (const scale of def.scales) {
          const s = r.scales[scale.id as keyof typeof r.scales];
          if (s.value === null) expect(['insufficient_answers', 'invalid_answers']).toContain(s.reason);
          else {
            expect(Number.isFinite(s.value)).toBe(true);
            expect(s.value).toBeGreaterThanOrEqual(scale.range[0] - 1e-9);
            expect(s.value).toBeLessThanOrEqual(scale.range[1] + 1e-9);
            // A band whenever the scale has a default scheme; none where every scheme is non-default (single secondary).
            if ((scale.bandSchemes as readonly BandScheme[]).some((b) => b.default === true)) expect(s.band).not.toBeNull();
            else expect(s.band).toBeNull();
          }
        }
        for (const c of Object.values(r.cutoffs)) expect([true, false, null]).toContain(c);
      }),
      { numRuns: 300 },
    );
  });

  it('complete answers are always scored, and keyed and array forms agree', () => {
    fc.assert(
      fc.property(validAnswers(def, 0), (answers) => {
        const keyed = score(def, answers);
        const list = score(def, def.items.map((i) => answers[i.id]) as never);
        expect(list.scales).toEqual(keyed.scales);
        expect(list.cutoffs).toEqual(keyed.cutoffs);
        for (const s of Object.values(keyed.scales)) expect(s.value).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('any bad value for any item gives an issue naming that item, never a throw, and its scales are not scored', () => {
    fc.assert(
      fc.property(validAnswers(def, 0), fc.constantFrom(...def.items.map((i) => i.id)), badValue, (answers, itemId, value) => {
        fc.pre(!(typeof value === 'number' && optionValues(def, itemId).includes(value)));
        const r = score(def, { ...answers, [itemId]: value } as never);
        expect(r.valid).toBe(false);
        expect(r.issues.some((i) => i.item === itemId && ['invalid_type', 'invalid_value', 'not_finite'].includes(i.code))).toBe(true);
        for (const scale of def.scales.filter((s) => (s.items as readonly string[]).includes(itemId))) {
          expect(r.scales[scale.id as keyof typeof r.scales]).toMatchObject({ value: null, reason: 'invalid_answers' });
        }
        expect(() => JSON.stringify(r)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('hostile keys and shapes: issues, never a throw, Object.prototype untouched', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileKey, badValue, { maxKeys: 8 }), (raw) => {
        const input = JSON.parse(JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : v))) as object;
        const before = Object.getOwnPropertyNames(Object.prototype).sort();
        const r = score(def, input as never, { unknownKeys: 'report' });
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        const keys = Object.keys(input);
        // Prototype keys and bad values of items are errors; any other key is a warning only.
        const errors = keys.filter((k) => def.items.some((i) => i.id === k) || ['__proto__', 'constructor', 'prototype'].includes(k));
        expect(r.valid).toBe(errors.length === 0);
        for (const key of keys.filter((k) => !def.items.some((i) => i.id === k))) {
          const issue = r.issues.find((i) => i.item === key);
          if (issue === undefined) expect(r.issues.some((i) => i.code === 'too_many_issues')).toBe(true);
          else expect(issue.severity).toBe(errors.includes(key) ? 'error' : 'warning');
        }
        expect(score(def, input as never).issues.some((i) => i.code === 'unknown_item')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('arrays of the wrong length, huge arrays and non-objects: one issue, every scale invalid, no throw', () => {
    const n = def.items.length;
    const shortest = def.items.reduce((last, item, i) => (def.scales.some((s) => (s.items as readonly string[]).includes(item.id)) ? i + 1 : last), 0);
    const cases: unknown[] = [[], new Array(shortest - 1).fill(null), new Array(n + 1).fill(null), new Array(5_000_000), null, undefined, 42, 'answers', true, new Map(), new Date(0), () => 1];
    for (const input of cases) {
      const r = score(def, input as never);
      expect(r.valid).toBe(false);
      expect(r.issues).toHaveLength(1);
      expect(['wrong_length', 'invalid_answers']).toContain(r.issues[0]!.code);
      for (const s of Object.values(r.scales)) expect(s).toMatchObject({ value: null, reason: 'invalid_answers' });
    }
  });
});

describe('answers that fight back', () => {
  const def = instruments[0]!;
  it('a throwing getter or a hostile proxy becomes an invalid_answers issue', () => {
    const getter = Object.defineProperty({}, def.items[0]!.id, { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    for (const input of [getter, proxy]) {
      const r = score(def, input as never);
      expect(r.valid).toBe(false);
      expect(r.issues.at(-1)).toMatchObject({ code: 'invalid_answers' });
    }
  });
  it('a million unknown keys are reported, capped, without a throw', () => {
    const input = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`x${i}`, 1]));
    const r = score(def, input as never, { unknownKeys: 'report' });
    expect(r.issues).toHaveLength(101);
    expect(r.issues.at(-1)).toMatchObject({ code: 'too_many_issues', severity: 'warning', message: '900 further issues were not listed' });
    expect(r.valid).toBe(true);
    expect(score(def, input as never).issues).toEqual([]);
  });
});
