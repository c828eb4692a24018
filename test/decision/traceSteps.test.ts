// The steps a traced roster shares between decisions (src/decision/traceSteps.ts): each distinct
// passed or skipped step is built once per roster and frozen, so decisions hold references; what
// a trace shows is unchanged (test/decision/decisionTrace.test.ts pins every step's content).
import { describe, expect, it } from "vitest";
import { computeRoster, type MemberInput, type SubsidyDecision, type TraceStep } from "../../src/index.js";
import { planStandards, type ChosenStandard } from "../../src/decision/standard.js";
import { SHARED_PATH_LIMIT, SHARED_STEP_LIMIT, TraceSteps, type TracePath } from "../../src/decision/traceSteps.js";
import { Recorder } from "../../src/decision/recorder.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C, ID_D, policy2025 } from "../helpers/samples.js";
import { parseFen } from "../../src/core/money.js";

const traced = { year: 2025, policy: policy2025, trace: true };

function traceOf(decision: SubsidyDecision | undefined): readonly TraceStep[] {
  const trace = decision?.trace;
  if (trace === undefined) throw new Error("no trace");
  return trace;
}

/** The plan's standards as a roster's context builds them: ladder rungs 0–3, then hardship. */
function offered(): { ladder: readonly ChosenStandard[]; hardship: ChosenStandard } {
  const standards = planStandards({
    hardship: parseFen(100) as number,
    hardshipRule: "flat",
    ladder: basePlan.standards.ladder.map((rung) => ({
      minTier: parseFen(rung.minTier) as number,
      ...("maxTier" in rung ? { maxTier: parseFen(rung.maxTier) as number } : {}),
      amount: parseFen(rung.amount) as number,
    })),
  } as never, ["plan", "standards"]);
  return { ladder: standards.ladder, hardship: standards.hardship as ChosenStandard };
}

function isDeepFrozen(step: TraceStep): boolean {
  return Object.isFrozen(step) && Object.isFrozen(step.label) && (step.values === undefined || Object.isFrozen(step.values));
}

describe("shared trace steps", () => {
  it("gives two members with the same figures the very same step objects, frozen", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(300, ID_B)], basePlan, traced);
    const [first, second] = [traceOf(result.decisions[0]), traceOf(result.decisions[1])];
    expect(first).toHaveLength(13);
    // the whole list is shared too, and frozen
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    first.forEach((step, index) => {
      expect(second[index]).toBe(step);
      expect(isDeepFrozen(step)).toBe(true);
    });
  });

  it("keeps the steps of members with different figures apart", () => {
    const moved = { ...generalMember(500, ID_B), contributions: [{ period: 2025, kind: "regular", tier: 500, selfPaid: 500, paidOn: "2025-06-11" }] } as MemberInput;
    const result = computeRoster([generalMember(300, ID_A), moved], basePlan, traced);
    const [first, second] = [traceOf(result.decisions[0]), traceOf(result.decisions[1])];
    const byRule = (trace: readonly TraceStep[], rule: string): TraceStep | undefined => trace.find((step) => step.rule === rule);
    for (const rule of ["input", "parameters", "plan_in_force", "collective_member", "enrolled", "regular_contribution", "contribution_consistent", "unique_member"]) {
      expect(byRule(second, rule), rule).toBe(byRule(first, rule));
    }
    for (const rule of ["plan_not_suspended", "standard", "floor", "cap", "no_full_substitution"]) {
      expect(byRule(second, rule), rule).not.toBe(byRule(first, rule));
    }
    expect(byRule(second, "plan_not_suspended")?.values).toEqual({ date: "2025-06-11" });
    expect(byRule(second, "standard")?.values).toEqual({ basis: "ladder", amount: "150.00", hardship: false, contributionTier: "500.00", tier: 2 });
    expect(byRule(second, "no_full_substitution")?.values).toEqual({ amount: "150.00", selfPaid: "500.00" });
  });

  it("shares steps only within one roster: another call builds its own", () => {
    const one = traceOf(computeRoster([generalMember()], basePlan, traced).decisions[0]);
    const two = traceOf(computeRoster([generalMember()], basePlan, traced).decisions[0]);
    expect(two).toEqual(one);
    // the plan-independent steps are the same everywhere; the context's are built per roster
    expect(two[0]).toBe(one[0]);
    expect(two[1]).not.toBe(one[1]);
  });

  it("keeps apart a hardship member and a general member on the same rung whatever they paid", () => {
    // "higher_of": a hardship member paying 1000.00 gets the 300.00 rung, as a general member paying 1000.02 does
    const plan = { ...basePlan, standards: { ...basePlan.standards, hardshipRule: "higher_of" } } as typeof basePlan;
    const hardship = { ...generalMember(1000, ID_B), category: "extreme_poverty" } as MemberInput;
    const result = computeRoster([hardship, generalMember("1000.02", ID_A)], plan, traced);
    const standard = (decision: SubsidyDecision | undefined): TraceStep | undefined => traceOf(decision).find((step) => step.rule === "standard");
    expect(standard(result.decisions[0])?.values).toEqual({ basis: "ladder", amount: "300.00", hardship: true, contributionTier: "1000.00", tier: 3 });
    expect(standard(result.decisions[1])?.values).toEqual({ basis: "ladder", amount: "300.00", hardship: false, contributionTier: "1000.02", tier: 3 });
  });

  it("refuses a change to a shared step, so no other decision's trace can change", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(300, ID_B)], basePlan, traced);
    const step = traceOf(result.decisions[0])[1] as unknown as { values: { floor: string } };
    expect(() => {
      step.values.floor = "0.00";
    }).toThrow(TypeError);
    expect(traceOf(result.decisions[1])[1]?.values).toEqual({ floor: "10.00", cap: "3000.00" });
  });

  it("shares the hardship steps and keeps a hardship member's standard apart from a general member's at the same payment", () => {
    const hardshipPaying300 = { ...generalMember(300, ID_D), category: "severe_disability" } as MemberInput;
    const result = computeRoster([governmentPaidMember(ID_B), governmentPaidMember(ID_C), hardshipPaying300, generalMember(300, ID_A)], basePlan, traced);
    const [a, b, c, d] = result.decisions.map(traceOf) as [readonly TraceStep[], readonly TraceStep[], readonly TraceStep[], readonly TraceStep[]];
    a.forEach((step, index) => expect(b[index]).toBe(step));
    const standard = (trace: readonly TraceStep[]): TraceStep | undefined => trace.find((step) => step.rule === "standard");
    expect(standard(c)?.values).toEqual({ basis: "hardship", amount: "100.00", hardship: true, contributionTier: "300.00" });
    expect(standard(d)?.values).toEqual({ basis: "ladder", amount: "80.00", hardship: false, contributionTier: "300.00", tier: 1 });
    expect(a.find((step) => step.rule === "no_full_substitution")).toBe(c.find((step) => step.rule === "no_full_substitution"));
  });
});

