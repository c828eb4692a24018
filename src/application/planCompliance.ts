/**
 * The attached plan — opinion/3.5 (a plan is implemented only when it was lawfully decided,
 * approved and recorded: checkPlan's errors make the application non-compliant) and opinion/3.4
 * (the plan's funds must cover what the roster costs).
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedPlan } from "../models/plan.js";
import { checkPlan } from "../plan/checkPlan.js";
import { fundsOf } from "../plan/funding.js";
import { carried } from "./roster.js";

/**
 * Codes the application reports in its own terms, so they are not repeated inside
 * plan_non_compliant: the year (application_year_mismatch), the suspension on the day of
 * submission (plan_suspended) and the funds against the roster (funds_insufficient).
 */
const REPORTED_BY_THE_APPLICATION: ReadonlySet<string> = new Set(["plan_not_in_force", "plan_suspended", "funds_insufficient"]);

/** `plan_non_compliant`, carrying the plan's own error findings, when checkPlan finds errors. */
export function checkAttachedPlan(planInput: unknown, year: number, policy: unknown): Finding[] {
  const report = checkPlan(planInput as never, { policy: policy as never, year });
  // Problems of the options (the policy) are reported once, by the member decisions' context.
  const errors = report.findings.filter(
    (finding) => finding.severity === "error" && !REPORTED_BY_THE_APPLICATION.has(finding.code) && finding.path?.[0] !== "options",
  );
  if (errors.length === 0) return [];
  return [
    makeFinding("plan_non_compliant", ["application", "plan"], {
      count: errors.length,
      codes: errors.map((finding) => finding.code),
      findings: errors.map((finding) => carried(finding, [])),
    }),
  ];
}

/** `funds_insufficient` when the plan's funds are less than the roster's cost (the larger of claimed and computed). */
export function checkFunds(plan: ParsedPlan, year: number, claimed: Fen, computed: Fen): Finding[] {
  if (plan.funding === undefined) return [];
  const funds = fundsOf(plan.funding);
  const cost = claimed > computed ? claimed : computed;
  if (funds >= cost) return [];
  return [
    makeFinding("funds_insufficient", ["application", "plan", "funding"], {
      funds: formatFen(funds),
      cost: formatFen(cost),
      year,
      claimed: formatFen(claimed),
      computed: formatFen(computed),
    }),
  ];
}
