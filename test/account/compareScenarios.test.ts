import { describe, expect, it } from "vitest";
import { accountCredit, compareScenarios, computeSubsidy, type CompareScenariosResult, type ScenarioComparison } from "../../src/index.js";
import { basePlan, generalMember, ID_A, policy2025 } from "../helpers/samples.js";

function ok(result: CompareScenariosResult): ScenarioComparison {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result;
}

const tier300 = { label: { zh: "300元档", en: "Tier 300" }, tier: 300, ownContribution: 300, governmentSubsidy: 40 };
const tier500WithCollective = { label: { zh: "500元档+集体补助", en: "Tier 500 + collective" }, tier: 500, ownContribution: 500, governmentSubsidy: 60, collectiveSubsidy: 150 };

describe("compareScenarios", () => {
  it("puts two tiers, without and with the collective subsidy, side by side (hand-computed)", () => {
    // A: 300 own + 40 government = 340.00 a year.  B: 500 own + 60 government + 150 collective = 710.00 a year.
    // Age 57, three years, 1.5 %:
    // A: age 57 balance 340.00; age 58 interest 340.00 × 0.015 = 5.10, balance 340.00 + 5.10 + 340.00 = 685.10;
    //    age 59 interest 685.10 × 0.015 = 10.2765 → 10.28, balance 685.10 + 10.28 + 340.00 = 1035.38;
    //    1035.38 ÷ 139 = 7.4487… → 7.45; + 150.00 = 157.45
    // B: age 57 balance 710.00; age 58 interest 710.00 × 0.015 = 10.65, balance 710.00 + 10.65 + 710.00 = 1430.65;
    //    age 59 interest 1430.65 × 0.015 = 21.45975 → 21.46, balance 1430.65 + 21.46 + 710.00 = 2162.11;
    //    2162.11 ÷ 139 = 15.5547… → 15.55; + 150.00 = 165.55
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 57, yearsContributed: 3, interestRate: "0.015", basicPension: "150", priorYears: 12 }));
    expect(table.rows.map((r) => [r.key, r.a, r.b, r.difference])).toEqual([
      ["tier", "300.00", "500.00", "200.00"],
      ["ownContribution", "300.00", "500.00", "200.00"],
      ["governmentPaid", "0.00", "0.00", "0.00"],
      ["governmentSubsidy", "40.00", "60.00", "20.00"],
      ["collectiveSubsidy", "0.00", "150.00", "150.00"],
      ["yearlyCredit", "340.00", "710.00", "370.00"],
      ["totalCredited", "1020.00", "2130.00", "1110.00"],
      ["totalInterest", "15.38", "32.11", "16.73"],
      ["balanceAt60", "1035.38", "2162.11", "1126.73"],
      ["monthlyPersonalAccountPension", "7.45", "15.55", "8.10"],
      ["monthlyBasicPension", "150.00", "150.00", "0.00"],
      ["monthlyPension", "157.45", "165.55", "8.10"],
    ]);
    expect(table.columns).toEqual({
      item: { zh: "项目", en: "Item" },
      a: { zh: "300元档", en: "Tier 300" },
      b: { zh: "500元档+集体补助", en: "Tier 500 + collective" },
      difference: { zh: "差额（B−A）", en: "Difference (B − A)" },
    });
    expect(table.findings).toEqual([]);
    expect(table.note.zh).toContain("57 岁起缴费 3 年");
    expect(table.note.en).toContain("yearly interest rate 0.015");
  });

  it("labels every row in Chinese and English", () => {
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 45, yearsContributed: 15, interestRate: "0.015", basicPension: "150" }));
    for (const row of table.rows) {
      expect(row.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(row.label.en).toMatch(/^[A-Z]/);
    }
  });

  it("shows a negative difference with a minus sign when B gives less", () => {
    const table = ok(compareScenarios(tier500WithCollective, tier300, { age: 57, yearsContributed: 3, interestRate: "0.015", basicPension: "150" }));
    expect(table.rows.find((r) => r.key === "monthlyPension")?.difference).toBe("-8.10");
  });

  it("names the scenarios A and B and leaves out the tier row when a scenario has no tier", () => {
    const { label: _a, tier: _t, ...a } = tier300;
    const { label: _b, ...b } = tier500WithCollective;
    const table = ok(compareScenarios(a, b, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" }));
    expect([table.columns.a, table.columns.b]).toEqual([
      { zh: "方案A", en: "Scenario A" },
      { zh: "方案B", en: "Scenario B" },
    ]);
    expect(table.rows[0]?.key).toBe("ownContribution");
  });

  it("compares a member's booked year with and without the collective subsidy, from accountCredit", () => {
    // Tier 300: own 300 + government 40 = 340.00 without; + basePlan rung 300–499 → 80 = 420.00 with.
    // Age 45, 15 years, rate 0: 5100.00 ÷ 139 = 36.690… → 36.69 and 6300.00 ÷ 139 = 45.323… → 45.32; difference 8.63
    const member = generalMember(300);
    const schedule = { 2025: { tiers: [{ tier: 300, subsidy: 40 }] } };
    const decision = computeSubsidy(member, basePlan, { year: 2025, policy: policy2025 });
    const without = accountCredit(member, null, { year: 2025, schedule });
    const withCollective = accountCredit(member, decision, { year: 2025, schedule });
    const table = ok(compareScenarios(without, withCollective, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" }));
    expect(table.rows.find((r) => r.key === "monthlyPersonalAccountPension")).toMatchObject({ a: "36.69", b: "45.32", difference: "8.63" });
    expect(table.rows.find((r) => r.key === "governmentSubsidy")?.difference).toBe("0.00");
    expect(withCollective.ok && withCollective.memberId).toBe(ID_A);
  });

  it("warns once with contribution_years_short for the shared assumptions", () => {
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 57, yearsContributed: 3, interestRate: "0.015", basicPension: "150" }));
    expect(table.findings).toEqual([expect.objectContaining({ code: "contribution_years_short", path: ["options", "yearsContributed"] })]);
  });

  it("reports every invalid scenario line and missing assumption with its path", () => {
    const result = compareScenarios({ ...tier300, ownContribution: -1 }, { ...tier500WithCollective, governmentSubsidy: undefined } as never, { age: 45, yearsContributed: 15 });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.clause, f.path])).toEqual([
      ["invalid_input", "annex1/4", ["a", "ownContribution"]],
      ["invalid_input", "annex1/4", ["b", "governmentSubsidy"]],
      ["assumption_missing", "opinion/4", ["options", "interestRate"]],
      ["assumption_missing", "opinion/4", ["options", "basicPension"]],
    ]);
  });

  it("refuses, without throwing, shared assumptions whose basic pension is missing when read and given when read again", () => {
    // A host getter can answer differently on each read: no table is built on a missing figure.
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, interestRate: "0" }, "basicPension", {
      enumerable: true,
      get: () => (reads++ === 0 ? undefined : "150"),
    });
    expect(compareScenarios(tier300, tier500WithCollective, options as never)).toEqual({
      ok: false,
      findings: [],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it.each([
    [{ age: 50, yearsContributed: 11, interestRate: "0", basicPension: "150" }, ["options", "yearsContributed"], "at most 10 years are left before 60 at age 50"],
    [{ age: 50, yearsContributed: 10, interestRate: "1", basicPension: "150" }, ["options", "interestRate"], "expected a yearly rate as a fraction in [0, 1) with at most 8 decimals, e.g. 0.015 for 1.5%"],
    [{ age: 50, yearsContributed: 10, interestRate: "0", basicPension: 150.001 }, ["options", "basicPension"], "money must have at most 2 decimals and be at most 10000000"],
  ])("refuses unreadable shared assumptions with invalid_input naming the field (%#)", (assumptions, path, problem) => {
    const result = compareScenarios(tier300, tier500WithCollective, assumptions);
    expect(result).toMatchObject({ ok: false });
    expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", severity: "error", clause: "annex1/4", path, details: expect.objectContaining({ problem }) })]);
  });

  it("compares at the edge: ten years left at age 50 and a rate just below 1", () => {
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 50, yearsContributed: 10, interestRate: "0.99999999", basicPension: "150" }));
    expect([table.a.years, table.a.yearsContributed, table.a.interestRate]).toEqual([10, 10, "0.99999999"]);
  });

  it("refuses a failed accountCredit result as a scenario", () => {
    const failed = accountCredit(generalMember(300), null, { year: 2025 });
    const result = compareScenarios(failed, tier300, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" });
    expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", clause: "annex1/4", path: ["a"] })]);
  });
});

