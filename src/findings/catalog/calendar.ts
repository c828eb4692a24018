import type { FindingTemplate } from "../template.js";

/** Findings of the calendar rules. */
export const calendarFindings = {} as const satisfies Record<string, FindingTemplate>;
