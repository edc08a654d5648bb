/**
 * What the engine says about definitions (issue 19): the DefinitionError for each kind of
 * inconsistency, `withCutoff` / `withBandScheme` (the source entry they add, the default they move,
 * their errors), and `withItemText`, through the public API only.
 */
import { describe, expect, it } from 'vitest';
import { DefinitionError, phq9, score, withBandScheme, withCutoff, withItemText } from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { audit, sumOf } from './mutation-scoring-fixtures.js';

/** A deep, unfrozen copy of `audit` to break. */
const copy = (): { -readonly [K in keyof InstrumentDefinition]: any } => JSON.parse(JSON.stringify(audit)) as never;

function thrown(definition: unknown): DefinitionError {
  try {
    score(definition as InstrumentDefinition, {});
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionError);
    return error as DefinitionError;
  }
  throw new Error('score() did not throw');
}

describe('score(): a definition that is not consistent is a DefinitionError naming the problem', () => {
  it.each([
    ['an unknown response scale', (d: any) => (d.items[0].responseScale = 'nope'), 'audit: item audit_1 uses unknown response scale nope'],
    ['a scale over an unknown item', (d: any) => (d.scales[0].items[1] = 'nope'), 'audit: scale total refers to unknown item nope'],
    ['a linear scale of an unknown scale', (d: any) => (d.scales[3].method.of = 'nope'), 'audit: scale scaled refers to unknown scale nope'],
    ['a composite term of an unknown scale', (d: any) => (d.scales[6].method.terms[1].scale = 'nope'), 'audit: scale combo refers to unknown scale nope'],
    ['a product pair with an unknown item', (d: any) => (d.scales[7].method.pairs[0][1] = 'nope'), 'audit: scale pairs refers to unknown item nope'],
    ['a scale derived from itself', (d: any) => (d.scales[3].method.of = 'scaled'), 'audit: scale scaled derives from itself'],
    ['a cut-off over an unknown scale', (d: any) => (d.cutoffs[0].criterion.scale = 'nope'), 'audit: cut-off high refers to unknown scale nope'],
    ['a cut-off scheme over an unknown item', (d: any) => (d.cutoffs[2].schemes[1].criterion.item = 'nope'), 'audit: cut-off item refers to unknown item nope'],
    ['a cut-off referring to an unknown cut-off', (d: any) => (d.cutoffs[0].criterion = { any: [{ cutoff: 'nope' }] }), 'audit: cut-off high refers to unknown cut-off nope'],
    ['a cut-off referring to itself', (d: any) => (d.cutoffs[3].criterion = { all: [{ cutoff: 'high' }, { cutoff: 'local' }] }), 'audit: cut-off local refers to itself'],
    ['a flag on an unknown item', (d: any) => (d.flags[0].item = 'nope'), 'audit: flag six refers to unknown item nope'],
  ])('%s', (_name, breakIt, message) => {
    const d = copy();
    breakIt(d);
    const error = thrown(d);
    expect(error.message).toBe(message);
    expect(error.name).toBe('DefinitionError');
    expect(error.definitionId).toBe('audit');
  });
  it('a malformed definition names what failed and where to check it, with the id when it can be read', () => {
    const d = copy();
    d.items = null;
    const error = thrown(d);
    expect(error.message).toMatch(/^audit: malformed definition \(.+\); check it with defineInstrument\(\) from wellbeing-instruments\/schema$/);
    expect(error.definitionId).toBe('audit');
    expect(thrown(null).message).toMatch(/^\(unknown\): malformed definition \(/);
    expect(thrown(null).definitionId).toBe('(unknown)');
    expect(thrown({ id: 7 }).definitionId).toBe('(unknown)');
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(thrown(hostile).message).toBe('(unknown): malformed definition (trap); check it with defineInstrument() from wellbeing-instruments/schema');
  });
  it('a definition whose missing-data rule asks for no answers still never scores nothing as a value', () => {
    const base = sumOf([0, 1], 2, 'mean');
    const lax = { ...base, scales: [{ ...base.scales[0]!, missing: { kind: 'min_answered', min: 0, sources: ['s'] } }] } as unknown as InstrumentDefinition;
    expect(score(lax, {}).scales['total']).toEqual({ value: null, reason: 'insufficient_answers', answered: 0, expected: 2, prorated: false, band: null });
    expect(score(lax, [1, null]).scales['total']).toMatchObject({ value: 1, answered: 1, prorated: false });
  });
});

describe('withCutoff', () => {
  const source = 'Threshold agreed by the test committee, 2025';
  it('adds the cut-off and a user-supplied source (citation trimmed) without changing the definition it came from', () => {
    const local = withCutoff(audit, { id: 'open_high', label: 'Open ≥ 4', criterion: { scale: 'open', op: '>=', value: 4 }, source: `  ${source}  ` });
    expect(local.cutoffs.map((c) => c.id)).toEqual(['high', 'screen', 'item', 'local', 'open_high']);
    expect(local.sources.at(-1)).toEqual({ id: 'user_open_high', citation: source, note: 'user-supplied (withCutoff)', userSupplied: true });
    expect(local.cutoffs.at(-1)).toEqual({ id: 'open_high', label: 'Open ≥ 4', criterion: { scale: 'open', op: '>=', value: 4 }, sources: ['user_open_high'] });
    expect(audit.cutoffs).toHaveLength(4);
    expect(Object.isFrozen(local)).toBe(true);
    const r = score(local, { audit_5: 2, audit_6: 2 });
    expect(r.cutoffs.open_high).toBe(true);
    expect(r.provenance.userSupplied).toEqual([
      { rule: 'cut-off local', source: 'Local rule agreed by the test committee, 2025' },
      { rule: 'cut-off open_high', source },
    ]);
  });
  it('picks a free source id when the obvious one is taken', () => {
    const once = withCutoff(phq9, { id: 'x_high', label: 'X', criterion: { scale: 'total', op: '>=', value: 12 }, source });
    const taken = { ...once, sources: [...once.sources, { id: 'user_x_low', citation: 'Taken id one.' }, { id: 'user_x_low_2', citation: 'Taken id two.' }] };
    const twice = withCutoff(taken, { id: 'x_low', label: 'X low', criterion: { scale: 'total', op: '<', value: 5 }, source });
    expect(twice.sources.at(-1)?.id).toBe('user_x_low_3');
    expect(twice.cutoffs.at(-1)?.sources).toEqual(['user_x_low_3']);
  });
  it.each([
    ['a source of fewer than 10 characters', 'short', 'phq9: withCutoff: give the rule\'s source in words (at least 10 characters), e.g. "Local threshold agreed by the wellbeing committee, 2025"'],
    ['a source padded to 10 characters', '   nine c  ', 'phq9: withCutoff: give the rule\'s source in words (at least 10 characters), e.g. "Local threshold agreed by the wellbeing committee, 2025"'],
    ['no source at all', undefined, 'phq9: withCutoff: give the rule\'s source in words (at least 10 characters), e.g. "Local threshold agreed by the wellbeing committee, 2025"'],
  ])('refuses %s', (_name, text, message) => {
    expect(() => withCutoff(phq9, { id: 'x_high', label: 'X', criterion: { scale: 'total', op: '>=', value: 1 }, source: text as never })).toThrow(new DefinitionError(message, 'phq9'));
  });
  it('a source of exactly 10 characters is enough', () => {
    expect(withCutoff(phq9, { id: 'x_high', label: 'X', criterion: { scale: 'total', op: '>=', value: 1 }, source: ' 0123456789 ' }).sources.at(-1)?.citation).toBe('0123456789');
  });
  it('refuses an inconsistent cut-off with every problem, prefixed by the instrument and the function', () => {
    let error: unknown;
    try {
      withCutoff(phq9, { id: 'positive_screen', label: 'dup', criterion: { scale: 'nope', op: '>=', value: 1 }, source });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).definitionId).toBe('phq9');
    const message = (error as Error).message;
    expect(message.startsWith('phq9: withCutoff: ')).toBe(true);
    expect(message).toContain('positive_screen');
    expect(message).toContain('nope');
    expect(message.split('; ').length).toBeGreaterThanOrEqual(2);
  });
  it('a rule that cannot even be read is a malformed rule', () => {
    expect(() => withCutoff(phq9, { id: 'x_high', label: 'X', criterion: new Proxy({}, { has: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }) as never, source })).toThrow(/^phq9: withCutoff: malformed rule \(trap\)$/);
  });
});

