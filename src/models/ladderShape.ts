/**
 * The ladder's rungs compared with one another — annex2/2 (对当年个人缴费标准XX元至XX元的): each
 * contribution tier earns one standard. Shared by the decision (a decision never rests on an
 * ambiguous ladder) and the plan check, so it lives beside the plan model.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import type { ParsedPlan, ParsedStandards, ParsedSubsidyTier } from "./plan.js";

/** A rung with its written index, its bounds in fen (`max` Infinity when open-ended) and its amount. */
export interface Rung {
  readonly index: number;
  readonly min: Fen;
  readonly max: number;
  readonly amount: Fen;
}

/** The rung's range printed: "200.00–299.00" or "500.00+". */
export function rangeOf(rung: Rung): string {
  return rung.max === Infinity ? `${formatFen(rung.min)}+` : `${formatFen(rung.min)}–${formatFen(rung.max)}`;
}

/** The rungs sorted by their lowest tier; rungs starting at the same tier keep their written order. */
export function sortedRungs(ladder: readonly ParsedSubsidyTier[]): Rung[] {
  return ladder
    .map((tier, index) => ({ index, min: tier.minTier, max: tier.maxTier ?? Infinity, amount: tier.amount }))
    // Array.prototype.sort is stable: rungs starting at the same tier keep their written order.
    .sort((a, b) => a.min - b.min);
}

/** `ladder_overlap`: each pair of rungs that both contain some tier, at `ladderPath` + the higher rung's index. */
export function ladderOverlaps(ladder: readonly ParsedSubsidyTier[], ladderPath: FindingPath): Finding[] {
  const rungs = sortedRungs(ladder);
  const findings: Finding[] = [];
  rungs.forEach((lower, i) => {
    for (const higher of rungs.slice(i + 1)) {
      if (higher.min <= lower.max) {
        findings.push(makeFinding("ladder_overlap", [...ladderPath, higher.index], { range: rangeOf(higher), otherRange: rangeOf(lower), other: lower.index }));
      }
    }
  });
  return findings;
}

/** A set of standards with where it is written in the plan. */
export interface PlacedStandards {
  readonly standards: ParsedStandards;
  /** `["plan", "standards"]`, or `["plan", "standardsByYear", k, "standards"]` */
  readonly path: FindingPath;
}

/**
 * The standards that apply in `year` (opinion/3.3 适时调整, annex2/2 按年动态调整): the year's entry
 * of `standardsByYear` when the plan has one, else the plan's `standards`, else undefined.
 */
export function standardsForYear(plan: ParsedPlan, year: number): PlacedStandards | undefined {
  const entries = plan.standardsByYear ?? [];
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as (typeof entries)[number];
    if (entry.year === year) return { standards: entry.standards, path: ["plan", "standardsByYear", k, "standards"] };
  }
  return plan.standards === undefined ? undefined : { standards: plan.standards, path: ["plan", "standards"] };
}
