// What the application must state (annex1/3) and when (opinion/3.5).
import { describe, expect, it } from "vitest";
import { listedContributions } from "../../src/application/statement.js";
import { checkApplication, type Finding } from "../../src/index.js";
import { generalMember, ID_A, policy2025 } from "../helpers/samples.js";
import { sampleApplication } from "./fixtures.js";

const options = { policy: policy2025 };

function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

describe("the application's statements (annex1/3 须明确补助时间、当年缴费情况)", () => {
  it("rejects an application that states no subsidy time", () => {
    const { subsidyTime: _omitted, ...application } = sampleApplication();
    const report = checkApplication(application as never, options);
    expect(report.compliant).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: "application_statement_missing",
        severity: "error",
        clause: "annex1/3",
        path: ["application", "subsidyTime"],
        details: { field: "subsidyTime", statementZh: "补助时间", statementEn: "subsidy time" },
        message: { zh: "补助申请未注明补助时间", en: "The application does not state the subsidy time" },
      }),
    ]);
  });

  it("reports both statements when both are missing, in the order annex1/3 names them", () => {
    const { subsidyTime: _time, contributionStatus: _status, ...application } = sampleApplication();
    const report = checkApplication(application as never, options);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ["application_statement_missing", ["application", "subsidyTime"]],
      ["application_statement_missing", ["application", "contributionStatus"]],
    ]);
    expect(report.findings[1]?.message).toEqual({ zh: "补助申请未注明当年缴费情况", en: "The application does not state the year's contribution status" });
  });

  it("reads a statement that is there but malformed as invalid input, not as missing", () => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members: -1, selfPaid: 1300, governmentPaid: 100 } }), options);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["application", "contributionStatus", "members"]]]);
  });
});

describe("the stated contribution status against the roster (annex1/3)", () => {
  it("accepts the status the roster gives: 3 members, 1300.00 paid by them, 100.00 by the government", () => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members: 3, selfPaid: "1300.00", governmentPaid: 100 } }), options);
    expect(report.findings).toEqual([]);
  });

  it.each([
    [2, true],
    [3, false],
    [4, true],
  ])("with 3 members listed, a stated count of %i is a mismatch: %s", (members, mismatch) => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members, selfPaid: 1300, governmentPaid: 100 } }), options);
    const found = withCode(report.findings, "contribution_status_mismatch");
    if (!mismatch) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        clause: "annex1/3",
        path: ["application", "contributionStatus", "members"],
        details: { field: "members", itemZh: "人数", itemEn: "the number of members", stated: members, listed: 3 },
      }),
    ]);
    expect(found[0]?.message.zh).toBe(`申请注明的当年缴费情况与补助对象名单不符：人数注明为 ${members}，名单为 3`);
  });

  it.each([
    ["1299.99", true],
    ["1300.00", false],
    ["1300.01", true],
  ])("with 1300.00 paid by the listed members, a stated %s is a mismatch: %s", (selfPaid, mismatch) => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members: 3, selfPaid, governmentPaid: 100 } }), options);
    expect(withCode(report.findings, "contribution_status_mismatch").map((f) => [f.path, f.details])).toEqual(
      mismatch
        ? [
            [
              ["application", "contributionStatus", "selfPaid"],
              { field: "selfPaid", itemZh: "个人缴纳合计（元）", itemEn: "the total paid by the members (yuan)", stated: selfPaid, listed: "1300.00" },
            ],
          ]
        : [],
    );
  });

  it.each([
    ["99.99", true],
    ["100.00", false],
    ["100.01", true],
  ])("with 100.00 paid by the government, a stated %s is a mismatch: %s", (governmentPaid, mismatch) => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members: 3, selfPaid: 1300, governmentPaid } }), options);
    expect(withCode(report.findings, "contribution_status_mismatch").map((f) => [f.path, f.details])).toEqual(
      mismatch
        ? [
            [
              ["application", "contributionStatus", "governmentPaid"],
              { field: "governmentPaid", itemZh: "政府代缴合计（元）", itemEn: "the total paid by the government (yuan)", stated: governmentPaid, listed: "100.00" },
            ],
          ]
        : [],
    );
  });

  it("reports every figure that differs, not only the first", () => {
    const report = checkApplication(sampleApplication({ contributionStatus: { members: 0, selfPaid: 0, governmentPaid: 0 } }), options);
    expect(withCode(report.findings, "contribution_status_mismatch").map((f) => f.details?.field)).toEqual(["members", "selfPaid", "governmentPaid"]);
  });

  it("compares only the count when a row's contributions cannot be read, never a sum over the rest", () => {
    const application = sampleApplication();
    const roster = [...application.roster, { member: { ...generalMember(300, ID_A), contributions: "none" }, amount: 80 }];
    const report = checkApplication({ ...application, roster } as never, options);
    expect(withCode(report.findings, "contribution_status_mismatch").map((f) => f.details?.field)).toEqual(["members"]);
  });
});

