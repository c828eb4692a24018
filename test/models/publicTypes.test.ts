// The public schemas return what a host sends (issue 16): a value `MemberSchema.parse` (or
// PlanSchema's, ApplicationSchema's) returns gets the same answer from every function as the
// raw JSON it came from, because no exported schema turns yuan into fen.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AccountCreditOptionsSchema,
  ApplicationSchema,
  computeSubsidy,
  createPolicy,
  CreditScenarioSchema,
  MemberSchema,
  MoneySchema,
  PlanSchema,
  ProjectionAssumptionsSchema,
  ProjectPensionOptionsSchema,
  SubsidyTierSchema,
  YearScheduleSchema,
} from "../../src/index.js";
import { replay, type Fixture, type FunctionName } from "../contract/replay.js";

const FOLDER = join("test", "fixtures");
const fixtures = readdirSync(FOLDER)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(FOLDER, file), "utf8")) as Fixture);

/** The exported schema of each model argument, by function (an array: each member on its own). */
type ArgumentKind = "member" | "members" | "plan" | "application" | "options" | "accountOptions" | "scenario" | "assumptions" | "pensionOptions" | "other";
const MODEL_ARGUMENTS: { readonly [name in FunctionName]?: readonly ArgumentKind[] } = {
  computeSubsidy: ["member", "plan", "options"],
  computeRoster: ["members", "plan", "options"],
  checkPlan: ["plan", "options"],
  checkApplication: ["application", "options"],
  accountCredit: ["member", "other", "accountOptions"],
  projectPension: ["pensionOptions"],
  compareScenarios: ["scenario", "scenario", "assumptions"],
};

/** The schema's output when the value is valid, else the value as it was. */
function parsedOrRaw(schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown } }, value: unknown): unknown {
  const result = schema.safeParse(value);
  return result.success ? result.data : value;
}

/** Each model argument replaced by its exported schema's parse output (where it parses). */
function throughSchemas(kinds: readonly string[], args: readonly unknown[]): unknown[] {
  return args.map((arg, index) => {
    switch (kinds[index]) {
      case "member":
        return parsedOrRaw(MemberSchema, arg);
      case "members":
        return Array.isArray(arg) ? arg.map((member: unknown) => parsedOrRaw(MemberSchema, member)) : arg;
      case "plan":
        return parsedOrRaw(PlanSchema, arg);
      case "application":
        return parsedOrRaw(ApplicationSchema, arg);
      case "accountOptions":
        return parsedOrRaw(AccountCreditOptionsSchema, arg);
      case "scenario":
        return parsedOrRaw(CreditScenarioSchema, arg);
      case "assumptions":
        return parsedOrRaw(ProjectionAssumptionsSchema, arg);
      case "pensionOptions":
        return parsedOrRaw(ProjectPensionOptionsSchema, arg);
      case "other":
        return arg;
      default: {
        // checkPlan's options may carry a roster of members to cost the plan against.
        const options = arg as { readonly roster?: unknown };
        return Array.isArray(options.roster) ? { ...options, roster: options.roster.map((member: unknown) => parsedOrRaw(MemberSchema, member)) } : arg;
      }
    }
  });
}

