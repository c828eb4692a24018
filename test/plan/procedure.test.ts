import { describe, expect, it } from "vitest";
import { compliantPlan } from "../helpers/samples.js";
import { check, only, planWith, procedureWith, stepsWith, summary } from "./helpers.js";

describe("checkPlan", () => {
  describe("四议两公开 steps (annex1/1, FACTS.md §4)", () => {
    it.each(["party_proposal", "committees_deliberation", "party_members_review", "assembly_resolution", "resolution_published"] as const)(
      "reports deliberation_step_missing without %s",
      (step) => {
        const report = check(stepsWith({ [step]: null }));
        expect(summary(report.findings)).toEqual([["deliberation_step_missing", "annex1/1", ["plan", "procedure", "steps"], "error"]]);
        expect(report.findings[0]?.details).toEqual({ step });
      },
    );

    it("does not require results_published, which comes after implementation", () => {
      expect(check().findings).toEqual([]);
    });

    it("checks results_published's order when it is recorded", () => {
      const plan = procedureWith({ steps: [...compliantPlan.procedure.steps, { step: "results_published", date: "2025-05-18" }] });
      expect(summary(check(plan).findings)).toEqual([["deliberation_out_of_order", "annex1/1", ["plan", "procedure", "steps", 5, "date"], "error"]]);
    });

    it("reports every step when the plan records no procedure at all", () => {
      const report = check(planWith({ procedure: undefined }));
      expect(report.findings.map((f) => [f.code, f.details?.step ?? f.details?.element])).toEqual([
        ["deliberation_step_missing", "party_proposal"],
        ["deliberation_step_missing", "committees_deliberation"],
        ["deliberation_step_missing", "party_members_review"],
        ["deliberation_step_missing", "assembly_resolution"],
        ["deliberation_step_missing", "resolution_published"],
        ["plan_missing_element", "assembly"],
        ["plan_missing_element", "publicity"],
        ["township_approval_missing", undefined],
        ["county_filing_missing", undefined],
      ]);
    });

    it.each([
      ["2025-05-08", false, "the same day as the committees (one person holds both posts)"],
      ["2025-05-07", false, "the day before"],
      ["2025-05-09", true, "the day after the committees"],
    ])("judges a Party proposal on %s (out of order: %s — %s)", (date, outOfOrder) => {
      const report = check(stepsWith({ party_proposal: date }));
      expect(summary(report.findings)).toEqual(outOfOrder ? [["deliberation_out_of_order", "annex1/1", ["plan", "procedure", "steps", 1, "date"], "error"]] : []);
    });

    it("reads a step recorded twice by its first record", () => {
      const steps = compliantPlan.procedure.steps;
      // a second Party proposal after the committees changes nothing: the first one (05-06) counts
      expect(check(procedureWith({ steps: [...steps, { step: "party_proposal", date: "2025-05-09" }] })).findings).toEqual([]);
      // a first Party proposal after the committees is out of order, whatever a later record says
      const late = [{ step: "party_proposal" as const, date: "2025-05-09" }, ...steps.slice(1), { step: "party_proposal" as const, date: "2025-05-06" }];
      const report = check(procedureWith({ steps: late }));
      expect(summary(report.findings)).toEqual([["deliberation_out_of_order", "annex1/1", ["plan", "procedure", "steps", 1, "date"], "error"]]);
      expect(report.findings[0]?.details).toEqual({ step: "committees_deliberation", date: "2025-05-08", previous: "party_proposal", previousDate: "2025-05-09" });
    });

    it("names the step and the one it should follow, reading steps in any written order", () => {
      const steps = [...compliantPlan.procedure.steps].reverse().map((entry) => (entry.step === "party_members_review" ? { ...entry, date: "2025-05-07" } : entry));
      const report = check(procedureWith({ steps }));
      expect(summary(report.findings)).toEqual([["deliberation_out_of_order", "annex1/1", ["plan", "procedure", "steps", 2, "date"], "error"]]);
      expect(report.findings[0]?.details).toEqual({ step: "party_members_review", date: "2025-05-07", previous: "committees_deliberation", previousDate: "2025-05-08" });
    });
  });

  describe("approval and filing (opinion/3.5, annex1/2)", () => {
    it("reports township_approval_missing and county_filing_missing", () => {
      expect(summary(check(procedureWith({ townshipApproval: undefined, countyFiling: undefined })).findings)).toEqual([
        ["township_approval_missing", "opinion/3.5", ["plan", "procedure", "townshipApproval"], "error"],
        ["county_filing_missing", "annex1/2", ["plan", "procedure", "countyFiling"], "error"],
      ]);
    });

    it.each([
      ["2025-05-26", true, "on the last day of publicity"],
      ["2025-05-25", true, "before it ends"],
      ["2025-05-27", false, "the day after"],
    ])("judges township approval on %s (out of order: %s — %s)", (date, outOfOrder) => {
      const report = check(procedureWith({ townshipApproval: { date } }));
      expect(summary(only(report.findings, "procedure_out_of_order"))).toEqual(
        outOfOrder ? [["procedure_out_of_order", "opinion/3.5", ["plan", "procedure", "townshipApproval", "date"], "error"]] : [],
      );
    });

    it.each([
      ["2025-05-27", true],
      ["2025-05-28", false],
      ["2025-05-29", false],
    ])("judges county filing on %s after approval on 2025-05-28 (out of order: %s)", (date, outOfOrder) => {
      const report = check(procedureWith({ countyFiling: { date } }));
      expect(summary(report.findings)).toEqual(outOfOrder ? [["procedure_out_of_order", "opinion/3.5", ["plan", "procedure", "countyFiling", "date"], "error"]] : []);
      if (outOfOrder) expect(report.findings[0]?.details).toEqual({ item: "countyFiling", date, before: "townshipApproval", beforeDate: "2025-05-28" });
    });

    it.each([
      ["2025-05-20", true],
      ["2025-05-19", false],
    ])("judges a resolution on %s against publicity posted on 2025-05-19 (out of order: %s)", (date, outOfOrder) => {
      const plan = procedureWith({
        steps: compliantPlan.procedure.steps.map((entry) => (entry.step === "assembly_resolution" || entry.step === "resolution_published" ? { ...entry, date } : entry)),
        assembly: { ...compliantPlan.procedure.assembly, date },
      });
      expect(summary(only(check(plan).findings, "procedure_out_of_order"))).toEqual(
        outOfOrder ? [["procedure_out_of_order", "opinion/3.5", ["plan", "procedure", "publicity", "postedOn"], "error"]] : [],
      );
    });

    it("uses the assembly's date for the resolution when the step is not recorded", () => {
      const plan = procedureWith({
        steps: compliantPlan.procedure.steps.filter((entry) => entry.step !== "assembly_resolution"),
        assembly: { ...compliantPlan.procedure.assembly, date: "2025-05-20" },
      });
      expect(only(check(plan).findings, "procedure_out_of_order").map((f) => [f.path, f.details?.before])).toEqual([
        [["plan", "procedure", "publicity", "postedOn"], "assembly_resolution"],
      ]);
    });

    it("requires approval strictly after the posting day when publicity has no end date", () => {
      const plan = procedureWith({ publicity: { postedOn: "2025-05-19" }, townshipApproval: { date: "2025-05-19" }, countyFiling: { date: "2025-05-19" } });
      expect(only(check(plan).findings, "procedure_out_of_order").map((f) => f.path)).toEqual([["plan", "procedure", "townshipApproval", "date"]]);
    });

    it("reports publicity that ends before it is posted", () => {
      const plan = procedureWith({ publicity: { postedOn: "2025-05-19", endsOn: "2025-05-18" } });
      expect(summary(check(plan).findings)).toEqual([
        ["publicity_too_short", "annex1/1", ["plan", "procedure", "publicity", "endsOn"], "error"],
        ["procedure_out_of_order", "opinion/3.5", ["plan", "procedure", "publicity", "endsOn"], "error"],
      ]);
    });
  });
});
