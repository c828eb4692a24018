import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPolicy, findDuplicateBeneficiaries } from "../../src/index.js";
import { ID_A, ID_B, ID_C } from "../helpers/samples.js";

const VILLAGE = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" } as const;
const GROUP = { name: "金江村一组", kind: "villagers_group", township: "金江镇", county: "仁和区" } as const;
const OTHER_VILLAGE = { name: "新华村", kind: "village", township: "金江镇", county: "仁和区" } as const;

/** The highest tier of 2025 at 3000 yuan; 2026 left out. */
const policy = createPolicy({ highestTier: { 2025: "3000" } });

function application(id: string, year: number, ids: readonly string[], organisation: object = VILLAGE, amount: number | string = 80): unknown {
  return { id, year, organisation, roster: ids.map((memberId) => ({ member: { id: memberId, name: "x" }, amount })) };
}

describe("findDuplicateBeneficiaries", () => {
  describe("one organisation, one application a year (annex1/3, opinion/3.2)", () => {
    it("rejects a second application of the same organisation for a year, and each member listed in both", () => {
      const result = findDuplicateBeneficiaries([application("A-2025", 2025, [ID_A, ID_B]), application("A-2025-bis", 2025, [ID_C, ID_A])], { policy });
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: "duplicate_application",
          severity: "error",
          clause: "annex1/3",
          path: ["applications", 1],
          details: { organisation: "金江镇金江村", year: 2025, firstApplication: "A-2025", secondApplication: "A-2025-bis" },
          message: {
            zh: "金江镇金江村已提交 2025 年度的补助申请 A-2025，申请 A-2025-bis 重复",
            en: "金江镇金江村 already applied for 2025 with A-2025; application A-2025-bis is a second one",
          },
        }),
        expect.objectContaining({
          code: "duplicate_across_applications",
          severity: "error",
          clause: "opinion/3.2",
          path: ["applications", 1, "roster", 1, "member", "id"],
          details: { memberId: ID_A, year: 2025, firstApplication: "A-2025", secondApplication: "A-2025-bis", applicationIds: ["A-2025", "A-2025-bis"] },
        }),
      ]);
    });

    it.each([
      ["name", { ...VILLAGE, name: "金江村二" }],
      ["kind", { ...VILLAGE, kind: "community" }],
      ["township", { ...VILLAGE, township: "大田镇" }],
      ["county", { ...VILLAGE, county: "米易县" }],
    ])("tells organisations apart by their %s", (_field, other) => {
      const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A]), application("B", 2025, [ID_B], other)]);
      expect(result.findings).toEqual([]);
    });

    it("lets an organisation apply once in each year", () => {
      expect(findDuplicateBeneficiaries([application("A-2025", 2025, [ID_A]), application("A-2026", 2026, [ID_A])]).findings).toEqual([]);
    });

    it("reports each later application and listing against the first one", () => {
      const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A]), application("B", 2025, [ID_A]), application("C", 2025, [ID_A])]);
      expect(result.findings.map((f) => [f.code, f.details?.firstApplication, f.details?.secondApplication])).toEqual([
        ["duplicate_application", "A", "B"],
        ["duplicate_across_applications", "A", "B"],
        ["duplicate_application", "A", "C"],
        ["duplicate_across_applications", "A", "C"],
      ]);
    });

    it("treats a lower-case check character as the same ID", () => {
      const result = findDuplicateBeneficiaries([application("A", 2025, ["11010519491231002X"]), application("B", 2025, ["11010519491231002x"])]);
      expect(result.findings.filter((f) => f.code === "duplicate_across_applications").map((f) => f.details?.memberId)).toEqual(["11010519491231002X"]);
    });

    it("leaves a duplicate within one application to checkApplication (duplicate_member)", () => {
      expect(findDuplicateBeneficiaries([application("A", 2025, [ID_A, ID_A])]).findings).toEqual([]);
    });

    it("names the same organisation's earlier application even when another organisation listed the member in between", () => {
      const result = findDuplicateBeneficiaries(
        [application("A", 2025, [ID_A], VILLAGE, 100), application("G", 2025, [ID_A], GROUP, 100), application("A2", 2025, [ID_A], VILLAGE, 100)],
        { policy },
      );
      expect(result.findings.map((f) => [f.code, f.details?.firstApplication, f.details?.secondApplication])).toEqual([
        ["listed_by_several_organisations", "A", "G"],
        ["duplicate_application", "A", "A2"],
        ["duplicate_across_applications", "A", "A2"],
      ]);
    });
  });

  it("names the same organisation's own earlier application, not another organisation's first listing", () => {
    const result = findDuplicateBeneficiaries(
      [application("G", 2025, [ID_A], GROUP, 10), application("V", 2025, [ID_A], VILLAGE, 10), application("V2", 2025, [ID_A], VILLAGE, 10)],
      { policy },
    );
    expect(result.findings.map((f) => [f.code, f.details?.firstApplication, f.details?.secondApplication])).toEqual([
      ["listed_by_several_organisations", "G", "V"],
      ["duplicate_application", "V", "V2"],
      ["duplicate_across_applications", "V", "V2"],
    ]);
  });

  describe("one member, several organisations (opinion/3.1, opinion/3.3, 国发〔2014〕8号 §4(2))", () => {
    it("warns of a member listed by a village and its villagers' group, for the agency to review", () => {
      const result = findDuplicateBeneficiaries([application("V", 2025, [ID_A, ID_B]), application("G", 2025, [ID_C, ID_A], GROUP)], { policy });
      expect(result.findings).toEqual([
        {
          code: "listed_by_several_organisations",
          severity: "warning",
          clause: "opinion/3.1",
          message: {
            zh: `公民身份号码 ${ID_A} 在 2025 年度同时列入金江镇金江村（申请 V）和金江镇金江村一组（申请 G）的补助名单，请核实`,
            en: `ID ${ID_A} is listed for 2025 by 金江镇金江村 (V) and by 金江镇金江村一组 (G); review it`,
          },
          path: ["applications", 1, "roster", 1, "member", "id"],
          details: {
            memberId: ID_A,
            year: 2025,
            firstOrganisation: "金江镇金江村",
            firstApplication: "V",
            secondOrganisation: "金江镇金江村一组",
            secondApplication: "G",
          },
        },
      ]);
    });

    it.each([
      ["1999.99", "2999.99", false],
      ["2000.00", "3000.00", false],
      ["2000.01", "3000.01", true],
    ])("with a highest tier of 3000.00, 1000.00 from the village and %s from the group (%s together) exceed it: %s", (fromGroup, total, exceeds) => {
      const result = findDuplicateBeneficiaries([application("V", 2025, [ID_A], VILLAGE, 1000), application("G", 2025, [ID_A], GROUP, fromGroup)], { policy });
      const over = result.findings.filter((f) => f.code === "subsidy_sum_exceeds_highest_tier");
      expect(over).toEqual(
        exceeds
          ? [
              expect.objectContaining({
                severity: "error",
                clause: "opinion/3.3",
                path: ["applications", 1, "roster", 0, "amount"],
                details: { memberId: ID_A, year: 2025, total, highestTier: "3000.00", applicationIds: ["V", "G"] },
              }),
            ]
          : [],
      );
      expect(result.findings.filter((f) => f.code === "listed_by_several_organisations")).toHaveLength(1);
    });

    it("adds every listing of the year, three organisations included", () => {
      const result = findDuplicateBeneficiaries(
        [application("V", 2025, [ID_A], VILLAGE, 1000), application("G", 2025, [ID_A], GROUP, 1000), application("N", 2025, [ID_A], OTHER_VILLAGE, "1000.01")],
        { policy },
      );
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([
        ["listed_by_several_organisations", ["applications", 1, "roster", 0, "member", "id"]],
        ["listed_by_several_organisations", ["applications", 2, "roster", 0, "member", "id"]],
        ["subsidy_sum_exceeds_highest_tier", ["applications", 2, "roster", 0, "amount"]],
      ]);
      expect(result.findings[2]?.details).toMatchObject({ total: "3000.01", applicationIds: ["V", "G", "N"] });
      expect(result.findings[2]?.message.zh).toBe(`公民身份号码 ${ID_A} 在 2025 年度的各项集体补助合计 3000.01 元，超过当年度最高缴费档次 3000.00 元`);
    });

    it("never judges the sum of one organisation's listings against the cap", () => {
      const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A], VILLAGE, 2000), application("B", 2025, [ID_A], VILLAGE, 2000)], { policy });
      expect(result.findings.map((f) => f.code)).toEqual(["duplicate_application", "duplicate_across_applications"]);
    });

    it("says the highest tier is missing, once per year, instead of guessing a cap", () => {
      const result = findDuplicateBeneficiaries(
        [application("V", 2026, [ID_A, ID_B], VILLAGE, 5000), application("G", 2026, [ID_A, ID_B], GROUP, 5000)],
        { policy },
      );
      expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
        ["listed_by_several_organisations", "warning", ["applications", 1, "roster", 0, "member", "id"]],
        ["listed_by_several_organisations", "warning", ["applications", 1, "roster", 1, "member", "id"]],
        ["parameter_missing", "error", ["options", "policy", "highestTier", "2026"]],
      ]);
      expect(result.findings[2]?.details).toEqual({ year: 2026, parameter: "highestTier" });
    });

    it("says the highest tier is missing when no options or no policy are passed", () => {
      const applications = [application("V", 2025, [ID_A], VILLAGE, 10), application("G", 2025, [ID_A], GROUP, 10)];
      for (const result of [findDuplicateBeneficiaries(applications), findDuplicateBeneficiaries(applications, {})]) {
        expect(result.findings.map((f) => f.code)).toEqual(["listed_by_several_organisations", "parameter_missing"]);
      }
    });

    it("asks for no highest tier when nobody is listed by two organisations", () => {
      expect(findDuplicateBeneficiaries([application("V", 2025, [ID_A]), application("G", 2025, [ID_B], GROUP)]).findings).toEqual([]);
    });

    it("leaves the sum unjudged when one listing's amount cannot be read (checkApplication reports that row)", () => {
      const result = findDuplicateBeneficiaries([application("V", 2025, [ID_A], VILLAGE, 5000), application("G", 2025, [ID_A], GROUP, "1.001")], { policy });
      expect(result.findings.map((f) => f.code)).toEqual(["listed_by_several_organisations"]);
    });

    it("answers options whose policy cannot be read with invalid_input, and judges no sum", () => {
      const applications = [application("V", 2025, [ID_A], VILLAGE, 5000), application("G", 2025, [ID_A], GROUP, 5000)];
      const result = findDuplicateBeneficiaries(applications, { policy: { highestTier: 3000 } } as never);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["options", "policy", "highestTier"]],
        ["listed_by_several_organisations", ["applications", 1, "roster", 0, "member", "id"]],
        ["parameter_missing", ["options", "policy", "highestTier", "2025"]],
      ]);
    });
  });

  describe("input", () => {
    it("answers an unreadable application with invalid_input and still compares the others", () => {
      const result = findDuplicateBeneficiaries([application("A", 2025, [ID_A]), { id: "", year: 2025, organisation: VILLAGE, roster: [] }, application("C", 2025, [ID_A])]);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["applications", 1, "id"]],
        ["duplicate_application", ["applications", 2]],
        ["duplicate_across_applications", ["applications", 2, "roster", 0, "member", "id"]],
      ]);
    });

    it("needs the organisation of each application", () => {
      const result = findDuplicateBeneficiaries([{ id: "A", year: 2025, roster: [] }]);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["applications", 0, "organisation"]]]);
    });

    it("skips rows with no readable member ID, still numbering the rows that follow", () => {
      const unreadable = [null, "row", 7, [], { member: null }, { member: "x" }, { member: { id: 510402198001010 } }, { member: { name: "x" } }];
      const result = findDuplicateBeneficiaries([
        { id: "A", year: 2025, organisation: VILLAGE, roster: [...unreadable, { member: { id: ID_A } }] },
        { id: "B", year: 2025, organisation: GROUP, roster: [...unreadable, { member: { id: ID_A } }] },
      ]);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([
        ["listed_by_several_organisations", ["applications", 1, "roster", unreadable.length, "member", "id"]],
        ["parameter_missing", ["options", "policy", "highestTier", "2025"]],
      ]);
    });

    it.each([["510402198001010019"], ["51040219800101001"], [""]])("does not count the unreadable ID %j listed in two applications", (id) => {
      expect(findDuplicateBeneficiaries([application("A", 2025, [id]), application("B", 2025, [id], GROUP)]).findings).toEqual([]);
    });

    it("skips a roster row that is undefined", () => {
      const result = findDuplicateBeneficiaries([
        { id: "A", year: 2025, organisation: VILLAGE, roster: [undefined, { member: { id: ID_A } }] },
        { id: "B", year: 2025, organisation: GROUP, roster: [undefined, { member: { id: ID_A } }] },
      ]);
      expect(result.findings.map((f) => [f.code, f.path])[0]).toEqual(["listed_by_several_organisations", ["applications", 1, "roster", 1, "member", "id"]]);
    });

    it("never throws on arbitrary JSON, and does not mutate its input", () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), (input, options) => {
          const before = structuredClone([input, options]);
          findDuplicateBeneficiaries(input as never, options as never);
          expect([input, options]).toEqual(before);
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
            message: { zh: "补助申请有误：应为补助申请的列表", en: "Invalid input at applications: expected an array of applications" },
            path: ["applications"],
            details: { field: "applications", problem: "expected an array of applications", problemZh: "应为补助申请的列表" },
          },
        ],
        rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
      });
    });
  });

  it("finds, for any set of single-organisation applications, exactly one warning per member listed by a second organisation", () => {
    const ids = [ID_A, ID_B, ID_C];
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (village, group) => {
        const result = findDuplicateBeneficiaries([application("V", 2025, village, VILLAGE, 10), application("G", 2025, group, GROUP, 10)], { policy });
        const both = village.filter((id) => group.includes(id));
        expect(result.findings.map((f) => f.details?.memberId)).toEqual(both);
        expect(result.findings.every((f) => f.code === "listed_by_several_organisations")).toBe(true);
      }),
    );
  });
});
