import type { CalendarData } from "../calendar/calendarData.js";
import { hasError, type Finding } from "../findings/finding.js";
import type { Member } from "../models/member.js";
import type { Plan } from "../models/plan.js";
import type { Policy } from "../policy/createPolicy.js";
import { RULES_VERSION } from "../version.js";
import { checkAdjustments } from "./adjustments.js";
import { checkApproval } from "./approval.js";
import { checkAssembly } from "./assembly.js";
import { checkContent } from "./content.js";
import { preparePlanCheck, type PlanRule } from "./context.js";
import { checkDeliberation } from "./deliberation.js";
import { checkFunding } from "./funding.js";
import { checkInForce } from "./inForce.js";
import { checkLadder } from "./ladder.js";
import { checkLimits } from "./limits.js";
import { checkPublicity } from "./publicity.js";
import { checkTilt } from "./tilt.js";

/** Options of {@link checkPlan}. */
export interface CheckPlanOptions {
  /** the parameters, from createPolicy */
  readonly policy: Policy;
  /** check for this year: validity, and the cap; without it, each year of the validity the policy has */
  readonly year?: number;
  /** judge suspension on this date (`plan_suspended`) */
  readonly asOf?: string;
  /** members to cost the plan against its funds (`funds_insufficient`), for `year` (or a one-year plan's year) */
  readonly roster?: Iterable<Member>;
  /** a working-day calendar to use instead of `officialCalendar` (2024–2026) */
  readonly calendar?: CalendarData;
}

/** The plan check's report: compliant when no finding is an error. */
export interface CheckPlanResult {
  /** true when no finding is an error; warnings inform and do not block */
  readonly compliant: boolean;
  /** every violation and warning, rule by rule */
  readonly findings: readonly Finding[];
  /** package version and policy */
  readonly rulesVersion: string;
}

/** The rules in the order a clerk reads a plan: content, standards, funding, procedure, force. */
const RULES: readonly PlanRule[] = [
  checkContent,
  checkLimits,
  checkLadder,
  checkTilt,
  checkFunding,
  checkDeliberation,
  checkAssembly,
  checkPublicity,
  checkApproval,
  checkAdjustments,
  checkInForce,
];

/**
 * Checks a whole implementation plan (实施方案) and lists every problem at once.
 *
 * @remarks
 * Applies annex1/1 and opinion/3.5 (content: objects, subsidy time, standards, funding),
 * opinion/3.3 and annex2/2 (each amount between the 10-yuan floor and the year's highest tier; a
 * ladder without overlaps or whole-yuan gaps, paying more for more — the same amount for a higher
 * tier is a warning —, never the whole of the lowest tier a rung covers; a hardship amount, not
 * below a rung a hardship member can reach unless `higher_of`; a standing plan's per-year
 * standards against their year's cap, each with its own assembly decision and publicity),
 * opinion/3.4 and annex2/3 (share × base rounded half-up to
 * the fen equals the stated amount; funds cover the roster), annex1/1 and opinion/3.5 (四议两公开
 * in order; the assembly's thresholds by body and date in exact integers, and under every rule
 * more than half of the votes of those present; publicity of at least 5
 * working days after the posting day on the official calendar; township approval after publicity,
 * county filing after approval) and opinion/3.5 (validity, suspension). Never throws.
 *
 * @param plan - the plan, as JSON from the host
 * @param options - `policy`, and optional `year`, `asOf`, `roster`, `calendar`
 * @returns `{ compliant, findings, rulesVersion }`; findings may be `plan_missing_element`,
 * `standard_below_floor`, `standard_above_cap`, `parameter_missing`, `ladder_overlap`,
 * `ladder_gap`, `ladder_not_increasing`, `ladder_same_amount`, `full_substitution_standard`,
 * `hardship_below_ladder`, `hardship_amount_missing`, `fund_share_mismatch`,
 * `funding_missing`, `funds_insufficient`, `deliberation_step_missing`,
 * `deliberation_out_of_order`, `assembly_not_passed`, `assembly_rule_unknown`,
 * `publicity_too_short`, `publicity_ambiguous`, `calendar_unknown_year`,
 * `township_approval_missing`, `county_filing_missing`, `procedure_out_of_order`,
 * `plan_not_in_force`, `plan_suspended`, `suspension_not_filed`, `invalid_input`
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const plan = {
 *   id: "JJ-2025",
 *   organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
 *   validity: { kind: "one_year", year: 2025 },
 *   objects: "本集体经济组织成员中当年正常缴费的参保人员",
 *   subsidyTime: "与个人缴费时间一致",
 *   standards: { hardship: 100, ladder: [{ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, amount: 80 }] },
 *   funding: { collectiveIncome: { base: 100000, sharePercent: 10, amount: 10000 } },
 *   procedure: {
 *     steps: [
 *       { step: "party_proposal", date: "2025-05-06" },
 *       { step: "committees_deliberation", date: "2025-05-06" },
 *       { step: "party_members_review", date: "2025-05-12" },
 *       { step: "assembly_resolution", date: "2025-05-16" },
 *       { step: "resolution_published", date: "2025-05-19" },
 *     ],
 *     assembly: { body: "member_assembly", date: "2025-05-16", eligible: 31, present: 21, votesFor: 21 },
 *     publicity: { postedOn: "2025-05-19", endsOn: "2025-05-23" },
 *     townshipApproval: { date: "2025-05-28" },
 *     countyFiling: { date: "2025-06-03" },
 *   },
 * };
 * const report = checkPlan(plan, { policy, year: 2025 });
 * report.findings.map((f) => [f.code, f.severity]);
 * //=> [["publicity_ambiguous", "warning"]]
 * report.compliant;
 * //=> true
 * checkPlan({ ...plan, funding: undefined }, { policy }).findings.map((f) => f.code);
 * //=> ["plan_missing_element", "publicity_ambiguous"]
 * ```
 */
export function checkPlan(plan: Plan, options: CheckPlanOptions): CheckPlanResult;
/**
 * {@link checkPlan} for a value not yet known to have the right shape (`unknown`, e.g. `JSON.parse`'s
 * result): the same checks run and never throw; no cast is needed.
 *
 * @param plan - the plan as parsed JSON, not yet checked
 * @param options - as in the typed form
 * @returns the report; what is not a plan is reported with `invalid_input` findings
 */
export function checkPlan(plan: unknown, options: CheckPlanOptions): CheckPlanResult;
export function checkPlan(plan: unknown, options: CheckPlanOptions): CheckPlanResult {
  const prepared = preparePlanCheck(plan, options);
  const findings = prepared.ok ? [...prepared.findings, ...RULES.flatMap((rule) => rule(prepared.context))] : prepared.findings;
  return { compliant: !hasError(findings), findings, rulesVersion: RULES_VERSION };
}
