// Sample data shared by the tests. IDs are the synthetic valid numbers of FACTS.md §6.
import { createPolicy, type MemberInput, type PlanInput } from "../../src/index.js";

export const ID_A = "510402198001010018";
export const ID_B = "510411196503150026";
export const ID_C = "510421199006300034";
export const ID_D = "510422195512010046";
export const ID_E = "510403200002290054";
export const ID_BAD_CHECK = "510402198001010019";

export const policy2025 = createPolicy({ highestTier: { 2025: "3000", 2026: "3000" } });

/** A plan with just what a decision reads (annex2/2-like ladder, hardship 100, the higher of it and the rung: the tilt). */
export const basePlan = {
  id: "JJ-2025",
  organisation: { name: "金江村股份经济合作联合社", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: 2025 },
  standards: {
    hardship: 100,
    hardshipRule: "higher_of",
    ladder: [
      { minTier: 200, maxTier: 299, amount: 50 },
      { minTier: 300, maxTier: 499, amount: 80 },
      { minTier: 500, maxTier: 999, amount: 150 },
      { minTier: 1000, amount: 300 },
    ],
  },
} satisfies PlanInput;

/** A general member paying `selfPaid` at tier `selfPaid` in 2025. */
export function generalMember(selfPaid: number | string = 300, id = ID_A): MemberInput {
  return {
    id,
    name: "张三",
    collectiveMember: true,
    enrolled: true,
    category: "general",
    contributions: [{ period: 2025, kind: "regular", tier: selfPaid, selfPaid, paidOn: "2025-06-10" }],
  };
}

/** A hardship member whose lowest-tier contribution the government pays in full. */
export function governmentPaidMember(id = ID_B): MemberInput {
  return {
    id,
    name: "李四",
    collectiveMember: true,
    enrolled: true,
    category: "minimum_living_allowance",
    contributions: [{ period: 2025, kind: "regular", tier: 100, selfPaid: 0, governmentPaid: 100, paidOn: "2025-06-10" }],
  };
}

/**
 * A fully compliant 2025 plan (annex1/1–2, annex2, opinion/3.3–3.5): every element stated, the
 * standards of `basePlan`, funding whose share × base equals the amount, the five 四议两公开 steps
 * in order, a member assembly after 2025-05-01 meeting the national thresholds (24 of 30 present,
 * 21 of 30 for), publicity 2025-05-19 → 2025-05-26 (5 working days after the posting day), the
 * township's approval after publicity ends and the county's filing after that.
 */
export const compliantPlan = {
  ...basePlan,
  objects: "本集体经济组织成员中当年参加城乡居保并正常缴费的人员（含政府代缴的特殊群体）；一次性补缴时段不补助",
  subsidyTime: "与成员个人缴费时间一致（2025 年度）",
  funding: {
    collectiveIncome: { base: 100000, sharePercent: 10, amount: 10000 },
    donations: [{ donor: "攀枝花某实业有限公司", donorKind: "enterprise", amount: 2000 }],
  },
  procedure: {
    steps: [
      { step: "party_proposal", date: "2025-05-06" },
      { step: "committees_deliberation", date: "2025-05-08" },
      { step: "party_members_review", date: "2025-05-12" },
      { step: "assembly_resolution", date: "2025-05-16" },
      { step: "resolution_published", date: "2025-05-19" },
    ],
    assembly: { body: "member_assembly", date: "2025-05-16", eligible: 30, present: 24, votesFor: 21 },
    publicity: { postedOn: "2025-05-19", endsOn: "2025-05-26" },
    townshipApproval: { date: "2025-05-28" },
    countyFiling: { date: "2025-06-03" },
  },
} satisfies PlanInput;
