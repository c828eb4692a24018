// Sample data shared by the tests. IDs are the synthetic valid numbers of FACTS.md §6.
import { createPolicy, type MemberInput, type PlanInput } from "../../src/index.js";

export const ID_A = "510402198001010018";
export const ID_B = "510411196503150026";
export const ID_C = "510421199006300034";
export const ID_D = "510422195512010046";
export const ID_E = "510403200002290054";
export const ID_BAD_CHECK = "510402198001010019";

export const policy2025 = createPolicy({ highestTier: { 2025: "3000", 2026: "3000" } });

/** A plan with just what a decision reads (annex2/2-like ladder, hardship 100). */
export const basePlan = {
  id: "JJ-2025",
  organisation: { name: "金江村股份经济合作联合社", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: 2025 },
  standards: {
    hardship: 100,
    ladder: [
      { minSelfPaid: 200, maxSelfPaid: 299, amount: 50 },
      { minSelfPaid: 300, maxSelfPaid: 499, amount: 80 },
      { minSelfPaid: 500, maxSelfPaid: 999, amount: 150 },
      { minSelfPaid: 1000, amount: 300 },
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