describe('withBandScheme', () => {
  const source = 'Local triage protocol, version 3, 2025';
  const bands = [{ id: 'calm', label: 'Calm', min: 0 }, { id: 'busy', label: 'Busy', min: 2 }] as const;
  it('on a scale that has bands: added, not the default, its source recorded', () => {
    const d = withBandScheme(audit, 'total', { id: 'triage', label: 'Triage', bands: [{ id: 'calm', label: 'Calm', min: 0 }, { id: 'busy', label: 'Busy', min: 8 }], source });
    const total = d.scales.find((s) => s.id === 'total')!;
    expect(total.bandSchemes.map((b) => [b.id, 'default' in b && b.default === true])).toEqual([['published', true], ['local', false], ['triage', false]]);
    expect(total.bandSchemes.at(-1)).toEqual({ id: 'triage', label: 'Triage', bands: [{ id: 'calm', label: 'Calm', min: 0 }, { id: 'busy', label: 'Busy', min: 8 }], sources: ['user_total_triage'] });
    expect(d.sources.at(-1)).toEqual({ id: 'user_total_triage', citation: source, note: 'user-supplied (withBandScheme)', userSupplied: true });
    const full = { audit_1: 3, audit_2: 0, audit_3: 3, audit_4: 0 };
    expect(score(d, full).scales.total.band?.id).toBe('high');
    expect(score(d, full, { bandSchemes: { total: 'triage' } }).scales.total.band).toEqual({ id: 'busy', label: 'Busy', scheme: 'triage' });
    expect(d.scales.filter((s) => s.id !== 'total')).toEqual(audit.scales.filter((s) => s.id !== 'total'));
  });
  it('made the default: the published default loses its mark and keeps everything else', () => {
    const d = withBandScheme(audit, 'total', { id: 'triage', label: 'Triage', default: true, bands: [{ id: 'calm', label: 'Calm', min: 0 }], source });
    const total = d.scales.find((s) => s.id === 'total')!;
    const { default: _, ...published } = audit.scales[0].bandSchemes[0];
    expect(total.bandSchemes).toEqual([published, audit.scales[0].bandSchemes[1], { id: 'triage', label: 'Triage', default: true, bands: [{ id: 'calm', label: 'Calm', min: 0 }], sources: ['user_total_triage'] }]);
    expect(score(d, { audit_1: 3, audit_2: 0, audit_3: 3, audit_4: 0 }).scales.total.band?.id).toBe('calm');
  });
  it('on a scale without bands: the default whatever it says', () => {
    const d = withBandScheme(audit, 'mean', { id: 'm', label: 'M', bands, source });
    expect(d.scales.find((s) => s.id === 'mean')!.bandSchemes).toEqual([{ id: 'm', label: 'M', default: true, bands, sources: ['user_mean_m'] }]);
    expect(score(d, { audit_1: 3, audit_2: 0, audit_3: 3, audit_4: 3 }).scales.mean.band).toEqual({ id: 'busy', label: 'Busy', scheme: 'm' });
    expect(score(d, { audit_1: 3, audit_2: 0, audit_3: 3, audit_4: 3 }).provenance.userSupplied).toContainEqual({ rule: 'band scheme m of scale mean', source });
  });
  it('on a scale without a default: added as asked, the others untouched', () => {
    const d = withBandScheme(audit, 'open', { id: 'z', label: 'Z', bands, source });
    expect(d.scales.find((s) => s.id === 'open')!.bandSchemes.map((b) => [b.id, 'default' in b && b.default === true])).toEqual([['x', false], ['y', false], ['z', false]]);
  });
  it('refuses an unknown scale, naming the scales there are', () => {
    expect(() => withBandScheme(audit, 'nope' as never, { id: 'b', label: 'B', bands, source })).toThrow(
      new DefinitionError('audit: withBandScheme: no scale "nope" (scales: total, mean, open, scaled, tenfold, converted, combo, pairs, decimals)', 'audit'),
    );
  });
  it('refuses a short source and bands that do not start at the range minimum', () => {
    expect(() => withBandScheme(audit, 'total', { id: 'b', label: 'B', bands, source: 'mine' })).toThrow(
      'audit: withBandScheme: give the rule\'s source in words (at least 10 characters), e.g. "Local threshold agreed by the wellbeing committee, 2025"',
    );
    expect(() => withBandScheme(audit, 'total', { id: 'b', label: 'B', bands: [{ id: 'a', label: 'A', min: 1 }], source })).toThrow(/^audit: withBandScheme: .*range minimum/);
  });
});