describe("shared traces", () => {
  it("gives a decision with a failed step a trace of its own, equal to another's but not the same list", () => {
    const notEnrolled = (id: string): MemberInput => ({ ...generalMember(300, id), enrolled: false }) as MemberInput;
    const result = computeRoster([notEnrolled(ID_A), notEnrolled(ID_B)], basePlan, traced);
    const [first, second] = [traceOf(result.decisions[0]), traceOf(result.decisions[1])];
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
    // the steps before and after the failed one are still the shared ones
    expect(second[0]).toBe(first[0]);
    expect(second.at(-1)).toBe(first.at(-1));
  });

  it("does not share a trace whose last step failed (a duplicate), and shares the first occurrence's", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(300, ID_B), generalMember(300, ID_A)], basePlan, traced);
    const [a, b, again] = result.decisions.map(traceOf) as [readonly TraceStep[], readonly TraceStep[], readonly TraceStep[]];
    expect(b).toBe(a);
    expect(again).not.toBe(a);
    expect(again.at(-1)).toMatchObject({ rule: "unique_member", outcome: "failed" });
    expect(again.slice(0, -1)).toEqual(a.slice(0, -1));
  });

  it("records no trace and shares nothing without trace", () => {
    const recorder = new Recorder(undefined);
    recorder.push(TraceSteps.input);
    recorder.step("input", "annex1/4", "passed");
    expect(recorder.steps).toBeUndefined();
    expect(recorder.trace()).toBeUndefined();
  });

  it("answers the first list that ended on a path, frozen, for every later one", () => {
    const steps = new TraceSteps(2025, "10.00", "3000.00");
    const path = steps.follow(steps.start, TraceSteps.input) as TracePath;
    expect(steps.follow(steps.start, TraceSteps.input)).toBe(path);
    const first = [TraceSteps.input];
    expect(steps.traceAt(path, first)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(steps.traceAt(path, [TraceSteps.input])).toBe(first);
  });

  it(`keeps at most ${SHARED_PATH_LIMIT} paths, and still follows the ones it has`, () => {
    expect(SHARED_PATH_LIMIT).toBe(16_384);
    const steps = new TraceSteps(2025, "10.00", "3000.00");
    // the start is the first path; each step onto a new one makes one more
    const made: (TracePath | undefined)[] = [];
    let path: TracePath | undefined = steps.start;
    for (let n = 0; n < SHARED_PATH_LIMIT - 1; n++) {
      path = steps.follow(path as TracePath, steps.regularContribution(n % 7));
      made.push(path);
    }
    expect(made.filter((p) => p === undefined)).toHaveLength(0);
    expect(steps.follow(path as TracePath, TraceSteps.input)).toBeUndefined();
    expect(steps.follow(steps.start, TraceSteps.input)).toBeUndefined();
    expect(steps.follow(steps.start, steps.regularContribution(0))).toBe(made[0]);
    expect(steps.follow(made[0] as TracePath, steps.regularContribution(1))).toBe(made[1]);
  });
});

