/**
 * Deep freezing of definitions. Shipped definitions are shared by every importer in a process,
 * so each is frozen when its module loads: one importer cannot change another's PHQ-9 (in strict
 * code an assignment throws a TypeError; elsewhere it is ignored and nothing changes).
 *
 * @internal
 * @module
 */

/**
 * `value` with it and every object reachable from it frozen (in place), typed as it was. Pure
 * apart from the freezing, so a bundler drops an unused call marked `@__PURE__`.
 */
export function frozen<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    Object.freeze(next);
    for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
  }
  return value;
}
