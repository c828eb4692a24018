/**
 * The ladder's shape — annex2/2 (多缴多补: each contribution tier earns one standard, a higher
 * tier never less) and opinion/3.3 ("按照个人缴费档次设定不同的补助金额": a higher tier earns a
 * different amount; 不能全额代缴: a rung pays less than the lowest tier it covers, which a member
 * without government payment pays in full). Gaps are looked for in whole yuan: rungs
 * "200–299, 300–499" leave none. Each set of standards is checked (the plan's, and each year's).
 */
import { formatFen } from "../core/money.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { ladderOverlaps, rangeOf, sortedRungs, type Rung } from "../models/ladderShape.js";
import type { PlanCheckContext } from "./context.js";

const YUAN = 100;

/** `ladder_gap`: whole-yuan tiers between the lowest and the highest rung that no rung covers. */
function gaps(rungs: readonly Rung[], ladderPath: FindingPath): Finding[] {
  const findings: Finding[] = [];
  let reach = rungs[0]?.max ?? Infinity;
  for (const rung of rungs) {
    // The whole yuan above `reach` and below the rung's start: none when the rung starts within
    // reach (the first rung's own max included, as max ≥ min), since then from > reach ≥ min > to.
    const from = (Math.floor(reach / YUAN) + 1) * YUAN;
    const to = (Math.ceil(rung.min / YUAN) - 1) * YUAN;
    if (from <= to) findings.push(makeFinding("ladder_gap", [...ladderPath, rung.index, "minTier"], { from: formatFen(from), to: formatFen(to) }));
    reach = Math.max(reach, rung.max);
  }
  return findings;
}

/**
 * `ladder_not_increasing`: a rung paying less than a rung for lower tiers (an error);
 * `ladder_same_amount`: a rung paying the same as the best-paying lower rung (a warning).
 */
function notIncreasing(rungs: readonly Rung[], ladderPath: FindingPath): Finding[] {
  const findings: Finding[] = [];
  let best: Rung | undefined;
  for (const rung of rungs) {
    if (best !== undefined && rung.amount < best.amount) {
      findings.push(
        makeFinding("ladder_not_increasing", [...ladderPath, rung.index, "amount"], {
          range: rangeOf(rung),
          amount: formatFen(rung.amount),
          lowerRange: rangeOf(best),
          lowerAmount: formatFen(best.amount),
        }),
      );
    } else {
      if (best !== undefined && rung.amount === best.amount) {
        findings.push(makeFinding("ladder_same_amount", [...ladderPath, rung.index, "amount"], { range: rangeOf(rung), amount: formatFen(rung.amount), lowerRange: rangeOf(best) }));
      }
      best = rung;
    }
  }
  return findings;
}

/** `full_substitution_standard`: a rung paying at least the lowest tier it covers. */
function fullSubstitution(rungs: readonly Rung[], ladderPath: FindingPath): Finding[] {
  return rungs
    .filter((rung) => rung.amount >= rung.min)
    .sort((a, b) => a.index - b.index)
    .map((rung) =>
      makeFinding("full_substitution_standard", [...ladderPath, rung.index, "amount"], {
        range: rangeOf(rung),
        amount: formatFen(rung.amount),
        minTier: formatFen(rung.min),
      }),
    );
}

/** Reports `ladder_overlap`, `ladder_gap`, `ladder_not_increasing`, `ladder_same_amount` and `full_substitution_standard`. */
export function checkLadder({ standardSets }: PlanCheckContext): Finding[] {
  return standardSets.flatMap(({ standards, path }) => {
    const ladderPath = [...path, "ladder"];
    const rungs = sortedRungs(standards.ladder);
    return [...ladderOverlaps(standards.ladder, ladderPath), ...gaps(rungs, ladderPath), ...notIncreasing(rungs, ladderPath), ...fullSubstitution(rungs, ladderPath)];
  });
}
