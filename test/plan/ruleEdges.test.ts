// Edges of the plan rules that the broader tests leave open: which date stands for the resolution,
// which link an out-of-order event is compared with, which source governs an assembly threshold,
// what counts as stated standards, which years are checked, and the full text of findings.
import { describe, expect, it } from "vitest";
import type { PlanInput, SubsidyTierInput } from "../../src/index.js";
import { yearsToCheck } from "../../src/plan/context.js";
import { compliantPlan } from "../helpers/samples.js";
import { check, only, planWith, procedureWith, summary } from "./helpers.js";

function ladder(...rungs: SubsidyTierInput[]): PlanInput {
  return planWith({ standards: { hardship: 100, ladder: rungs } });
}

describe("checkPlan", () => {
  describe("the order of resolution, publicity, approval and filing (opinion/3.5)", () => {
    it("dates the resolution by its recorded step, not by the assembly, when both are written", () => {
      // The assembly met on 05-16, but the resolution step is recorded on 05-20, after the posting on 05-19.
      const steps = compliantPlan.procedure.steps.map((entry) => (entry.step === "assembly_resolution" ? { ...entry, date: "2025-05-20" } : entry));
      const findings = only(check(procedureWith({ steps })).findings, "procedure_out_of_order");
      expect(findings).toEqual([
        {
          code: "procedure_out_of_order",
          severity: "error",
          clause: "opinion/3.5",
          path: ["plan", "procedure", "publicity", "postedOn"],
          details: { item: "publicity.postedOn", date: "2025-05-19", before: "assembly_resolution", beforeDate: "2025-05-20" },
          message: {
            zh: "公示张贴日期（2025-05-19）与其前一步村民（代表）会议或成员（代表）大会决议（2025-05-20）顺序颠倒",
            en: "publicity.postedOn (2025-05-19) is out of order: it must follow assembly_resolution (2025-05-20)",
          },
        },
      ]);
    });

    it("dates the resolution by the assembly when no resolution step is recorded", () => {
      const plan = procedureWith({
        steps: compliantPlan.procedure.steps.filter((entry) => entry.step !== "assembly_resolution"),
        assembly: { ...compliantPlan.procedure.assembly, date: "2025-05-20" },
      });
      expect(only(check(plan).findings, "procedure_out_of_order").map((f) => f.details)).toEqual([
        { item: "publicity.postedOn", date: "2025-05-19", before: "assembly_resolution", beforeDate: "2025-05-20" },
      ]);
    });

    it("finds nothing out of order in a plan whose procedure records only the township's approval", () => {
      const plan = planWith({ procedure: { townshipApproval: { date: "2025-05-28" } } });
      expect(only(check(plan).findings, "procedure_out_of_order")).toEqual([]);
    });

    it("allows the township's approval on the resolution's day when no publicity is recorded (strictly after publicity only)", () => {
      const plan = procedureWith({ publicity: undefined, townshipApproval: { date: "2025-05-16" }, countyFiling: { date: "2025-05-16" } });
      expect(only(check(plan).findings, "procedure_out_of_order")).toEqual([]);
    });

    it("compares each event with the last one in order, not with an event already reported out of order", () => {
      // Approval on 05-28 comes before publicity ends (05-30); filing on 05-29 is after the approval
      // but still before the end of publicity, so it is out of order too, against publicity.endsOn.
      const plan = procedureWith({ publicity: { postedOn: "2025-05-19", endsOn: "2025-05-30" }, countyFiling: { date: "2025-05-29" } });
      expect(only(check(plan).findings, "procedure_out_of_order").map((f) => [f.path, f.details])).toEqual([
        [["plan", "procedure", "townshipApproval", "date"], { item: "townshipApproval", date: "2025-05-28", before: "publicity.endsOn", beforeDate: "2025-05-30" }],
        [["plan", "procedure", "countyFiling", "date"], { item: "countyFiling", date: "2025-05-29", before: "publicity.endsOn", beforeDate: "2025-05-30" }],
      ]);
    });
  });

  describe("which source governs the assembly's thresholds (FACTS.md §3)", () => {
    it("applies a charter's attendance threshold to a representative assembly, which the statute sets none for", () => {
      const plan = procedureWith({
        assembly: { body: "representative_assembly", date: "2025-05-16", eligible: 30, present: 21, votesFor: 21 },
        charterThresholds: { attendance: { numerator: 3, denominator: 4 }, approval: { numerator: 1, denominator: 2, strict: true }, approvalOf: "present" },
      });
      const findings = only(check(plan).findings, "assembly_not_passed");
      expect(summary(findings)).toEqual([["assembly_not_passed", "opinion/3.5", ["plan", "procedure", "assembly", "present"], "error"]]);
      expect(findings[0]?.details).toEqual({ counted: "present", actual: 21, required: 23, basis: "charter", basisZh: "组织章程", eligible: 30 });
    });

    it("names the statute when the charter asks exactly as much", () => {
      const plan = procedureWith({
        assembly: { body: "member_assembly", date: "2025-05-16", eligible: 30, present: 19, votesFor: 19 },
        charterThresholds: { attendance: { numerator: 2, denominator: 3 }, approval: { numerator: 2, denominator: 3 }, approvalOf: "all" },
      });
      expect(only(check(plan).findings, "assembly_not_passed").map((f) => f.details)).toEqual([
        { counted: "present", actual: 19, required: 20, basis: "Rural Collective Economic Organisation Law, Art. 27", basisZh: "农村集体经济组织法第二十七条", eligible: 30 },
        { counted: "votesFor", actual: 19, required: 20, basis: "Rural Collective Economic Organisation Law, Art. 27", basisZh: "农村集体经济组织法第二十七条", eligible: 30 },
      ]);
    });
  });

  describe("stated standards (annex1/1)", () => {
    it.each([
      ["a hardship amount alone", { hardship: 100, ladder: [] }, []],
      ["a ladder alone", { ladder: [{ minTier: 200, amount: 50 }] }, []],
      ["neither", { ladder: [] }, [["plan_missing_element", "annex1/1", ["plan", "standards"], "error"]]],
    ])("judges standards stating %s", (_name, standards, expected) => {
      expect(summary(only(check(planWith({ standards })).findings, "plan_missing_element"))).toEqual(expected);
    });
  });

  describe("the cap of a year the policy does not have (opinion/3.3)", () => {
    it.each([
      ["no standards", undefined],
      ["standards that pay nothing", { ladder: [] }],
    ])("asks for no tier when the plan has %s", (_name, standards) => {
      const report = check(planWith({ standards, validity: { kind: "standing", fromYear: 2025 } }), { year: 2027 });
      expect(only(report.findings, "parameter_missing")).toEqual([]);
    });

    it("asks for the tier when the plan pays a hardship amount alone", () => {
      const report = check(planWith({ standards: { hardship: 100, ladder: [] }, validity: { kind: "standing", fromYear: 2025 } }), { year: 2027 });
      expect(summary(only(report.findings, "parameter_missing"))).toEqual([["parameter_missing", "opinion/3.3", ["options", "policy", "highestTier", "2027"], "error"]]);
    });
  });

  describe("full substitution (opinion/3.3)", () => {
    it("reports each rung in the order written, with its range, amount and lowest tier", () => {
      const report = check(ladder({ minTier: 300, amount: 300 }, { minTier: 200, maxTier: 299, amount: 250 }));
      expect(only(report.findings, "full_substitution_standard").map((f) => [f.path, f.details, f.message.en])).toEqual([
        [
          ["plan", "standards", "ladder", 0, "amount"],
          { range: "300.00+", amount: "300.00", minTier: "300.00" },
          "The rung for 300.00+ yuan pays 300.00 yuan, not below the lowest tier it covers (300.00 yuan), which a member without government payment pays in full: full substitution",
        ],
        [
          ["plan", "standards", "ladder", 1, "amount"],
          { range: "200.00–299.00", amount: "250.00", minTier: "200.00" },
          "The rung for 200.00–299.00 yuan pays 250.00 yuan, not below the lowest tier it covers (200.00 yuan), which a member without government payment pays in full: full substitution",
        ],
      ]);
    });
  });

  describe("publicity that ends before it is posted (annex1/1)", () => {
    it("counts from the posting day, so a posting day in a year without calendar data is reported", () => {
      const plan = procedureWith({ publicity: { postedOn: "2027-01-04", endsOn: "2026-12-31" }, townshipApproval: { date: "2027-01-12" }, countyFiling: { date: "2027-01-13" } });
      const report = check(planWith({ ...plan, validity: { kind: "standing", fromYear: 2025 } }));
      expect(summary(only(report.findings, "calendar_unknown_year"))).toEqual([["calendar_unknown_year", "annex1/1", ["plan", "procedure", "publicity", "postedOn"], "error"]]);
      expect(only(report.findings, "publicity_too_short")).toEqual([]);
    });
  });

  describe("force (opinion/3.5)", () => {
    it("names the year a plan is not in force for", () => {
      const [finding] = only(check(compliantPlan, { year: 2026 }).findings, "plan_not_in_force");
      expect([finding?.details, finding?.message]).toEqual([{ year: 2026 }, { zh: "实施方案在 2026 年度不生效", en: "The implementation plan is not in force for 2026" }]);
    });
  });

  describe("the roster option (opinion/3.4)", () => {
    it("treats a roster passed as undefined as no roster", () => {
      expect(check(compliantPlan, { roster: undefined }).findings).toEqual([]);
    });

    it("explains why a standing plan needs options.year to cost a roster", () => {
      const plan = planWith({ validity: { kind: "standing", fromYear: 2025 } });
      const [finding] = check(plan, { roster: [] }).findings;
      expect(finding).toEqual({
        code: "invalid_input",
        severity: "error",
        clause: "annex1/4",
        path: ["options", "year"],
        details: { field: "options.year", problem: "a roster is costed for one year: pass options.year for a standing plan", problemZh: "长效机制的方案须注明测算名单所需资金的年度" },
        message: {
          zh: "年度有误：长效机制的方案须注明测算名单所需资金的年度",
          en: "Invalid input at options.year: a roster is costed for one year: pass options.year for a standing plan",
        },
      });
    });
  });
});

describe("yearsToCheck", () => {
  it.each([
    ["options.year when given", { kind: "standing", fromYear: 2025 } as const, 2030, [2025, 2026], [2030]],
    ["a one-year plan's year", { kind: "one_year", year: 2025 } as const, undefined, [2026, 2025, 2024], [2025]],
    ["a standing plan's years the policy has, through toYear, in order", { kind: "standing", fromYear: 2025, toYear: 2026 } as const, undefined, [2027, 2026, 2024, 2025], [2025, 2026]],
    ["a standing plan's last year only, when it ends there", { kind: "standing", fromYear: 2024, toYear: 2024 } as const, undefined, [2025, 2024], [2024]],
    ["every later year for an open-ended plan, in order", { kind: "standing", fromYear: 2025 } as const, undefined, [2027, 2024, 2025, 2026], [2025, 2026, 2027]],
    ["the first year when the policy has none of them", { kind: "standing", fromYear: 2028, toYear: 2029 } as const, undefined, [2025, 2026], [2028]],
  ])("checks %s", (_name, validity, year, policyYears, expected) => {
    expect(yearsToCheck(validity, year, policyYears)).toEqual(expected);
  });
});
