// Calendar test vectors shared by the calendar tests.

/** FACTS.md §5: posted → the 5th working day after it (posting day excluded). */
export const FACTS_VECTORS: readonly (readonly [string, string])[] = [
  ["2024-09-24", "2024-09-30"],
  ["2024-09-27", "2024-10-10"],
  ["2025-01-24", "2025-02-07"],
  ["2025-09-26", "2025-10-10"],
  ["2026-02-11", "2026-02-25"],
  ["2026-09-24", "2026-10-09"],
  ["2024-12-30", "2025-01-07"],
];
