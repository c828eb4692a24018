import type { FindingTemplate } from "../template.js";

/** Findings of the application rules. */
export const applicationFindings = {} as const satisfies Record<string, FindingTemplate>;
