import { describe, expect, it } from "vitest";
import { AssemblySchema, ThresholdSchema } from "../../src/models/plan.js";
import { fenMoney } from "../../src/models/primitives.js";

// The library's own reading of a percentage (the public schema validates and returns it as sent).
const PercentSchema = fenMoney.percent;

describe("PercentSchema", () => {
  it.each([
    [0, "0"],
    [10, "10"],
    [12.5, "12.5"],
    [99.9999, "99.9999"],
    [100, "100"],
    ["0", "0"],
    ["10", "10"],
    ["12.5", "12.5"],
    ["0.0001", "0.0001"],
    ["100", "100"],
    ["100.0", "100.0"],
  ])("reads %j as the percentage text %s", (input, text) => {
    expect(PercentSchema.safeParse(input)).toEqual({ success: true, data: text });
  });

  it.each([
    [100.0001],
    ["100.0001"],
    [101],
    ["1000"],
    [-1],
    ["-1"],
    [12.34567],
    ["12.34567"],
    [1e-7],
    ["1e2"],
    ["010"],
    [""],
  ])("refuses %j with a custom issue", (input) => {
    const result = PercentSchema.safeParse(input);
    expect(result.error?.issues).toEqual([
      { code: "custom", path: [], message: "expected a percentage between 0 and 100 with at most 4 decimals" },
    ]);
  });

  it.each([
    ["null", null],
    ["true", true],
    ["an array", [10]],
    ["NaN", Number.NaN],
  ])("refuses %s as neither a finite number nor a string", (_name, input) => {
    expect(PercentSchema.safeParse(input).error?.issues[0]?.code).toBe("invalid_union");
  });
});

describe("ThresholdSchema", () => {
  it.each([
    [{ numerator: 2, denominator: 3 }, true],
    [{ numerator: 3, denominator: 3 }, true],
    [{ numerator: 4, denominator: 3 }, false],
  ])("reads %j as valid: %s (a fraction never above 1)", (threshold, valid) => {
    const result = ThresholdSchema.safeParse(threshold);
    expect(result.success).toBe(valid);
    if (!valid) expect(result.error?.issues).toEqual([{ code: "custom", path: ["numerator"], message: "numerator must not exceed denominator" }]);
  });
});

describe("AssemblySchema", () => {
  const assembly = { body: "member_assembly", date: "2025-05-16", eligible: 30, present: 24, votesFor: 21 };

  it.each([
    [{ present: 30, votesFor: 30 }, []],
    [{ present: 31, votesFor: 21 }, [["present", "present must not exceed eligible"]]],
    [{ present: 24, votesFor: 25 }, [["votesFor", "votesFor must not exceed present"]]],
  ])("checks the counts %j against each other", (counts, issues) => {
    const result = AssemblySchema.safeParse({ ...assembly, ...counts });
    expect(result.success).toBe(issues.length === 0);
    expect((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message])).toEqual(issues);
  });
});
