// A decision's whole output (src/decision: decideMember, eligibility, contribution, standard,
// limits): every step of its trace with clause, outcome, label and figures, the keys it carries
// in the order decisions print them, and the findings with their messages.
import { describe, expect, it } from "vitest";
import { computeSubsidy, RULES_VERSION, type MemberInput, type PlanInput, type TraceRule, type TraceStep } from "../../src/index.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };
const traced = { ...options, trace: true };

const LABEL: Record<TraceRule, { zh: string; en: string }> = {
  input: { zh: "输入数据有效", en: "input is readable" },
  parameters: { zh: "年度参数齐全", en: "the year's parameters are supplied" },
  plan_in_force: { zh: "实施方案当年有效", en: "the plan is in force for the year" },
  plan_not_suspended: { zh: "集体补助未暂停", en: "the subsidy is not suspended" },
  collective_member: { zh: "本集体经济组织成员", en: "member of this collective economic organisation" },
  enrolled: { zh: "当年参加城乡居保", en: "enrolled in the resident pension that year" },
  regular_contribution: { zh: "当年正常缴费（非一次性补缴）", en: "a regular contribution for the year (not a back payment)" },
  single_regular_contribution: { zh: "当年只有一条正常缴费", en: "one regular contribution for the year" },
  contribution_consistent: { zh: "个人缴纳与政府代缴之和等于缴费档次", en: "own and government-paid parts add up to the tier" },
  standard: { zh: "确定补助标准（困难群体或按个人缴费档次）", en: "choose the standard (hardship amount or ladder rung)" },
  floor: { zh: "不低于每人每年10元", en: "at least the floor of 10 yuan" },
  cap: { zh: "不超过当年度四川省最高缴费档次", en: "at most the year's highest Sichuan tier" },
  no_full_substitution: { zh: "不全额代缴", en: "no full substitution of the member's own payment" },
  unique_member: { zh: "名单中不重复", en: "appears once in the roster" },
};

function step(rule: TraceRule, clause: string, outcome: TraceStep["outcome"], values?: TraceStep["values"]): TraceStep {
  return (values === undefined ? { rule, clause, outcome, label: LABEL[rule] } : { rule, clause, outcome, label: LABEL[rule], values }) as TraceStep;
}

const OPENING = [step("input", "annex1/4", "passed"), step("parameters", "opinion/3.3", "passed", { floor: "10.00", cap: "3000.00" })];
const ELIGIBLE = [
  step("plan_in_force", "opinion/3.5", "passed", { year: 2025 }),
  step("collective_member", "opinion/3.2", "passed"),
  step("enrolled", "opinion/3.2", "passed", { year: 2025 }),
  step("regular_contribution", "opinion/3.2", "passed", { index: 0 }),
  step("plan_not_suspended", "opinion/3.5", "passed", { date: "2025-06-10" }),
];

function planPaying(amount: string, minTier = 0): PlanInput {
  return { ...basePlan, standards: { ladder: [{ minTier, amount }] } };
}

