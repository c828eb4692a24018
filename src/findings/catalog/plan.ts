import type { FindingTemplate } from "../template.js";

/** Findings of the plan rules. */
export const planFindings = {} as const satisfies Record<string, FindingTemplate>;
