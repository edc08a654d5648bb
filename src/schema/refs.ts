/**
 * Reference walkers shared by definition validation and the scoring compiler. No zod here, so
 * the scoring path can use them without pulling the schema layer into a bundle.
 *
 * @module
 */
import type { Criterion, Cutoff, CutoffScheme, Scale } from './types.js';

/** The scales a derived scale is computed from (empty for item scales). */
export function scaleBases(scale: Scale): string[] {
  const m = scale.method;
  if (m.kind === 'linear' || m.kind === 'lookup') return [m.of];
  if (m.kind === 'composite') return m.terms.map((t) => t.scale);
  return [];
}

/**
 * A cut-off's criteria as schemes: its named schemes, or its one criterion as a scheme with the
 * cut-off's own id (not reported as a scheme in results).
 */
export function cutoffSchemes(cutoff: Cutoff): readonly CutoffScheme[] {
  if (cutoff.schemes !== undefined) return cutoff.schemes;
  const single: CutoffScheme = { id: cutoff.id, label: cutoff.label, default: true, criterion: cutoff.criterion, sources: cutoff.sources };
  return [cutoff.evidence === undefined ? single : { ...single, evidence: cutoff.evidence }];
}

/** Everything any criterion of a cut-off refers to (every scheme's). */
export function cutoffRefs(cutoff: Cutoff): CriterionRefs {
  const out: CriterionRefs = { scales: [], items: [], cutoffs: [] };
  for (const scheme of cutoffSchemes(cutoff)) criterionRefs(scheme.criterion, out);
  return out;
}

/** Everything a criterion refers to. */
export interface CriterionRefs {
  scales: string[];
  items: string[];
  cutoffs: string[];
}

/** Collects the scale, item and cut-off ids a criterion refers to. */
export function criterionRefs(c: Criterion, out: CriterionRefs = { scales: [], items: [], cutoffs: [] }): CriterionRefs {
  if ('any' in c) c.any.forEach((x) => criterionRefs(x, out));
  else if ('all' in c) c.all.forEach((x) => criterionRefs(x, out));
  else if ('cutoff' in c) out.cutoffs.push(c.cutoff);
  else if ('scale' in c) out.scales.push(c.scale);
  else out.items.push(c.item);
  return out;
}

/**
 * Orders nodes so that each comes after the nodes it depends on. Dependencies on ids that are
 * not among the nodes are ignored (other checks report them); each cycle found is named in
 * `cycles` by one of its members.
 */
export function dependencyOrder<T extends { readonly id: string }>(
  nodes: readonly T[],
  dependsOn: (node: T) => readonly string[],
): { order: T[]; cycles: string[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: T[] = [];
  const cycles: string[] = [];
  const visit = (node: T): void => {
    const s = state.get(node.id);
    if (s === 'done') return;
    if (s === 'visiting') {
      cycles.push(node.id);
      return;
    }
    state.set(node.id, 'visiting');
    for (const dep of dependsOn(node)) {
      const next = byId.get(dep);
      if (next !== undefined) visit(next);
    }
    state.set(node.id, 'done');
    order.push(node);
  };
  nodes.forEach(visit);
  return { order, cycles };
}
