/**
 * Limits on the standards — opinion/3.3: every amount the plan pays (each rung and the hardship
 * amount) is at least 10 yuan per person per year and at most the year's highest Sichuan
 * contribution tier, for each year the plan is checked for.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import type { PlanCheckContext } from "./context.js";

/** Every amount the standards pay, with where it is written. */
function amountsOf({ plan }: PlanCheckContext): { amount: Fen; path: FindingPath }[] {
  const standards = plan.standards;
  if (standards === undefined) return [];
  const amounts = standards.ladder.map((rung, index) => ({ amount: rung.amount, path: ["plan", "standards", "ladder", index, "amount"] as FindingPath }));
  if (standards.hardship !== undefined) amounts.unshift({ amount: standards.hardship, path: ["plan", "standards", "hardship"] });
  return amounts;
}

/** Reports `standard_below_floor`, `standard_above_cap` and `parameter_missing` (a year's tier not supplied). */
export function checkLimits(context: PlanCheckContext): Finding[] {
  const amounts = amountsOf(context);
  if (amounts.length === 0) return [];
  const floor = formatFen(context.floor);
  const findings = amounts
    .filter(({ amount }) => amount < context.floor)
    .map(({ amount, path }) => makeFinding("standard_below_floor", path, { amount: formatFen(amount), floor }));
  for (const year of context.years) {
    const cap = context.highestTier.get(year);
    if (cap === undefined) {
      findings.push(makeFinding("parameter_missing", ["options", "policy", "highestTier", String(year)], { year, parameter: "highestTier" }));
      continue;
    }
    for (const { amount, path } of amounts) {
      if (amount > cap) findings.push(makeFinding("standard_above_cap", path, { amount: formatFen(amount), cap: formatFen(cap), year }));
    }
  }
  return findings;
}
