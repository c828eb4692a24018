/**
 * Limits on the standards — opinion/3.3: every amount the plan pays (each rung and the hardship
 * amount) is at least 10 yuan per person per year and at most the year's highest Sichuan
 * contribution tier, for each year the plan is checked for; a year's own standards
 * (`standardsByYear`, 适时调整) against that year's cap.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import type { CheckedStandards, PlanCheckContext } from "./context.js";

/** Every amount a set of standards pays, with where it is written. */
function amountsOf({ standards, path }: CheckedStandards): { amount: Fen; path: FindingPath }[] {
  const amounts = standards.ladder.map((rung, index) => ({ amount: rung.amount, path: [...path, "ladder", index, "amount"] as FindingPath }));
  if (standards.hardship !== undefined) amounts.unshift({ amount: standards.hardship, path: [...path, "hardship"] });
  return amounts;
}

/** Reports `standard_below_floor`, `standard_above_cap` and `parameter_missing` (a year's tier not supplied). */
export function checkLimits(context: PlanCheckContext): Finding[] {
  const findings: Finding[] = [];
  const floor = formatFen(context.floor);
  for (const set of context.standardSets) {
    const amounts = amountsOf(set);
    if (amounts.length === 0) continue;
    for (const { amount, path } of amounts) {
      if (amount < context.floor) findings.push(makeFinding("standard_below_floor", path, { amount: formatFen(amount), floor }));
    }
    for (const year of set.years) {
      const cap = context.highestTier.get(year);
      if (cap === undefined) {
        // sets never share a year (an entry's year is taken from the plan's standards), so once per year
        findings.push(makeFinding("parameter_missing", ["options", "policy", "highestTier", String(year)], { year, parameter: "highestTier" }));
        continue;
      }
      for (const { amount, path } of amounts) {
        if (amount > cap) findings.push(makeFinding("standard_above_cap", path, { amount: formatFen(amount), cap: formatFen(cap), year }));
      }
    }
  }
  return findings;
}
