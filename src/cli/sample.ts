/**
 * A small synthetic sample for the demo: four made-up respondents (not real people), each
 * answering several instruments, including one unanswered safety item, one scale with too few
 * answers and one out-of-range answer, so the demo shows how the engine reports them.
 */
export interface SampleRow {
  readonly respondent: string;
  readonly instrument: string;
  readonly answers: Readonly<Record<string, number | null>> | readonly (number | null)[];
}

export const sample: readonly SampleRow[] = [
  { respondent: 'r01', instrument: 'phq9', answers: [2, 2, 2, 2, 1, 1, 2, 0, 0, 1] },
  { respondent: 'r01', instrument: 'gad7', answers: [0, 0, 1, 1, 0, 1, 0] },
  { respondent: 'r01', instrument: 'cbi', answers: { cbi_1: 75, cbi_2: 50, cbi_3: 75, cbi_4: 25, cbi_5: 100, cbi_6: 0, cbi_7: 75, cbi_8: 50, cbi_9: 25, cbi_10: 75, cbi_11: 50, cbi_12: 25, cbi_13: 75 } },
  { respondent: 'r02', instrument: 'phq9', answers: [1, 1, 1, 0, 0, 1, 0, 0, 1, 0] },
  { respondent: 'r02', instrument: 'who5', answers: [4, 1, 0, 2, 3] },
  { respondent: 'r02', instrument: 'mbi', answers: [3, 3, 3, 4, 2, 3, 4, 3, 4, 2, 2, 4, 3, 3, 2, 3, 4, 4, 4, 3, 4, 2] },
  { respondent: 'r03', instrument: 'phq4', answers: [1, 2, 2, 1] },
  { respondent: 'r03', instrument: 'olbi', answers: [2, 2, 3, 2, 3, 3, 2, 2, 3, 3, 4, 2, 3, 2, 2, 3] },
  { respondent: 'r03', instrument: 'pfi', answers: [3, 3, 3, 3, 3, 3, 2, 3, 1, 2, 1, 1, 0, 2, 1, 0] },
  { respondent: 'r04', instrument: 'phq9', answers: { phq9_1: 3, phq9_2: 3, phq9_3: 2, phq9_4: 3, phq9_5: 2, phq9_6: 2, phq9_7: 2, phq9_8: 1 } },
  { respondent: 'r04', instrument: 'cbi', answers: { cbi_1: 100, cbi_2: 75, cbi_14: 50, cbi_15: 50, cbi_16: 75 } },
  { respondent: 'r04', instrument: 'gad7', answers: [3, 3, 2, 4, 1, 2, 2] },
];
