import { describe, expect, it } from "vitest";
import { projectPension, type PensionProjection, type ProjectPensionResult } from "../../src/index.js";

function ok(result: ProjectPensionResult): PensionProjection {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result;
}

const scenario420 = { ownContribution: "300", governmentSubsidy: "40", collectiveSubsidy: "80" };

describe("projectPension", () => {
  it("projects three years at 1.5 % with interest rounded half-up each year end (hand-computed)", () => {
    // Age 57, new account, 420.00 credited each year (300 own + 40 government + 80 collective).
    // age 57: interest 0.00 × 0.015 = 0.00;                      balance 0.00 + 0.00 + 420.00 = 420.00
    // age 58: interest 420.00 × 0.015 = 6.30;                    balance 420.00 + 6.30 + 420.00 = 846.30
    // age 59: interest 846.30 × 0.015 = 12.6945 → 12.69 (half-up); balance 846.30 + 12.69 + 420.00 = 1278.99
    // monthly personal-account pension: 1278.99 ÷ 139 = 9.2014… → 9.20; with the basic 150.00: 159.20
    const projection = ok(projectPension({ age: 57, yearsContributed: 3, scenario: scenario420, interestRate: "0.015", basicPension: "150" }));
    expect(projection.ledger).toEqual([
      { year: 1, age: 57, credit: "420.00", interest: "0.00", balance: "420.00" },
      { year: 2, age: 58, credit: "420.00", interest: "6.30", balance: "846.30" },
      { year: 3, age: 59, credit: "420.00", interest: "12.69", balance: "1278.99" },
    ]);
    expect(projection).toMatchObject({
      age: 57,
      years: 3,
      yearsContributed: 3,
      interestRate: "0.015",
      openingBalance: "0.00",
      totalCredited: "1260.00",
      totalInterest: "18.99",
      balanceAt60: "1278.99",
      divisor: 139,
      monthlyPersonalAccountPension: "9.20",
      monthlyBasicPension: "150.00",
      monthlyPension: "159.20",
    });
    expect(projection.findings).toEqual([
      expect.objectContaining({ code: "contribution_years_short", severity: "warning", clause: "opinion/4", path: ["options", "yearsContributed"], details: { years: 3, required: 15 } }),
    ]);
  });

  it("keeps earning interest after the last credit, from an opening balance (hand-computed)", () => {
    // Age 56, opening balance 1000.00 after 13 years, credits 500.00 then 700.00, rate 2 %:
    // age 56: interest 1000.00 × 0.02 = 20.00;              balance 1000.00 + 20.00 + 500.00 = 1520.00
    // age 57: interest 1520.00 × 0.02 = 30.40;              balance 1520.00 + 30.40 + 700.00 = 2250.40
    // age 58: interest 2250.40 × 0.02 = 45.008 → 45.01;    balance 2250.40 + 45.01 = 2295.41
    // age 59: interest 2295.41 × 0.02 = 45.9082 → 45.91;   balance 2295.41 + 45.91 = 2341.32
    // interest 20.00 + 30.40 + 45.01 + 45.91 = 141.32; check 1000.00 + 1200.00 + 141.32 = 2341.32
    // monthly: 2341.32 ÷ 139 = 16.844… → 16.84; with the basic 143.00: 159.84. 13 + 2 = 15 years: no warning.
    const projection = ok(
      projectPension({ age: 56, yearsContributed: 2, yearlyCredits: ["500", 700], interestRate: 0.02, basicPension: 143, openingBalance: "1000", priorYears: 13 }),
    );
    expect(projection.ledger.map((y) => [y.age, y.credit, y.interest, y.balance])).toEqual([
      [56, "500.00", "20.00", "1520.00"],
      [57, "700.00", "30.40", "2250.40"],
      [58, "0.00", "45.01", "2295.41"],
      [59, "0.00", "45.91", "2341.32"],
    ]);
    expect([projection.totalCredited, projection.totalInterest, projection.balanceAt60, projection.monthlyPersonalAccountPension, projection.monthlyPension]).toEqual([
      "1200.00",
      "141.32",
      "2341.32",
      "16.84",
      "159.84",
    ]);
    expect(projection.findings).toEqual([]);
  });

  it("projects fifteen years without interest (hand-computed)", () => {
    // Age 45, 420.00 a year for 15 years, rate 0: 15 × 420.00 = 6300.00;
    // 6300.00 ÷ 139 = 45.3237… → 45.32; with the basic 150.00: 195.32
    const projection = ok(projectPension({ age: 45, yearsContributed: 15, scenario: scenario420, interestRate: "0", basicPension: "150" }));
    expect([projection.years, projection.balanceAt60, projection.monthlyPersonalAccountPension, projection.monthlyPension, projection.findings]).toEqual([
      15,
      "6300.00",
      "45.32",
      "195.32",
      [],
    ]);
  });

  it.each([
    // 1.00 × rate = interest in fen: 100 fen × 0.00499999 = 0.499999 fen → 0; × 0.005 = 0.5 fen → 1 (half-up); × 0.00500001 → 1
    ["0.00499999", "0.00", "1.00"],
    ["0.005", "0.01", "1.01"],
    ["0.00500001", "0.01", "1.01"],
  ])("rounds a year's interest half-up to the fen at rate %s", (rate, interest, balance) => {
    const projection = ok(projectPension({ age: 59, yearsContributed: 0, yearlyCredits: [], interestRate: rate, basicPension: 0, openingBalance: "1.00", priorYears: 15 }));
    expect(projection.ledger).toEqual([{ year: 1, age: 59, credit: "0.00", interest, balance }]);
  });

  it.each([
    // 139 × 45.00 = 6255.00; 0.69 ÷ 139 = 0.496 fen → down; 0.70 ÷ 139 = 0.504 fen → up
    ["6255.00", "45.00"],
    ["6255.68", "45.00"],
    ["6255.69", "45.00"],
    ["6255.70", "45.01"],
    ["6255.71", "45.01"],
  ])("rounds the monthly pension of a balance of %s half-up to %s once", (credit, monthly) => {
    const projection = ok(projectPension({ age: 59, yearsContributed: 1, yearlyCredits: [credit], interestRate: "0.015", basicPension: "0" }));
    expect([projection.balanceAt60, projection.monthlyPersonalAccountPension, projection.monthlyPension]).toEqual([credit, monthly, monthly]);
  });

  it.each([
    [14, 1],
    [15, 0],
    [16, 0],
  ])("warns with contribution_years_short only below 15 years in all (%i years)", (years, warnings) => {
    const projection = ok(projectPension({ age: 60 - years, yearsContributed: years, scenario: scenario420, interestRate: "0.01", basicPension: "150" }));
    expect(projection.findings.length).toBe(warnings);
  });

  describe("refuses to guess the host's figures (assumption_missing)", () => {
    it("names the interest rate and the basic pension", () => {
      const result = projectPension({ age: 45, yearsContributed: 15, scenario: scenario420 });
      expect(result).toMatchObject({ ok: false });
      expect(result.findings).toEqual([
        expect.objectContaining({ code: "assumption_missing", severity: "error", clause: "opinion/4", path: ["options", "interestRate"], details: { parameter: "interestRate" } }),
        expect.objectContaining({ code: "assumption_missing", clause: "opinion/4", path: ["options", "basicPension"], details: { parameter: "basicPension" } }),
      ]);
    });

    it("reports them together with invalid input", () => {
      const result = projectPension({ age: 61, yearsContributed: 15, scenario: scenario420, basicPension: "150" });
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["options", "age"]],
        ["assumption_missing", ["options", "interestRate"]],
      ]);
    });
  });

  it("refuses, without throwing, options whose interest rate is missing when read and given when read again", () => {
    // A host getter can answer differently on each read: the projection never runs on a missing figure.
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, scenario: scenario420, basicPension: "150" }, "interestRate", {
      enumerable: true,
      get: () => (reads++ === 0 ? undefined : "0.015"),
    });
    expect(projectPension(options as never)).toEqual({ ok: false, findings: [], rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/) });
  });

  describe("reports invalid input with its path (invalid_input)", () => {
    const base = { age: 45, yearsContributed: 15, scenario: scenario420, interestRate: "0.015", basicPension: "150" };

    it.each([
      ["0", true],
      ["0.99999999", true],
      ["1", false],
      ["1.5", false],
      ["-0.01", false],
      ["0.000000001", false],
      [".015", true],
      ["1.5%", false],
      ["", false],
    ])("interest rate %j accepted: %s", (interestRate, accepted) => {
      const result = projectPension({ ...base, interestRate });
      expect(result.ok).toBe(accepted);
      if (!accepted) expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", clause: "annex1/4", path: ["options", "interestRate"] })]);
    });

    it.each([
      [15, false],
      [16, true],
      [59, true],
      [60, false],
    ])("age %i accepted: %s", (age, accepted) => {
      const result = projectPension({ ...base, age, yearsContributed: 0, scenario: scenario420 });
      expect(result.ok).toBe(accepted);
      if (!accepted) expect(result.findings.map((f) => f.path)).toEqual([["options", "age"]]);
    });

    it.each([
      [15, true],
      [16, false],
    ])("at age 45, %i contribution years accepted: %s", (yearsContributed, accepted) => {
      const result = projectPension({ ...base, yearsContributed });
      expect(result.ok).toBe(accepted);
      if (!accepted) expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", path: ["options", "yearsContributed"] })]);
    });

    it("when neither scenario nor yearlyCredits is given", () => {
      const { scenario: _, ...rest } = base;
      expect(projectPension(rest).findings.map((f) => f.path)).toEqual([["options", "scenario"]]);
    });

    it("when both scenario and yearlyCredits are given", () => {
      expect(projectPension({ ...base, yearlyCredits: Array(15).fill(420) }).findings.map((f) => f.path)).toEqual([["options", "yearlyCredits"]]);
    });

    it.each([14, 16])("when %i yearly credits are given for 15 contribution years", (count) => {
      const { scenario: _, ...rest } = base;
      expect(projectPension({ ...rest, yearlyCredits: Array(count).fill(420) }).findings.map((f) => f.path)).toEqual([["options", "yearlyCredits"]]);
    });

    it("for a bad line of the scenario", () => {
      expect(projectPension({ ...base, scenario: { ...scenario420, governmentSubsidy: "40.005" } }).findings.map((f) => f.path)).toEqual([
        ["options", "scenario", "governmentSubsidy"],
      ]);
    });

    it("for options that are not an object", () => {
      expect(projectPension(null as never).findings).toEqual([expect.objectContaining({ code: "invalid_input", path: ["options"] })]);
    });
  });

  it("accepts an accountCredit result as the scenario, ignoring its other fields", () => {
    const credit = { ok: true, memberId: "510402198001010018", year: 2025, tier: "300.00", ownContribution: "300.00", governmentPaid: "0.00", governmentSubsidy: "40.00", collectiveSubsidy: "80.00", total: "420.00" };
    expect(ok(projectPension({ age: 45, yearsContributed: 15, scenario: credit, interestRate: "0", basicPension: "150" })).balanceAt60).toBe("6300.00");
  });

  it("stays exact for the largest inputs", () => {
    const projection = ok(projectPension({ age: 16, yearsContributed: 44, scenario: { ownContribution: "10000000", governmentSubsidy: "10000000" }, interestRate: "0.99999999", basicPension: "10000000", openingBalance: "10000000" }));
    expect(projection.balanceAt60).toMatch(/^\d+\.\d{2}$/);
    expect(projection.monthlyPension).toMatch(/^\d+\.\d{2}$/);
  });
});

