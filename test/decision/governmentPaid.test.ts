// Government-paid (代缴) members (opinion/3.3, annex2/1): the rung follows the contribution tier,
// 不能全额代缴 does not bite where the government paid, and a ladder that overlaps decides nothing.
import { describe, expect, it } from "vitest";
import { computeRoster, computeSubsidy, type MemberInput, type PlanInput } from "../../src/index.js";
import { basePlan, generalMember, ID_A, ID_B, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };
const LADDER_ONLY: PlanInput = { ...basePlan, standards: { ladder: basePlan.standards.ladder } };

/** A member at `tier`, of which the government paid `governmentPaid`. */
function paidFor(tier: number | string, governmentPaid: number | string, category: MemberInput["category"] = "general"): MemberInput {
  const self = (Math.round(Number(tier) * 100) - Math.round(Number(governmentPaid) * 100)) / 100;
  return { ...generalMember(tier, ID_B), category, contributions: [{ period: 2025, kind: "regular", tier, selfPaid: self, governmentPaid, paidOn: "2025-06-10" }] };
}

describe("computeSubsidy", () => {
  describe("the rung follows the contribution tier (opinion/3.3 按照个人缴费档次)", () => {
    it("grants a member whose lowest tier the government paid in full, under a plan with only a ladder", () => {
      const plan: PlanInput = { ...basePlan, standards: { ladder: [{ minTier: 100, maxTier: 199, amount: 30 }, ...basePlan.standards.ladder] } };
      const decision = computeSubsidy(paidFor(100, 100, "minimum_living_allowance"), plan, options);
      expect(decision).toMatchObject({ status: "granted", amount: "30.00", basis: "ladder", tier: { index: 0, minTier: "100.00" } });
      expect(decision.findings).toEqual([]);
    });

    it("puts a member who topped up to 500 with 100 paid by the government on the 500 rung, as a general member at 500", () => {
      const topped = computeSubsidy(paidFor(500, 100), LADDER_ONLY, options);
      const general = computeSubsidy(generalMember(500, ID_A), LADDER_ONLY, options);
      expect(topped).toMatchObject({ status: "granted", amount: "150.00", tier: { index: 2 } });
      expect(topped.amount).toBe(general.amount);
    });

    it.each([
      ["499.00", "80.00", 1],
      ["500.00", "150.00", 2],
      ["999.00", "150.00", 2],
      ["1000.00", "300.00", 3],
    ])("at tier %s yuan, 100 of it paid by the government, grants %s (rung %i)", (tier, amount, index) => {
      expect(computeSubsidy(paidFor(tier, 100), LADDER_ONLY, options)).toMatchObject({ status: "granted", amount, tier: { index } });
    });

    it("gives a hardship member who topped up the higher of the two under higher_of: the tilt", () => {
      // basePlan: hardship 100, higher_of
      expect(computeSubsidy(paidFor(1000, 100, "minimum_living_allowance"), basePlan, options)).toMatchObject({ status: "granted", amount: "300.00", basis: "ladder", tier: { index: 3 } });
      expect(computeSubsidy(paidFor(300, 100, "minimum_living_allowance"), basePlan, options)).toMatchObject({ status: "granted", amount: "100.00", basis: "hardship" });
    });
  });

  describe("不能全额代缴 is about the collective (opinion/3.3)", () => {
    // one rung from 100: paying 150 is more than a member paying just 100 themselves
    const plan: PlanInput = { ...basePlan, standards: { ladder: [{ minTier: 100, amount: 150 }] } };

    it.each([
      ["0.01", "granted"],
      ["0", "denied"],
    ])("with a government-paid part of %s yuan decides %s a rung of 150 against an own part of 149.99 or less", (governmentPaid, status) => {
      const member = paidFor(150, governmentPaid);
      const decision = computeSubsidy({ ...member, category: "general" }, plan, { ...options, trace: true });
      expect(decision.status).toBe(status);
      const step = decision.trace?.find((s) => s.rule === "no_full_substitution");
      if (status === "granted") {
        expect(decision.findings).toEqual([]);
        expect(step).toMatchObject({ outcome: "skipped", clause: "opinion/3.3", values: { basis: "ladder", governmentPaid: true } });
      } else {
        expect(decision.findings.map((f) => [f.code, f.severity, f.clause, f.path, f.details])).toEqual([
          ["full_substitution", "error", "opinion/3.3", ["plan", "standards", "ladder", 0, "amount"], { amount: "150.00", selfPaid: "150.00" }],
        ]);
      }
    });

    it.each([
      ["149.99", "granted"],
      ["150.00", "denied"],
      ["150.01", "denied"],
    ])("keeps amount < own payment for a member paying alone: a rung of %s against 150 decides %s", (amount, status) => {
      const onePlan: PlanInput = { ...basePlan, standards: { ladder: [{ minTier: 100, amount }] } };
      expect(computeSubsidy(generalMember(150), onePlan, options).status).toBe(status);
    });
  });
});

describe("computeRoster", () => {
  it("decides nothing for anyone on a ladder whose rungs overlap, with the plan check's finding", () => {
    const plan: PlanInput = { ...basePlan, standards: { hardship: 100, ladder: [{ minTier: 200, maxTier: 300, amount: 50 }, { minTier: 300, amount: 80 }] } };
    const result = computeRoster([generalMember(250, ID_A), generalMember(400, ID_B)], plan, options);
    expect(result.totals).toMatchObject({ members: 2, invalid: 2, granted: 0, amount: "0.00" });
    for (const decision of result.decisions) {
      expect(decision.findings.map((f) => [f.code, f.severity, f.clause, f.path])).toEqual([["ladder_overlap", "error", "annex2/2", ["plan", "standards", "ladder", 1]]]);
    }
  });
});
