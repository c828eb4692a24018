import { describe, expect, it } from "vitest";
import { computeSubsidy, createPolicy, type Finding, type MemberInput, type PlanInput } from "../../src/index.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_BAD_CHECK, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

function only(findings: readonly Finding[], code: string): Finding {
  const matching = findings.filter((finding) => finding.code === code);
  expect(matching).toHaveLength(1);
  return matching[0] as Finding;
}

/** A plan whose single open-ended rung from 0 pays `amount`. */
function planPaying(amount: string, extra: Partial<PlanInput["standards"] & object> = {}): PlanInput {
  return { ...basePlan, standards: { ladder: [{ minTier: 0, amount }], ...extra } };
}

describe("computeSubsidy", () => {
  it("grants the ladder rung that contains the member's own payment", () => {
    const decision = computeSubsidy(generalMember(300), basePlan, options);
    expect(decision).toMatchObject({ status: "granted", memberId: ID_A, year: 2025, amount: "80.00", basis: "ladder" });
    expect(decision.tier).toEqual({ index: 1, minTier: "300.00", maxTier: "499.00", amount: "80.00" });
    expect(decision.findings).toEqual([]);
    expect(decision.rulesVersion).toMatch(/^collective-pension-subsidy@\d+\.\d+\.\d+/);
  });

  it.each([
    ["199.99", "denied", "0.00"],
    ["200.00", "granted", "50.00"],
    ["299.00", "granted", "50.00"],
    ["299.01", "denied", "0.00"],
    ["299.99", "denied", "0.00"],
    ["300.00", "granted", "80.00"],
    ["999.00", "granted", "150.00"],
    ["999.50", "denied", "0.00"],
    ["1000.00", "granted", "300.00"],
    ["1000.01", "granted", "300.00"],
  ])("at tier %s yuan decides %s %s (rung edges are inclusive)", (selfPaid, status, amount) => {
    const decision = computeSubsidy(generalMember(selfPaid), basePlan, options);
    expect(decision.status).toBe(status);
    expect(decision.amount).toBe(amount);
    if (status === "denied") {
      const finding = only(decision.findings, "no_matching_tier");
      expect(finding).toMatchObject({ severity: "error", clause: "annex2/2", details: { tier: selfPaid } });
      expect(finding.path).toEqual(["member", "contributions", 0, "tier"]);
    }
  });

  describe("eligibility (opinion/3.2, annex2/1)", () => {
    it("denies a person who is not a member of the collective", () => {
      const decision = computeSubsidy({ ...generalMember(), collectiveMember: false }, basePlan, options);
      expect(decision.status).toBe("denied");
      expect(decision.amount).toBe("0.00");
      const finding = only(decision.findings, "not_collective_member");
      expect(finding).toMatchObject({ severity: "error", clause: "opinion/3.2", path: ["member", "collectiveMember"] });
      expect(finding.message.zh).toContain("集体经济组织成员");
    });

    it("denies a member not enrolled that year", () => {
      const decision = computeSubsidy({ ...generalMember(), enrolled: false }, basePlan, options);
      expect(only(decision.findings, "not_enrolled")).toMatchObject({ clause: "opinion/3.2", path: ["member", "enrolled"] });
      expect(decision.status).toBe("denied");
    });

    it("denies a member with no contribution for the year", () => {
      const member = { ...generalMember(), contributions: [{ period: 2024, kind: "regular" as const, tier: 300, selfPaid: 300 }] };
      const decision = computeSubsidy(member, basePlan, options);
      expect(codes(decision.findings)).toEqual(["no_regular_contribution"]);
      expect(decision.findings[0]).toMatchObject({ clause: "opinion/3.2", path: ["member", "contributions"] });
      expect(decision.basis).toBeUndefined();
    });

    it("denies a back-payment period", () => {
      const member = { ...generalMember(), contributions: [{ period: 2025, kind: "back_payment" as const, tier: 300, selfPaid: 300 }] };
      const decision = computeSubsidy(member, basePlan, options);
      expect(codes(decision.findings)).toEqual(["back_payment_period"]);
      expect(decision.findings[0]).toMatchObject({ clause: "opinion/3.2", path: ["member", "contributions", 0] });
    });

    it("ignores a back payment for an earlier year when the year itself is paid regularly", () => {
      const member: MemberInput = {
        ...generalMember(),
        contributions: [
          { period: 2019, kind: "back_payment", tier: 300, selfPaid: 300, paidOn: "2025-03-01" },
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
        ],
      };
      expect(computeSubsidy(member, basePlan, options)).toMatchObject({ status: "granted", amount: "80.00" });
    });

    it("denies two regular contributions for one period", () => {
      const member: MemberInput = {
        ...generalMember(),
        contributions: [
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
        ],
      };
      const decision = computeSubsidy(member, basePlan, options);
      const finding = only(decision.findings, "duplicate_contribution");
      expect(finding).toMatchObject({ clause: "opinion/3.2", path: ["member", "contributions", 1], details: { count: 2, year: 2025 } });
      expect(decision.status).toBe("denied");
    });

    it("denies a year the plan does not cover", () => {
      const decision = computeSubsidy({ ...generalMember(), contributions: [{ period: 2026, kind: "regular", tier: 300, selfPaid: 300 }] }, basePlan, {
        year: 2026,
        policy: policy2025,
      });
      expect(only(decision.findings, "plan_not_in_force")).toMatchObject({ clause: "opinion/3.5", path: ["plan", "validity"] });
    });

    it.each([
      [{ kind: "standing", fromYear: 2025 }, 2030, true],
      [{ kind: "standing", fromYear: 2026 }, 2025, false],
      [{ kind: "standing", fromYear: 2024, toYear: 2025 }, 2025, true],
      [{ kind: "standing", fromYear: 2024, toYear: 2024 }, 2025, false],
      [{ kind: "one_year", year: 2025 }, 2025, true],
    ] as const)("reads validity %j in %i as in force: %s", (validity, year, inForce) => {
      const policy = createPolicy({ highestTier: { [year]: 3000 } });
      const member = { ...generalMember(), contributions: [{ period: year, kind: "regular" as const, tier: 300, selfPaid: 300 }] };
      const decision = computeSubsidy(member, { ...basePlan, validity }, { year, policy });
      expect(codes(decision.findings).includes("plan_not_in_force")).toBe(!inForce);
    });

    it("reports every failing condition, not the first", () => {
      const member: MemberInput = { ...generalMember(), collectiveMember: false, enrolled: false, contributions: [{ period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 }] };
      const decision = computeSubsidy(member, { ...basePlan, validity: { kind: "one_year", year: 2024 } }, options);
      expect(codes(decision.findings)).toEqual(["plan_not_in_force", "not_collective_member", "not_enrolled", "back_payment_period"]);
    });
  });

  describe("the standard (opinion/3.3, annex2/2)", () => {
    it("gives a hardship category the hardship amount", () => {
      const member: MemberInput = { ...generalMember(300), category: "severe_disability" };
      expect(computeSubsidy(member, basePlan, options)).toMatchObject({ status: "granted", amount: "100.00", basis: "hardship" });
    });

    it("gives a government-paid member the hardship amount whatever the category", () => {
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 200, governmentPaid: 100 }] };
      const decision = computeSubsidy(member, basePlan, options);
      expect(decision).toMatchObject({ status: "granted", amount: "100.00", basis: "hardship" });
      expect(decision.tier).toBeUndefined();
    });

    it("grants a fully government-paid member without a full-substitution finding", () => {
      expect(computeSubsidy(governmentPaidMember(), basePlan, options)).toMatchObject({ status: "granted", amount: "100.00", basis: "hardship" });
    });

    it("uses the ladder for a hardship member when the plan sets no hardship amount", () => {
      const plan = { ...basePlan, standards: { ladder: basePlan.standards.ladder } };
      const member: MemberInput = { ...generalMember(500), category: "extreme_poverty" };
      expect(computeSubsidy(member, plan, options)).toMatchObject({ status: "granted", amount: "150.00", basis: "ladder" });
    });

    it.each([
      ["higher_of", 1000, "300.00", "ladder"],
      ["higher_of", 300, "100.00", "hardship"],
      ["hardship_amount", 1000, "100.00", "hardship"],
    ] as const)("with %s a hardship member paying %i gets %s (%s)", (hardshipRule, selfPaid, amount, basis) => {
      const plan = { ...basePlan, standards: { ...basePlan.standards, hardshipRule } };
      const member: MemberInput = { ...generalMember(selfPaid), category: "returned_to_poverty" };
      expect(computeSubsidy(member, plan, options)).toMatchObject({ status: "granted", amount, basis });
    });

    it.each([
      ["300.01", undefined],
      ["300.00", 1],
      ["299.99", 1],
    ])("decides nothing on a ladder whose second rung starts at %s, when the first ends at 300 (overlap: rung %s)", (start, overlapping) => {
      const plan = { ...basePlan, standards: { ladder: [{ minTier: 100, maxTier: 300, amount: 30 }, { minTier: start, amount: 60 }] } };
      const decision = computeSubsidy(generalMember(500), plan, options);
      if (overlapping === undefined) {
        expect(decision).toMatchObject({ status: "granted", amount: "60.00", tier: { index: 1 } });
        return;
      }
      expect(decision).toMatchObject({ status: "invalid", amount: "0.00" });
      expect(decision.tier).toBeUndefined();
      expect(only(decision.findings, "ladder_overlap")).toMatchObject({ severity: "error", clause: "annex2/2", path: ["plan", "standards", "ladder", overlapping], details: { range: `${start}+`, otherRange: "100.00–300.00", other: 0 } });
    });
  });

  describe("government-paid double counting (opinion/3.3)", () => {
    it("denies a contribution where own and government-paid parts exceed the tier", () => {
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300, governmentPaid: 100 }] };
      const finding = only(computeSubsidy(member, basePlan, options).findings, "government_paid_double_counted");
      expect(finding).toMatchObject({ clause: "opinion/3.3", path: ["member", "contributions", 0, "selfPaid"], details: { selfPaid: "300.00", governmentPaid: "100.00", tier: "300.00" } });
    });

    it.each([
      [300, 0, 299.99, "contribution_inconsistent"],
      [300, 0, 300.01, "contribution_inconsistent"],
      [200, 100, 300.01, "contribution_inconsistent"],
      [200.01, 100, 300, "government_paid_double_counted"],
      [200, 100, 300, undefined],
      [300, 0, 300, undefined],
    ] as const)("self %s + government %s against tier %s gives %s", (selfPaid, governmentPaid, tier, code) => {
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier, selfPaid, governmentPaid }] };
      const found = codes(computeSubsidy(member, basePlan, options).findings).filter((c) => c === "contribution_inconsistent" || c === "government_paid_double_counted");
      expect(found).toEqual(code === undefined ? [] : [code]);
    });

    it("puts a government-paid member on the rung of the tier, government part and own part together", () => {
      const plan = { ...basePlan, standards: { ladder: basePlan.standards.ladder } };
      const member: MemberInput = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 200, governmentPaid: 100 }] };
      expect(computeSubsidy(member, plan, options)).toMatchObject({ status: "granted", amount: "80.00", basis: "ladder", tier: { index: 1 } });
    });
  });

  describe("floor and cap (opinion/3.3)", () => {
    it.each([
      ["9.99", true],
      ["10.00", false],
      ["10.01", false],
    ])("a standard of %s yuan is below the 10-yuan floor: %s", (amount, below) => {
      const decision = computeSubsidy(generalMember(500), planPaying(amount), options);
      expect(decision.status).toBe(below ? "denied" : "granted");
      if (below) {
        expect(only(decision.findings, "below_floor")).toMatchObject({ clause: "opinion/3.3", path: ["plan", "standards", "ladder", 0, "amount"], details: { amount, floor: "10.00" } });
      }
    });

    it.each([
      ["2999.99", false],
      ["3000.00", false],
      ["3000.01", true],
    ])("a standard of %s yuan is above the year's highest tier of 3000: %s", (amount, above) => {
      const decision = computeSubsidy(generalMember(5000), planPaying(amount), options);
      expect(decision.status).toBe(above ? "denied" : "granted");
      if (above) {
        expect(only(decision.findings, "above_cap")).toMatchObject({ clause: "opinion/3.3", path: ["plan", "standards", "ladder", 0, "amount"], details: { cap: "3000.00", year: 2025 } });
      }
    });

    it("checks the hardship amount against the cap and points at it", () => {
      const plan = { ...basePlan, standards: { ...basePlan.standards, hardship: "3000.01" } };
      const finding = only(computeSubsidy(governmentPaidMember(), plan, options).findings, "above_cap");
      expect(finding.path).toEqual(["plan", "standards", "hardship"]);
    });

    it("refuses to decide a year without its highest tier", () => {
      const decision = computeSubsidy(generalMember(), basePlan, { year: 2025, policy: createPolicy({ highestTier: { 2026: 3000 } }) });
      expect(decision).toMatchObject({ status: "invalid", amount: "0.00", year: 2025 });
      expect(only(decision.findings, "parameter_missing")).toMatchObject({ clause: "opinion/3.3", path: ["options", "policy", "highestTier", "2025"] });
    });

    it("refuses to decide with a policy built from bad options", () => {
      const decision = computeSubsidy(generalMember(), basePlan, { year: 2025, policy: createPolicy({ highestTier: { 2025: "-1" } }) });
      expect(decision.status).toBe("invalid");
      expect(codes(decision.findings)).toEqual(["invalid_input", "parameter_missing"]);
      expect(decision.findings[0]?.path).toEqual(["options", "policy", "highestTier", "2025"]);
    });
  });

  describe("no full substitution (opinion/3.3, 不能全额代缴)", () => {
    it.each([
      ["199.99", false],
      ["200.00", true],
      ["200.01", true],
    ])("a ladder amount of %s against an own payment of 200 is full substitution: %s", (amount, full) => {
      const plan = { ...basePlan, standards: { ladder: [{ minTier: 100, amount }] } };
      const decision = computeSubsidy(generalMember(200), plan, options);
      expect(decision.status).toBe(full ? "denied" : "granted");
      if (full) {
        expect(only(decision.findings, "full_substitution")).toMatchObject({ clause: "opinion/3.3", path: ["plan", "standards", "ladder", 0, "amount"], details: { selfPaid: "200.00" } });
      }
    });
  });

  describe("bad input", () => {
    it("names the field of an invalid value", () => {
      const member = { ...generalMember(), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: "300.001" }] };
      const decision = computeSubsidy(member as MemberInput, basePlan, options);
      expect(decision).toMatchObject({ status: "invalid", amount: "0.00", memberId: ID_A });
      expect(only(decision.findings, "invalid_input")).toMatchObject({ clause: "annex1/4", path: ["member", "contributions", 0, "selfPaid"] });
    });

    it("reports a bad ID number with invalid_id_number", () => {
      const decision = computeSubsidy(generalMember(300, ID_BAD_CHECK), basePlan, options);
      expect(decision.status).toBe("invalid");
      expect(only(decision.findings, "invalid_id_number")).toMatchObject({ path: ["member", "id"], details: { reason: "check_character" } });
    });

    it("normalises a lower-case check character", () => {
      const decision = computeSubsidy(generalMember(300, "11010519491231002x"), basePlan, options);
      expect(decision).toMatchObject({ status: "granted", memberId: "11010519491231002X" });
    });

    it("reports bad member, plan and options together", () => {
      const decision = computeSubsidy({ ...generalMember(), enrolled: "yes" } as unknown as MemberInput, { ...basePlan, id: "" }, { year: 2023, policy: policy2025 });
      expect(decision.status).toBe("invalid");
      expect(decision.findings.map((f) => f.path)).toEqual([["member", "enrolled"], ["options", "year"], ["plan", "id"]]);
    });

    it("reports a plan without standards as a missing element", () => {
      const { standards: _omitted, ...plan } = basePlan;
      const finding = only(computeSubsidy(generalMember(), plan, options).findings, "plan_missing_element");
      expect(finding).toMatchObject({ clause: "annex1/1", path: ["plan", "standards"], details: { element: "standards" } });
    });

    it("answers null, a string and an array with invalid decisions", () => {
      for (const junk of [null, "member", [], 42]) {
        const decision = computeSubsidy(junk as unknown as MemberInput, junk as unknown as PlanInput, junk as unknown as typeof options);
        expect(decision.status).toBe("invalid");
        expect(decision.memberId).toBeNull();
        expect(decision.findings.length).toBeGreaterThan(0);
      }
    });
  });

  describe("trace", () => {
    it("lists the ordered steps with their clauses", () => {
      const decision = computeSubsidy(generalMember(300), basePlan, { ...options, trace: true });
      expect(decision.trace?.map((step) => [step.rule, step.outcome])).toEqual([
        ["input", "passed"],
        ["parameters", "passed"],
        ["plan_in_force", "passed"],
        ["collective_member", "passed"],
        ["enrolled", "passed"],
        ["regular_contribution", "passed"],
        ["plan_not_suspended", "passed"],
        ["contribution_consistent", "passed"],
        ["standard", "passed"],
        ["floor", "passed"],
        ["cap", "passed"],
        ["no_full_substitution", "passed"],
        ["unique_member", "passed"],
      ]);
      expect(decision.trace?.every((step) => step.label.zh.length > 0 && step.clause.length > 0)).toBe(true);
    });

    it("marks the failing step", () => {
      const decision = computeSubsidy({ ...generalMember(), enrolled: false }, basePlan, { ...options, trace: true });
      expect(decision.trace?.find((step) => step.rule === "enrolled")).toMatchObject({ outcome: "failed", clause: "opinion/3.2" });
    });

    it("is absent unless asked for", () => {
      expect(computeSubsidy(generalMember(), basePlan, options).trace).toBeUndefined();
    });
  });
});
