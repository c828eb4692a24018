/**
 * Limits on the amount — opinion/3.3: at least 10 yuan per person per year, at most the year's
 * highest Sichuan contribution tier, and never the member's whole own payment
 * (不能全额代缴、大包大揽: the collective must not pay the member's whole part, so on the ladder the
 * subsidy stays below what the member paid). Where the government paid part of the contribution
 * (政府代缴, "补助金额可给予一定倾斜") the rule does not bite, on the ladder as on the hardship amount.
 */
import { formatFen } from "../core/money.js";
import { makeFinding } from "../findings/finding.js";
import type { ParsedContribution } from "../models/member.js";
import type { DecisionContext } from "./context.js";
import type { Recorder } from "./recorder.js";
import { TraceSteps } from "./traceSteps.js";
import type { ChosenStandard } from "./standard.js";

/** Applies the floor, the cap and the no-full-substitution rule to a chosen standard for the year's contribution. */
export function checkLimits(chosen: ChosenStandard, contribution: ParsedContribution, context: DecisionContext, recorder: Recorder): void {
  const { selfPaid } = contribution;
  const amount = chosen.amountText;
  const shared = recorder.shared;
  if (chosen.amount < context.floor) {
    recorder.fail("floor", makeFinding("below_floor", [...chosen.path], { amount, floor: context.floorText }));
  } else if (shared !== undefined) {
    recorder.push(shared.floor(chosen));
  }
  if (chosen.amount > context.cap) {
    recorder.fail("cap", makeFinding("above_cap", [...chosen.path], { amount, cap: context.capText, year: context.year }));
  } else if (shared !== undefined) {
    recorder.push(shared.cap(chosen));
  }
  // A hardship member's contribution is (partly) paid by the government; the tilt is allowed there.
  if (chosen.basis !== "ladder") {
    recorder.push(TraceSteps.hardshipTilt);
  } else if (contribution.governmentPaid > 0) {
    recorder.push(TraceSteps.governmentPaidExempt);
  } else if (chosen.amount >= selfPaid) {
    recorder.fail("no_full_substitution", makeFinding("full_substitution", [...chosen.path], { amount, selfPaid: formatFen(selfPaid) }));
  } else if (shared !== undefined) {
    recorder.push(shared.belowOwnPayment(chosen, selfPaid));
  }
}
