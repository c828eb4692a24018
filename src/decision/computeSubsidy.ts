import type { Member } from "../models/member.js";
import type { Plan } from "../models/plan.js";
import { prepareContext } from "./context.js";
import { decideMember } from "./decideMember.js";
import type { ComputeSubsidyOptions, SubsidyDecision } from "./types.js";

/**
 * Decides how much collective subsidy one member receives toward one year's contribution.
 *
 * @remarks
 * Applies opinion/3.2 and annex2/1 (collective member, enrolled that year, a regular
 * contribution — never a back-paid period), opinion/3.5 (plan in force for the year, not
 * suspended on the contribution's date — which must be known when a suspension starts or ends
 * within the year), opinion/3.3 and annex2/2 (the standards of the year — a standing plan's
 * `standardsByYear` entry, else `standards`; the hardship amount or the ladder rung containing
 * the contribution tier, government part included; at least the floor, at most the year's
 * highest tier, below the member's own payment on the ladder unless the government paid part of
 * the contribution). Every failing condition is reported, not the first. Amounts are exact
 * integer fen; no rounding happens. The plan's procedure is not re-checked here (see
 * `checkPlan`), but a ladder whose rungs overlap decides nothing.
 *
 * @param member - the member, as JSON from the host
 * @param plan - the organisation's implementation plan
 * @param options - `year`, `policy` (from createPolicy), optional `trace` and `asOf`
 * @returns a decision: `granted` with the amount; `denied` with `not_collective_member`,
 * `not_enrolled`, `no_regular_contribution`, `back_payment_period`, `duplicate_contribution`,
 * `plan_not_in_force`, `plan_suspended`, `no_matching_tier`, `government_paid_double_counted`,
 * `contribution_inconsistent`, `below_floor`, `above_cap`, `full_substitution`; or `invalid` with
 * `invalid_input`, `invalid_id_number`, `parameter_missing`, `plan_missing_element`,
 * `ladder_overlap`, `payment_date_missing`
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const plan = {
 *   id: "plan-2025",
 *   organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
 *   validity: { kind: "one_year", year: 2025 },
 *   standards: { hardship: 100, ladder: [{ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, amount: 80 }] },
 * };
 * const member = {
 *   id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *   contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }],
 * };
 * const decision = computeSubsidy(member, plan, { year: 2025, policy });
 * [decision.status, decision.amount, decision.basis];
 * //=> ["granted", "80.00", "ladder"]
 * ```
 */
export function computeSubsidy(member: Member, plan: Plan, options: ComputeSubsidyOptions): SubsidyDecision;
/**
 * {@link computeSubsidy} for a value not yet known to have the right shape (`unknown`, e.g. `JSON.parse`'s
 * result): the same checks run and never throw; no cast is needed.
 *
 * @param member - the member as parsed JSON, not yet checked
 * @param plan - the plan as parsed JSON, not yet checked
 * @param options - as in the typed form
 * @returns a decision; what is not a member or a plan gives `invalid` with its findings
 */
export function computeSubsidy(member: unknown, plan: unknown, options: ComputeSubsidyOptions): SubsidyDecision;
export function computeSubsidy(member: unknown, plan: unknown, options: ComputeSubsidyOptions): SubsidyDecision {
  return decideMember(member, prepareContext(plan, options));
}
