import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateBeneficiaries } from "../../src/index.js";
import { ID_A, ID_B, ID_C } from "../helpers/samples.js";

function application(id: string, year: number, ids: readonly string[]): unknown {
  return { id, year, roster: ids.map((memberId) => ({ member: { id: memberId, name: "x" }, amount: 80 })) };
}

describe("findDuplicateBeneficiaries", () => {
  it("finds one ID subsidised by two organisations in the same year, with both application ids", () => {
    const result = findDuplicateBeneficiaries([application("A-2025", 2025, [ID_A, ID_B]), application("B-2025", 2025, [ID_C, ID_A])]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "duplicate_across_applications",
        severity: "error",
        clause: "opinion/3.2",
        path: ["applications", 1, "roster", 1, "member", "id"],
        details: { memberId: ID_A, year: 2025, firstApplication: "A-2025", secondApplication: "B-2025", applicationIds: ["A-2025", "B-2025"] },
      }),
    ]);
  });

  it("finds the same organisation applying twice for a year", () => {
    const result = findDuplicateBeneficiaries([application("A-2025", 2025, [ID_A]), application("A-2025-bis", 2025, [ID_A])]);
    expect(result.findings.map((f) => f.details?.applicationIds)).toEqual([["A-2025", "A-2025-bis"]]);
  });

  it("treats a lower-case check character as the same ID", () => {
    const result = findDuplicateBeneficiaries([application("A", 2025, ["11010519491231002X"]), application("B", 2025, ["11010519491231002x"])]);
    expect(result.findings.map((f) => f.details?.memberId)).toEqual(["11010519491231002X"]);
  });

  it("lets the same member be subsidised in different years", () => {
    expect(findDuplicateBeneficiaries([application("A-2025", 2025, [ID_A]), application("A-2026", 2026, [ID_A])]).findings).toEqual([]);
  });

  it("leaves a duplicate within one application to checkApplication (duplicate_member)", () => {
    expect(findDuplicateBeneficiaries([application("A", 2025, [ID_A, ID_A])]).findings).toEqual([]);
  });

  it("reports each later listing against the first one", () => {
    const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A]), application("B", 2025, [ID_A]), application("C", 2025, [ID_A])]);
    expect(result.findings.map((f) => f.details?.applicationIds)).toEqual([
      ["A", "B"],
      ["A", "C"],
    ]);
  });

  it("answers an unreadable application with invalid_input and still compares the others", () => {
    const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A]), { id: "", year: 2025, roster: [] }, application("C", 2025, [ID_A])]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["applications", 1, "id"]],
      ["duplicate_across_applications", ["applications", 2, "roster", 0, "member", "id"]],
    ]);
  });

  it("skips rows with no readable member ID, still numbering the rows that follow", () => {
    const unreadable = [null, "row", 7, [], { member: null }, { member: "x" }, { member: { id: 510402198001010 } }, { member: { name: "x" } }];
    const result = findDuplicateBeneficiaries([
      { id: "A", year: 2025, roster: [...unreadable, { member: { id: ID_A } }] },
      { id: "B", year: 2025, roster: [...unreadable, { member: { id: ID_A } }] },
    ]);
    expect(result.findings).toEqual([
      {
        code: "duplicate_across_applications",
        severity: "error",
        clause: "opinion/3.2",
        message: {
          zh: `公民身份号码 ${ID_A} 在 2025 年度的申请 A 和 B 中均获补助`,
          en: `ID ${ID_A} is subsidised for 2025 in both application A and B`,
        },
        path: ["applications", 1, "roster", unreadable.length, "member", "id"],
        details: { memberId: ID_A, year: 2025, firstApplication: "A", secondApplication: "B", applicationIds: ["A", "B"] },
      },
    ]);
  });

  it.each([["510402198001010019"], ["51040219800101001"], [""]])("does not count the unreadable ID %j listed in two applications as a duplicate", (id) => {
    expect(findDuplicateBeneficiaries([application("A", 2025, [id]), application("B", 2025, [id])]).findings).toEqual([]);
  });

  it("answers something other than an array with invalid_input", () => {
    expect(findDuplicateBeneficiaries("x" as never).findings).toEqual([expect.objectContaining({ code: "invalid_input", path: ["applications"] })]);
  });

  it("never throws on arbitrary JSON, and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = structuredClone(input);
        findDuplicateBeneficiaries(input as never);
        expect(input).toEqual(before);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (input) => {
        expect(Array.isArray(findDuplicateBeneficiaries(input).findings)).toBe(true);
      }),
    );
  });

  it("answers something other than an array with one invalid_input naming what was expected", () => {
    expect(findDuplicateBeneficiaries(null as never)).toEqual({
      findings: [
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "输入数据无效：applications（expected an array of applications）", en: "Invalid input at applications: expected an array of applications" },
          path: ["applications"],
          details: { field: "applications", problem: "expected an array of applications" },
        },
      ],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it("skips a roster row that is undefined", () => {
    const result = findDuplicateBeneficiaries([
      { id: "A", year: 2025, roster: [undefined, { member: { id: ID_A } }] },
      { id: "B", year: 2025, roster: [undefined, { member: { id: ID_A } }] },
    ]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([["duplicate_across_applications", ["applications", 1, "roster", 1, "member", "id"]]]);
  });
});
