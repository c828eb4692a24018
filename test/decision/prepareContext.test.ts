// The plan and the options a decision reads once (src/decision/context.ts): a policy a host
// built or edited by hand is checked again, so a bad floor or tier is reported, never used.
import { describe, expect, it } from "vitest";
import { computeRoster, computeSubsidy, type Finding, type Policy } from "../../src/index.js";
import { basePlan, generalMember, ID_A, policy2025 } from "../helpers/samples.js";

function withFloor(value: string): Policy {
  return { ...policy2025, floor: { ...policy2025.floor, value } };
}

function withTier(value: string): Policy {
  return { ...policy2025, highestTier: { ...policy2025.highestTier, 2025: { ...(policy2025.highestTier[2025] as Policy["floor"]), value } } };
}

describe("computeSubsidy", () => {
  describe("a hand-built policy (opinion/3.3)", () => {
    it.each(["abc", "10.001", "-10", ""])("refuses to decide on a floor of %j, naming options.policy.floor", (value) => {
      const decision = computeSubsidy(generalMember(300), basePlan, { year: 2025, policy: withFloor(value) });
      expect(decision).toMatchObject({ status: "invalid", memberId: ID_A, year: 2025, amount: "0.00" });
      expect(decision.findings).toEqual([
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "政策参数的最低补助标准有误：不是有效的金额", en: "Invalid input at options.policy.floor: not an amount" },
          path: ["options", "policy", "floor"],
          details: { field: "options.policy.floor", problem: "not an amount", problemZh: "不是有效的金额" },
        },
      ]);
    });

    it.each(["abc", "3000.001", "-1"])("refuses to decide on a highest tier of %j, naming it", (value) => {
      const decision = computeSubsidy(generalMember(300), basePlan, { year: 2025, policy: withTier(value) });
      expect(decision.status).toBe("invalid");
      expect(decision.findings).toEqual([
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "政策参数的当年度最高缴费档次（2025 年度）有误：不是有效的金额", en: "Invalid input at options.policy.highestTier.2025: not an amount" },
          path: ["options", "policy", "highestTier", "2025"],
          details: { field: "options.policy.highestTier.2025", problem: "not an amount", problemZh: "不是有效的金额" },
        },
      ]);
    });

    it("reports a bad floor and a bad tier together", () => {
      const policy = { ...withTier("x"), floor: { ...policy2025.floor, value: "y" } };
      const decision = computeSubsidy(generalMember(300), basePlan, { year: 2025, policy });
      expect(decision.findings.map((f) => f.path)).toEqual([
        ["options", "policy", "floor"],
        ["options", "policy", "highestTier", "2025"],
      ]);
    });

    it.each([
      ["10.00", "9.99", "denied"],
      ["10.00", "10.00", "granted"],
      ["10.01", "10.00", "denied"],
    ])("decides with a hand-set floor of %s a standard of %s: %s", (floor, amount, status) => {
      const plan = { ...basePlan, standards: { ladder: [{ minTier: 0, amount }] } };
      expect(computeSubsidy(generalMember(300), plan, { year: 2025, policy: withFloor(floor) }).status).toBe(status);
    });

    it("places a policy finding that names no path at options.policy, and one that does beneath it", () => {
      const invalid: Finding = {
        code: "invalid_input",
        severity: "error",
        clause: "annex1/4",
        message: { zh: "输入数据无效：x（y）", en: "Invalid input at x: y" },
        details: { field: "x", problem: "y" },
      };
      const policy: Policy = { ...policy2025, findings: [invalid, { ...invalid, path: ["highestTier", "2025"] }] };
      const decision = computeSubsidy(generalMember(300), basePlan, { year: 2025, policy });
      expect(decision.status).toBe("invalid");
      // Each is named by its new path in both languages.
      expect(decision.findings).toEqual([
        { ...invalid, path: ["options", "policy"], details: { field: "options.policy", problem: "y" }, message: { zh: "政策参数有误：y", en: "Invalid input at options.policy: y" } },
        {
          ...invalid,
          path: ["options", "policy", "highestTier", "2025"],
          details: { field: "options.policy.highestTier.2025", problem: "y" },
          message: { zh: "政策参数的当年度最高缴费档次（2025 年度）有误：y", en: "Invalid input at options.policy.highestTier.2025: y" },
        },
      ]);
    });
  });
});

describe("computeRoster", () => {
  it("makes every decision invalid under a hand-built policy with a bad floor, and totals nothing", () => {
    const result = computeRoster([generalMember(300)], basePlan, { year: 2025, policy: withFloor("abc") });
    expect(result.decisions.map((d) => [d.status, d.findings.map((f) => f.path)])).toEqual([["invalid", [["options", "policy", "floor"]]]]);
    expect(result.totals).toEqual({ members: 1, granted: 0, denied: 0, invalid: 1, amount: "0.00" });
  });
});

describe("prepareContext with a hand-built policy", () => {
  it.each([[[null]], [[5]], [["x"]], [[{ path: [] }]]])("answers findings %j with invalid_input instead of throwing", (findings) => {
    const policy = { ...policy2025, findings } as unknown as typeof policy2025;
    const decision = computeSubsidy(generalMember(), basePlan, { year: 2025, policy });
    expect(decision.status).toBe("invalid");
    expect(decision.findings[0]?.code).toBe("invalid_input");
    expect(decision.findings[0]?.path?.slice(0, 4)).toEqual(["options", "policy", "findings", 0]);
  });
});
