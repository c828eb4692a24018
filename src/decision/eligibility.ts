/**
 * Who is subsidised — opinion/3.2, annex2/1, and the plan's force — opinion/3.5:
 * members of this organisation, enrolled that year and paying normally; never for a period
 * covered by a one-time back payment; only under a plan in force and not suspended.
 */
import { makeFinding } from "../findings/finding.js";
import type { ParsedContribution, ParsedMember } from "../models/member.js";
import type { Suspension } from "../models/plan.js";
import { suspensionOn } from "../models/planStatus.js";
import type { DecisionContext } from "./context.js";
import type { Recorder } from "./recorder.js";
import { TraceSteps } from "./traceSteps.js";

/** The year's regular contribution the standard is based on, with its index, if any. */
export interface YearContribution {
  readonly index: number;
  readonly contribution: ParsedContribution;
}

/**
 * Applies every eligibility rule and records each failure. Returns the year's first regular
 * contribution (the one the standard is based on), or undefined when there is none.
 */
export function checkEligibility(member: ParsedMember, context: DecisionContext, recorder: Recorder): YearContribution | undefined {
  const { year, plan } = context;
  const shared = recorder.shared;

  if (context.planInForce) {
    if (shared !== undefined) recorder.push(shared.planInForce);
  } else recorder.fail("plan_in_force", makeFinding("plan_not_in_force", ["plan", "validity"], { year }));

  if (member.collectiveMember) recorder.push(TraceSteps.collectiveMember);
  else recorder.fail("collective_member", makeFinding("not_collective_member", ["member", "collectiveMember"]));

  if (member.enrolled) {
    if (shared !== undefined) recorder.push(shared.enrolled);
  } else recorder.fail("enrolled", makeFinding("not_enrolled", ["member", "enrolled"], { year }));

  let first: YearContribution | undefined;
  let regularCount = 0;
  let secondIndex = -1;
  let backPaymentIndex = -1;
  const contributions = member.contributions;
  for (let index = 0; index < contributions.length; index++) {
    const contribution = contributions[index] as ParsedContribution;
    if (contribution.period !== year) continue;
    if (contribution.kind === "back_payment") {
      if (backPaymentIndex < 0) backPaymentIndex = index;
      continue;
    }
    regularCount++;
    if (first === undefined) first = { index, contribution };
    else if (secondIndex < 0) secondIndex = index;
  }

  if (first !== undefined) {
    if (shared !== undefined) recorder.push(shared.regularContribution(first.index));
  } else if (backPaymentIndex >= 0) {
    recorder.fail("regular_contribution", makeFinding("back_payment_period", ["member", "contributions", backPaymentIndex], { year }));
  } else {
    recorder.fail("regular_contribution", makeFinding("no_regular_contribution", ["member", "contributions"], { year }));
  }
  if (regularCount > 1) {
    recorder.fail("single_regular_contribution", makeFinding("duplicate_contribution", ["member", "contributions", secondIndex], { year, count: regularCount }));
  }

  // The subsidy follows the contribution (opinion/3.5): suspension is judged on the day that matters.
  // A payment date the library does not know is not 31 December: when a suspension starts or ends
  // within the year, the decision cannot tell which side of it the member paid on.
  if (first !== undefined && context.asOf === undefined && first.contribution.paidOn === undefined && context.suspensionWithinYear) {
    recorder.undecidable = true;
    recorder.fail("plan_not_suspended", makeFinding("payment_date_missing", ["member", "contributions", first.index, "paidOn"], { year }));
    return first;
  }
  const date = context.asOf ?? first?.contribution.paidOn ?? context.lastDay;
  const suspension = suspensionOn(plan.suspensions, date);
  if (suspension === undefined) {
    if (shared !== undefined) recorder.push(shared.planNotSuspended(date));
  } else {
    // suspensionOn found it in the plan's list, so the list is there.
    const index = (plan.suspensions as readonly Suspension[]).indexOf(suspension);
    recorder.fail("plan_not_suspended", makeFinding("plan_suspended", ["plan", "suspensions", index], { from: suspension.from, reason: suspension.reason, date }));
  }
  return first;
}
