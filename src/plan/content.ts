/**
 * Plan content — annex1/1, opinion/3.5: the plan states who is subsidised (objects), when it is
 * paid (subsidy time), the standards and where the money comes from (funding).
 */
import { chineseNames } from "../findings/names.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedPlan } from "../models/plan.js";
import type { PlanCheckContext } from "./context.js";

const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== "";

/** Each element the plan must state, and whether it does. */
const ELEMENTS: readonly (readonly [element: keyof ParsedPlan, isStated: (plan: ParsedPlan) => boolean])[] = [
  ["objects", (plan) => hasText(plan.objects)],
  ["subsidyTime", (plan) => hasText(plan.subsidyTime)],
  ["standards", (plan) => plan.standards !== undefined && (plan.standards.hardship !== undefined || plan.standards.ladder.length > 0)],
  ["funding", (plan) => plan.funding !== undefined],
];

/** Reports `plan_missing_element` for each element the plan does not state. */
export function checkContent({ plan }: PlanCheckContext): Finding[] {
  return ELEMENTS.filter(([, isStated]) => !isStated(plan)).map(([element]) => makeFinding("plan_missing_element", ["plan", element], { element, elementZh: chineseNames.planElements[element as keyof typeof chineseNames.planElements] }));
}