describe("listedContributions", () => {
  const row = (contributions: unknown): unknown => ({ member: { contributions }, amount: 80 });

  it("sums each member's first regular contribution for the year, own part and government part", () => {
    const rows = [
      row([
        { period: 2024, kind: "regular", selfPaid: 1000 },
        { period: 2025, kind: "back_payment", selfPaid: 2000 },
        { period: 2025, kind: "regular", selfPaid: "300.50", governmentPaid: "0.01" },
        { period: 2025, kind: "regular", selfPaid: 9000 },
      ]),
      row([{ period: 2025, kind: "regular", selfPaid: 0, governmentPaid: 100 }]),
      row([{ period: 2025, kind: "regular", selfPaid: 200 }]),
      row([]),
    ];
    expect(listedContributions(rows, 2025)).toEqual({ selfPaid: 50050, governmentPaid: 10001 });
  });

  it.each([
    ["no member", [{ amount: 80 }]],
    ["contributions that are not a list", [row({ period: 2025 })]],
    ["an unreadable own part", [row([{ period: 2025, kind: "regular", selfPaid: "abc" }])]],
    ["an unreadable government part", [row([{ period: 2025, kind: "regular", selfPaid: 300, governmentPaid: -1 }])]],
  ])("gives no sum for a row with %s", (_what, rows) => {
    expect(listedContributions(rows, 2025)).toBeUndefined();
  });

  it("gives zero sums for an empty roster", () => {
    expect(listedContributions([], 2025)).toEqual({ selfPaid: 0, governmentPaid: 0 });
  });
});

describe("the subsidy time (opinion/3.5 补助时间与缴费时间一致)", () => {
  it.each([
    ["2025-01-01", "2025-12-31", []],
    ["2025-06-01", "2025-06-01", []],
    ["2024-12-31", "2025-12-31", [["from", "2024-12-31"]]],
    ["2025-01-01", "2026-01-01", [["to", "2026-01-01"]]],
    ["2024-01-01", "2026-12-31", [["from", "2024-01-01"], ["to", "2026-12-31"]]],
  ])("for 2025, a subsidy time from %s to %s is outside the year at %j", (from, to, outside) => {
    const report = checkApplication(sampleApplication({ subsidyTime: { from, to } }), options);
    const found = withCode(report.findings, "subsidy_time_outside_year");
    expect(found.map((f) => [f.path?.[2], f.details?.date])).toEqual(outside);
    for (const finding of found) {
      expect(finding).toMatchObject({ severity: "error", clause: "opinion/3.5", details: { year: 2025 } });
      expect(finding.path?.slice(0, 2)).toEqual(["application", "subsidyTime"]);
    }
    expect(report.compliant).toBe(outside.length === 0);
  });

  it("reads a subsidy time that ends before it starts as invalid input", () => {
    const report = checkApplication(sampleApplication({ subsidyTime: { from: "2025-06-02", to: "2025-06-01" } }), options);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["application", "subsidyTime", "to"]]]);
  });

  it.each([
    ["2025-12-31", false],
    ["2026-01-01", true],
  ])("warns of an application submitted on %s, after the 2025 contribution year: %s", (submittedOn, late) => {
    const report = checkApplication(sampleApplication({ submittedOn }), options);
    const found = withCode(report.findings, "submitted_after_year");
    expect(found).toEqual(
      late
        ? [
            expect.objectContaining({
              severity: "warning",
              clause: "opinion/3.5",
              path: ["application", "submittedOn"],
              details: { submittedOn, year: 2025 },
              message: { zh: "申请于 2026-01-01 提交，2025 年度已结束，请核实当年缴费情况", en: expect.any(String) },
            }),
          ]
        : [],
    );
    // A warning leaves the application compliant.
    expect(report.compliant).toBe(true);
  });
});
