/** The breakdowns tried for every measure and flag, in order of preference (UK-13's default dimensions). */
export const BREAKDOWN_DIMENSIONS = ['category', 'contract', 'workingPattern'] as const;
