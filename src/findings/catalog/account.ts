import type { FindingTemplate } from "../template.js";

/** Findings of the account rules. */
export const accountFindings = {} as const satisfies Record<string, FindingTemplate>;
