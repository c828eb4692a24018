/**
 * Government-paid double counting — opinion/3.3 (不配套财政缴费补贴; the rung is chosen by the
 * tier, so the tier must be true): the parts of a contribution must add up to its tier, and the
 * government's part must never be counted as the member's own.
 */
import { formatFen } from "../core/money.js";
import { makeFinding } from "../findings/finding.js";
import type { ParsedContribution, ParsedMember } from "../models/member.js";
import type { Recorder } from "./recorder.js";
import { TraceSteps } from "./traceSteps.js";

/** Checks every regular contribution of the year: own + government-paid must equal the tier. */
export function checkContributions(member: ParsedMember, year: number, recorder: Recorder): void {
  let checked = 0;
  let consistent = true;
  const contributions = member.contributions;
  for (let index = 0; index < contributions.length; index++) {
    const contribution = contributions[index] as ParsedContribution;
    if (contribution.period !== year || contribution.kind !== "regular") continue;
    checked++;
    const { selfPaid, governmentPaid, tier } = contribution;
    if (selfPaid + governmentPaid === tier) continue;
    consistent = false;
    const details = { selfPaid: formatFen(selfPaid), governmentPaid: formatFen(governmentPaid), tier: formatFen(tier) };
    const code = governmentPaid > 0 && selfPaid + governmentPaid > tier ? "government_paid_double_counted" : "contribution_inconsistent";
    recorder.fail("contribution_consistent", makeFinding(code, ["member", "contributions", index, "selfPaid"], details));
  }
  if (checked > 0 && consistent) recorder.push(TraceSteps.contributionConsistent);
}
