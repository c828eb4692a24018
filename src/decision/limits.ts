/**
 * Limits on the amount — opinion/3.3: at least 10 yuan per person per year, at most the year's
 * highest Sichuan contribution tier, and never the member's whole own payment
 * (不能全额代缴、大包大揽: on the ladder, the subsidy must stay below what the member paid).
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding } from "../findings/finding.js";
import type { DecisionContext } from "./context.js";
import type { Recorder } from "./recorder.js";
import type { ChosenStandard } from "./standard.js";

/** Applies the floor, the cap and the no-full-substitution rule to a chosen standard. */
export function checkLimits(chosen: ChosenStandard, selfPaid: Fen, context: DecisionContext, recorder: Recorder): void {
  const amount = chosen.amountText;
  const { floorText, capText } = context;
  if (chosen.amount < context.floor) {
    recorder.fail("floor", makeFinding("below_floor", [...chosen.path], { amount, floor: floorText }));
  } else if (recorder.tracing) {
    recorder.step("floor", "opinion/3.3", "passed", { amount, floor: floorText });
  }
  if (chosen.amount > context.cap) {
    recorder.fail("cap", makeFinding("above_cap", [...chosen.path], { amount, cap: capText, year: context.year }));
  } else if (recorder.tracing) {
    recorder.step("cap", "opinion/3.3", "passed", { amount, cap: capText });
  }
  // A hardship member's contribution is (partly) paid by the government; the tilt is allowed there.
  if (chosen.basis !== "ladder") {
    if (recorder.tracing) recorder.step("no_full_substitution", "opinion/3.3", "skipped", { basis: chosen.basis });
  } else if (chosen.amount >= selfPaid) {
    recorder.fail("no_full_substitution", makeFinding("full_substitution", [...chosen.path], { amount, selfPaid: formatFen(selfPaid) }));
  } else if (recorder.tracing) {
    recorder.step("no_full_substitution", "opinion/3.3", "passed", { amount, selfPaid: formatFen(selfPaid) });
  }
}