describe("computeSubsidy", () => {
  describe("a granted decision", () => {
    it("on the ladder carries basis, tier and every passed step with its figures", () => {
      const decision = computeSubsidy(generalMember(300), basePlan, traced);
      expect(decision).toStrictEqual({
        status: "granted",
        memberId: ID_A,
        year: 2025,
        amount: "80.00",
        findings: [],
        rulesVersion: RULES_VERSION,
        basis: "ladder",
        tier: { index: 1, minTier: "300.00", amount: "80.00", maxTier: "499.00" },
        trace: [
          ...OPENING,
          ...ELIGIBLE,
          step("contribution_consistent", "opinion/3.3", "passed"),
          step("standard", "annex2/2", "passed", { basis: "ladder", amount: "80.00", hardship: false, contributionTier: "300.00", tier: 1 }),
          step("floor", "opinion/3.3", "passed", { amount: "80.00", floor: "10.00" }),
          step("cap", "opinion/3.3", "passed", { amount: "80.00", cap: "3000.00" }),
          step("no_full_substitution", "opinion/3.3", "passed", { amount: "80.00", selfPaid: "300.00" }),
          step("unique_member", "opinion/3.2", "passed"),
        ],
      });
      expect(Object.keys(decision)).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion", "basis", "tier", "trace"]);
    });

    it("on an open-ended rung reports the rung without a maximum", () => {
      const decision = computeSubsidy(generalMember(1000), basePlan, options);
      expect(decision.tier).toStrictEqual({ index: 3, minTier: "1000.00", amount: "300.00" });
      expect(Object.keys(decision)).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion", "basis", "tier"]);
    });

    it("on the hardship amount carries no tier and skips the full-substitution rule", () => {
      const decision = computeSubsidy(governmentPaidMember(), basePlan, traced);
      expect(decision.trace?.slice(8)).toStrictEqual([
        step("standard", "annex2/2", "passed", { basis: "hardship", amount: "100.00", hardship: true, contributionTier: "100.00" }),
        step("floor", "opinion/3.3", "passed", { amount: "100.00", floor: "10.00" }),
        step("cap", "opinion/3.3", "passed", { amount: "100.00", cap: "3000.00" }),
        step("no_full_substitution", "opinion/3.3", "skipped", { basis: "hardship" }),
        step("unique_member", "opinion/3.2", "passed"),
      ]);
      expect(Object.keys(decision)).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion", "basis", "trace"]);
      expect(Object.keys(computeSubsidy(governmentPaidMember(), basePlan, options))).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion", "basis"]);
    });

    it("shares one frozen empty findings list between decisions without findings", () => {
      const first = computeSubsidy(generalMember(300), basePlan, options);
      const second = computeSubsidy(governmentPaidMember(), basePlan, options);
      expect(first.findings).toEqual([]);
      expect(first.findings).toBe(second.findings);
      expect(Object.isFrozen(first.findings)).toBe(true);
    });

    it("under higher_of gives the hardship amount to a hardship member whose own payment is on no rung", () => {
      const plan = { ...basePlan, standards: { ...basePlan.standards, hardshipRule: "higher_of" as const } };
      expect(computeSubsidy(governmentPaidMember(), plan, options)).toMatchObject({ status: "granted", amount: "100.00", basis: "hardship" });
    });

    it("under higher_of keeps the hardship amount when the rung pays the same", () => {
      const plan = { ...basePlan, standards: { hardshipRule: "higher_of" as const, hardship: 80, ladder: basePlan.standards.ladder } };
      const decision = computeSubsidy({ ...generalMember(300), category: "severe_disability" }, plan, options);
      expect(decision).toMatchObject({ status: "granted", amount: "80.00", basis: "hardship" });
      expect(decision.tier).toBeUndefined();
    });
  });

  describe("a denied decision", () => {
    it("with no contribution for the year records each failed rule, skips the standard and has no basis", () => {
      const member: MemberInput = { ...generalMember(), collectiveMember: false, enrolled: false, contributions: [] };
      const decision = computeSubsidy(member, { ...basePlan, validity: { kind: "one_year", year: 2024 } }, traced);
      expect(decision).toStrictEqual({
        status: "denied",
        memberId: ID_A,
        year: 2025,
        amount: "0.00",
        findings: [
          {
            code: "plan_not_in_force",
            severity: "error",
            clause: "opinion/3.5",
            message: { zh: "实施方案在 2025 年度不生效", en: "The implementation plan is not in force for 2025" },
            path: ["plan", "validity"],
            details: { year: 2025 },
          },
          {
            code: "not_collective_member",
            severity: "error",
            clause: "opinion/3.2",
            message: { zh: "不是本集体经济组织成员，不享受集体补助", en: "Not a member of this collective economic organisation in the subsidy year" },
            path: ["member", "collectiveMember"],
          },
          {
            code: "not_enrolled",
            severity: "error",
            clause: "opinion/3.2",
            message: { zh: "2025 年度未参加城乡居保", en: "Not enrolled in the urban-rural resident pension insurance in 2025" },
            path: ["member", "enrolled"],
            details: { year: 2025 },
          },
          {
            code: "no_regular_contribution",
            severity: "error",
            clause: "opinion/3.2",
            message: { zh: "2025 年度没有正常缴费记录", en: "No regular contribution for 2025" },
            path: ["member", "contributions"],
            details: { year: 2025 },
          },
        ],
        rulesVersion: RULES_VERSION,
        trace: [
          ...OPENING,
          step("plan_in_force", "opinion/3.5", "failed", { year: 2025 }),
          step("collective_member", "opinion/3.2", "failed"),
          step("enrolled", "opinion/3.2", "failed", { year: 2025 }),
          step("regular_contribution", "opinion/3.2", "failed", { year: 2025 }),
          step("plan_not_suspended", "opinion/3.5", "passed", { date: "2025-12-31" }),
          step("standard", "annex2/2", "skipped"),
          step("unique_member", "opinion/3.2", "passed"),
        ],
      });
      expect(Object.keys(computeSubsidy(member, basePlan, options))).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion"]);
    });

    it("with a back payment first in the list points at index 0", () => {
      const member: MemberInput = {
        ...generalMember(),
        contributions: [
          { period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 },
        ],
      };
      const decision = computeSubsidy(member, basePlan, traced);
      expect(decision.findings.map((f) => [f.code, f.path])).toEqual([["back_payment_period", ["member", "contributions", 0]]]);
      expect(decision.trace?.find((s) => s.rule === "regular_contribution")).toStrictEqual(step("regular_contribution", "opinion/3.2", "failed", { year: 2025 }));
    });

    it("with two regular contributions records the failed single-contribution step and checks both", () => {
      const member: MemberInput = {
        ...generalMember(),
        contributions: [
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
        ],
      };
      const decision = computeSubsidy(member, basePlan, traced);
      expect(decision.trace?.slice(6, 10)).toStrictEqual([
        step("single_regular_contribution", "opinion/3.2", "failed", { year: 2025, count: 2 }),
        step("plan_not_suspended", "opinion/3.5", "passed", { date: "2025-12-31" }),
        step("contribution_consistent", "opinion/3.3", "passed"),
        step("standard", "annex2/2", "passed", { basis: "ladder", amount: "80.00", hardship: false, contributionTier: "300.00", tier: 1 }),
      ]);
    });

    it("names the contribution tier that falls in no rung, in the finding and the failed standard step", () => {
      const decision = computeSubsidy(generalMember("299.50"), basePlan, traced);
      expect(decision.findings).toStrictEqual([
        {
          code: "no_matching_tier",
          severity: "error",
          clause: "annex2/2",
          message: { zh: "缴费档次 299.50 元不在补助标准的任何档次内", en: "The contribution tier of 299.50 yuan falls in no rung of the plan's ladder" },
          path: ["member", "contributions", 0, "tier"],
          details: { tier: "299.50" },
        },
      ]);
      expect(decision.trace?.slice(-2)).toStrictEqual([step("standard", "annex2/2", "failed", { tier: "299.50" }), step("unique_member", "opinion/3.2", "passed")]);
      expect(Object.keys(decision)).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion", "trace"]);
    });

    it("below the floor and at the member's own payment reports both, with their figures", () => {
      const decision = computeSubsidy(generalMember("9.99"), planPaying("9.99"), traced);
      expect(decision.status).toBe("denied");
      expect(decision.findings).toStrictEqual([
        {
          code: "below_floor",
          severity: "error",
          clause: "opinion/3.3",
          message: { zh: "补助金额 9.99 元低于每人每年最低 10.00 元", en: "Subsidy of 9.99 yuan is below the floor of 10.00 yuan per person per year" },
          path: ["plan", "standards", "ladder", 0, "amount"],
          details: { amount: "9.99", floor: "10.00" },
        },
        {
          code: "full_substitution",
          severity: "error",
          clause: "opinion/3.3",
          message: {
            zh: "补助金额 9.99 元不低于个人缴纳 9.99 元，属全额代缴",
            en: "Subsidy of 9.99 yuan is not below the member's own payment of 9.99 yuan: full substitution",
          },
          path: ["plan", "standards", "ladder", 0, "amount"],
          details: { amount: "9.99", selfPaid: "9.99" },
        },
      ]);
      expect(decision.trace?.slice(-4)).toStrictEqual([
        step("floor", "opinion/3.3", "failed", { amount: "9.99", floor: "10.00" }),
        step("cap", "opinion/3.3", "passed", { amount: "9.99", cap: "3000.00" }),
        step("no_full_substitution", "opinion/3.3", "failed", { amount: "9.99", selfPaid: "9.99" }),
        step("unique_member", "opinion/3.2", "passed"),
      ]);
    });

    it("above the cap reports the amount, the cap and the year", () => {
      const decision = computeSubsidy(generalMember(5000), planPaying("3000.01"), traced);
      expect(decision.findings).toStrictEqual([
        {
          code: "above_cap",
          severity: "error",
          clause: "opinion/3.3",
          message: {
            zh: "补助金额 3000.01 元超过 2025 年度四川省城乡居保缴费最高档次 3000.00 元",
            en: "Subsidy of 3000.01 yuan exceeds 2025's highest Sichuan contribution tier of 3000.00 yuan",
          },
          path: ["plan", "standards", "ladder", 0, "amount"],
          details: { amount: "3000.01", cap: "3000.00", year: 2025 },
        },
      ]);
      expect(decision.trace?.slice(-4, -1)).toStrictEqual([
        step("floor", "opinion/3.3", "passed", { amount: "3000.01", floor: "10.00" }),
        step("cap", "opinion/3.3", "failed", { amount: "3000.01", cap: "3000.00", year: 2025 }),
        step("no_full_substitution", "opinion/3.3", "passed", { amount: "3000.01", selfPaid: "5000.00" }),
      ]);
    });
  });

  describe("contribution consistency (opinion/3.3)", () => {
    it("records the failed step with the parts and the tier, and no passed step", () => {
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300, governmentPaid: 100 }] };
      const decision = computeSubsidy(member, basePlan, traced);
      const steps = decision.trace?.filter((s) => s.rule === "contribution_consistent");
      expect(steps).toStrictEqual([step("contribution_consistent", "opinion/3.3", "failed", { selfPaid: "300.00", governmentPaid: "100.00", tier: "300.00" })]);
      expect(decision.findings.map((f) => f.message.en)).toEqual(["Own payment 300.00 plus government-paid 100.00 exceeds the tier 300.00: the government's part is counted twice"]);
    });

    it("records one failed step per inconsistent contribution of the year and no passed step", () => {
      const member: MemberInput = {
        ...generalMember(),
        contributions: [
          { period: 2025, kind: "regular", tier: 300, selfPaid: 299 },
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "regular", tier: 300, selfPaid: 301 },
        ],
      };
      const decision = computeSubsidy(member, basePlan, traced);
      expect(decision.trace?.filter((s) => s.rule === "contribution_consistent").map((s) => s.outcome)).toEqual(["failed", "failed"]);
      expect(decision.findings.filter((f) => f.code === "contribution_inconsistent").map((f) => f.path)).toEqual([
        ["member", "contributions", 0, "selfPaid"],
        ["member", "contributions", 2, "selfPaid"],
      ]);
    });

    it.each([
      ["another year's regular contribution", { period: 2024, kind: "regular" as const, tier: 300, selfPaid: 250 }],
      ["the year's back payment", { period: 2025, kind: "back_payment" as const, tier: 300, selfPaid: 250 }],
    ])("does not check %s", (_name, other) => {
      const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }, other] };
      const decision = computeSubsidy(member, basePlan, traced);
      expect(decision).toMatchObject({ status: "granted", amount: "80.00", findings: [] });
      expect(decision.trace?.filter((s) => s.rule === "contribution_consistent")).toStrictEqual([step("contribution_consistent", "opinion/3.3", "passed")]);
    });

    it("records no consistency step when the year has no regular contribution", () => {
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 }] };
      const decision = computeSubsidy(member, basePlan, traced);
      expect(decision.trace?.map((s) => s.rule)).not.toContain("contribution_consistent");
    });
  });

  describe("an invalid decision", () => {
    it("for an unreadable member carries the zod findings and a single failed input step", () => {
      const decision = computeSubsidy({ ...generalMember(), name: "" }, basePlan, traced);
      expect(decision).toStrictEqual({
        status: "invalid",
        memberId: ID_A,
        year: 2025,
        amount: "0.00",
        findings: [expect.objectContaining({ code: "invalid_input", path: ["member", "name"] })],
        rulesVersion: RULES_VERSION,
        trace: [step("input", "annex1/4", "failed")],
      });
      expect(Object.keys(computeSubsidy({ ...generalMember(), name: "" }, basePlan, options))).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion"]);
    });

    it("keeps the normalised ID of a readable member when the plan is unreadable", () => {
      const decision = computeSubsidy(generalMember(300, "11010519491231002x"), { ...basePlan, id: "" }, options);
      expect(decision).toMatchObject({ status: "invalid", memberId: "11010519491231002X", year: 2025 });
    });

    it("keeps the ID as written when the member is unreadable", () => {
      const decision = computeSubsidy({ ...generalMember(300, "11010519491231002x"), name: "" }, basePlan, options);
      expect(decision.memberId).toBe("11010519491231002x");
    });

    it("names the year a policy lacks, in a parameter_missing finding", () => {
      const decision = computeSubsidy(generalMember(300), basePlan, { year: 2027, policy: policy2025 });
      expect(decision).toMatchObject({ status: "invalid", year: 2027 });
      expect(decision.findings).toStrictEqual([
        {
          code: "parameter_missing",
          severity: "error",
          clause: "opinion/3.3",
          message: { zh: "缺少 2027 年度的参数：当年度最高缴费档次（由宿主系统提供，本库不作猜测）", en: "The parameter highestTier for 2027 was not supplied" },
          path: ["options", "policy", "highestTier", "2027"],
          details: { year: 2027, parameter: "highestTier" },
        },
      ]);
    });

    it.each([
      ["a year before 2024, with trace asked for", { year: 2023, policy: policy2025, trace: true }, 2023],
      ["no policy", { year: 2025, trace: true }, 2025],
      ["the year as text", { year: "2025", policy: policy2025 }, null],
      ["a fractional year", { year: 2025.5, policy: policy2025 }, null],
      ["no year", { policy: policy2025 }, null],
      ["null", null, null],
    ])("under bad options (%s) reports the year only when it is a whole number, and no trace", (_name, badOptions, year) => {
      const decision = computeSubsidy(generalMember(300), basePlan, badOptions as never);
      expect(decision.status).toBe("invalid");
      expect(decision.year).toBe(year);
      expect(Object.keys(decision)).toEqual(["status", "memberId", "year", "amount", "findings", "rulesVersion"]);
    });
  });
});