describe("the exported schemas keep a host's values", () => {
  const cases = fixtures.filter((fixture) => MODEL_ARGUMENTS[fixture.function] !== undefined);

  it("covers the fixtures of the decision, plan, application and account functions", () => {
    expect(cases.length).toBeGreaterThan(40);
    const parsedSome = cases.filter((fixture) => JSON.stringify(throughSchemas(MODEL_ARGUMENTS[fixture.function] ?? [], fixture.arguments)) !== JSON.stringify(fixture.arguments));
    // Most fixtures change shape when parsed (defaults filled in), so the comparison below is not vacuous.
    expect(parsedSome.length).toBeGreaterThan(20);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))("gives %s the same result after each schema's parse", (_name, fixture) => {
    const kinds = MODEL_ARGUMENTS[fixture.function] ?? [];
    const raw = replay(fixture.function, fixture.arguments);
    expect(replay(fixture.function, throughSchemas(kinds, fixture.arguments))).toEqual(raw);
    expect(raw).toEqual(fixture.expected);
  });

  it("reads a 250-yuan payment as 250 yuan after MemberSchema.parse", () => {
    const policy = createPolicy({ highestTier: { 2025: "3000" } });
    const plan = PlanSchema.parse({
      id: "p",
      organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
      validity: { kind: "one_year", year: 2025 },
      standards: { ladder: [{ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, amount: 80 }] },
    });
    const body: unknown = JSON.parse(
      '{"id":"510402198001010018","name":"张三","collectiveMember":true,"enrolled":true,"category":"general","contributions":[{"period":2025,"kind":"regular","tier":250,"selfPaid":250}]}',
    );
    const parsed = MemberSchema.parse(body);
    expect(parsed.contributions[0]?.tier).toBe(250);
    expect(plan.standards?.ladder[0]?.amount).toBe(50);
    const fromParsed = computeSubsidy(parsed, plan, { year: 2025, policy });
    expect(fromParsed).toEqual(computeSubsidy(body, plan, { year: 2025, policy }));
    expect([fromParsed.status, fromParsed.amount]).toEqual(["granted", "50.00"]);
  });
});

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");
  const snippet = /```ts\n(import \{ computeSubsidy[\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const body = snippet.slice(snippet.indexOf("\n") + 1);

  it("shows the snippet the type test compiles", () => {
    const typeTest = readFileSync(join("test", "models", "publicTypes.test-d.ts"), "utf8");
    expect(body.length).toBeGreaterThan(500);
    expect(typeTest).toContain(`// README begins\n${body}// README ends`);
  });

  it("gives the values its comments show", () => {
    const values = new Function("computeSubsidy", "createPolicy", "MemberSchema", `${body.replace(/: (Plan|Member|unknown) =/g, " =")}\nreturn decision;`) as (
      ...args: unknown[]
    ) => ReturnType<typeof computeSubsidy>;
    const decision = values(computeSubsidy, createPolicy, MemberSchema);
    expect([decision.status, decision.findings[0]?.code, decision.findings[0]?.clause, decision.findings[0]?.message.zh]).toEqual([
      "denied",
      "back_payment_period",
      "opinion/3.2",
      "2025 年度仅有一次性补缴，补缴时段不享受集体补助",
    ]);
    const shown = [...body.matchAll(/^(computeSubsidy\(.*\)\.amount);\s*\/\/ "(.*)"$/gm)];
    expect(shown).toHaveLength(2);
    for (const [, expression, value] of shown) {
      const run = new Function("computeSubsidy", "createPolicy", "MemberSchema", `${body.replace(/: (Plan|Member|unknown) =/g, " =")}\nreturn ${expression ?? ""};`) as (...args: unknown[]) => unknown;
      expect(run(computeSubsidy, createPolicy, MemberSchema)).toBe(value);
    }
  });
});

describe("the public schemas compare amounts as money, whatever their spelling", () => {
  it("refuses a rung whose maximum is below its minimum, given as decimal strings", () => {
    const result = SubsidyTierSchema.safeParse({ minTier: "300", maxTier: "299.99", amount: "50" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["maxTier", "maxTier must not be below minTier"]]);
  });

  it("accepts a rung whose maximum equals its minimum, spelt differently", () => {
    expect(SubsidyTierSchema.parse({ minTier: 300, maxTier: "300.00", amount: "50" })).toEqual({ minTier: 300, maxTier: "300.00", amount: "50" });
  });

  it("reports a refused maximum once, as money", () => {
    const result = SubsidyTierSchema.safeParse({ minTier: 300, maxTier: "3.001", amount: 50 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("maxTier");
    expect(result.success).toBe(false);
  });

  it("finds a tier listed twice in a schedule year when one is a number and one a string", () => {
    const result = YearScheduleSchema.safeParse({ tiers: [{ tier: 300, subsidy: 40 }, { tier: "300.00", subsidy: 40 }] });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["tiers.1.tier", "this tier is listed twice"]]);
  });

  it("keeps two different tiers of a schedule year, and skips a refused one", () => {
    expect(YearScheduleSchema.safeParse({ tiers: [{ tier: 300, subsidy: 40 }, { tier: "400", subsidy: "45.5" }] }).data).toEqual({
      tiers: [{ tier: 300, subsidy: 40 }, { tier: "400", subsidy: "45.5" }],
    });
    const refused = YearScheduleSchema.safeParse({ tiers: [{ tier: "x", subsidy: 40 }, { tier: "x", subsidy: 40 }, { subsidy: 1 }] });
    expect(refused.error?.issues.map((issue) => issue.message)).not.toContain("this tier is listed twice");
  });

  it("returns money as sent", () => {
    expect(MoneySchema.parse("250.50")).toBe("250.50");
    expect(MoneySchema.parse(250)).toBe(250);
    expect(CreditScenarioSchema.parse({ ownContribution: "300", governmentSubsidy: 40 })).toEqual({ ownContribution: "300", governmentSubsidy: 40 });
  });
});
