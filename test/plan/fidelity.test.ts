// Issue 13 readings in the plan check: the tilt (opinion/3.3), different amounts per tier
// (annex2/2), the floor under every assembly rule (opinion/3.5), and per-year standards of a
// standing plan (opinion/3.3 适时调整, annex2/2 按年动态调整, annex1/1 publicity).
import { describe, expect, it } from "vitest";
import type { Assembly, PlanInput } from "../../src/index.js";
import { compliantPlan } from "../helpers/samples.js";
import { check, only, planWith, procedureWith, summary } from "./helpers.js";

const LADDER = compliantPlan.standards.ladder;

function standardsWith(hardship: number | string | undefined, hardshipRule?: "hardship_amount" | "higher_of"): PlanInput {
  const standards = { ladder: LADDER, ...(hardship === undefined ? {} : { hardship }), ...(hardshipRule === undefined ? {} : { hardshipRule }) };
  return planWith({ standards });
}

describe("checkPlan", () => {
  describe("the tilt (opinion/3.3, annex2/2)", () => {
    it("warns when the hardship amount is below a rung a hardship member can reach, naming the rungs and suggesting higher_of", () => {
      const report = check(standardsWith(100, "hardship_amount"));
      expect(report.compliant).toBe(true);
      expect(summary(report.findings)).toEqual([["hardship_below_ladder", "opinion/3.3", ["plan", "standards", "hardship"], "warning"]]);
      const [finding] = report.findings;
      expect(finding?.details).toEqual({ hardship: "100.00", ranges: "500.00–999.00, 1000.00+", rangesZh: "500.00–999.00、1000.00+", highest: "300.00", rungs: [2, 3] });
      expect(finding?.message.zh).toBe(
        "困难群体补助 100.00 元低于一般成员在缴费档次 500.00–999.00、1000.00+ 元可得的补助（最高 300.00 元），政府代缴人员提高档次后反而少得，没有体现倾斜；可改为困难群体补助与档次补助两者择高",
      );
      expect(finding?.message.en).toContain("not a tilt");
    });

    it("reads the default hardshipRule as hardship_amount", () => {
      expect(check(standardsWith(100)).findings.map((f) => f.code)).toEqual(["hardship_below_ladder"]);
    });

    it.each([
      ["149.99", [2, 3]],
      ["150", [3]],
      ["299.99", [3]],
      ["300", []],
    ])("with a hardship amount of %s yuan against rungs of 150 and 300 warns about rungs %j", (hardship, rungs) => {
      const report = check(standardsWith(hardship, "hardship_amount"));
      const findings = only(report.findings, "hardship_below_ladder");
      if (rungs.length === 0) expect(findings).toEqual([]);
      else expect(findings.map((f) => f.details?.["rungs"])).toEqual([rungs]);
    });

    it("does not warn under higher_of, where a hardship member gets the larger amount", () => {
      expect(check(standardsWith(10, "higher_of")).findings).toEqual([]);
    });

    it("names the highest amount even when the ladder is written out of order", () => {
      const plan = planWith({ standards: { hardship: 50, ladder: [{ minTier: 1000, amount: 300 }, { minTier: 500, maxTier: 999, amount: 150 }] } });
      expect(only(check(plan).findings, "hardship_below_ladder")[0]?.details).toEqual({ hardship: "50.00", ranges: "500.00–999.00, 1000.00+", rangesZh: "500.00–999.00、1000.00+", highest: "300.00", rungs: [1, 0] });
    });

    it("warns when the plan sets no hardship amount at all", () => {
      const report = check(standardsWith(undefined));
      expect(report.compliant).toBe(true);
      expect(summary(report.findings)).toEqual([["hardship_amount_missing", "opinion/3.3", ["plan", "standards", "hardship"], "warning"]]);
      expect(report.findings[0]?.message.zh).toBe("补助标准未设定困难群体补助金额，政府代缴人员只能按档次补助，得不到倾斜");
    });
  });

  describe("different amounts per tier (annex2/2 多缴多补)", () => {
    it.each([
      ["79.99", "ladder_not_increasing", "error"],
      ["80", "ladder_same_amount", "warning"],
      ["80.01", undefined, undefined],
    ])("a rung of 500+ paying %s after a rung paying 80.00 gives %s", (amount, code, severity) => {
      const plan = planWith({ standards: { hardship: 100, hardshipRule: "higher_of", ladder: [{ minTier: 300, maxTier: 499, amount: 80 }, { minTier: 500, amount }] } });
      const report = check(plan);
      if (code === undefined) {
        expect(report.findings).toEqual([]);
        return;
      }
      expect(summary(report.findings)).toEqual([[code, "annex2/2", ["plan", "standards", "ladder", 1, "amount"], severity]]);
    });

    it("names both rungs of the same amount", () => {
      const plan = planWith({ standards: { hardship: 100, hardshipRule: "higher_of", ladder: [{ minTier: 500, amount: 80 }, { minTier: 300, maxTier: 499, amount: 80 }] } });
      const [finding] = check(plan).findings;
      expect(finding).toMatchObject({ code: "ladder_same_amount", path: ["plan", "standards", "ladder", 0, "amount"], details: { range: "500.00+", amount: "80.00", lowerRange: "300.00–499.00" } });
      expect(finding?.message.zh).toBe("个人缴费 500.00+ 元的档次与较低档次（300.00–499.00 元）补助同为 80.00 元，未按缴费档次设定不同的补助金额");
    });

    it("compares a rung with the best-paying lower rung, not only its neighbour", () => {
      const plan = planWith({
        standards: { hardship: 100, hardshipRule: "higher_of", ladder: [{ minTier: 200, maxTier: 299, amount: 90 }, { minTier: 300, maxTier: 499, amount: 80 }, { minTier: 500, amount: 90 }] },
      });
      expect(check(plan).findings.map((f) => [f.code, f.path?.[3]])).toEqual([
        ["ladder_not_increasing", 1],
        ["ladder_same_amount", 2],
      ]);
    });
  });

  describe("the floor under every assembly rule (opinion/3.5 审议通过)", () => {
    // A member assembly before 2025-05-01 without charter thresholds: the exact rule is unknown.
    function early(assembly: Partial<Assembly>): PlanInput {
      return procedureWith({ assembly: { body: "member_assembly", date: "2025-04-30", eligible: 30, present: 20, ...assembly } as Assembly });
    }

    it.each([
      [10, ["assembly_not_passed"]],
      [11, ["assembly_rule_unknown"]],
    ])("with 20 present and %i votes for gives %j", (votesFor, codes) => {
      const report = check(early({ votesFor }));
      const found = report.findings.filter((f) => f.code.startsWith("assembly_"));
      expect(found.map((f) => f.code)).toEqual(codes);
      if (codes[0] === "assembly_not_passed") {
        expect(summary(found)).toEqual([["assembly_not_passed", "opinion/3.5", ["plan", "procedure", "assembly", "votesFor"], "error"]]);
        expect(found[0]?.details).toEqual({ counted: "votesFor", actual: 10, required: 11, basis: "majority of those present", basisZh: "到会人数过半数", eligible: 30 });
        expect(report.compliant).toBe(false);
      } else {
        expect(found[0]?.severity).toBe("warning");
      }
    });

    it("never passes a resolution with no votes for, whoever was present", () => {
      for (const present of [0, 1]) {
        const found = only(check(early({ present, votesFor: 0 })).findings, "assembly_not_passed");
        expect(found.map((f) => [f.path, f.details?.["required"]])).toEqual([[["plan", "procedure", "assembly", "votesFor"], 1]]);
      }
    });

    it("lets the floor govern a charter weaker than it", () => {
      const plan = procedureWith({
        assembly: { body: "member_assembly", date: "2025-04-30", eligible: 30, present: 20, votesFor: 10 },
        charterThresholds: { approval: { numerator: 1, denominator: 3 }, approvalOf: "present" },
      });
      expect(only(check(plan).findings, "assembly_not_passed").map((f) => [f.details?.["required"], f.details?.["basis"]])).toEqual([[11, "majority of those present"]]);
      const passed = procedureWith({
        assembly: { body: "member_assembly", date: "2025-04-30", eligible: 30, present: 20, votesFor: 11 },
        charterThresholds: { approval: { numerator: 1, denominator: 3 }, approvalOf: "present" },
      });
      expect(check(passed).findings).toEqual([]);
    });

    it.each([
      [{ present: 31 }, "present"],
      [{ votesFor: 25 }, "votesFor"],
    ])("refuses counts that contradict each other (%j) as invalid input", (patch, field) => {
      const report = check(procedureWith({ assembly: { ...compliantPlan.procedure.assembly, ...patch } }));
      expect(report.compliant).toBe(false);
      expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["plan", "procedure", "assembly", field], "error"]]);
    });

    it("accepts counts at their limits", () => {
      expect(check(procedureWith({ assembly: { ...compliantPlan.procedure.assembly, present: 30, votesFor: 30 } })).findings).toEqual([]);
    });
  });
});
