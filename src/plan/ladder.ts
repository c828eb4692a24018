/**
 * The ladder's shape — annex2/2 (多缴多补: each own payment earns one standard, a higher payment
 * never less) and opinion/3.3 (不能全额代缴: a rung pays less than the smallest own payment it
 * covers). Gaps are looked for in whole yuan: rungs "200–299, 300–499" leave none.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { SubsidyTier } from "../models/plan.js";
import type { PlanCheckContext } from "./context.js";

interface Rung {
  readonly index: number;
  readonly min: Fen;
  /** Infinity for an open-ended rung */
  readonly max: number;
  readonly amount: Fen;
}

const YUAN = 100;

function rangeOf(rung: Rung): string {
  return rung.max === Infinity ? `${formatFen(rung.min)}+` : `${formatFen(rung.min)}–${formatFen(rung.max)}`;
}

function sortedRungs(ladder: readonly SubsidyTier[]): Rung[] {
  return ladder
    .map((tier, index) => ({ index, min: tier.minSelfPaid, max: tier.maxSelfPaid ?? Infinity, amount: tier.amount }))
    // Array.prototype.sort is stable: rungs starting at the same payment keep their written order.
    .sort((a, b) => a.min - b.min);
}

/** `ladder_overlap`: each pair of rungs that both contain some own payment. */
function overlaps(rungs: readonly Rung[]): Finding[] {
  const findings: Finding[] = [];
  rungs.forEach((lower, i) => {
    for (const higher of rungs.slice(i + 1)) {
      if (higher.min <= lower.max) {
        findings.push(makeFinding("ladder_overlap", ["plan", "standards", "ladder", higher.index], { range: rangeOf(higher), otherRange: rangeOf(lower), other: lower.index }));
      }
    }
  });
  return findings;
}

/** `ladder_gap`: whole-yuan own payments between the lowest and the highest rung that no rung covers. */
function gaps(rungs: readonly Rung[]): Finding[] {
  const findings: Finding[] = [];
  let reach = rungs[0]?.max ?? Infinity;
  for (const rung of rungs) {
    // The whole yuan above `reach` and below the rung's start: none when the rung starts within
    // reach (the first rung's own max included, as max ≥ min), since then from > reach ≥ min > to.
    const from = (Math.floor(reach / YUAN) + 1) * YUAN;
    const to = (Math.ceil(rung.min / YUAN) - 1) * YUAN;
    if (from <= to) findings.push(makeFinding("ladder_gap", ["plan", "standards", "ladder", rung.index, "minSelfPaid"], { from: formatFen(from), to: formatFen(to) }));
    reach = Math.max(reach, rung.max);
  }
  return findings;
}

/** `ladder_not_increasing`: a rung paying less than a rung for lower own payments. */
function notIncreasing(rungs: readonly Rung[]): Finding[] {
  const findings: Finding[] = [];
  let best: Rung | undefined;
  for (const rung of rungs) {
    if (best !== undefined && rung.amount < best.amount) {
      findings.push(
        makeFinding("ladder_not_increasing", ["plan", "standards", "ladder", rung.index, "amount"], {
          range: rangeOf(rung),
          amount: formatFen(rung.amount),
          lowerRange: rangeOf(best),
          lowerAmount: formatFen(best.amount),
        }),
      );
    } else {
      best = rung;
    }
  }
  return findings;
}

/** `full_substitution_standard`: a rung paying at least the smallest own payment it covers. */
function fullSubstitution(rungs: readonly Rung[]): Finding[] {
  return rungs
    .filter((rung) => rung.amount >= rung.min)
    .sort((a, b) => a.index - b.index)
    .map((rung) =>
      makeFinding("full_substitution_standard", ["plan", "standards", "ladder", rung.index, "amount"], {
        range: rangeOf(rung),
        amount: formatFen(rung.amount),
        minSelfPaid: formatFen(rung.min),
      }),
    );
}

/** Reports `ladder_overlap`, `ladder_gap`, `ladder_not_increasing` and `full_substitution_standard`. */
export function checkLadder({ plan }: PlanCheckContext): Finding[] {
  const rungs = sortedRungs(plan.standards?.ladder ?? []);
  return [...overlaps(rungs), ...gaps(rungs), ...notIncreasing(rungs), ...fullSubstitution(rungs)];
}
