/**
 * Small-group withholding at its boundaries (issue 19, item 3; design.md §10): on tables small
 * enough to check by hand, exactly which cells are withheld, with which reason, and why. Complements
 * test/mutation-organisation-suppress.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { determinedCells, isFallback, suppress, type Constraint, type Suppression } from '../src/cohort/suppress.js';

describe('suppress(): what a determined cell takes with it', () => {
  it('one department (the whole cohort) with teams of 6, 11 and 0 at minimum 6: the 0 is small, the 6 its complement, and since the pair is then exactly 6 the 11 goes too', () => {
    // Cell 0 is the department, the only group of its level (so the whole cohort); cells 1–3 its teams.
    const constraints: Constraint[] = [
      { parent: -1, children: [0] },
      { parent: -1, children: [1, 2, 3] },
      { parent: 0, children: [1, 2, 3] },
    ];
    // 0 < 6: small. Alone in its constraint, it takes the smallest shown team (6). Shown: 17 − 11 = 6 for the pair; the
    // complement is at least 6 and the small team at least 0, so the complement is 6 and the small team 0: both worked out.
    // The smallest shown team of a constraint holding the complement (11) is withheld; then the three add up to 17 with
    // 0–5, ≥ 6, ≥ 6, and nothing is determined. The department stays shown: no fallback.
    const state = suppress([17, 6, 11, 0], constraints, 6, 0);
    expect(state).toEqual([false, 'complementary', 'complementary', 'small_group']);
    expect(isFallback(state)).toBe(false);
    expect(determinedCells([17, 6, 11, 0], constraints, state, 6, 0)).toEqual([]);
  });
});

describe('suppress(): a determined department takes a team of its own', () => {
  it('departments of 15 and 3 (small) at minimum 4: the bounds give B away until one of A’s shown teams is withheld', () => {
    // Cells: 0 = A (15), 1 = B (3); A's teams 2–4 (5, 3, 7), B's one team 5 (3). Small: B, team 3, team 5 (0–3).
    // B alone in its level takes A (the smallest shown department). Then A = 5 + 7 + team 3 (0–3) is 12–15, and B = 18 − A
    // is at most 3 only if A ≥ 15: so A = 15, B = 3 and both small teams 3. A is the first determined cell; of the
    // constraints it is in, the departments have nothing left to withhold, A's own teams have: the smallest shown one (5)
    // is withheld. Then teams 2 and 3 are 8–11 between them and nothing is determined.
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4, 5] },
      { parent: 0, children: [2, 3, 4] },
      { parent: 1, children: [5] },
    ];
    const state = suppress([15, 3, 5, 3, 7, 3], constraints, 4, 0);
    expect(state).toEqual(['complementary', 'small_group', 'complementary', 'small_group', false, 'small_group']);
    expect(isFallback(state)).toBe(false);
    expect(determinedCells([15, 3, 5, 3, 7, 3], constraints, state, 4, 0)).toEqual([]);
  });
});

describe('suppress(): a group withheld as given, alone in its level', () => {
  it('takes the other department first, so the small teams of that department need no third team', () => {
    // Cells: 0 = A (9), 1 = B (4, withheld as given); A's teams 2–4 (0, 8, 1), B's one team 5 (4). Minimum 3, floor 0.
    // B alone in the departments' level would be 13 − A: A is withheld. The teams' level has the small 0 and 1 (together 1,
    // below 3), so its smallest shown team, B's 4, is withheld. A's own constraint then has a withheld parent and two
    // withheld teams: A's 8 stays shown (A = 8 + two teams of 0–2 is unknown, so their sum is too).
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4, 5] },
      { parent: 0, children: [2, 3, 4] },
      { parent: 1, children: [5] },
    ];
    const given = [false, true, false, false, false, false];
    const state = suppress([9, 4, 0, 8, 1, 4], constraints, 3, 0, given);
    expect(state).toEqual(['complementary', 'complementary', 'small_group', false, 'small_group', 'complementary']);
    expect(determinedCells([9, 4, 0, 8, 1, 4], constraints, state, 3, 0)).toEqual([]);
  });
});

describe('determinedCells(): bounds under a shown group that is itself a cell', () => {
  it('department A (cell 0, shown: 6) with a withheld team of 5 (complementary) and one of 1 (small): at minimum 5 they are exactly 5 and 1', () => {
    // Cells: 0 = A (6), 1 = B (30), 2–3 = A's teams (5, 1), 4–5 = B's teams (27, 3). Minimum 5, floor 1.
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4, 5] },
      { parent: 0, children: [2, 3] },
      { parent: 1, children: [4, 5] },
    ];
    const state: Suppression[] = [false, false, 'complementary', 'small_group', 'complementary', 'small_group'];
    // A's teams: x₂ ≥ 5, 1 ≤ x₃ ≤ 4, x₂ + x₃ = 6, so x₂ = 5 and x₃ = 1. B's: x₄ ≥ 5, 1 ≤ x₅ ≤ 4, x₄ + x₅ = 30, so x₄ is
    // 26–29 and x₅ 1–4: open. No single cell follows from the sums alone (each pair is tied).
    expect(determinedCells([6, 30, 5, 1, 27, 3], constraints, state, 5, 1)).toEqual([2, 3]);
  });
});

describe('determinedCells(): what each method finds, in the order suppress() fixes them', () => {
  it('three small departments of one team each: every sum holds three unknowns, so nothing can be worked out', () => {
    // Cells 0–2: departments of 4, 3 and 3; 3–5: their one team each (the same people). Minimum 5, floor 0: every cell is
    // small (0–4). Known: both levels add up to 10, and each team equals its department; no cell follows (each 2–4).
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1, 2] },
      { parent: -1, children: [3, 4, 5] },
      { parent: 0, children: [3] },
      { parent: 1, children: [4] },
      { parent: 2, children: [5] },
    ];
    const state: Suppression[] = ['small_group', 'small_group', 'small_group', 'small_group', 'small_group', 'small_group'];
    expect(determinedCells([4, 3, 3, 4, 3, 3], constraints, state, 5, 0)).toEqual([]);
    // suppress() keeps them all small: there is nothing left to withhold and nothing to give away.
    expect(suppress([4, 3, 3, 4, 3, 3], constraints, 5, 0)).toEqual(state);
  });

  // Cells: 0 = A (2, small), 1 = B (18); A's teams 2, 3 (1 and 1, small); B's teams 4 (6) and 5 (12). Minimum 3, floor 1.
  const constraints: Constraint[] = [
    { parent: -1, children: [0, 1] },
    { parent: -1, children: [2, 3, 4, 5] },
    { parent: 0, children: [2, 3] },
    { parent: 1, children: [4, 5] },
  ];
  it('three levels of five people, every cell small: the sums leave two numbers free, so nothing can be worked out', () => {
    // Departments 0 = A (2), 1 = B (3); units 2 = a (2, in A), 3 = b₁ (1), 4 = b₂ (2) (in B); teams 5 = a′ (2, in a), 6 = b₁′ (1),
    // 7 = b₂′ (2). Minimum 6, floor 0: every cell is small (0–5). Every sum holds for A = a = a′ = t, B = 5 − t,
    // b₁ = b₁′ = s, b₂ = b₂′ = 5 − t − s, whatever t and s are.
    const levels: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4] },
      { parent: -1, children: [5, 6, 7] },
      { parent: 0, children: [2] },
      { parent: 1, children: [3, 4] },
      { parent: 0, children: [5] },
      { parent: 1, children: [6, 7] },
      { parent: 2, children: [5] },
      { parent: 3, children: [6] },
      { parent: 4, children: [7] },
    ];
    const state: Suppression[] = Array.from({ length: 8 }, () => 'small_group');
    expect(determinedCells([2, 3, 2, 1, 2, 2, 1, 2], levels, state, 6, 0)).toEqual([]);
  });

  it('a small department beside a shown one is the cohort minus it, and its one team equals it; three withheld teams adding to 26 stay open', () => {
    // Cells: 0 = A (26, shown), 1 = B (1, small); A's teams 2–4 (6, 11, 9, complementary), B's one team 5 (1, small).
    // Minimum 3, floor 0. B = 27 − 26 = 1 and team 5 = B = 1; A's teams are each at least 3 and add up to 26: 3–20 each.
    const two: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4, 5] },
      { parent: 0, children: [2, 3, 4] },
      { parent: 1, children: [5] },
    ];
    const state: Suppression[] = [false, 'small_group', 'complementary', 'complementary', 'complementary', 'small_group'];
    expect(determinedCells([26, 1, 6, 11, 9, 1], two, state, 3, 0)).toEqual([1, 5]);
  });

  it('cells found by the sums (A = 20 − 18, team 4 = 18 − 12) and by the bounds (A’s two teams of 1–2 adding to 2) come out in cell order', () => {
    const state: Suppression[] = ['small_group', false, 'small_group', 'small_group', 'complementary', false];
    expect(determinedCells([2, 18, 1, 1, 6, 12], constraints, state, 3, 1)).toEqual([0, 2, 3, 4]);
  });

  it('a bound found late in one pass is carried through the constraints before it in the next', () => {
    // Departments A (cell 0, shown: 16), B (1, 4) and C (2, 0); A's teams 3–5 (10, 3, 3), B's one team 6 (4, shown), C's teams
    // 7–8 (0, 0). Minimum 2, floor 0 (a figure's count may be 0); withheld: B (complementary), C (small), teams 3 and 5
    // (complementary), 7 and 8 (small).
    const three: Constraint[] = [
      { parent: -1, children: [0, 1, 2] },
      { parent: -1, children: [3, 4, 5, 6, 7, 8] },
      { parent: 0, children: [3, 4, 5] },
      { parent: 1, children: [6] },
      { parent: 2, children: [7, 8] },
    ];
    const state: Suppression[] = [false, 'complementary', 'small_group', 'complementary', false, 'complementary', false, 'small_group', 'small_group'];
    // B is its one team, 4, and then C = 20 − 16 − 4 = 0 (both also follow from the sums). C's teams add up to C, so each is
    // 0 — but only by the bounds, and only once B's bound (narrowed by its own constraint, after the whole cohort's) has
    // been carried back to C in a second pass.
    expect(determinedCells([16, 4, 0, 10, 3, 3, 4, 0, 0], three, state, 2, 0)).toEqual([1, 2, 7, 8]);
    // The bounds run to a fixed point, so the order of the constraints does not matter: every rotation of the list, and
    // each rotation reversed, finds the same cells.
    for (let k = 0; k < three.length; k++) {
      const rotated = [...three.slice(k), ...three.slice(0, k)];
      expect(determinedCells([16, 4, 0, 10, 3, 3, 4, 0, 0], rotated, state, 2, 0), `rotation ${k}`).toEqual([1, 2, 7, 8]);
      expect(determinedCells([16, 4, 0, 10, 3, 3, 4, 0, 0], rotated.reverse(), state, 2, 0), `rotation ${k} reversed`).toEqual([1, 2, 7, 8]);
    }
  });
});
