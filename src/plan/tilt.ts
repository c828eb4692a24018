/**
 * The tilt — opinion/3.3 (对政府代缴的参保人员，补助金额可给予一定倾斜) and annex2/2 (the model plan
 * sets a flat amount for 缴费困难群体): a plan should not give hardship members, among them those
 * the government pays for, less than a general member could get, and should set a hardship amount
 * at all. Both are warnings: the policy allows a tilt ("可"), it does not order one.
 */
import { formatFen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import { rangeOf, sortedRungs } from "../models/ladderShape.js";
import type { PlanCheckContext } from "./context.js";

/**
 * Reports `hardship_amount_missing` (standards without a hardship amount) and
 * `hardship_below_ladder` (under `hardshipRule: "hardship_amount"`, a rung paying more than the
 * hardship amount: a hardship member who tops up to that tier still gets the hardship amount).
 */
export function checkTilt({ standardSets }: PlanCheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { standards, path } of standardSets) {
    const { hardship } = standards;
    if (hardship === undefined) {
      findings.push(makeFinding("hardship_amount_missing", [...path, "hardship"]));
      continue;
    }
    if (standards.hardshipRule === "higher_of") continue;
    // Any tier is open to a hardship member: the rungs paying more than the hardship amount, lowest tier first.
    const above = sortedRungs(standards.ladder).filter((rung) => rung.amount > hardship);
    if (above.length === 0) continue;
    const highest = above.reduce((max, rung) => Math.max(max, rung.amount), 0);
    findings.push(
      makeFinding("hardship_below_ladder", [...path, "hardship"], {
        hardship: formatFen(hardship),
        ranges: above.map(rangeOf).join(", "),
        rangesZh: above.map(rangeOf).join("、"),
        highest: formatFen(highest),
        rungs: above.map((rung) => rung.index),
      }),
    );
  }
  return findings;
}
