import { describe, expect, it } from "vitest";
import { createPolicy, type PlanInput, type SubsidyTierInput } from "../../src/index.js";
import { compliantPlan } from "../helpers/samples.js";
import { check, only, planWith, summary } from "./helpers.js";

function ladder(...rungs: SubsidyTierInput[]): PlanInput {
  return planWith({ standards: { hardship: 100, hardshipRule: "higher_of", ladder: rungs } });
}

describe("checkPlan", () => {
  describe("standards against the floor and the cap (opinion/3.3)", () => {
    it.each([
      ["9.99", ["standard_below_floor"]],
      ["10", []],
      ["10.01", []],
      ["2999.99", []],
      ["3000", []],
      ["3000.01", ["standard_above_cap"]],
    ])("judges a hardship amount of %s yuan", (hardship, codes) => {
      const report = check(planWith({ standards: { ...compliantPlan.standards, hardship } }));
      expect(report.findings.map((f) => f.code)).toEqual(codes);
      for (const finding of report.findings) expect([finding.clause, finding.path]).toEqual(["opinion/3.3", ["plan", "standards", "hardship"]]);
    });

    it("checks every rung and names the amount, the limit and the year", () => {
      const report = check(ladder({ minTier: 200, maxTier: 299, amount: 5 }, { minTier: 300, maxTier: 3999, amount: 8 }, { minTier: 4000, amount: 3500 }));
      expect(summary(report.findings)).toEqual([
        ["standard_below_floor", "opinion/3.3", ["plan", "standards", "ladder", 0, "amount"], "error"],
        ["standard_below_floor", "opinion/3.3", ["plan", "standards", "ladder", 1, "amount"], "error"],
        ["standard_above_cap", "opinion/3.3", ["plan", "standards", "ladder", 2, "amount"], "error"],
      ]);
      expect(report.findings[0]?.details).toEqual({ amount: "5.00", floor: "10.00" });
      expect(report.findings[2]?.details).toEqual({ amount: "3500.00", cap: "3000.00", year: 2025 });
    });

    it("checks each year of a standing plan that the policy has, against that year's tier", () => {
      const policy = createPolicy({ highestTier: { 2024: "2000", 2025: "3000", 2026: "4000" } });
      const plan = planWith({ validity: { kind: "standing", fromYear: 2025 }, standards: { hardship: 2500, ladder: [{ minTier: 300, amount: 80 }] } });
      expect(check(plan, { policy }).findings).toEqual([]);
      const tighter = createPolicy({ highestTier: { 2025: "2400", 2026: "2200" } });
      expect(check(plan, { policy: tighter }).findings.map((f) => [f.code, f.details?.year])).toEqual([
        ["standard_above_cap", 2025],
        ["standard_above_cap", 2026],
      ]);
    });

    it("checks only options.year when it is given", () => {
      const policy = createPolicy({ highestTier: { 2025: "3000", 2026: "60" } });
      const plan = planWith({ validity: { kind: "standing", fromYear: 2025 } });
      expect(check(plan, { policy, year: 2025 }).findings).toEqual([]);
      // hardship 100 and the rungs paying 80, 150 and 300 exceed 60; the rung paying 50 does not
    expect(check(plan, { policy, year: 2026 }).findings.map((f) => f.path?.at(-1) === "hardship" ? "hardship" : f.path?.[3])).toEqual(["hardship", 1, 2, 3]);
    });

    it.each([
      [{ year: 2026 }, "2026"],
      [{}, "2025"],
    ])("reports parameter_missing when the year's highest tier was not supplied (%j)", (options, year) => {
      const policy = createPolicy({ highestTier: { 2024: "3000" } });
      const report = check(compliantPlan, { policy, ...options });
      expect(only(report.findings, "parameter_missing").map((f) => [f.clause, f.path, f.details])).toEqual([
        ["opinion/3.3", ["options", "policy", "highestTier", year], { year: Number(year), parameter: "highestTier" }],
      ]);
      expect(report.compliant).toBe(false);
    });
  });

  describe("the ladder's shape (annex2/2)", () => {
    it("finds no gap between rungs written in whole yuan (200–299, 300–499)", () => {
      expect(check(ladder({ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, maxTier: 499, amount: 80 })).findings).toEqual([]);
    });

    it.each([
      [[299, 300], []],
      [[299.5, 300], []],
      [[299, 301], [["300.00", "300.00"]]],
      [[299.5, 301], [["300.00", "300.00"]]],
      [[299, 301.5], [["300.00", "301.00"]]],
      [[299, 302], [["300.00", "301.00"]]],
      [[299, 400], [["300.00", "399.00"]]],
    ])("looks for whole-yuan gaps: a rung ending at %j", ([max, nextMin], gaps) => {
      const report = check(ladder({ minTier: 200, maxTier: max as number, amount: 50 }, { minTier: nextMin as number, amount: 80 }));
      const found = only(report.findings, "ladder_gap");
      expect(found.map((f) => [f.details?.from, f.details?.to])).toEqual(gaps);
      for (const finding of found) expect([finding.clause, finding.path, finding.severity]).toEqual(["annex2/2", ["plan", "standards", "ladder", 1, "minTier"], "warning"]);
    });

    it.each([
      [299.98, true],
      [299.99, true],
      [300, false],
    ])("reports ladder_overlap when the next rung starts at %s (the first ends at 299.99)", (nextMin, overlaps) => {
      const report = check(ladder({ minTier: 200, maxTier: 299.99, amount: 50 }, { minTier: nextMin, amount: 80 }));
      expect(summary(only(report.findings, "ladder_overlap"))).toEqual(overlaps ? [["ladder_overlap", "annex2/2", ["plan", "standards", "ladder", 1], "error"]] : []);
    });

    it("reports an open-ended rung below another, whatever the order written", () => {
      const report = check(ladder({ minTier: 1000, amount: 300 }, { minTier: 300, amount: 80 }));
      expect(only(report.findings, "ladder_overlap").map((f) => [f.path, f.details])).toEqual([
        [["plan", "standards", "ladder", 0], { range: "1000.00+", otherRange: "300.00+", other: 1 }],
      ]);
    });

    it("keeps the written order of two rungs that start at the same own payment", () => {
      const report = check(ladder({ minTier: 300, maxTier: 499, amount: 90 }, { minTier: 300, amount: 80 }));
      expect(report.findings.filter((f) => f.code.startsWith("ladder_")).map((f) => [f.code, f.path, f.details])).toEqual([
        ["ladder_overlap", ["plan", "standards", "ladder", 1], { range: "300.00+", otherRange: "300.00–499.00", other: 0 }],
        ["ladder_not_increasing", ["plan", "standards", "ladder", 1, "amount"], { range: "300.00+", amount: "80.00", lowerRange: "300.00–499.00", lowerAmount: "90.00" }],
      ]);
      const swapped = check(ladder({ minTier: 300, amount: 80 }, { minTier: 300, maxTier: 499, amount: 90 }));
      expect(swapped.findings.filter((f) => f.code.startsWith("ladder_")).map((f) => [f.code, f.path, f.details])).toEqual([
        ["ladder_overlap", ["plan", "standards", "ladder", 1], { range: "300.00–499.00", otherRange: "300.00+", other: 0 }],
      ]);
    });

    it.each([
      [79.99, true],
      [80, false],
      [80.01, false],
    ])("reports ladder_not_increasing when the higher rung pays %s against 80", (amount, reported) => {
      const report = check(ladder({ minTier: 200, maxTier: 299, amount: 80 }, { minTier: 300, amount }));
      expect(summary(only(report.findings, "ladder_not_increasing"))).toEqual(reported ? [["ladder_not_increasing", "annex2/2", ["plan", "standards", "ladder", 1, "amount"], "error"]] : []);
    });

    it("compares each rung with every lower rung, in the ladder's sorted order", () => {
      const report = check(ladder({ minTier: 500, amount: 70 }, { minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, maxTier: 499, amount: 90 }));
      expect(only(report.findings, "ladder_not_increasing").map((f) => [f.path, f.details])).toEqual([
        [["plan", "standards", "ladder", 0, "amount"], { range: "500.00+", amount: "70.00", lowerRange: "300.00–499.00", lowerAmount: "90.00" }],
      ]);
    });

    it.each([
      [199.99, false],
      [200, true],
      [250, true],
    ])("reports full_substitution_standard when a 200–299 rung pays %s", (amount, reported) => {
      const report = check(ladder({ minTier: 200, maxTier: 299, amount }, { minTier: 300, amount: 299.99 }));
      expect(summary(only(report.findings, "full_substitution_standard"))).toEqual(
        reported ? [["full_substitution_standard", "opinion/3.3", ["plan", "standards", "ladder", 0, "amount"], "error"]] : [],
      );
    });

    it("does not apply full substitution to the hardship amount (the tilt is allowed)", () => {
      expect(check(planWith({ standards: { ...compliantPlan.standards, hardship: 500 } })).findings).toEqual([]);
    });

    it("reports every ladder problem at once", () => {
      const report = check(ladder({ minTier: 100, maxTier: 250, amount: 120 }, { minTier: 200, maxTier: 299, amount: 60 }, { minTier: 500, amount: 5000 }));
      expect(report.findings.map((f) => f.code)).toEqual([
        "standard_above_cap",
        "ladder_overlap",
        "ladder_gap",
        "ladder_not_increasing",
        "full_substitution_standard",
        "full_substitution_standard",
      ]);
    });
  });
});
