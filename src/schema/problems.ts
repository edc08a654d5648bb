/**
 * Consistency checks for a definition that its shape alone cannot express. No zod here: these
 * run in the catalogue sweep, in `InstrumentDefinitionSchema`, and for anyone who builds a
 * definition by hand.
 *
 * @module
 */
import { cutoffRefs, dependencyOrder, scaleBases } from './refs.js';
import type * as T from './types.js';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/**
 * Every inconsistency in a definition that the shape alone cannot catch: duplicate or badly
 * formed ids, references to items, scales, cut-offs or sources that do not exist, bands that do
 * not start at the range minimum or do not ascend, more than one default scheme, evidence that
 * disagrees with its sources' kinds (or a `single_secondary` fact used as a default), item
 * text without text rights, cyclic scale or cut-off references, outcomes for constructs the
 * definition does not list (or lists twice) or whose direction disagrees with their scale.
 * Returns `[]` for a sound definition.
 */
export function definitionProblems(def: T.InstrumentDefinition): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(def.sources.map((s) => s.id));
  const itemIds = new Set(def.items.map((i) => i.id));
  const scaleIds = new Set(def.scales.map((s) => s.id));
  const cutoffIds = new Set(def.cutoffs.map((c) => c.id));
  const responseScaleIds = new Set(def.responseScales.map((r) => r.id));
  const cite = (where: string, ids: readonly string[]) => {
    if (ids.length === 0) problems.push(`${where} cites no source`);
    for (const s of ids) if (!sourceIds.has(s)) problems.push(`${where} cites unknown source "${s}"`);
  };
  const lists: [string, readonly string[]][] = [
    ['source', def.sources.map((s) => s.id)],
    ['item', def.items.map((i) => i.id)],
    ['scale', def.scales.map((s) => s.id)],
    ['cut-off', def.cutoffs.map((c) => c.id)],
    ['flag', def.flags.map((f) => f.id)],
    ['response scale', def.responseScales.map((r) => r.id)],
    ['benchmark', def.benchmarks.map((b) => b.id)],
  ];
  for (const [what, ids] of lists) for (const d of duplicates(ids)) problems.push(`duplicate ${what} id "${d}"`);
  def.items.forEach((item, index) => {
    // `<id>_<n>`, or `<id>_<n>_<part>` where one printed item is rated more than once (MMD-HP
    // frequency and distress): parts share the item's number.
    const base = `${def.id}_${item.number}`;
    const part = item.id.startsWith(`${base}_`) ? item.id.slice(base.length + 1) : null;
    if (item.id !== base && (part === null || !/^[a-z][a-z0-9]*$/.test(part))) problems.push(`item "${item.id}" should be "${base}" or "${base}_<part>"`);
    const prev = def.items[index - 1];
    if (prev !== undefined && (item.number < prev.number || (item.number === prev.number && (part === null || prev.id === `${def.id}_${prev.number}`)))) {
      problems.push(`item "${item.id}" is out of order`);
    }
    if (!responseScaleIds.has(item.responseScale)) problems.push(`item "${item.id}" uses unknown response scale "${item.responseScale}"`);
    if (item.text !== undefined && !def.licence.itemText) problems.push(`item "${item.id}" carries text but the licence gives no text rights`);
  });
  for (const rs of def.responseScales) {
    cite(`response scale "${rs.id}"`, rs.sources);
    for (const d of duplicates(rs.options.map((o) => String(o.value)))) problems.push(`response scale "${rs.id}" repeats value ${d}`);
  }
  const scored = new Set<string>();
  for (const scale of def.scales) {
    const where = `scale "${scale.id}"`;
    cite(where, scale.sources);
    const m = scale.method;
    const isItemMethod = m.kind === 'sum' || m.kind === 'mean' || m.kind === 'product_sum';
    if (m.kind === 'product_sum') {
      const paired = m.pairs.flat();
      if (paired.length !== scale.items.length || paired.some((i) => !scale.items.includes(i))) problems.push(`${where}: items must list exactly the items of its pairs`);
    }
    if (isItemMethod && scale.items.length === 0) problems.push(`${where} has no items`);
    if (!isItemMethod && scale.items.length > 0) problems.push(`${where} is derived from scales and must list no items`);
    for (const d of duplicates(scale.items)) problems.push(`${where} lists item "${d}" twice`);
    for (const i of scale.items) {
      if (!itemIds.has(i)) problems.push(`${where} uses unknown item "${i}"`);
      scored.add(i);
    }
    for (const b of scaleBases(scale)) if (!scaleIds.has(b) || b === scale.id) problems.push(`${where} derives from unknown scale "${b}"`);
    if (scale.missing.kind === 'min_answered') {
      cite(`${where} missing-data rule`, scale.missing.sources);
      if (m.kind !== 'mean') problems.push(`${where}: a min_answered rule needs the mean method`);
      if (scale.missing.min > scale.items.length) problems.push(`${where}: min_answered exceeds its item count`);
    }
    if (scale.range[0] > scale.range[1]) problems.push(`${where} has an empty range`);
    const defaults = scale.bandSchemes.filter((b) => b.default === true).length;
    if (defaults > 1) problems.push(`${where} has ${defaults} default band schemes; at most one may be default`);
    for (const d of duplicates(scale.bandSchemes.map((b) => b.id))) problems.push(`${where} repeats band scheme "${d}"`);
    for (const scheme of scale.bandSchemes) {
      const w = `${where} band scheme "${scheme.id}"`;
      cite(w, scheme.sources);
      if (scheme.bands[0]?.min !== scale.range[0]) problems.push(`${w} must start at the range minimum ${scale.range[0]}`);
      if (scheme.bands[0]?.minExclusive === true) problems.push(`${w}: the first band cannot exclude its minimum`);
      scheme.bands.forEach((band, i) => {
        const prev = scheme.bands[i - 1];
        const ascends = prev === undefined || band.min > prev.min || (band.min === prev.min && band.minExclusive === true && prev.minExclusive !== true);
        if (!ascends) problems.push(`${w}: band "${band.id}" does not ascend`);
        if (band.min > scale.range[1]) problems.push(`${w}: band "${band.id}" starts above the range`);
      });
      for (const d of duplicates(scheme.bands.map((b) => b.id))) problems.push(`${w} repeats band "${d}"`);
    }
  }
  for (const item of def.items) {
    if (item.scored && !scored.has(item.id)) problems.push(`item "${item.id}" is marked scored but no scale uses it`);
    if (!item.scored && scored.has(item.id)) problems.push(`item "${item.id}" is marked unscored but a scale uses it`);
  }
  for (const cutoff of def.cutoffs) {
    const where = `cut-off "${cutoff.id}"`;
    cite(where, cutoff.sources);
    if (cutoff.schemes !== undefined) {
      const defaults = cutoff.schemes.filter((s) => s.default === true).length;
      if (cutoff.schemes.length === 0) problems.push(`${where} has no scheme`);
      if (defaults > 1) problems.push(`${where} has ${defaults} default schemes; at most one may be default`);
      for (const d of duplicates(cutoff.schemes.map((s) => s.id))) problems.push(`${where} repeats scheme "${d}"`);
      for (const scheme of cutoff.schemes) cite(`${where} scheme "${scheme.id}"`, scheme.sources);
    }
    const refs = cutoffRefs(cutoff);
    for (const s of refs.scales) if (!scaleIds.has(s)) problems.push(`${where} uses unknown scale "${s}"`);
    for (const i of refs.items) if (!itemIds.has(i)) problems.push(`${where} uses unknown item "${i}"`);
    for (const c of refs.cutoffs) if (!cutoffIds.has(c) || c === cutoff.id) problems.push(`${where} refers to unknown cut-off "${c}"`);
  }
  for (const flag of def.flags) {
    cite(`flag "${flag.id}"`, flag.sources);
    if (!itemIds.has(flag.item)) problems.push(`flag "${flag.id}" uses unknown item "${flag.item}"`);
  }
  for (const b of def.benchmarks) {
    cite(`benchmark "${b.id}"`, b.sources);
    if (b.scale !== undefined && !scaleIds.has(b.scale)) problems.push(`benchmark "${b.id}" uses unknown scale "${b.scale}"`);
    if (b.cutoff !== undefined && !cutoffIds.has(b.cutoff)) problems.push(`benchmark "${b.id}" uses unknown cut-off "${b.cutoff}"`);
    if ((b.scale === undefined) === (b.cutoff === undefined)) problems.push(`benchmark "${b.id}" must name a scale or a cut-off`);
    if (b.mean === undefined && b.prevalence === undefined && b.distribution === undefined) problems.push(`benchmark "${b.id}" gives no mean, prevalence or distribution`);
    if (b.cutoff !== undefined && (b.mean !== undefined || b.sd !== undefined || b.distribution !== undefined)) problems.push(`benchmark "${b.id}" on a cut-off gives a prevalence only`);
    if (b.scale !== undefined && b.prevalence !== undefined) problems.push(`benchmark "${b.id}" gives a prevalence but names a scale, not a cut-off`);
    if (b.sd !== undefined && b.mean === undefined) problems.push(`benchmark "${b.id}" gives an SD without a mean`);
    if (b.distribution !== undefined) {
      const total = b.distribution.reduce((sum, d) => sum + d.proportion, 0);
      if (Math.abs(total - 1) > 0.011) problems.push(`benchmark "${b.id}": distribution proportions add up to ${total}, not 1`);
      for (const d of duplicates(b.distribution.map((x) => String(x.value)))) problems.push(`benchmark "${b.id}" repeats distribution value ${d}`);
    }
  }
  const constructsSeen = new Set<string>();
  for (const o of def.outcomes ?? []) {
    const where = `outcome "${o.construct}"`;
    cite(where, o.sources);
    if (!(def.constructs as readonly string[]).includes(o.construct)) problems.push(`${where}: the definition does not list construct "${o.construct}"`);
    if (constructsSeen.has(o.construct)) problems.push(`${where} is declared twice`);
    constructsSeen.add(o.construct);
    const scale = def.scales.find((s) => s.id === o.severityScale);
    if (scale === undefined) problems.push(`${where} uses unknown severity scale "${o.severityScale}"`);
    else {
      if (scale.direction !== o.direction) problems.push(`${where}: direction ${o.direction} disagrees with scale "${scale.id}" (${scale.direction})`);
      if (!(scale.range[0] < scale.range[1])) problems.push(`${where}: severity scale "${scale.id}" has no width, so no percent of maximum possible`);
    }
    if (o.cutoff !== undefined && !cutoffIds.has(o.cutoff)) problems.push(`${where} uses unknown cut-off "${o.cutoff}"`);
  }
  cite('licence', def.licence.sources);
  problems.push(...cycles(def));
  for (const fact of evidencedFacts(def)) if (fact.evidence !== undefined) problems.push(...evidenceConsistency(def, fact, fact.evidence));
  return problems;
}

