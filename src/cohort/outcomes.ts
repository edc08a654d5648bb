/**
 * `summarizeOutcomes()`: prevalence and severity of each construct per instrument over a cohort
 * of respondents, and agreement between instruments that measure the same construct.
 *
 * @module
 */
import { definitionOf } from '../compare/index.js';
import { outcomesFor, type OutcomeCriterion, type OutcomeOptions, type OutcomeResult } from '../compare/outcomes.js';
import type { ScoreResult } from '../schema/result.js';
import type { Construct, InstrumentDefinition } from '../schema/types.js';
import { Column } from './column.js';
import { describeSorted, type Descriptives } from './describe.js';
import { wilsonInterval, type Interval } from './intervals.js';
import type { StatReason } from './types.js';

/** One construct of one instrument over the cohort. */
export interface OutcomePrevalence {
  readonly construct: Construct;
  readonly instrument: { readonly id: string; readonly version: string; readonly name: string };
  /** The cut-off deciding "positive" (null where the instrument has none). */
  readonly criterion: OutcomeCriterion | null;
  /** Respondents with a result of this instrument. */
  readonly respondents: number;
  /** Respondents whose `positive` is true or false. */
  readonly determinable: number;
  readonly positives: number;
  /** positives / determinable. */
  readonly prevalence: number | null;
  /** Wilson's 95 % score interval. */
  readonly ci: Interval | null;
  /** Descriptives of severity (0–100, higher = more adverse). */
  readonly severity: Descriptives;
  readonly reasons: { readonly prevalence?: StatReason; readonly ci?: StatReason };
}

/**
 * Agreement of two instruments' "positive" on the same construct, among respondents for whom
 * both are determinable: the 2 × 2 counts, the share agreeing, and Cohen's kappa
 * (p_o − p_e)/(1 − p_e) with p_e from the two margins (null when p_e = 1).
 */
export interface OutcomeAgreement {
  readonly construct: Construct;
  readonly instruments: readonly [string, string];
  readonly n: number;
  readonly bothPositive: number;
  readonly firstOnly: number;
  readonly secondOnly: number;
  readonly neitherPositive: number;
  readonly agreement: number | null;
  readonly kappa: number | null;
  readonly reasons: { readonly agreement?: StatReason; readonly kappa?: StatReason };
}

/** The result of {@link summarizeOutcomes}. */
export interface OutcomesSummary {
  readonly respondents: number;
  /** One row per construct and instrument, ordered by construct, then by first appearance. */
  readonly outcomes: readonly OutcomePrevalence[];
  /** One row per pair of instruments with a cut-off for the same construct, answered by the same respondents. */
  readonly agreement: readonly OutcomeAgreement[];
}

interface Tally {
  construct: Construct;
  instrument: { readonly id: string; readonly version: string; readonly name: string };
  criterion: OutcomeCriterion | null;
  respondents: number;
  determinable: number;
  positives: number;
  severity: Column;
}

const key = (construct: string, instrument: string) => `${construct}\u0000${instrument}`;

/**
 * Prevalence of each construct per instrument across a cohort, so that a program can put CBI,
 * PFI and single-item burnout results side by side: for every construct and instrument, how
 * many respondents were positive by the instrument's declared cut-off (with a Wilson 95 %
 * interval) and the descriptives of severity on the common 0–100 scale; and, where respondents
 * answered two instruments with cut-offs for the same construct, how often the two agree
 * (counts, share agreeing, Cohen's kappa).
 *
 * @param rowsPerRespondent - per respondent, that respondent's score results (one per instrument).
 * @param options - `definitions` for instruments outside the catalogue (benchmarks are not used here).
 * @throws {RangeError} when a respondent has two results of one instrument, an instrument is
 *   unknown, or results of one instrument were scored with different cut-off schemes.
 *
 * @example
 * ```ts
 * import { cbi, sib, score } from 'wellbeing-instruments';
 * import { summarizeOutcomes } from 'wellbeing-instruments/cohort';
 * const summary = summarizeOutcomes(people.map((p) => [score(cbi, p.cbi), score(sib, p.sib)]));
 * for (const o of summary.outcomes) console.log(o.construct, o.instrument.id, o.prevalence, o.ci);
 * summary.agreement[0]?.kappa; // CBI work-related vs single-item burnout
 * ```
 */
export function summarizeOutcomes(rowsPerRespondent: Iterable<readonly ScoreResult[]>, options?: Pick<OutcomeOptions, 'definitions'>): OutcomesSummary {
  const tally = new OutcomeTally();
  const definitions = new Map<string, InstrumentDefinition>();
  for (const results of rowsPerRespondent) {
    const seen = new Set<string>();
    const outcomes: OutcomeResult[] = [];
    for (const result of results) {
      const id = result.instrument.id;
      if (seen.has(id)) throw new RangeError(`respondent ${tally.respondents} has two results of "${id}"`);
      seen.add(id);
      let def = definitions.get(id);
      if (def === undefined) {
        def = definitionOf(result, options);
        definitions.set(id, def);
      }
      outcomes.push(...outcomesFor(def, result));
    }
    tally.add(outcomes);
  }
  return tally.summary();
}