describe("projectPension with a refused accountCredit result", () => {
  it("names the scenario as refused, once, with invalid_input", () => {
    const refused = { ok: false as const, memberId: null, year: 2025, findings: [], rulesVersion: "x" };
    const result = projectPension({ age: 45, yearsContributed: 15, scenario: refused, interestRate: "0", basicPension: "150" });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "invalid_input", path: ["options", "scenario"], details: expect.objectContaining({ problem: expect.stringContaining("ok: false") }) }),
    ]);
  });
});

describe("projectPension, whole findings of the options' own rules", () => {
  const base = { age: 45, yearsContributed: 15, scenario: scenario420, interestRate: "0.015", basicPension: "150" };
  const problems = (options: unknown) => projectPension(options as never).findings.map((f) => [f.code, f.path, f.details?.problem, f.details?.issue]);
  const RATE_PROBLEM = "expected a yearly rate as a fraction in [0, 1) with at most 8 decimals, e.g. 0.015 for 1.5%";

  it("names the choice between scenario and yearlyCredits when neither is given", () => {
    const { scenario: _, ...rest } = base;
    expect(projectPension(rest).findings).toStrictEqual([
      {
        code: "invalid_input",
        severity: "error",
        clause: "annex1/4",
        message: {
          zh: "测算方案有误：应填写年度记账金额或测算方案，二者选一",
          en: "Invalid input at options.scenario: give either yearlyCredits (one credit per year) or scenario (the same credit every year)",
        },
        path: ["options", "scenario"],
        details: {
          field: "options.scenario",
          fieldZh: "测算方案",
          problem: "give either yearlyCredits (one credit per year) or scenario (the same credit every year)",
          problemZh: "应填写年度记账金额或测算方案，二者选一",
          issue: "custom",
        },
      },
    ]);
  });

  it("says not both when scenario and yearlyCredits are given", () => {
    expect(problems({ ...base, yearlyCredits: Array(15).fill(420) })).toEqual([["invalid_input", ["options", "yearlyCredits"], "give either yearlyCredits or scenario, not both", "custom"]]);
  });

  it("counts the yearly credits against the contribution years", () => {
    const { scenario: _, ...rest } = base;
    expect(problems({ ...rest, yearlyCredits: [420] })).toEqual([
      ["invalid_input", ["options", "yearlyCredits"], "expected one credit for each of the 15 contribution years, got 1", "custom"],
    ]);
  });

  it("does not count yearly credits against contribution years that are not a whole number", () => {
    const { scenario: _, ...rest } = base;
    expect(problems({ ...rest, yearsContributed: 1.5, yearlyCredits: [420] })).toEqual([
      ["invalid_input", ["options", "yearsContributed"], "Invalid input: expected int, received number", "invalid_type"],
    ]);
  });

  it("says how many years are left before 60", () => {
    expect(problems({ ...base, age: 16, yearsContributed: 45 })).toEqual([
      ["invalid_input", ["options", "yearsContributed"], "Too big: expected number to be <=44", "too_big"],
      ["invalid_input", ["options", "yearsContributed"], "at most 44 years are left before 60 at age 16", "custom"],
    ]);
  });

  it.each([
    [15, 46, [["options", "age"], ["options", "yearsContributed"]]],
    [60, 1, [["options", "age"]]],
    [45.5, 15, [["options", "age"]]],
    [45, 15.5, [["options", "yearsContributed"]]],
    ["45", 50, [["options", "age"], ["options", "yearsContributed"]]],
  ])("counts no years left from an age that is refused (age %j, %j years)", (age, yearsContributed, paths) => {
    const findings = projectPension({ ...base, age, yearsContributed } as never).findings;
    expect(findings.map((f) => f.path)).toEqual(paths);
    expect(findings.map((f) => f.details?.problem)).not.toContainEqual(expect.stringContaining("years are left"));
  });

  it.each([
    ["."],
    ["0."],
    [1],
    [1.5],
    ["1.00000000"],
    ["0.5.5"],
    ["01.5"],
    [-0.5],
    [true],
  ])("refuses the interest rate %j with the rate's own problem", (interestRate) => {
    expect(problems({ ...base, interestRate })).toEqual([
      ["invalid_input", ["options", "interestRate"], interestRate === true ? expect.any(String) : RATE_PROBLEM, interestRate === true ? "invalid_union" : "custom"],
    ]);
  });

  it.each([
    [0.5, "0.5"],
    [0.99999999, "0.99999999"],
    [0, "0"],
  ])("keeps the interest rate %j as the text %j", (interestRate, text) => {
    expect(ok(projectPension({ ...base, interestRate })).interestRate).toBe(text);
  });

  it("refuses, without throwing, options whose basic pension is missing when read and given when read again", () => {
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, scenario: scenario420, interestRate: "0" }, "basicPension", {
      enumerable: true,
      get: () => (reads++ === 0 ? undefined : "150"),
    });
    expect(projectPension(options as never)).toEqual({ ok: false, findings: [], rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/) });
  });

  it("refuses options whose interest rate is given when read and missing when read again", () => {
    let reads = 0;
    const options = Object.defineProperty({ age: 45, yearsContributed: 15, scenario: scenario420, basicPension: "150" }, "interestRate", {
      enumerable: true,
      get: () => (reads++ === 0 ? "0.015" : undefined),
    });
    expect(projectPension(options as never)).toEqual({
      ok: false,
      findings: [expect.objectContaining({ code: "assumption_missing", path: ["options", "interestRate"] })],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it.each([[undefined], ["options"]])("refuses options that are %j, naming the options once", (options) => {
    expect(problems(options).map(([code, path]) => [code, path])).toEqual([["invalid_input", ["options"]]]);
  });

  it("refuses a scenario that is null as an unreadable scenario", () => {
    expect(problems({ ...base, scenario: null }).map(([code, path]) => [code, path])).toEqual([["invalid_input", ["options", "scenario"]]]);
  });

  it("refuses options that are a list, naming the options once", () => {
    expect(problems([])).toEqual([["invalid_input", ["options"], "Invalid input: expected object, received array", "invalid_type"]]);
  });

  it("reports a refused accountCredit result together with the other invalid options", () => {
    const refused = { ok: false as const, memberId: null, year: 2025, findings: [], rulesVersion: "x" };
    expect(projectPension({ ...base, age: 61, scenario: refused }).findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["options", "scenario"]],
      ["invalid_input", ["options", "age"]],
    ]);
  });

  it("takes yearly credits with a refused accountCredit result refused, and no scenario problem besides", () => {
    const refused = { ok: false as const, memberId: null, year: 2025, findings: [], rulesVersion: "x" };
    const { scenario: _, ...rest } = base;
    expect(projectPension({ ...rest, yearsContributed: 1, yearlyCredits: [420], scenario: refused }).findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["options", "scenario"]],
    ]);
  });

  it("books the yearly credits as given, not the same credit every year", () => {
    const projection = ok(projectPension({ age: 57, yearsContributed: 3, yearlyCredits: [100, 200, 300], interestRate: "0", basicPension: 0, priorYears: 12 }));
    expect(projection.ledger.map((y) => y.credit)).toEqual(["100.00", "200.00", "300.00"]);
  });
});