/** One rule that must carry evidence, with where it is and what it cites. */
interface EvidencedFact {
  readonly where: string;
  readonly sources: readonly string[];
  readonly evidence: T.Evidence | undefined;
  /** Whether the fact is used without the caller choosing it (a default, a single criterion, a flag, a rule or table). */
  readonly applied: boolean;
}

/** Every band scheme, cut-off criterion, flag, published missing-data rule, conversion table and benchmark of a definition. */
function evidencedFacts(def: T.InstrumentDefinition): EvidencedFact[] {
  const facts: EvidencedFact[] = [];
  for (const scale of def.scales) {
    for (const scheme of scale.bandSchemes) facts.push({ where: `scale "${scale.id}" band scheme "${scheme.id}"`, sources: scheme.sources, evidence: scheme.evidence, applied: scheme.default === true });
    if (scale.missing.kind === 'min_answered') facts.push({ where: `scale "${scale.id}" missing-data rule`, sources: scale.missing.sources, evidence: scale.missing.evidence, applied: true });
    if (scale.method.kind === 'lookup') facts.push({ where: `scale "${scale.id}" conversion table`, sources: scale.sources, evidence: scale.method.evidence, applied: true });
  }
  for (const cutoff of def.cutoffs) {
    if (cutoff.schemes === undefined) facts.push({ where: `cut-off "${cutoff.id}"`, sources: cutoff.sources, evidence: cutoff.evidence, applied: true });
    else for (const s of cutoff.schemes) facts.push({ where: `cut-off "${cutoff.id}" scheme "${s.id}"`, sources: s.sources, evidence: s.evidence, applied: s.default === true });
  }
  for (const flag of def.flags) facts.push({ where: `flag "${flag.id}"`, sources: flag.sources, evidence: flag.evidence, applied: true });
  for (const b of def.benchmarks) facts.push({ where: `benchmark "${b.id}"`, sources: b.sources, evidence: b.evidence, applied: false });
  return facts;
}

