// The account module's schemas at every edge of their bounds: since the schemas are built on first
// use (issue 18) their bounds are code that mutation testing reaches, and each is pinned here by the
// value, one either side, and the path zod reports.
import { describe, expect, it } from "vitest";
import {
  AccountCreditOptionsSchema,
  BilingualLabelSchema,
  CreditScenarioSchema,
  DecisionForBookingSchema,
  ProjectionAssumptionsSchema,
  ProjectPensionOptionsSchema,
} from "../../src/account/schemas.js";

/** The paths of zod's issues for `value`, or [] when it is accepted. */
function issuePaths(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } } }, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : (parsed.error?.issues ?? []).map((issue) => issue.path.join("."));
}

const scenario = { ownContribution: 300, governmentSubsidy: 60 };

describe("the projection's ages and years", () => {
  it.each([
    [15, ["age"]],
    [16, []],
    [59, []],
    [60, ["age"]],
  ])("accepts an age from 16 to 59 only: %s", (age, paths) => {
    expect(issuePaths(ProjectionAssumptionsSchema, { age, yearsContributed: 1 })).toEqual(paths);
  });

  it.each([
    [-1, ["yearsContributed"], ["age", "yearsContributed"]],
    [0, [], ["age"]],
    [44, [], ["age"]],
    // at 16, 45 years break both the bound and the years left before 60
    [45, ["yearsContributed", "yearsContributed"], ["age", "yearsContributed"]],
  ])("accepts 0 to 44 years of contributions from 16 (%s), also when the age itself is refused", (yearsContributed, at16, at15) => {
    expect(issuePaths(ProjectionAssumptionsSchema, { age: 16, yearsContributed })).toEqual(at16);
    // with an unreadable age the years-left check cannot run; the schema's own bound still holds
    expect(issuePaths(ProjectionAssumptionsSchema, { age: 15, yearsContributed })).toEqual(at15);
  });

  it.each([
    [-1, ["priorYears"]],
    [0, []],
    [60, []],
    [61, ["priorYears"]],
  ])("accepts prior years from 0 to 60: %s", (priorYears, paths) => {
    expect(issuePaths(ProjectionAssumptionsSchema, { age: 30, yearsContributed: 1, priorYears })).toEqual(paths);
  });

  it("accepts at most 44 yearly credits", () => {
    const credits = (n: number): number[] => Array.from({ length: n }, () => 100);
    expect(issuePaths(ProjectPensionOptionsSchema, { age: 16, yearsContributed: 44, yearlyCredits: credits(44) })).toEqual([]);
    expect(issuePaths(ProjectPensionOptionsSchema, { age: 15, yearsContributed: 44, yearlyCredits: credits(45) })).toEqual(["age", "yearlyCredits"]);
  });

  it("asks for either yearly credits or a scenario", () => {
    expect(issuePaths(ProjectPensionOptionsSchema, { age: 30, yearsContributed: 2, scenario })).toEqual([]);
    expect(issuePaths(ProjectPensionOptionsSchema, { age: 30, yearsContributed: 2 })).toEqual(["scenario"]);
  });
});

describe("a scenario's label", () => {
  it.each([
    ["", ["zh"]],
    ["甲", []],
    ["甲".repeat(200), []],
    ["甲".repeat(201), ["zh"]],
  ])("takes 1 to 200 characters in each language (%#)", (zh, paths) => {
    expect(issuePaths(BilingualLabelSchema, { zh, en: "A" })).toEqual(paths);
    expect(issuePaths(BilingualLabelSchema, { zh: "甲", en: zh })).toEqual(paths.map(() => "en"));
    expect(issuePaths(CreditScenarioSchema, { ...scenario, label: { zh, en: "A" } })).toEqual(paths.map((p) => `label.${p}`));
  });
});

describe("a contribution schedule's years", () => {
  it.each([
    ["1899", false],
    ["1900", true],
    ["2199", true],
    ["2200", false],
    ["x2025", false],
    ["20250", false],
    ["2025", true],
  ])("keys a schedule by a year from 1900 to 2199: %s", (year, accepted) => {
    const paths = issuePaths(AccountCreditOptionsSchema, { year: 2025, schedule: { [year]: { tiers: [{ tier: 300, subsidy: 40 }] } } });
    expect(paths).toEqual(accepted ? [] : [`schedule.${year}`]);
    if (!accepted) {
      const issue = AccountCreditOptionsSchema.safeParse({ year: 2025, schedule: { [year]: { tiers: [{ tier: 300, subsidy: 40 }] } } }).error?.issues[0];
      expect(issue).toMatchObject({ code: "invalid_key", issues: [{ message: "key must be a year" }] });
    }
  });
});

describe("a decision handed to booking", () => {
  it.each(["granted", "denied", "invalid"])("takes the status %s", (status) => {
    expect(issuePaths(DecisionForBookingSchema, { status, memberId: null, year: null, amount: 0 })).toEqual([]);
  });

  it("refuses any other status", () => {
    expect(issuePaths(DecisionForBookingSchema, { status: "", memberId: null, year: null, amount: 0 })).toEqual(["status"]);
  });
});
