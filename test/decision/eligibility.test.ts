// Who is subsidised (src/decision/eligibility.ts): opinion/3.2, annex2/1, opinion/3.5.
import { describe, expect, it } from "vitest";
import { computeSubsidy, type MemberInput, type PlanInput, type Suspension } from "../../src/index.js";
import { basePlan, generalMember, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

function withContributions(...contributions: MemberInput["contributions"][number][]): MemberInput {
  return { ...generalMember(300), contributions };
}

const FILED: Suspension = { from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05", resumedOn: "2025-10-01" };

describe("computeSubsidy", () => {
  it("points back_payment_period at the year's first back payment when there are several", () => {
    const member = withContributions(
      { period: 2024, kind: "regular", tier: 300, selfPaid: 300 },
      { period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 },
      { period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 },
    );
    const decision = computeSubsidy(member, basePlan, options);
    expect(decision.status).toBe("denied");
    expect(decision.findings).toEqual([
      {
        code: "back_payment_period",
        severity: "error",
        clause: "opinion/3.2",
        message: {
          zh: "2025 年度仅有一次性补缴，补缴时段不享受集体补助",
          en: "2025 is covered only by a one-time back payment; a back-paid period earns no collective subsidy",
        },
        path: ["member", "contributions", 1],
        details: { year: 2025 },
      },
    ]);
  });

  it("counts every regular contribution of the year and points at the second one", () => {
    const member = withContributions(
      { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
      { period: 2024, kind: "regular", tier: 300, selfPaid: 300 },
      { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
      { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
    );
    const decision = computeSubsidy(member, basePlan, options);
    expect(decision.status).toBe("denied");
    expect(decision.findings).toEqual([
      {
        code: "duplicate_contribution",
        severity: "error",
        clause: "opinion/3.2",
        message: { zh: "2025 年度有 3 条正常缴费记录", en: "3 regular contributions recorded for 2025" },
        path: ["member", "contributions", 2],
        details: { year: 2025, count: 3 },
      },
    ]);
  });

  it("names the suspension in effect by its place in the plan's list (opinion/3.5)", () => {
    const earlier: Suspension = { from: "2025-01-01", reason: "早先", townshipApprovedOn: "2025-01-02", countyFiledOn: "2025-01-03", resumedOn: "2025-02-01" };
    const plan: PlanInput = { ...basePlan, suspensions: [earlier, FILED] };
    const decision = computeSubsidy(withContributions({ period: 2025, kind: "regular", tier: 300, selfPaid: 300, paidOn: "2025-08-01" }), plan, options);
    expect(decision).toMatchObject({ status: "denied", amount: "0.00" });
    expect(decision.findings).toEqual([
      {
        code: "plan_suspended",
        severity: "error",
        clause: "opinion/3.5",
        message: { zh: "集体补助已于 2025-07-01 起暂停（集体收入不足）", en: "The collective subsidy is suspended from 2025-07-01 (集体收入不足)" },
        path: ["plan", "suspensions", 1],
        details: { from: "2025-07-01", reason: "集体收入不足", date: "2025-08-01" },
      },
    ]);
  });

  it.each([
    [undefined, "2025-08-01", undefined, "2025-08-01", true],
    [undefined, "2025-06-30", undefined, "2025-06-30", false],
    ["2025-07-05", "2025-06-30", undefined, "2025-07-05", true],
    ["2025-07-04", "2025-08-01", undefined, "2025-07-04", false],
  ])("judges suspension on asOf %s, else paidOn %s, else 31 December (resumed %s): on %s suspended %s", (asOf, paidOn, resumedOn, date, suspended) => {
    const plan: PlanInput = { ...basePlan, suspensions: [{ ...FILED, resumedOn }] };
    const contribution = { period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 };
    const member = withContributions(paidOn === undefined ? contribution : { ...contribution, paidOn });
    const decision = computeSubsidy(member, plan, asOf === undefined ? { ...options, trace: true } : { ...options, asOf, trace: true });
    expect(decision.status).toBe(suspended ? "denied" : "granted");
    const step = decision.trace?.find((s) => s.rule === "plan_not_suspended");
    expect(step).toMatchObject({ outcome: suspended ? "failed" : "passed", clause: "opinion/3.5" });
    if (suspended) expect(decision.findings[0]).toMatchObject({ code: "plan_suspended", path: ["plan", "suspensions", 0], details: { date } });
    else expect(step?.values).toEqual({ date });
  });

  describe("a payment date the library does not know is not 31 December (opinion/3.5)", () => {
    const undated = withContributions({ period: 2025, kind: "regular", tier: 300, selfPaid: 300 });
    const filed = (from: string, resumedOn?: string): Suspension => ({ from, reason: "集体收入不足", townshipApprovedOn: from, countyFiledOn: from, ...(resumedOn === undefined ? {} : { resumedOn }) });

    it("decides nothing when a suspension starts within the year and neither asOf nor paidOn is given", () => {
      const decision = computeSubsidy(undated, { ...basePlan, suspensions: [FILED] }, { ...options, trace: true });
      expect(decision).toMatchObject({ status: "invalid", amount: "0.00" });
      expect(decision.findings).toEqual([
        {
          code: "payment_date_missing",
          severity: "error",
          clause: "opinion/3.5",
          message: {
            zh: "2025 年度集体补助在年内暂停或恢复，缴费日期不明，无法判断缴费在暂停之前还是之后，请补充缴费日期",
            en: "A suspension starts or ends within 2025 and the payment date is unknown: whether the member paid before or after it cannot be told",
          },
          path: ["member", "contributions", 0, "paidOn"],
          details: { year: 2025 },
        },
      ]);
      expect(decision.trace?.find((s) => s.rule === "plan_not_suspended")).toMatchObject({ outcome: "failed", clause: "opinion/3.5", values: { year: 2025 } });
    });

    it.each([
      ["starting on 1 January, so the whole year is suspended", filed("2025-01-01"), "denied"],
      ["starting on 2 January", filed("2025-01-02"), "invalid"],
      ["starting on 31 December", filed("2025-12-31"), "invalid"],
      ["starting on 1 January of the next year", filed("2026-01-01"), "granted"],
      ["of the year before, resumed on 1 January", filed("2024-03-01", "2025-01-01"), "granted"],
      ["of the year before, resumed on 2 January", filed("2024-03-01", "2025-01-02"), "invalid"],
      ["of the year before, resumed on 31 December", filed("2024-03-01", "2025-12-31"), "invalid"],
      ["of the year before, resumed on 1 January of the next year", filed("2024-03-01", "2026-01-01"), "denied"],
      ["not filed at the county", { from: "2025-07-01", reason: "未备案", townshipApprovedOn: "2025-07-01" }, "granted"],
      ["filed only next year and resumed before it took effect", { from: "2025-03-01", reason: "撤回", townshipApprovedOn: "2025-03-02", countyFiledOn: "2026-01-05", resumedOn: "2025-06-01" }, "granted"],
    ] as const)("without a payment date, under a suspension %s, decides %s", (_label, suspension, status) => {
      const decision = computeSubsidy(undated, { ...basePlan, suspensions: [suspension] }, options);
      expect(decision.status).toBe(status);
      if (status === "invalid") expect(decision.findings.map((f) => [f.code, f.path])).toEqual([["payment_date_missing", ["member", "contributions", 0, "paidOn"]]]);
      if (status === "denied") expect(decision.findings.map((f) => [f.code, f.details?.["date"]])).toEqual([["plan_suspended", "2025-12-31"]]);
    });

    it("judges on asOf when it is given", () => {
      expect(computeSubsidy(undated, { ...basePlan, suspensions: [FILED] }, { ...options, asOf: "2025-07-04" })).toMatchObject({ status: "granted" });
    });

    it("judges on paidOn when it is given", () => {
      const member = withContributions({ period: 2025, kind: "regular", tier: 300, selfPaid: 300, paidOn: "2025-07-05" });
      expect(computeSubsidy(member, { ...basePlan, suspensions: [FILED] }, options)).toMatchObject({ status: "denied", findings: [{ code: "plan_suspended" }] });
    });

    it("asks for no date when there is no regular contribution to date", () => {
      const member = withContributions({ period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 });
      const decision = computeSubsidy(member, { ...basePlan, suspensions: [FILED] }, options);
      expect(decision.status).toBe("denied");
      expect(decision.findings.map((f) => f.code)).toEqual(["back_payment_period"]);
    });
  });
});
