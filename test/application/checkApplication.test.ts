import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkApplication, createPolicy, type ApplicationInput, type Finding } from "../../src/index.js";
import { compliantPlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_BAD_CHECK, ID_C, policy2025 } from "../helpers/samples.js";
import { sampleApplication, statusOf } from "./fixtures.js";

const options = { policy: policy2025 };

function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

function only(findings: readonly Finding[], code: string): Finding {
  const matching = findings.filter((finding) => finding.code === code);
  expect(matching).toHaveLength(1);
  return matching[0] as Finding;
}

describe("checkApplication", () => {
  it("accepts a sealed application under a compliant, recorded plan whose roster adds up", () => {
    const report = checkApplication(sampleApplication(), options);
    expect(report.findings).toEqual([]);
    expect(report.compliant).toBe(true);
    expect(report.totals).toEqual({ members: 3, granted: 3, denied: 0, invalid: 0, claimed: "480.00", computed: "480.00" });
    expect(report.decisions.map((d) => [d.memberId, d.status, d.amount])).toEqual([
      [ID_A, "granted", "80.00"],
      [ID_B, "granted", "100.00"],
      [ID_C, "granted", "300.00"],
    ]);
    expect(report.rulesVersion).toMatch(/^collective-pension-subsidy@/);
  });

  describe("the application (annex1/3)", () => {
    it("rejects an application without the organisation's seal", () => {
      const report = checkApplication(sampleApplication({ sealed: false }), options);
      expect(report.compliant).toBe(false);
      expect(report.findings).toEqual([
        expect.objectContaining({ code: "application_not_sealed", severity: "error", clause: "annex1/3", path: ["application", "sealed"] }),
      ]);
    });

    it("rejects an empty roster", () => {
      const report = checkApplication(sampleApplication({ roster: [] }), options);
      expect(report.findings).toEqual([expect.objectContaining({ code: "roster_empty", clause: "annex1/3", path: ["application", "roster"] })]);
      expect(report.totals).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, claimed: "0.00", computed: "0.00" });
    });

    it("rejects another organisation's plan", () => {
      const organisation = { ...compliantPlan.organisation, name: "新村" };
      const finding = only(checkApplication(sampleApplication({ organisation }), options).findings, "application_organisation_mismatch");
      expect(finding).toMatchObject({
        clause: "annex1/3",
        path: ["application", "plan", "organisation", "name"],
        details: { field: "name", application: "新村", plan: compliantPlan.organisation.name },
      });
    });

    it("requires the statement of the year's contributions (annex1/3 须明确当年缴费情况)", () => {
      const { contributionStatus: _omitted, ...application } = sampleApplication();
      const report = checkApplication(application as never, options);
      expect(report.compliant).toBe(false);
      expect(only(report.findings, "application_statement_missing")).toMatchObject({ severity: "error", clause: "annex1/3", path: ["application", "contributionStatus"] });
    });
  });

  describe("the plan (annex1/1, opinion/3.4–3.5)", () => {
    it("rejects an application for a year the plan does not cover, once for the application rather than per member", () => {
      const report = checkApplication(sampleApplication({
          year: 2026,
          subsidyTime: { from: "2026-01-01", to: "2026-12-31" },
          contributionStatus: { members: 3, selfPaid: 0, governmentPaid: 0 },
        }), options);
      expect(only(report.findings, "application_year_mismatch")).toMatchObject({
        severity: "error",
        clause: "annex1/1",
        path: ["application", "plan", "validity"],
        details: { year: 2026, validity: "2025" },
      });
      // The members' own reasons remain (no 2026 contribution); the plan's year is not repeated per member.
      expect(report.findings.slice(1).map((f) => [f.code, f.details?.codes])).toEqual([
        ["roster_member_ineligible", ["no_regular_contribution"]],
        ["roster_member_ineligible", ["no_regular_contribution"]],
        ["roster_member_ineligible", ["no_regular_contribution"]],
      ]);
      // Each member is still decided, and denied for the year.
      expect(report.decisions.every((d) => d.findings.some((f) => f.code === "plan_not_in_force"))).toBe(true);
    });

    it.each([
      [{ kind: "standing", fromYear: 2026 }, "2026–"],
      [{ kind: "standing", fromYear: 2024, toYear: 2024 }, "2024–2024"],
    ])("rejects a standing plan %j that does not cover 2025, naming its years as %j", (validity, text) => {
      const report = checkApplication(sampleApplication({ plan: { ...compliantPlan, validity } as never }), options);
      expect(report.findings).toEqual([
        {
          code: "application_year_mismatch",
          severity: "error",
          clause: "annex1/1",
          message: { zh: "申请年度 2025 不在所附实施方案的有效期内", en: "The application's year 2025 is not covered by the attached plan's validity" },
          path: ["application", "plan", "validity"],
          details: { year: 2025, validity: text },
        },
      ]);
    });

    it.each([
      [{ kind: "standing", fromYear: 2025 }],
      [{ kind: "standing", fromYear: 2024, toYear: 2025 }],
    ])("accepts a standing plan %j that covers 2025", (validity) => {
      expect(checkApplication(sampleApplication({ plan: { ...compliantPlan, validity } as never }), options).findings).toEqual([]);
    });

    it.each([
      ["2025-06-02", true],
      ["2025-06-03", false],
      ["2025-06-04", false],
    ])("with the plan recorded on 2025-06-03, an application submitted on %s is before filing: %s", (submittedOn, before) => {
      const report = checkApplication(sampleApplication({ submittedOn }), options);
      if (before) {
        expect(only(report.findings, "submitted_before_filing")).toMatchObject({
          clause: "opinion/3.5",
          path: ["application", "submittedOn"],
          details: { submittedOn, filedOn: "2025-06-03" },
        });
      } else {
        expect(report.findings).toEqual([]);
      }
    });

    it("carries the plan's own errors in plan_non_compliant", () => {
      const plan = { ...compliantPlan, procedure: { ...compliantPlan.procedure, countyFiling: undefined } };
      const report = checkApplication(sampleApplication({ plan }), options);
      const finding = only(report.findings, "plan_non_compliant");
      expect(finding).toMatchObject({ severity: "error", clause: "opinion/3.5", path: ["application", "plan"] });
      expect(finding.details).toMatchObject({ count: 1, codes: ["county_filing_missing"] });
      expect(finding.details?.findings).toEqual([
        expect.objectContaining({ code: "county_filing_missing", severity: "error", clause: "annex1/2", path: ["application", "plan", "procedure", "countyFiling"] }),
      ]);
      expect(codes(report.findings)).toEqual(["plan_non_compliant"]);
    });

    it("leaves the plan's warnings out of plan_non_compliant", () => {
      const plan = { ...compliantPlan, procedure: { ...compliantPlan.procedure, publicity: { postedOn: "2025-05-19", endsOn: "2025-05-23" } } };
      expect(checkApplication(sampleApplication({ plan }), options).findings).toEqual([]);
    });

    it.each([
      ["2025-07-01", undefined, true],
      ["2025-07-02", undefined, false],
      ["2025-03-01", "2025-07-01", false],
      ["2025-03-01", "2025-07-02", true],
    ])("with a filed suspension from %s resumed on %s, an application submitted on 2025-07-01 is suspended: %s", (from, resumedOn, suspended) => {
      const suspension = { from, reason: "集体收益不足", townshipApprovedOn: "2025-02-20", countyFiledOn: "2025-02-25", ...(resumedOn === undefined ? {} : { resumedOn }) };
      const report = checkApplication(sampleApplication({ plan: { ...compliantPlan, suspensions: [suspension] } }), options);
      if (suspended) {
        expect(only(report.findings, "plan_suspended")).toMatchObject({
          severity: "error",
          clause: "opinion/3.5",
          path: ["application", "plan", "suspensions", 0],
          details: { from, reason: "集体收益不足", date: "2025-07-01" },
        });
      } else {
        expect(codes(report.findings)).not.toContain("plan_suspended");
      }
    });

    it("points plan_suspended at the suspension in force, not the first one listed", () => {
      const filed = { reason: "集体收益不足", townshipApprovedOn: "2025-02-20", countyFiledOn: "2025-02-25" };
      const suspensions = [
        { ...filed, from: "2025-03-01", resumedOn: "2025-04-01" },
        { ...filed, from: "2025-06-15", reason: "洪灾" },
      ];
      const report = checkApplication(sampleApplication({ plan: { ...compliantPlan, suspensions } }), options);
      expect(report.findings).toEqual([
        {
          code: "plan_suspended",
          severity: "error",
          clause: "opinion/3.5",
          message: { zh: "集体补助已于 2025-06-15 起暂停（洪灾）", en: "The collective subsidy is suspended from 2025-06-15 (洪灾)" },
          path: ["application", "plan", "suspensions", 1],
          details: { from: "2025-06-15", reason: "洪灾", date: "2025-07-01" },
        },
      ]);
    });

    it.each([
      ["4800", "480", true],
      ["4799.9", "479.99", false],
    ])("with funds of base %s at a 10 percent share, %s yuan, the 480.00 roster is covered: %s", (base, amount, covered) => {
      const plan = { ...compliantPlan, funding: { collectiveIncome: { base, sharePercent: 10, amount }, donations: [] } };
      const report = checkApplication(sampleApplication({ plan }), options);
      if (covered) {
        expect(report.findings).toEqual([]);
      } else {
        expect(report.findings).toEqual([
          expect.objectContaining({
            code: "funds_insufficient",
            severity: "error",
            clause: "opinion/3.4",
            path: ["application", "plan", "funding"],
            details: { funds: "479.99", cost: "480.00", year: 2025, claimed: "480.00", computed: "480.00" },
          }),
        ]);
      }
    });

    it("leaves a plan that states no funding to plan_non_compliant, never costing the roster against it", () => {
      const { funding: _omitted, ...plan } = compliantPlan;
      const report = checkApplication(sampleApplication({ plan }), options);
      expect(codes(report.findings)).toEqual(["plan_non_compliant"]);
      expect(report.findings[0]?.details).toEqual({
        count: 1,
        codes: ["plan_missing_element"],
        findings: [
          {
            code: "plan_missing_element",
            severity: "error",
            clause: "annex1/1",
            path: ["application", "plan", "funding"],
            message: { zh: "实施方案缺少要素：资金来源及金额", en: "The implementation plan does not state: funding" },
            details: { element: "funding", elementZh: "资金来源及金额" },
          },
        ],
      });
      expect(report.findings[0]?.message).toEqual({ zh: "所附实施方案不合规（1 项问题）", en: "The attached implementation plan is not compliant (1 problems)" });
    });

    it("costs the roster at the larger of what is claimed and what the plan gives", () => {
      const plan = { ...compliantPlan, funding: { collectiveIncome: { base: 4800, sharePercent: 10, amount: 480 }, donations: [] } };
      const application = sampleApplication({ plan });
      const roster = [...application.roster];
      roster[0] = { ...(roster[0] as { member: unknown }), amount: "80.01" };
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options);
      expect(codes(report.findings)).toEqual(["funds_insufficient", "roster_amount_mismatch"]);
      expect(only(report.findings, "funds_insufficient").details).toMatchObject({ cost: "480.01", claimed: "480.01", computed: "480.00" });
    });
  });

  describe("the roster (annex1/4)", () => {
    it.each([
      ["79.99", true],
      ["80.00", false],
      ["80.01", true],
    ])("reports a claim of %s yuan where the plan gives 80.00 as a mismatch: %s", (claimed, mismatch) => {
      const application = sampleApplication();
      const roster = [{ member: generalMember(300, ID_A), amount: claimed }];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options);
      if (mismatch) {
        expect(report.findings).toEqual([
          expect.objectContaining({
            code: "roster_amount_mismatch",
            severity: "error",
            clause: "annex1/4",
            path: ["application", "roster", 0, "amount"],
            details: { row: 1, memberId: ID_A, who: `张三，${ID_A}`, claimed, computed: "80.00" },
          }),
        ]);
      } else {
        expect(report.findings).toEqual([]);
      }
    });

    it("reports an ineligible member with the member's denial codes, re-rooted at the row", () => {
      const application = sampleApplication();
      const roster = [...application.roster, { member: { ...generalMember(300, "510422195512010046"), collectiveMember: false, enrolled: false }, amount: 80 }];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options);
      const finding = only(report.findings, "roster_member_ineligible");
      expect(finding).toMatchObject({
        severity: "error",
        clause: "annex1/4",
        path: ["application", "roster", 3, "member"],
        details: { row: 4, memberId: "510422195512010046", codes: ["not_collective_member", "not_enrolled"] },
      });
      expect(finding.details?.findings).toEqual([
        expect.objectContaining({ code: "not_collective_member", clause: "opinion/3.2", path: ["application", "roster", 3, "member", "collectiveMember"] }),
        expect.objectContaining({ code: "not_enrolled", clause: "opinion/3.2", path: ["application", "roster", 3, "member", "enrolled"] }),
      ]);
      expect(codes(report.findings)).toEqual(["roster_member_ineligible"]);
      expect(report.totals).toMatchObject({ members: 4, granted: 3, denied: 1, claimed: "560.00", computed: "480.00" });
    });

    it("reports a member listed twice as duplicate_member, at the second row", () => {
      const application = sampleApplication();
      const roster = [...application.roster, { member: generalMember(300, ID_A), amount: 80 }];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options);
      expect(report.findings).toEqual([
        expect.objectContaining({
          code: "duplicate_member",
          severity: "error",
          clause: "opinion/3.2",
          path: ["application", "roster", 3, "member", "id"],
          details: { memberId: ID_A, firstRow: 1 },
        }),
      ]);
      expect(report.decisions).toHaveLength(4);
      expect(report.decisions[3]?.status).toBe("denied");
    });

    it("reports a readable member listed after an unreadable row of the same ID written with a lower-case x", () => {
      const application = sampleApplication();
      const unreadable = { member: { ...generalMember(300, "11010519491231002x"), name: "" }, amount: 80 };
      const roster = [...application.roster, unreadable, { member: generalMember(300, "11010519491231002X"), amount: 80 }];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options);
      expect(report.findings.filter((finding) => finding.code === "duplicate_member")).toEqual([
        expect.objectContaining({ path: ["application", "roster", 4, "member", "id"], details: { memberId: "11010519491231002X", firstRow: 4 } }),
      ]);
    });

    it("reports a duplicate that is also ineligible under both codes", () => {
      const application = sampleApplication();
      const roster = [...application.roster, { member: { ...generalMember(300, ID_A), enrolled: false }, amount: 80 }];
      expect(codes(checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) }, options).findings)).toEqual(["duplicate_member", "roster_member_ineligible"]);
    });

    it("keeps one unreadable row to that row: its own findings, an invalid decision, the rest decided", () => {
      const application = sampleApplication();
      const roster = [{ member: { ...generalMember(300, ID_BAD_CHECK) }, amount: 80 }, application.roster[1], { member: governmentPaidMember(ID_C), amount: "1.001" }];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) } as ApplicationInput, options);
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_id_number", ["application", "roster", 0, "member", "id"]],
        ["invalid_input", ["application", "roster", 2, "amount"]],
      ]);
      expect(report.decisions.map((d) => d.status)).toEqual(["invalid", "granted", "granted"]);
      expect(report.totals).toEqual({ members: 3, granted: 2, denied: 0, invalid: 1, claimed: "180.00", computed: "200.00" });
    });
    it("keeps a row that is not an object, and a member without an ID, to their rows as invalid decisions", () => {
      const application = sampleApplication();
      const roster = [null, { member: { name: "赵六" }, amount: 80 }, application.roster[0]];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) } as never, options);
      expect(report.findings.map((f) => [f.code, f.clause, f.path])).toEqual([
        ["invalid_input", "annex1/4", ["application", "roster", 0]],
        ["invalid_input", "annex1/4", ["application", "roster", 0, "member"]],
        ["invalid_input", "annex1/4", ["application", "roster", 1, "member", "id"]],
        ["invalid_input", "annex1/4", ["application", "roster", 1, "member", "collectiveMember"]],
        ["invalid_input", "annex1/4", ["application", "roster", 1, "member", "enrolled"]],
        ["invalid_input", "annex1/4", ["application", "roster", 1, "member", "category"]],
        ["invalid_input", "annex1/4", ["application", "roster", 1, "member", "contributions"]],
      ]);
      expect(report.decisions.map((d) => [d.status, d.memberId])).toEqual([
        ["invalid", null],
        ["invalid", null],
        ["granted", ID_A],
      ]);
      expect(report.totals).toEqual({ members: 3, granted: 1, denied: 0, invalid: 2, claimed: "160.00", computed: "80.00" });
    });
  });

  describe("input", () => {
    it("reports a missing parameter of the policy once, not per member", () => {
      const report = checkApplication(sampleApplication(), { policy: createPolicy({ highestTier: { 2026: "3000" } }) });
      expect(codes(report.findings)).toEqual(["parameter_missing"]);
      expect(report.findings[0]).toMatchObject({ path: ["options", "policy", "highestTier", "2025"] });
      expect(report.decisions.map((d) => d.status)).toEqual(["invalid", "invalid", "invalid"]);
    });

    it("reports every unreadable field of the application with its path", () => {
      const report = checkApplication({ ...sampleApplication(), sealed: "yes", submittedOn: "2025-02-30", year: 2023 } as never, options);
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["application", "year"]],
        ["invalid_input", ["application", "sealed"]],
        ["invalid_input", ["application", "submittedOn"]],
      ]);
      expect(report.compliant).toBe(false);
      expect(report.decisions).toHaveLength(3);
    });

    it("answers input that is not an application, or options without a policy, with invalid_input", () => {
      const report = checkApplication(42 as never, {} as never);
      expect(report.compliant).toBe(false);
      expect(report.findings.map((f) => f.path)).toEqual([["application"], ["options", "policy"]]);
      expect(report.decisions).toEqual([]);
    });

    it("never throws on arbitrary JSON", () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), (application, policy) => {
          const report = checkApplication(application as never, { policy } as never);
          expect(report.compliant).toBe(false);
        }),
      );
    });

    it("never throws on an application with arbitrary roster rows, and does not mutate it", () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ member: fc.jsonValue(), amount: fc.jsonValue() }))), (rows) => {
          const application = sampleApplication({ roster: rows as never });
          const before = structuredClone(application);
          const report = checkApplication(application, options);
          expect(report.decisions).toHaveLength(rows.length);
          expect(application).toEqual(before);
        }),
      );
    });
  });

  describe("edges of the roster and the plan", () => {
    it("names the first listing of a member listed three times in both later rows", () => {
      const application = sampleApplication();
      const again = { member: generalMember(300, ID_A), amount: 80 };
      const roster = [...application.roster, again, again];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster) }, options);
      expect(report.findings.map((f) => [f.code, f.path, f.details])).toEqual([
        ["duplicate_member", ["application", "roster", 3, "member", "id"], { memberId: ID_A, firstRow: 1 }],
        ["duplicate_member", ["application", "roster", 4, "member", "id"], { memberId: ID_A, firstRow: 1 }],
      ]);
      expect(report.totals).toMatchObject({ members: 5, granted: 3, denied: 2 });
    });

    it("keeps a roster row that is undefined to its row as an invalid decision", () => {
      const application = sampleApplication();
      const roster = [undefined, ...application.roster];
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster) } as never, options);
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["application", "roster", 0]],
        ["invalid_input", ["application", "roster", 0, "member"]],
      ]);
      expect(report.decisions.map((d) => [d.status, d.memberId])).toEqual([
        ["invalid", null],
        ["granted", ID_A],
        ["granted", ID_B],
        ["granted", ID_C],
      ]);
    });

    it("reports a plan without any procedure as plan_non_compliant only (no filing date to compare the submission with)", () => {
      const { procedure: _omitted, ...plan } = compliantPlan;
      const report = checkApplication(sampleApplication({ plan }), options);
      expect(codes(report.findings)).toEqual(["plan_non_compliant"]);
      expect(report.findings[0]?.details?.codes).toContain("county_filing_missing");
    });

    it("costs the roster at what the plan gives when that is more than what is claimed", () => {
      const plan = { ...compliantPlan, funding: { collectiveIncome: { base: "4799.9", sharePercent: 10, amount: "479.99" }, donations: [] } };
      const application = sampleApplication({ plan });
      const roster = [...application.roster];
      roster[0] = { ...(roster[0] as { member: unknown }), amount: "79.99" };
      const report = checkApplication({ ...application, roster, contributionStatus: statusOf(roster as never) } as ApplicationInput, options);
      expect(codes(report.findings)).toEqual(["funds_insufficient", "roster_amount_mismatch"]);
      expect(only(report.findings, "funds_insufficient").details).toEqual({ funds: "479.99", cost: "480.00", year: 2025, claimed: "479.99", computed: "480.00" });
    });
  });

  describe("input that is not there", () => {
    it("answers a null application with one invalid_input for the application", () => {
      const report = checkApplication(null as never, options);
      expect(report.findings).toEqual([
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "补助申请有误：应为一组填写项，实为空值", en: "Invalid input at application: Invalid input: expected object, received null" },
          path: ["application"],
          details: { field: "application", fieldZh: "补助申请", problem: "Invalid input: expected object, received null", problemZh: "应为一组填写项，实为空值", issue: "invalid_type" },
        },
      ]);
      expect(report.totals).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, claimed: "0.00", computed: "0.00" });
    });

    it("answers missing options with invalid_input for the policy, still deciding every row as invalid", () => {
      const report = checkApplication(sampleApplication(), undefined as never);
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["options", "policy"]]]);
      expect(report.decisions.map((d) => d.status)).toEqual(["invalid", "invalid", "invalid"]);
    });
  });
});
