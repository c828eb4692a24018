// Per-year standards of a standing plan (opinion/3.3 适时调整, annex2/2 按年动态调整): each year's
// standards are checked against that year's cap, each adjustment's decision and publicity
// (annex1/1, at least 5 working days) are checked, and a decision uses its year's standards.
import { describe, expect, it } from "vitest";
import { computeRoster, computeSubsidy, createPolicy, type PlanInput } from "../../src/index.js";
import { generalMember, governmentPaidMember, policy2025 } from "../helpers/samples.js";
import { check, only, planWith, summary } from "./helpers.js";

type Entry = NonNullable<PlanInput["standardsByYear"]>[number];

const ADJUSTED: Entry = {
  year: 2026,
  standards: { hardship: 120, hardshipRule: "higher_of", ladder: [{ minTier: 200, maxTier: 499, amount: 60 }, { minTier: 500, amount: 180 }] },
  decision: { body: "member_assembly", date: "2026-03-10", eligible: 30, present: 24, votesFor: 21 },
  // Wednesday 2026-03-11: 12, 13, 16, 17, 18 March are the 5 working days after it
  publicity: { postedOn: "2026-03-11", endsOn: "2026-03-18" },
};

function standing(...entries: Entry[]): PlanInput {
  return planWith({ validity: { kind: "standing", fromYear: 2025 }, standardsByYear: entries });
}

describe("checkPlan", () => {
  it("passes a standing plan whose 2026 adjustment was decided and publicised", () => {
    expect(check(standing(ADJUSTED)).findings).toEqual([]);
  });

  it.each([
    ["2026-03-18", []],
    ["2026-03-17", ["publicity_ambiguous"]],
  ])("measures the adjustment's publicity ending %s", (endsOn, codes) => {
    const report = check(standing({ ...ADJUSTED, publicity: { postedOn: "2026-03-11", endsOn } }));
    expect(report.findings.map((f) => f.code)).toEqual(codes);
    for (const finding of report.findings) expect([finding.clause, finding.path, finding.severity]).toEqual(["annex1/1", ["plan", "standardsByYear", 0, "publicity", "endsOn"], "warning"]);
  });

  it.each([
    ["2026-03-20", []],
    ["2026-03-19", ["publicity_too_short"]],
  ])("counts from a Saturday posting to %s", (endsOn, codes) => {
    const report = check(standing({ ...ADJUSTED, publicity: { postedOn: "2026-03-14", endsOn } }));
    expect(summary(report.findings)).toEqual(codes.map((code) => [code, "annex1/1", ["plan", "standardsByYear", 0, "publicity", "endsOn"], "error"]));
  });

  it("reports a posting day in a year without calendar data at the posting day", () => {
    const report = check(standing({ ...ADJUSTED, publicity: { postedOn: "2027-01-04", endsOn: "2027-01-12" } }));
    expect(summary(report.findings)).toEqual([["calendar_unknown_year", "annex1/1", ["plan", "standardsByYear", 0, "publicity", "postedOn"], "error"]]);
  });

  it("reports an adjustment without a decision or a publicity record", () => {
    const { decision: _decision, publicity: _publicity, ...bare } = ADJUSTED;
    const report = check(standing(bare));
    expect(summary(report.findings)).toEqual([
      ["plan_missing_element", "annex1/1", ["plan", "standardsByYear", 0, "decision"], "error"],
      ["plan_missing_element", "annex1/1", ["plan", "standardsByYear", 0, "publicity"], "error"],
    ]);
    expect(report.findings.map((f) => f.details?.["element"])).toEqual(["decision", "publicity"]);
  });

  it.each([
    [20, []],
    [19, ["assembly_not_passed"]],
  ])("judges the adjustment's decision with %i votes for out of 30 (2/3 of all from 2025-05-01)", (votesFor, codes) => {
    const report = check(standing({ ...ADJUSTED, decision: { ...(ADJUSTED.decision as object), votesFor } as Entry["decision"] }));
    expect(summary(report.findings)).toEqual(codes.map((code) => [code, "opinion/3.5", ["plan", "standardsByYear", 0, "decision", "votesFor"], "error"]));
  });

  it("judges an adjustment decided before 2025-05-01 by the organisation's charter", () => {
    const early = { ...ADJUSTED, decision: { body: "member_assembly", date: "2025-04-20", eligible: 30, present: 24, votesFor: 19 } } as Entry;
    expect(check(standing(early)).findings.map((f) => [f.code, f.path])).toEqual([["assembly_rule_unknown", ["plan", "procedure", "charterThresholds"]]]);
    const chartered = planWith({
      validity: { kind: "standing", fromYear: 2025 },
      procedure: { ...(planWith({}).procedure as object), charterThresholds: { approval: { numerator: 2, denominator: 3 }, approvalOf: "all" } } as PlanInput["procedure"],
      standardsByYear: [early],
    });
    expect(check(chartered).findings.map((f) => [f.code, f.path, f.details?.["basis"]])).toEqual([["assembly_not_passed", ["plan", "standardsByYear", 0, "decision", "votesFor"], "charter"]]);
  });

  it("checks each year's standards against that year's cap, and the plan's standards only for the years they still govern", () => {
    const policy = createPolicy({ highestTier: { 2025: "3000", 2026: "150" } });
    const report = check(standing(ADJUSTED), { policy });
    expect(summary(report.findings)).toEqual([["standard_above_cap", "opinion/3.3", ["plan", "standardsByYear", 0, "standards", "ladder", 1, "amount"], "error"]]);
    expect(report.findings[0]?.details).toEqual({ amount: "180.00", cap: "150.00", year: 2026 });
    // without the adjustment the plan's own 300.00 rung would be checked against 2026's 150.00
    expect(only(check(planWith({ validity: { kind: "standing", fromYear: 2025 } }), { policy }).findings, "standard_above_cap").map((f) => f.details?.["year"])).toEqual([2026]);
  });

  it.each([
    [2025, []],
    [2026, ["standard_above_cap"]],
  ])("with options.year %i checks only the standards of that year", (year, codes) => {
    const policy = createPolicy({ highestTier: { 2025: "3000", 2026: "170" } });
    expect(check(standing(ADJUSTED), { policy, year }).findings.map((f) => f.code)).toEqual(codes);
  });

  it("asks for the highest tier of an adjusted year the policy lacks, once", () => {
    const report = check(standing({ ...ADJUSTED, year: 2027 }));
    expect(only(report.findings, "parameter_missing").map((f) => f.path)).toEqual([["options", "policy", "highestTier", "2027"]]);
  });

  it("asks for no highest tier for standards that pay nothing, which have nothing to cap", () => {
    const report = check(standing({ ...ADJUSTED, year: 2027, standards: { ladder: [] } }));
    expect(report.findings.map((f) => f.code)).toEqual(["hardship_amount_missing"]);
  });

  it("checks each year's ladder and tilt at its own path", () => {
    const report = check(standing({ ...ADJUSTED, standards: { ladder: [{ minTier: 200, maxTier: 500, amount: 60 }, { minTier: 500, amount: 60 }] } }));
    expect(summary(report.findings)).toEqual([
      ["ladder_overlap", "annex2/2", ["plan", "standardsByYear", 0, "standards", "ladder", 1], "error"],
      ["ladder_same_amount", "annex2/2", ["plan", "standardsByYear", 0, "standards", "ladder", 1, "amount"], "warning"],
      ["hardship_amount_missing", "opinion/3.3", ["plan", "standardsByYear", 0, "standards", "hardship"], "warning"],
    ]);
  });

  it("refuses a year written twice, and per-year standards on a one-year plan", () => {
    expect(summary(check(standing(ADJUSTED, ADJUSTED)).findings)).toEqual([["invalid_input", "annex1/4", ["plan", "standardsByYear"], "error"]]);
    expect(summary(check(planWith({ standardsByYear: [ADJUSTED] })).findings)).toEqual([["invalid_input", "annex1/4", ["plan", "standardsByYear"], "error"]]);
  });
});

