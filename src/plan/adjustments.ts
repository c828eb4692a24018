/**
 * Each year's adjustment of the standards — opinion/3.3 (适时调整), annex2/2 (补助标准可根据村集体
 * 经济当年收益情况按年动态调整), annex1/1 (民主决策; 对补助对象、补助标准等要素进行公示，公示时间不少于
 * 5个工作日): an entry of `standardsByYear` changes the standards, so it needs its own decision
 * by the assembly (the same thresholds as the plan's, with the same charter) and its own
 * publicity of at least 5 working days. Its amounts and ladder are checked with the plan's
 * standards (limits, ladder, tilt).
 */
import { chineseNames } from "../findings/names.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { assemblyFindings } from "./assembly.js";
import type { PlanCheckContext } from "./context.js";
import { publicityFindings } from "./publicity.js";

/** Reports, for each entry of `standardsByYear`, `plan_missing_element` (no `decision` or no `publicity`) and the assembly's and the publicity's findings. */
export function checkAdjustments({ plan, calendar }: PlanCheckContext): Finding[] {
  const findings: Finding[] = [];
  const charter = plan.procedure?.charterThresholds;
  (plan.standardsByYear ?? []).forEach((entry, k) => {
    const path: FindingPath = ["plan", "standardsByYear", k];
    if (entry.decision === undefined) findings.push(makeFinding("plan_missing_element", [...path, "decision"], { element: "decision", elementZh: chineseNames.planElements.decision }));
    else for (const finding of assemblyFindings(entry.decision, charter, [...path, "decision"])) findings.push(finding);
    const publicity = entry.publicity;
    if (publicity === undefined) findings.push(makeFinding("plan_missing_element", [...path, "publicity"], { element: "publicity", elementZh: chineseNames.planElements.publicity }));
    else for (const finding of publicityFindings(calendar, publicity.postedOn, [...path, "publicity", "postedOn"], publicity.endsOn, [...path, "publicity", "endsOn"])) findings.push(finding);
  });
  return findings;
}
