import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkPlan, chineseNames, createPolicy, RULES_VERSION, type Policy } from "../../src/index.js";
import { compliantPlan, generalMember, ID_B, policy2025 } from "../helpers/samples.js";
import { check, planWith, summary } from "./helpers.js";

describe("checkPlan", () => {
  it("passes the compliant sample plan with no findings", () => {
    expect(check()).toEqual({ compliant: true, findings: [], rulesVersion: RULES_VERSION });
    expect(check(compliantPlan, { year: 2025, asOf: "2025-06-10", roster: [generalMember(300), generalMember(1000, ID_B)] })).toEqual({
      compliant: true,
      findings: [],
      rulesVersion: RULES_VERSION,
    });
  });

  it.each(["objects", "subsidyTime", "standards", "funding"] as const)("reports plan_missing_element when the plan does not state %s", (element) => {
    const report = check(planWith({ [element]: undefined }));
    expect(report.compliant).toBe(false);
    expect(summary(report.findings)).toEqual([["plan_missing_element", "annex1/1", ["plan", element], "error"]]);
    expect(report.findings[0]?.details).toEqual({ element, elementZh: chineseNames.planElements[element] });
    expect(report.findings[0]?.message.zh).toBe(`实施方案缺少要素：${chineseNames.planElements[element]}`);
  });

  it("reports blank objects and standards that pay nothing as missing", () => {
    const report = check(planWith({ objects: "  ", standards: { ladder: [] } }));
    expect(report.findings.map((f) => [f.code, f.details?.element])).toEqual([
      ["plan_missing_element", "objects"],
      ["plan_missing_element", "standards"],
      ["hardship_amount_missing", undefined],
    ]);
  });

  it("reports every missing element at once", () => {
    const report = check(planWith({ objects: undefined, subsidyTime: undefined, standards: undefined, funding: undefined }));
    expect(report.findings.map((f) => [f.code, f.details?.element])).toEqual([
      ["plan_missing_element", "objects"],
      ["plan_missing_element", "subsidyTime"],
      ["plan_missing_element", "standards"],
      ["plan_missing_element", "funding"],
    ]);
  });

  it("reports an unreadable plan with invalid_input at the field's path, and checks nothing else", () => {
    const report = checkPlan({ ...compliantPlan, validity: { kind: "one_year", year: 2023 } }, { policy: policy2025 });
    expect(report.compliant).toBe(false);
    expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["plan", "validity", "year"], "error"]]);
  });

  it("reports unreadable options at their paths", () => {
    const report = checkPlan(compliantPlan, { policy: {} as Policy, year: 1999, asOf: "2025-02-30" });
    expect(report.findings.map((f) => f.path?.join("."))).toEqual(expect.arrayContaining(["options.policy.kind", "options.year", "options.asOf"]));
    expect(report.findings.every((f) => f.code === "invalid_input")).toBe(true);
  });

  it("carries a policy's own findings, under options.policy", () => {
    const policy = createPolicy({ highestTier: { 2025: "3000", 2026: "-1" } });
    const report = checkPlan(compliantPlan, { policy });
    expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["options", "policy", "highestTier", "2026"], "error"]]);
  });

  it("carries a policy finding that names no path at options.policy itself", () => {
    const { path, ...unplaced } = createPolicy({ highestTier: { 2025: "3000", 2026: "-1" } }).findings[0] ?? {};
    expect(path).toEqual(["highestTier", "2026"]);
    const policy = { ...policy2025, findings: [unplaced] } as unknown as Policy;
    const report = checkPlan(compliantPlan, { policy });
    // Its field and messages follow the path it is given.
    expect(report.findings).toEqual([
      {
        ...unplaced,
        path: ["options", "policy"],
        details: { ...(unplaced as { details?: object }).details, field: "options.policy" },
        message: { zh: "政策参数有误：应为大于 0 的金额，最多两位小数", en: "Invalid input at options.policy: expected yuan greater than 0 with at most 2 decimals" },
      },
    ]);
    expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["options", "policy"], "error"]]);
  });

  it("refuses a policy whose floor is not an amount (a hand-built or altered policy) at options.policy.floor, and checks nothing else", () => {
    const policy = { ...policy2025, floor: { ...policy2025.floor, value: "ten" } };
    expect(checkPlan(compliantPlan, { policy })).toEqual({
      compliant: false,
      findings: [
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "政策参数的最低补助标准有误：不是有效的金额", en: "Invalid input at options.policy.floor: not an amount" },
          path: ["options", "policy", "floor"],
          details: { field: "options.policy.floor", problem: "not an amount", problemZh: "不是有效的金额" },
        },
      ],
      rulesVersion: RULES_VERSION,
    });
  });

  it.each([
    ["next", "3000.00"],
    ["999", "3000.00"],
    ["20260", "3000.00"],
    ["2026", "abc"],
    ["2026", "10000000.01"],
  ])("refuses a policy's highest tier keyed %j with value %j at its path, and checks the plan against the others", (key, value) => {
    const policy = { ...policy2025, highestTier: { 2025: policy2025.highestTier["2025"], [key]: { value } } };
    const field = `options.policy.highestTier.${key}`;
    expect(checkPlan(compliantPlan, { policy: policy as Policy })).toEqual({
      compliant: false,
      findings: [
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: `政策参数的当年度最高缴费档次${/^\d+$/.test(key) ? `（${key} 年度）` : "的某一项"}有误：不是有效的年度金额`, en: `Invalid input at ${field}: not an amount for a year` },
          path: ["options", "policy", "highestTier", key],
          details: { field, problem: "not an amount for a year", problemZh: "不是有效的年度金额" },
        },
      ],
      rulesVersion: RULES_VERSION,
    });
    // the remaining tier of 2025 still caps the standards
    const tooHigh = planWith({ standards: { ...compliantPlan.standards, hardship: 3000.01 } });
    expect(summary(checkPlan(tooHigh, { policy: policy as Policy }).findings).map(([code, , path]) => [code, path])).toEqual([
      ["invalid_input", ["options", "policy", "highestTier", key]],
      ["standard_above_cap", ["plan", "standards", "hardship"]],
    ]);
  });

  it("accepts a hand-built policy whose years are four digits and amounts are amounts", () => {
    const policy = { ...policy2025, highestTier: { 2025: { value: "3000" }, 2026: { value: "0.01" } } } as unknown as Policy;
    expect(checkPlan(compliantPlan, { policy })).toEqual({ compliant: true, findings: [], rulesVersion: RULES_VERSION });
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (plan, options) => {
        const report = checkPlan(plan as never, options as never);
        expect(report.compliant).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const report = checkPlan(value as never, { policy: policy2025, year: 2025, roster: value as never });
        expect(typeof report.compliant).toBe("boolean");
      }),
    );
  });

  it("never throws when any one field of the compliant plan is replaced by arbitrary JSON", () => {
    const keys = Object.keys(compliantPlan) as (keyof typeof compliantPlan)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const report = checkPlan({ ...compliantPlan, [key]: value } as never, { policy: policy2025 });
        expect(typeof report.compliant).toBe("boolean");
      }),
    );
  });

  it("does not mutate its input", () => {
    const plan = structuredClone(compliantPlan);
    const roster = [generalMember(300)];
    const before = structuredClone({ plan, roster });
    checkPlan(plan, { policy: policy2025, year: 2025, asOf: "2025-06-10", roster });
    expect({ plan, roster }).toEqual(before);
  });

  it("is compliant exactly when no finding is an error", () => {
    const warningOnly = check(planWith({ standards: { ...compliantPlan.standards, ladder: [{ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 400, amount: 80 }] } }));
    expect(summary(warningOnly.findings)).toEqual([["ladder_gap", "annex2/2", ["plan", "standards", "ladder", 1, "minTier"], "warning"]]);
    expect(warningOnly.compliant).toBe(true);
  });

  it("writes each finding's message in Chinese and English from the catalogue", () => {
    const report = check(planWith({ funding: { collectiveIncome: { base: 100000, sharePercent: 10, amount: 9000 } } }));
    expect(report.findings[0]?.message).toEqual({
      zh: "集体收入 100000.00 元的 10% 为 10000.00 元，方案写作 9000.00 元",
      en: "10% of the collective income of 100000.00 yuan is 10000.00 yuan, but the plan states 9000.00 yuan",
    });
  });
});