describe('withItemText', () => {
  it('sets the texts given and the instructions, marks item text present, and leaves scoring alone', () => {
    const licensed = withItemText(audit, { audit_1: 'First wording', audit_7: 'Seventh wording', instructions: 'Read each item.' });
    expect(licensed.items.map((i) => ('text' in i ? i.text : undefined))).toEqual(['First wording', undefined, undefined, undefined, undefined, undefined, 'Seventh wording', undefined, undefined]);
    expect(licensed.items[1]).toBe(audit.items[1]);
    expect((licensed as InstrumentDefinition).instructions).toBe('Read each item.');
    expect(licensed.licence).toEqual({ ...audit.licence, itemText: true });
    expect(audit.licence.itemText).toBe(false);
    const answers = { audit_1: 2, audit_2: 1, audit_3: 1, audit_4: 1 };
    expect(score(licensed, answers).scales).toEqual(score(audit, answers).scales);
    expect('instructions' in withItemText(audit, { audit_1: 'x' })).toBe(false);
  });
  it.each([
    [{ audit_1: '' }, 'withItemText: the text for "audit_1" must be a non-empty string'],
    [{ audit_1: '   ' }, 'withItemText: the text for "audit_1" must be a non-empty string'],
    [{ audit_1: 5 }, 'withItemText: the text for "audit_1" must be a non-empty string'],
    [{ instructions: '' }, 'withItemText: the text for "instructions" must be a non-empty string'],
    [{ audit_99: 'x' }, 'withItemText: "audit_99" is not an item of audit'],
  ])('refuses %j with a TypeError', (texts, message) => {
    expect(() => withItemText(audit, texts as never)).toThrow(new TypeError(message));
  });
});