describe("computeSubsidy", () => {
  const options2026 = { year: 2026, policy: policy2025 };
  const member2026 = (tier: number) => ({ ...generalMember(tier), contributions: [{ period: 2026, kind: "regular" as const, tier, selfPaid: tier, paidOn: "2026-06-10" }] });

  it("uses the standards of its year, and the plan's standards in other years", () => {
    expect(computeSubsidy(member2026(500), standing(ADJUSTED), options2026)).toMatchObject({ status: "granted", amount: "180.00", tier: { index: 1, minTier: "500.00" } });
    expect(computeSubsidy(generalMember(500), standing(ADJUSTED), { year: 2025, policy: policy2025 })).toMatchObject({ status: "granted", amount: "150.00", tier: { index: 2 } });
  });

  it("points a finding at the year's standards", () => {
    const low = standing({ ...ADJUSTED, standards: { hardship: "9.99", ladder: [] } });
    const member = { ...governmentPaidMember(), contributions: [{ period: 2026, kind: "regular" as const, tier: 100, selfPaid: 0, governmentPaid: 100, paidOn: "2026-06-10" }] };
    const decision = computeSubsidy(member, low, options2026);
    expect(decision.findings.map((f) => [f.code, f.path])).toEqual([["below_floor", ["plan", "standardsByYear", 0, "standards", "hardship"]]]);
  });

  it("decides nothing in a year whose own ladder overlaps, and decides the other years", () => {
    const overlapping = standing({ ...ADJUSTED, standards: { hardship: 120, ladder: [{ minTier: 200, maxTier: 500, amount: 60 }, { minTier: 500, amount: 180 }] } });
    const result = computeRoster([member2026(300)], overlapping, options2026);
    expect(result.decisions.map((d) => [d.status, d.findings.map((f) => [f.code, f.path])])).toEqual([["invalid", [["ladder_overlap", ["plan", "standardsByYear", 0, "standards", "ladder", 1]]]]]);
    expect(computeSubsidy(generalMember(300), overlapping, { year: 2025, policy: policy2025 }).status).toBe("granted");
  });
});