/** What {@link OutcomeTally} reads of an outcome. */
export type TalliedOutcome = Pick<OutcomeResult, 'construct' | 'instrument' | 'criterion' | 'positive' | 'severity'>;

/**
 * The respondent-by-respondent pass of {@link summarizeOutcomes}, for callers that hold outcomes
 * rather than score results (the command line keeps them compactly, file by file).
 *
 * @internal
 */
export class OutcomeTally {
  respondents = 0;
  private readonly tallies = new Map<string, Tally>();
  private readonly pairs = new Map<string, { construct: Construct; a: string; b: string; counts: [number, number, number, number] }>();

  /** Adds one respondent's outcomes (of every instrument they answered; at most one result per instrument). */
  add(outcomes: Iterable<TalliedOutcome>): void {
    this.respondents++;
    const { tallies, pairs } = this;
    const positiveBy = new Map<Construct, { instrument: string; positive: boolean }[]>();
    for (const o of outcomes) {
      const id = o.instrument.id;
      const k = key(o.construct, id);
      let t = tallies.get(k);
      if (t === undefined) {
        t = { construct: o.construct, instrument: o.instrument, criterion: o.criterion, respondents: 0, determinable: 0, positives: 0, severity: new Column(1) };
        tallies.set(k, t);
      } else if (t.criterion?.scheme !== o.criterion?.scheme) {
        // One instrument's construct has a cut-off in every result or in none: both criteria are set here.
        throw new RangeError(`results of "${id}" were scored with different schemes for cut-off "${o.criterion!.cutoff}" ("${t.criterion!.scheme}" and "${o.criterion!.scheme}")`);
      }
      t.respondents++;
      if (o.severity !== null) t.severity.push(o.severity);
      if (o.positive !== null) {
        t.determinable++;
        if (o.positive) t.positives++;
        const list = positiveBy.get(o.construct) ?? [];
        list.push({ instrument: id, positive: o.positive });
        positiveBy.set(o.construct, list);
      }
    }
    for (const [construct, list] of positiveBy) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          // Order each pair by instrument id so that it is counted the same whatever the order of results.
          const [x, y] = list[i]!.instrument < list[j]!.instrument ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
          const pk = `${construct}\u0000${x.instrument}\u0000${y.instrument}`;
          let p = pairs.get(pk);
          if (p === undefined) {
            p = { construct, a: x.instrument, b: y.instrument, counts: [0, 0, 0, 0] };
            pairs.set(pk, p);
          }
          p.counts[(x.positive ? 0 : 2) + (y.positive ? 0 : 1)]!++;
        }
      }
    }
  }

  /** The summary of the respondents added so far. */
  summary(): OutcomesSummary {
    const { tallies, pairs, respondents } = this;
    const outcomes = byConstruct(tallies.values()).map((t): OutcomePrevalence => {
      const none = t.criterion === null ? 'no_cutoff' : t.determinable === 0 ? 'no_values' : undefined;
      return {
        construct: t.construct,
        instrument: t.instrument,
        criterion: t.criterion,
        respondents: t.respondents,
        determinable: t.determinable,
        positives: t.positives,
        prevalence: none === undefined ? t.positives / t.determinable : null,
        ci: wilsonInterval(t.positives, t.determinable), // null when nothing is determinable
        severity: describeSorted(t.severity.values().slice().sort()),
        reasons: none === undefined ? {} : { prevalence: none, ci: none },
      };
    });

    const agreement = byConstruct(pairs.values()).map(({ construct, a, b, counts: [both, firstOnly, secondOnly, neither] }): OutcomeAgreement => {
      const n = both + firstOnly + secondOnly + neither;
      const po = (both + neither) / n;
      const pa = (both + firstOnly) / n;
      const pb = (both + secondOnly) / n;
      const pe = pa * pb + (1 - pa) * (1 - pb);
      const kappa = pe < 1 ? (po - pe) / (1 - pe) : null;
      return { construct, instruments: [a, b], n, bothPositive: both, firstOnly, secondOnly, neitherPositive: neither, agreement: po, kappa, reasons: kappa === null ? { kappa: 'zero_variance' } : {} };
    });

    return { respondents, outcomes, agreement };
  }
}

/** Items ordered by construct (as strings compare), and within a construct in the order given. */
function byConstruct<T extends { readonly construct: Construct }>(items: Iterable<T>): T[] {
  const list = [...items];
  return [...new Set(list.map((x) => x.construct))].sort().flatMap((construct) => list.filter((x) => x.construct === construct));
}
