// The public models are what a host sends (issue 16): README's snippet compiles as written, a
// value the exported schemas return can be passed on, and the functions take `unknown`.
// The block between the README markers is README's "Use" snippet, unchanged but for its import
// line (test/models/publicTypes.test.ts checks that it still matches README).
/* eslint-disable @typescript-eslint/no-unused-expressions -- README shows each value as a bare expression */
import { describe, expectTypeOf, it } from "vitest";
import {
  accountCredit,
  ApplicationSchema,
  checkApplication,
  checkPlan,
  computeRoster,
  computeSubsidy,
  ContributionSchema,
  createPolicy,
  MemberSchema,
  PlanSchema,
  SubsidyTierSchema,
  toRosterRows,
  type AccountCreditResult,
  type Application,
  type Contribution,
  type Member,
  type Plan,
  type RosterRows,
  type SubsidyDecision,
  type SubsidyTier,
} from "../../src/index.js";

// README begins

// The year's highest Sichuan tier comes from your own business data: it is never guessed.
const policy = createPolicy({ highestTier: { 2025: "6000" } });
const plan: Plan = {
  id: "RH-JJ-2025-01",
  organisation: { name: "金江村股份经济合作联合社", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: 2025 },
  standards: { hardship: 100, ladder: [{ minTier: 200, maxTier: 299, amount: 50 }, { minTier: 300, amount: 80 }] },
};
const member: Member = {
  id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
  contributions: [{ period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 }],
};

const decision = computeSubsidy(member, plan, { year: 2025, policy });
decision.status;                  // "denied"
decision.findings[0]?.code;       // "back_payment_period"
decision.findings[0]?.clause;     // "opinion/3.2"
decision.findings[0]?.message.zh; // "2025 年度仅有一次性补缴，补缴时段不享受集体补助"

// A request body is any JSON: pass it as it is, or validate it first with the exported schema
// and pass on what it returns (money stays in yuan: "250.50" is 250.50 yuan either way).
const body: unknown = JSON.parse('{"id":"510402198001010018","name":"张三","collectiveMember":true,"enrolled":true,"category":"general","contributions":[{"period":2025,"kind":"regular","tier":"250.50","selfPaid":"250.50"}]}');
computeSubsidy(body, plan, { year: 2025, policy }).amount;                     // "50.00"
computeSubsidy(MemberSchema.parse(body), plan, { year: 2025, policy }).amount; // "50.00"
// README ends

describe("the public models are what a host sends", () => {
  it("takes yuan as a number or a decimal string", () => {
    const tier: SubsidyTier = { minTier: "200", maxTier: 299.99, amount: "50.5" };
    const contribution: Contribution = { period: 2025, kind: "regular", tier: "300.00", selfPaid: 300 };
    expectTypeOf(tier.amount).toEqualTypeOf<string | number>();
    expectTypeOf(contribution.governmentPaid).toEqualTypeOf<string | number | undefined>();
    expectTypeOf(member).toEqualTypeOf<Member>();
    expectTypeOf(plan).toEqualTypeOf<Plan>();
  });

  it("returns from each exported schema a value the public model holds", () => {
    expectTypeOf(MemberSchema.parse(body)).toExtend<Member>();
    expectTypeOf(PlanSchema.parse(body)).toExtend<Plan>();
    expectTypeOf(ContributionSchema.parse(body)).toExtend<Contribution>();
    expectTypeOf(SubsidyTierSchema.parse(body)).toExtend<SubsidyTier>();
    expectTypeOf(ApplicationSchema.parse(body)).toExtend<Application>();
    expectTypeOf(MemberSchema.parse(body).contributions[0]?.selfPaid).toEqualTypeOf<string | number | undefined>();
  });

  it("passes a parse result on without a cast", () => {
    const parsedPlan = PlanSchema.parse(plan);
    expectTypeOf(computeSubsidy(MemberSchema.parse(body), parsedPlan, { year: 2025, policy })).toEqualTypeOf<SubsidyDecision>();
    expectTypeOf(computeRoster([MemberSchema.parse(body)], parsedPlan, { year: 2025, policy }).decisions).toEqualTypeOf<readonly SubsidyDecision[]>();
    expectTypeOf(checkPlan(parsedPlan, { policy }).compliant).toBeBoolean();
    expectTypeOf(checkApplication(ApplicationSchema.parse(body), { policy }).compliant).toBeBoolean();
  });

  it("takes unknown JSON without a cast", () => {
    const json: unknown = JSON.parse("{}");
    expectTypeOf(computeSubsidy(json, json, { year: 2025, policy })).toEqualTypeOf<SubsidyDecision>();
    expectTypeOf(computeRoster(json, json, { year: 2025, policy }).decisions).toEqualTypeOf<readonly SubsidyDecision[]>();
    expectTypeOf(checkPlan(json, { policy }).compliant).toBeBoolean();
    expectTypeOf(checkApplication(json, { policy }).compliant).toBeBoolean();
    expectTypeOf(accountCredit(json, null, { year: 2025 })).toEqualTypeOf<AccountCreditResult>();
    expectTypeOf(toRosterRows(json)).toEqualTypeOf<RosterRows>();
  });

  it("refuses a member with the wrong field types when typed", () => {
    // @ts-expect-error: a tier is yuan (number or decimal string), never a boolean
    const wrongTier: Member = { ...member, contributions: [{ period: 2025, kind: "regular", tier: true, selfPaid: 300 }] };
    // @ts-expect-error: a category the policy does not name
    const wrongCategory: Member = { ...member, category: "vip" };
    // @ts-expect-error: the options are typed: the year is a number
    computeSubsidy(member, plan, { year: "2025", policy });
    // @ts-expect-error: the options are required
    checkPlan(plan);
    expectTypeOf(wrongTier).toEqualTypeOf<Member>();
    expectTypeOf(wrongCategory).toEqualTypeOf<Member>();
  });
});
