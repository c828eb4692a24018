import { describe, expect, it } from "vitest";
import { computeRoster, computeSubsidy, type MemberInput, type PlanInput, type Suspension } from "../../src/index.js";
import { compliantPlan, generalMember, ID_B, policy2025 } from "../helpers/samples.js";
import { check, planWith, summary } from "./helpers.js";

const FILED: Suspension = { from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05", resumedOn: "2025-10-01" };

function suspended(...suspensions: Suspension[]): PlanInput {
  return planWith({ suspensions });
}

function memberPaidOn(paidOn: string | undefined, id?: string): MemberInput {
  const contribution = { period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 };
  return { ...generalMember(300, id), contributions: [paidOn === undefined ? contribution : { ...contribution, paidOn }] };
}

describe("checkPlan", () => {
  describe("force and suspension (opinion/3.5)", () => {
    it.each([
      [2024, true],
      [2025, false],
      [2026, true],
    ])("reports plan_not_in_force for %i under a one-year 2025 plan: %s", (year, reported) => {
      const findings = check(compliantPlan, { year }).findings.filter((f) => f.code === "plan_not_in_force");
      expect(summary(findings)).toEqual(reported ? [["plan_not_in_force", "opinion/3.5", ["plan", "validity"], "error"]] : []);
    });

    it("holds a standing plan in force from its first year to its last", () => {
      const plan = planWith({ validity: { kind: "standing", fromYear: 2025, toYear: 2026 } });
      expect(check(plan, { year: 2026 }).findings).toEqual([]);
    });

    it.each([
      ["2025-07-04", false, "approved but not yet recorded"],
      ["2025-07-05", true, "the day the county recorded it"],
      ["2025-09-30", true, "the day before resumption"],
      ["2025-10-01", false, "the day of resumption"],
    ])("judges a filed suspension on %s (suspended: %s — %s)", (asOf, reported) => {
      const report = check(suspended(FILED), { asOf });
      expect(summary(report.findings)).toEqual(reported ? [["plan_suspended", "opinion/3.5", ["plan", "suspensions", 0], "error"]] : []);
      if (reported) expect(report.findings[0]?.details).toEqual({ from: "2025-07-01", reason: "集体收入不足", date: asOf });
    });

    it("judges suspension only when asOf is given", () => {
      expect(check(suspended(FILED), { year: 2025 }).findings).toEqual([]);
    });

    it.each([
      [{ townshipApprovedOn: undefined }, "townshipApprovedOn", "乡镇（街道）审核同意"],
      [{ countyFiledOn: undefined }, "countyFiledOn", "县（区）备案"],
      [{ townshipApprovedOn: undefined, countyFiledOn: undefined }, "townshipApprovedOn, countyFiledOn", "乡镇（街道）审核同意和县（区）备案"],
    ])("warns suspension_not_filed for a suspension lacking a record (%j), which does not take effect", (patch, missing, missingZh) => {
      const report = check(suspended(FILED, { ...FILED, ...patch, from: "2025-08-01" }), { asOf: "2025-06-01" });
      expect(summary(report.findings)).toEqual([["suspension_not_filed", "opinion/3.5", ["plan", "suspensions", 1], "warning"]]);
      expect(report.findings[0]?.details).toEqual({ from: "2025-08-01", missing, missingZh });
      expect(report.findings[0]?.message.zh).toBe(`2025-08-01 起的暂停缺少${missingZh}，不生效`);
      expect(report.compliant).toBe(true);
      expect(check(suspended({ ...FILED, ...patch }), { asOf: "2025-08-01" }).findings.map((f) => f.code)).toEqual(["suspension_not_filed"]);
    });
  });
});

describe("computeSubsidy", () => {
  const plan = suspended({ from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-01", countyFiledOn: "2025-07-01" });

  it.each([
    [undefined, "2025-06-30", "granted"],
    [undefined, "2025-07-01", "denied"],
    ["2025-06-30", "2025-07-10", "granted"],
    ["2025-07-01", "2025-06-10", "denied"],
  ])("judges suspension on options.asOf (%s), else the contribution's paidOn (%s): %s", (asOf, paidOn, status) => {
    const decision = computeSubsidy(memberPaidOn(paidOn), plan, asOf === undefined ? { year: 2025, policy: policy2025 } : { year: 2025, policy: policy2025, asOf });
    expect(decision.status).toBe(status);
    if (status === "denied") {
      expect(decision.findings.map((f) => [f.code, f.clause, f.path])).toEqual([["plan_suspended", "opinion/3.5", ["plan", "suspensions", 0]]]);
    }
  });

  it.each([
    ["2025-12-31", "granted"],
    ["2026-01-01", "denied"],
  ])("judges asOf 31 December against a resumption on %s", (resumedOn, status) => {
    const resumed = suspended({ from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-01", countyFiledOn: "2025-07-01", resumedOn });
    expect(computeSubsidy(memberPaidOn(undefined), resumed, { year: 2025, policy: policy2025, asOf: "2025-12-31" }).status).toBe(status);
  });

  it("decides nothing without asOf or paidOn when the suspension starts within the year", () => {
    const decision = computeSubsidy(memberPaidOn(undefined), plan, { year: 2025, policy: policy2025 });
    expect(decision.status).toBe("invalid");
    expect(decision.findings.map((f) => [f.code, f.severity, f.clause, f.path])).toEqual([["payment_date_missing", "error", "opinion/3.5", ["member", "contributions", 0, "paidOn"]]]);
  });

  it("ignores a suspension the county did not record", () => {
    const unfiled = suspended({ from: "2025-01-01", reason: "集体收入不足", townshipApprovedOn: "2025-01-02" });
    expect(computeSubsidy(memberPaidOn("2025-06-10"), unfiled, { year: 2025, policy: policy2025 }).status).toBe("granted");
  });
});

describe("computeRoster", () => {
  it("denies each member whose own date falls in the suspension, and grants the others", () => {
    const plan = suspended({ from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-01", countyFiledOn: "2025-07-01" });
    const result = computeRoster([memberPaidOn("2025-06-30"), memberPaidOn("2025-07-01", ID_B)], plan, { year: 2025, policy: policy2025 });
    expect(result.decisions.map((d) => [d.status, d.findings.map((f) => f.code)])).toEqual([
      ["granted", []],
      ["denied", ["plan_suspended"]],
    ]);
    expect(computeRoster([memberPaidOn("2025-06-30")], plan, { year: 2025, policy: policy2025, asOf: "2025-07-01" }).totals.denied).toBe(1);
  });
});