describe("compareScenarios, the note and the host's figures", () => {
  const RULE_ZH = "个人账户养老金 = 60 岁时储存额 ÷ 139，利息每年末四舍五入到分";
  const RULE_EN = "personal-account pension = balance at 60 ÷ 139, interest rounded half-up to the fen each year end";

  it("prints the shared assumptions under the table, without an opening balance for a new account", () => {
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 57, yearsContributed: 3, interestRate: "0.015", basicPension: "150", priorYears: 12 }));
    expect(table.note).toStrictEqual({
      zh: `57 岁起缴费 3 年，年记账利率 0.015，基础养老金每月 150.00 元；${RULE_ZH}`,
      en: `Paying for 3 years from age 57, yearly interest rate 0.015, basic pension 150.00 yuan a month; ${RULE_EN}`,
    });
  });

  it("prints the opening balance in the note when the account holds something", () => {
    // A: 1000.00 opening, 340.00 a year, rate 0: 1000.00 + 3 × 340.00 = 2020.00. B: 1000.00 + 3 × 710.00 = 3130.00.
    const table = ok(compareScenarios(tier300, tier500WithCollective, { age: 57, yearsContributed: 3, interestRate: "0", basicPension: "150", openingBalance: "1000", priorYears: 12 }));
    expect(table.note).toStrictEqual({
      zh: `57 岁起缴费 3 年，期初储存额 1000.00 元，年记账利率 0，基础养老金每月 150.00 元；${RULE_ZH}`,
      en: `Paying for 3 years from age 57, opening balance 1000.00 yuan, yearly interest rate 0, basic pension 150.00 yuan a month; ${RULE_EN}`,
    });
    expect(table.rows.find((r) => r.key === "balanceAt60")).toStrictEqual({
      key: "balanceAt60",
      label: { zh: "60 岁时个人账户储存额（元）", en: "Personal-account balance at 60 (yuan)" },
      a: "2020.00",
      b: "3130.00",
      difference: "1110.00",
    });
  });

  it("shows the government-paid line of each scenario", () => {
    // A: 0 own + 100 government-paid + 30 subsidy = 130.00; B: 200 own + 35 subsidy = 235.00.
    const table = ok(compareScenarios({ ownContribution: 0, governmentPaid: 100, governmentSubsidy: 30 }, { ownContribution: 200, governmentSubsidy: 35 }, { age: 59, yearsContributed: 1, interestRate: "0", basicPension: "0" }));
    expect(table.rows.find((r) => r.key === "governmentPaid")).toMatchObject({ a: "100.00", b: "0.00", difference: "-100.00" });
    expect(table.rows.find((r) => r.key === "yearlyCredit")).toMatchObject({ a: "130.00", b: "235.00", difference: "105.00" });
  });

  it.each(["a", "b"])("leaves out the tier row when only scenario %s names its tier", (named) => {
    const { tier: _t, ...untiered } = tier300;
    const [a, b] = named === "a" ? [tier300, untiered] : [untiered, tier300];
    const table = ok(compareScenarios(a, b, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" }));
    expect(table.rows.map((r) => r.key)).not.toContain("tier");
    expect(table.rows).toHaveLength(11);
  });

  it("refuses shared assumptions whose basic pension is given when read and missing when read again", () => {
    // The missing figure is named: no table is built on it.
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, interestRate: "0" }, "basicPension", {
      enumerable: true,
      get: () => (reads++ === 0 ? "150" : undefined),
    });
    expect(compareScenarios(tier300, tier500WithCollective, options as never)).toEqual({
      ok: false,
      findings: [expect.objectContaining({ code: "assumption_missing", path: ["options", "basicPension"] })],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it("refuses a first scenario that is missing", () => {
    expect(compareScenarios(undefined as never, tier300, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" }).findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["a"]],
    ]);
  });

  it("refuses, without throwing, shared assumptions whose interest rate is missing when read and given when read again", () => {
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, basicPension: "150" }, "interestRate", {
      enumerable: true,
      get: () => (reads++ === 0 ? undefined : "0"),
    });
    expect(compareScenarios(tier300, tier500WithCollective, options as never)).toEqual({ ok: false, findings: [], rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/) });
  });

  it("refuses shared assumptions that are a list, naming the options once", () => {
    expect(compareScenarios(tier300, tier500WithCollective, [] as never).findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["options"]]]);
  });

  it("refuses a second scenario alone when only it is unreadable", () => {
    expect(compareScenarios(tier300, null as never, { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" }).findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["b"]],
    ]);
  });
});
