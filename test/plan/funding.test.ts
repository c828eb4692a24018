import { describe, expect, it } from "vitest";
import { createPolicy, type MemberInput } from "../../src/index.js";
import { compliantPlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C, ID_D } from "../helpers/samples.js";
import { check, only, planWith, summary } from "./helpers.js";

const share = (base: number | string, sharePercent: number | string, amount: number | string) =>
  planWith({ funding: { collectiveIncome: { base, sharePercent, amount }, donations: [] } });

describe("checkPlan", () => {
  describe("funding (opinion/3.4, annex2/3)", () => {
    it.each([
      [100000, 10, 10000, true],
      [100000, 10, 10000.01, false],
      [100000, 10, 9999.99, false],
      ["333.33", "33.3333", "111.11", true],
      ["0.15", 10, "0.02", true], // 0.015 rounds half-up to 0.02
      ["0.15", 10, "0.01", false],
      ["0.25", 10, "0.03", true], // 0.025 → 0.03
      [12345.67, "12.5", "1543.21", true], // 1543.20875 → 1543.21
      [12345.67, "12.5", "1543.20", false],
    ])("judges base %s × %s%% = %s as matching: %s", (base, percent, amount, matches) => {
      const report = check(share(base, percent, amount));
      expect(summary(only(report.findings, "fund_share_mismatch"))).toEqual(
        matches ? [] : [["fund_share_mismatch", "annex2/3", ["plan", "funding", "collectiveIncome", "amount"], "error"]],
      );
    });

    it("names the expected amount", () => {
      expect(check(share(12345.67, "12.5", "1543.20")).findings[0]?.details).toEqual({ base: "12345.67", sharePercent: "12.5", expected: "1543.21", amount: "1543.20" });
    });

    it.each([
      [{ donations: [] }],
      [{ collectiveIncome: { base: 0, sharePercent: 10, amount: 0 }, donations: [] }],
      [{ donations: [{ donor: "某人", donorKind: "individual" as const, amount: 0 }] }],
    ])("reports funding_missing when the plan puts up no money (%j)", (funding) => {
      expect(summary(check(planWith({ funding })).findings)).toEqual([["funding_missing", "opinion/3.4", ["plan", "funding"], "error"]]);
    });

    it("accepts donations alone as the source", () => {
      expect(check(planWith({ funding: { donations: [{ donor: "某慈善会", donorKind: "social_organisation", amount: 500 }] } })).findings).toEqual([]);
    });
  });

  describe("funds against the roster's cost (opinion/3.4)", () => {
    // Ladder of basePlan: 300 → 80, 1000 → 300; hardship 100. Funds of the compliant plan: 10000 + 2000.
    const roster = (count: number): MemberInput[] => {
      const ids = [ID_A, ID_B, ID_C, ID_D];
      return Array.from({ length: count }, (_, i) => generalMember(1000, ids[i]));
    };
    const funded = (amount: number) => planWith({ funding: { donations: [{ donor: "某公司", donorKind: "enterprise", amount }] } });

    it.each([
      [599.99, true],
      [600, false],
      [600.01, false],
    ])("with funds of %s against a cost of 600.00, reports funds_insufficient: %s", (amount, reported) => {
      const report = check(funded(amount), { year: 2025, roster: roster(2) });
      expect(summary(only(report.findings, "funds_insufficient"))).toEqual(reported ? [["funds_insufficient", "opinion/3.4", ["plan", "funding"], "error"]] : []);
    });

    it("counts the government-paid member's hardship amount and names the figures", () => {
      const report = check(funded(100), { year: 2025, roster: [generalMember(300, ID_A), governmentPaidMember(ID_B)] });
      expect(only(report.findings, "funds_insufficient")[0]?.details).toEqual({ funds: "100.00", cost: "180.00", year: 2025 });
    });

    it("costs a one-year plan for its own year when options.year is absent", () => {
      expect(only(check(funded(100), { roster: roster(1) }).findings, "funds_insufficient")).toHaveLength(1);
    });

    it("asks for options.year to cost a standing plan", () => {
      const plan = planWith({ ...funded(100), validity: { kind: "standing", fromYear: 2025 } });
      expect(summary(check(plan, { roster: roster(1) }).findings)).toEqual([["invalid_input", "annex1/4", ["options", "year"], "error"]]);
    });

    it("reports a roster that is not a list at options.roster", () => {
      const report = check(compliantPlan, { year: 2025, roster: 42 as unknown as MemberInput[] });
      expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["options", "roster"], "error"]]);
    });

    it.each([
      [3333, "9999000.00"],
      [3334, "10002000.00"],
    ])("reports funds_insufficient for %i government-paid members at 3000 yuan, a cost of %s, also above 10,000,000.00 yuan", (count, cost) => {
      const plan = planWith({ standards: { ...compliantPlan.standards, hardship: 3000 }, funding: { donations: [{ donor: "某公司", donorKind: "enterprise", amount: 100 }] } });
      const members = Array.from({ length: count }, (_, i) => governmentPaidMember(syntheticId(i)));
      const report = check(plan, { year: 2025, roster: members });
      expect(summary(report.findings)).toEqual([["funds_insufficient", "opinion/3.4", ["plan", "funding"], "error"]]);
      expect(report.findings[0]?.details).toEqual({ funds: "100.00", cost, year: 2025 });
    });

    it("costs nothing for members the decision denies", () => {
      const policy = createPolicy({ highestTier: { 2025: "3000" } });
      const denied = { ...generalMember(1000, ID_A), collectiveMember: false };
      expect(check(funded(1), { policy, year: 2025, roster: [denied] }).findings).toEqual([]);
    });
  });
});

/** The n-th distinct valid resident ID (born 1980-01-01 onwards in 510402, check character by ISO 7064 MOD 11-2). */
function syntheticId(n: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `5104021980${String(101 + Math.floor(n / 1000)).padStart(4, "0")}${String(n % 1000).padStart(3, "0")}`;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return `${body}${"10X98765432"[sum % 11]}`;
}