const PRIMARY_KINDS: ReadonlySet<T.SourceKind> = new Set(['publication', 'manual', 'owner_page']);

/**
 * Whether a fact's evidence agrees with the kinds of the sources it names: `primary` needs a
 * source of a primary kind; `secondary` two or more sources (a paper of a primary kind may be one
 * of them, e.g. the authors' report read only as quoted elsewhere). Evidence
 * sources must be among the rule's own sources. Only `primary` and `secondary` facts may be used
 * without the caller choosing them (defaults, single criteria, flags, rules and tables).
 */
function evidenceConsistency(def: T.InstrumentDefinition, fact: EvidencedFact, evidence: T.Evidence): string[] {
  const problems: string[] = [];
  const { where } = fact;
  const byId = new Map(def.sources.map((s) => [s.id, s]));
  for (const id of evidence.sources) if (!fact.sources.includes(id)) problems.push(`${where}: evidence source "${id}" is not among the rule's sources`);
  const kinds = evidence.sources.map((id) => byId.get(id)?.kind);
  if (kinds.some((k) => k === undefined)) return [...problems, `${where}: every evidence source needs a kind`];
  const primaries = kinds.filter((k) => PRIMARY_KINDS.has(k!)).length;
  if (evidence.level === 'primary' && primaries === 0) problems.push(`${where}: primary evidence needs a source of a primary kind (publication, manual, owner_page)`);
  if (evidence.level === 'secondary' && evidence.sources.length < 2) problems.push(`${where}: secondary evidence needs two or more independent sources`);
  if (evidence.level !== 'primary' && evidence.note === undefined) problems.push(`${where}: ${evidence.level} evidence needs a note saying what could not be read`);
  if (evidence.level === 'single_secondary' && fact.applied) problems.push(`${where}: single_secondary evidence may only back a named, non-default scheme`);
  return problems;
}

/**
 * The evidence problems of a definition: every band scheme, cut-off criterion, flag, published
 * missing-data rule, conversion table and benchmark must carry `evidence`, and every source must
 * say what kind it is. `definitionProblems` already checks evidence that is present; this adds
 * the requirement that it is present, which the package holds its own instruments to.
 */
export function evidenceProblems(def: T.InstrumentDefinition): string[] {
  const problems: string[] = [];
  for (const s of def.sources) if (s.kind === undefined) problems.push(`source "${s.id}" does not say what kind it is`);
  for (const fact of evidencedFacts(def)) if (fact.evidence === undefined) problems.push(`${fact.where} carries no evidence`);
  return problems;
}

/** Scale derivations and cut-off references must form no cycle. */
function cycles(def: T.InstrumentDefinition): string[] {
  const scaleCycles = dependencyOrder(def.scales, scaleBases).cycles.map((id) => `scale "${id}" derives from itself`);
  const cutoffCycles = dependencyOrder(def.cutoffs, (c) => cutoffRefs(c).cutoffs).cycles.map(
    (id) => `cut-off "${id}" refers to itself`,
  );
  return [...scaleCycles, ...cutoffCycles];
}

