/**
 * What the engine's speed work must not change: keyed answers are read from own enumerable keys
 * only (for-in skips what a prototype adds), and the reading state reused from call to call stays
 * right when a getter in the answers scores again in the middle of a call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cbi, phq9, score, who5 } from '../src/index.js';

const nine = (v: number) => Object.fromEntries(phq9.items.slice(0, 9).map((i) => [i.id, v]));

describe('keyed answers: own enumerable keys only', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['phq9_9'];
    delete (Object.prototype as Record<string, unknown>)['department'];
  });
  it('an answer added to Object.prototype is not read, and no key it adds is reported', () => {
    (Object.prototype as Record<string, unknown>)['phq9_9'] = 3;
    (Object.prototype as Record<string, unknown>)['department'] = 'ICU';
    const answers = { ...nine(1) } as Record<string, unknown>;
    delete answers['phq9_9'];
    const r = score(phq9, answers, { unknownKeys: 'report' });
    expect(r.issues).toEqual([]);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 8 });
    expect(r.flags).toEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'unanswered' }]);
  });
  it('an answer on a class prototype (a getter) is not read; own keys are, in any order', () => {
    class Answers {
      get phq9_1(): number {
        return 3;
      }
    }
    const answers = Object.assign(new Answers(), { phq9_9: 2, phq9_2: 1 });
    const r = score(phq9, answers as never);
    expect(r.scales.total.answered).toBe(2);
    expect(r.flags[0]?.status).toBe('positive');
  });
  it('a non-enumerable own key is not read', () => {
    const answers = Object.defineProperty({ ...nine(1) }, 'phq9_1', { value: 3, enumerable: false });
    expect(score(phq9, answers).scales.total).toMatchObject({ value: null, answered: 8 });
  });
  it('keys out of item order are read as in order', () => {
    const reversed = Object.fromEntries(Object.entries(nine(2)).reverse());
    expect(score(phq9, reversed).scales.total.value).toBe(18);
  });
});

describe('reused reading state', () => {
  it('a getter that scores the same instrument mid-call changes neither result', () => {
    let inner: ReturnType<typeof score> | undefined;
    const answers = {
      ...nine(1),
      get phq9_5() {
        inner = score(phq9, { ...nine(3), phq9_4: 'x' } as never);
        return 2;
      },
    };
    const outer = score(phq9, answers as never);
    expect(outer.valid).toBe(true);
    expect(outer.issues).toEqual([]);
    expect(outer.scales.total.value).toBe(10);
    expect(inner?.valid).toBe(false);
    expect(inner?.issues.map((i) => [i.code, i.item])).toEqual([['invalid_type', 'phq9_4']]);
    expect(inner?.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
    // and the next call starts clean
    expect(score(phq9, nine(0)).scales.total.value).toBe(0);
  });
  it("one call's issues do not carry over to the next, nor change an earlier result", () => {
    const bad = score(cbi, { cbi_1: 30 } as never);
    const good = score(cbi, { cbi_1: 25, cbi_2: 25, cbi_3: 25 });
    expect(bad.issues.map((i) => i.code)).toEqual(['invalid_value']);
    expect(good.issues).toEqual([]);
    expect(good.scales.personal.value).toBe(25);
  });
  it('results of successive calls are separate objects', () => {
    const a = score(who5, [5, 5, 5, 5, 5]);
    const b = score(who5, [0, 0, 0, 0, 0]);
    expect(a.scales).not.toBe(b.scales);
    expect(a.scales.percentage.value).toBe(100);
    expect(b.scales.percentage.value).toBe(0);
    expect(a.cutoffs.poor_wellbeing).toBe(false);
    expect(b.cutoffs.poor_wellbeing).toBe(true);
  });
});