describe("TraceSteps", () => {
  it("builds the context's steps from the year, the floor and the cap", () => {
    const steps = new TraceSteps(2026, "10.00", "2500.00");
    expect(steps.parameters.values).toEqual({ floor: "10.00", cap: "2500.00" });
    expect(steps.planInForce).toMatchObject({ rule: "plan_in_force", clause: "opinion/3.5", outcome: "passed", values: { year: 2026 } });
    expect(steps.enrolled).toMatchObject({ rule: "enrolled", clause: "opinion/3.2", outcome: "passed", values: { year: 2026 } });
    for (const step of [steps.parameters, steps.planInForce, steps.enrolled, TraceSteps.input, TraceSteps.hardshipTilt, TraceSteps.standardSkipped]) expect(isDeepFrozen(step)).toBe(true);
  });

  it("answers the same step for the same figures and a new one for others", () => {
    const steps = new TraceSteps(2025, "10.00", "3000.00");
    const { ladder, hardship } = offered();
    const rung = ladder[1] as ChosenStandard;
    expect(steps.regularContribution(2)).toBe(steps.regularContribution(2));
    expect(steps.regularContribution(2).values).toEqual({ index: 2 });
    expect(steps.regularContribution(3)).not.toBe(steps.regularContribution(2));
    expect(steps.planNotSuspended("2025-06-10")).toBe(steps.planNotSuspended("2025-06-10"));
    expect(steps.standard(rung, false, 30_000)).toBe(steps.standard(rung, false, 30_000));
    expect(steps.standard(rung, true, 30_000)).not.toBe(steps.standard(rung, false, 30_000));
    expect(steps.standard(rung, false, 30_001)).not.toBe(steps.standard(rung, false, 30_000));
    expect(steps.standard(hardship, true, 30_000)).not.toBe(steps.standard(rung, true, 30_000));
    expect(steps.standard(hardship, true, 30_000).values).toEqual({ basis: "hardship", amount: "100.00", hardship: true, contributionTier: "300.00" });
    expect(steps.floor(rung)).toBe(steps.floor(rung));
    expect(steps.floor(rung).values).toEqual({ amount: "80.00", floor: "10.00" });
    expect(steps.cap(rung).values).toEqual({ amount: "80.00", cap: "3000.00" });
    expect(steps.cap(ladder[0] as ChosenStandard)).not.toBe(steps.cap(rung));
    expect(steps.belowOwnPayment(rung, 30_000)).toBe(steps.belowOwnPayment(rung, 30_000));
    expect(steps.belowOwnPayment(rung, 40_000).values).toEqual({ amount: "80.00", selfPaid: "400.00" });
    expect(steps.belowOwnPayment(ladder[2] as ChosenStandard, 40_000)).not.toBe(steps.belowOwnPayment(rung, 40_000));
  });

  it(`keeps ${SHARED_STEP_LIMIT} steps of a kind and builds any further one for its decision alone`, () => {
    expect(SHARED_STEP_LIMIT).toBe(1024);
    const steps = new TraceSteps(2025, "10.00", "3000.00");
    const rung = offered().ladder[3] as ChosenStandard;
    const kept = Array.from({ length: SHARED_STEP_LIMIT }, (_, n) => steps.belowOwnPayment(rung, 100_000 + n));
    kept.forEach((step, n) => expect(steps.belowOwnPayment(rung, 100_000 + n)).toBe(step));
    const past = steps.belowOwnPayment(rung, 100_000 + SHARED_STEP_LIMIT);
    const again = steps.belowOwnPayment(rung, 100_000 + SHARED_STEP_LIMIT);
    expect(again).not.toBe(past);
    expect(again).toEqual(past);
    expect(isDeepFrozen(again)).toBe(true);
    expect(again.values).toEqual({ amount: "300.00", selfPaid: "1010.24" });
    // the other kinds have their own room
    expect(steps.standard(rung, false, 100_000)).toBe(steps.standard(rung, false, 100_000));
  });

  it("keeps the first dates of a roster and builds a step for any date past the limit", () => {
    const steps = new TraceSteps(2025, "10.00", "3000.00");
    // distinct real dates from 2024-01-01 on
    const dates = Array.from({ length: SHARED_STEP_LIMIT + 1 }, (_, n) => {
      const year = 2024 + Math.floor(n / 336);
      return `${year}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;
    });
    expect(new Set(dates).size).toBe(SHARED_STEP_LIMIT + 1);
    const kept = dates.slice(0, SHARED_STEP_LIMIT).map((date) => steps.planNotSuspended(date));
    expect(steps.planNotSuspended(dates[SHARED_STEP_LIMIT - 1] as string)).toBe(kept[SHARED_STEP_LIMIT - 1]);
    const last = dates[SHARED_STEP_LIMIT] as string;
    expect(steps.planNotSuspended(last)).not.toBe(steps.planNotSuspended(last));
    expect(steps.planNotSuspended(last).values).toEqual({ date: last });
  });
});
