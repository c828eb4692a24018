import { describe, expect, it } from "vitest";
import type { Assembly, PlanInput, Threshold } from "../../src/index.js";
import { requiredCount } from "../../src/plan/assembly.js";
import { compliantPlan } from "../helpers/samples.js";
import { check, only, procedureWith, summary } from "./helpers.js";

type Charter = NonNullable<NonNullable<PlanInput["procedure"]>["charterThresholds"]>;

function decided(assembly: Partial<Assembly>, charterThresholds?: Charter): PlanInput {
  return procedureWith({ assembly: { ...compliantPlan.procedure.assembly, ...assembly }, charterThresholds });
}

function verdict(plan: PlanInput): string[] {
  return check(plan)
    .findings.filter((f) => f.code === "assembly_not_passed" || f.code === "assembly_rule_unknown")
    .map((f) => (f.code === "assembly_not_passed" ? `${f.code}:${String(f.path?.at(-1))}` : f.code));
}

const TWO_THIRDS: Threshold = { numerator: 2, denominator: 3 };
const MORE_THAN_HALF: Threshold = { numerator: 1, denominator: 2, strict: true };

describe("requiredCount", () => {
  it.each([
    [30, TWO_THIRDS, 20],
    [31, TWO_THIRDS, 21],
    [32, TWO_THIRDS, 22],
    [10, MORE_THAN_HALF, 6],
    [11, MORE_THAN_HALF, 6],
    [1, MORE_THAN_HALF, 1],
    [3, { numerator: 3, denominator: 4 }, 3],
    [10_000_000, TWO_THIRDS, 6_666_667],
  ])("needs, of %i, for %j: %i", (total, threshold, expected) => {
    expect(requiredCount(total, threshold)).toBe(expected);
  });
});

describe("checkPlan", () => {
  describe("the assembly's thresholds (opinion/3.5, FACTS.md §3)", () => {
    it.each([
      [30, 20, 20, []],
      [30, 19, 19, ["assembly_not_passed:present", "assembly_not_passed:votesFor"]],
      [30, 30, 19, ["assembly_not_passed:votesFor"]],
      [31, 21, 21, []],
      [31, 20, 20, ["assembly_not_passed:present", "assembly_not_passed:votesFor"]],
      [31, 31, 20, ["assembly_not_passed:votesFor"]],
    ])("a member assembly from 2025-05-01 of %i members with %i present and %i for: %j", (eligible, present, votesFor, expected) => {
      expect(verdict(decided({ body: "member_assembly", date: "2025-05-01", eligible, present, votesFor }))).toEqual(expected);
    });

    it("reports code, clause, path and the governing figures", () => {
      const report = check(decided({ eligible: 31, present: 31, votesFor: 20 }));
      expect(summary(report.findings)).toEqual([["assembly_not_passed", "opinion/3.5", ["plan", "procedure", "assembly", "votesFor"], "error"]]);
      expect(report.findings[0]?.details).toEqual({ counted: "votesFor", actual: 20, required: 21, basis: "Rural Collective Economic Organisation Law, Art. 27", basisZh: "农村集体经济组织法第二十七条", eligible: 31 });
    });

    it.each([
      [31, 21, 21, []],
      [31, 21, 20, ["assembly_not_passed:votesFor"]],
      [31, 20, 20, ["assembly_not_passed:votesFor"]],
    ])("a representative assembly of %i with %i present and %i for (no separate attendance rule): %j", (eligible, present, votesFor, expected) => {
      expect(verdict(decided({ body: "representative_assembly", eligible, present, votesFor }))).toEqual(expected);
    });

    it.each([
      [10, 6, 4, []],
      [10, 5, 5, ["assembly_not_passed:present"]],
      [10, 10, 5, ["assembly_not_passed:votesFor"]],
      [10, 10, 6, []],
      [11, 6, 4, []],
      [11, 6, 3, ["assembly_not_passed:votesFor"]],
    ])("a villagers' meeting of %i with %i present and %i for: %j", (eligible, present, votesFor, expected) => {
      expect(verdict(decided({ body: "villagers_meeting", eligible, present, votesFor }))).toEqual(expected);
    });

    it.each([
      [30, 20, 11, []],
      [30, 19, 19, ["assembly_not_passed:present"]],
      [30, 20, 10, ["assembly_not_passed:votesFor"]],
    ])("a villager representatives' meeting of %i with %i present and %i for: %j", (eligible, present, votesFor, expected) => {
      expect(verdict(decided({ body: "villager_representatives_meeting", eligible, present, votesFor }))).toEqual(expected);
    });

    it("applies the village committee law to villagers' meetings at any date", () => {
      expect(verdict(decided({ body: "villagers_meeting", date: "2024-10-08", eligible: 10, present: 5, votesFor: 5 }))).toEqual(["assembly_not_passed:present"]);
    });

    it.each([
      ["2025-04-30", ["assembly_rule_unknown"]],
      ["2025-05-01", ["assembly_not_passed:votesFor"]],
    ])("needs the charter for a member assembly before 2025-05-01 (decided %s, 16 of 30 for)", (date, expected) => {
      expect(verdict(decided({ date, eligible: 30, present: 30, votesFor: 16 }))).toEqual(expected);
    });

    it("warns with assembly_rule_unknown at the charter's path, without blocking", () => {
      const report = check(decided({ date: "2024-10-08" }));
      expect(summary(report.findings)).toEqual([["assembly_rule_unknown", "opinion/3.5", ["plan", "procedure", "charterThresholds"], "warning"]]);
      expect(report.findings[0]?.details).toEqual({ body: "member_assembly", date: "2024-10-08" });
      expect(report.compliant).toBe(true);
    });

    it("applies the charter before 2025-05-01", () => {
      const charter: Charter = { attendance: MORE_THAN_HALF, approval: MORE_THAN_HALF, approvalOf: "present" };
      expect(verdict(decided({ date: "2024-10-08", eligible: 30, present: 16, votesFor: 9 }, charter))).toEqual([]);
      expect(verdict(decided({ date: "2024-10-08", eligible: 30, present: 15, votesFor: 7 }, charter))).toEqual(["assembly_not_passed:present", "assembly_not_passed:votesFor"]);
    });

    it("applies a stricter charter after 2025-05-01, and the law over a weaker one", () => {
      const stricter: Charter = { approval: { numerator: 3, denominator: 4 }, approvalOf: "all" };
      const weaker: Charter = { approval: MORE_THAN_HALF, approvalOf: "present" };
      const report = check(decided({ eligible: 30, present: 30, votesFor: 22 }, stricter));
      expect(only(report.findings, "assembly_not_passed").map((f) => f.details)).toEqual([{ counted: "votesFor", actual: 22, required: 23, basis: "charter", basisZh: "组织章程", eligible: 30 }]);
      expect(verdict(decided({ eligible: 30, present: 30, votesFor: 23 }, stricter))).toEqual([]);
      expect(verdict(decided({ eligible: 30, present: 30, votesFor: 19 }, weaker))).toEqual(["assembly_not_passed:votesFor"]);
      expect(only(check(decided({ eligible: 30, present: 30, votesFor: 19 }, weaker)).findings, "assembly_not_passed")[0]?.details?.basis).toBe("Rural Collective Economic Organisation Law, Art. 27");
    });

    it("reports a plan without an assembly record as missing that element", () => {
      expect(summary(check(procedureWith({ assembly: undefined })).findings)).toEqual([["plan_missing_element", "annex1/1", ["plan", "procedure", "assembly"], "error"]]);
    });
  });
});
