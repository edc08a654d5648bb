/**
 * The report's mark on a figure whose band or cut-off rests on less than the authors' own
 * publication (evidence `secondary` or `single_secondary`), and the rule a cut-off used.
 */
import type { Cutoff, Evidence } from '../../schema/types.js';
import { html, type Markup } from './html.js';

/** The evidence of the criterion a cut-off was decided by (its own, or the scheme used); undefined when none applies or none is recorded. */
export function cutoffEvidence(cutoff: Cutoff, scheme: string | null): Evidence | undefined {
  if (cutoff.schemes === undefined) return cutoff.evidence;
  return cutoff.schemes.find((s) => s.id === scheme)?.evidence;
}

/** "⚠ secondary evidence" (with the sources read in its title), or nothing for primary or unrecorded evidence. */
export function evidenceMark(e: Evidence | undefined): Markup | null {
  if (e === undefined || e.level === 'primary') return null;
  const level = e.level === 'secondary' ? 'secondary' : 'single secondary';
  return html` <span class="evidence" data-evidence="${e.level}" title="Rests on ${level} sources (${e.sources.join(', ')}), not on the authors’ own publication">⚠ ${level} evidence</span>`;
}

/** Whether a cut-off has named schemes, none default, and none was chosen: it decided nothing. */
export function undecidedScheme(cutoff: Cutoff, scheme: string | null): boolean {
  return cutoff.schemes !== undefined && scheme === null && !cutoff.schemes.some((s) => s.default === true);
}
