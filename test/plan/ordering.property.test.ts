import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Finding, PlanInput } from "../../src/index.js";
import { shiftDate } from "../../src/calendar/dayNumber.js";
import { compliantPlan } from "../helpers/samples.js";
import { check } from "./helpers.js";

const ORDERING_CODES = new Set(["deliberation_out_of_order", "procedure_out_of_order"]);

/** The compliant plan with each procedure date moved: `move(date, slot)` gives the new date. */
function movedPlan(move: (date: string, slot: number) => string): PlanInput {
  const procedure = compliantPlan.procedure;
  let slot = 0;
  const next = (date: string) => move(date, slot++);
  return {
    ...compliantPlan,
    procedure: {
      ...procedure,
      steps: procedure.steps.map((entry) => ({ ...entry, date: next(entry.date) })),
      assembly: { ...procedure.assembly, date: next(procedure.assembly.date) },
      publicity: { postedOn: next(procedure.publicity.postedOn), endsOn: next(procedure.publicity.endsOn) },
      townshipApproval: { date: next(procedure.townshipApproval.date) },
      countyFiling: { date: next(procedure.countyFiling.date) },
    },
  };
}

function orderingVerdict(findings: readonly Finding[]): string[] {
  return findings.filter((f) => ORDERING_CODES.has(f.code)).map((f) => `${f.code}@${f.path?.join(".")}`);
}

// Ten dated slots: five steps, the assembly, publicity start and end, approval, filing.
const jitter = fc.array(fc.integer({ min: -12, max: 12 }), { minLength: 10, maxLength: 10 });
// Base dates lie in 2025-05-06 … 2025-06-03; ±12 days and these weeks keep every date in 2024–2026.
const weeks = fc.integer({ min: -55, max: 70 });

describe("checkPlan", () => {
  it("keeps its ordering verdict when every date moves by the same whole number of weeks", () => {
    fc.assert(
      fc.property(jitter, weeks, (offsets, shift) => {
        const plan = movedPlan((date, slot) => shiftDate(date, offsets[slot] ?? 0));
        const shifted = movedPlan((date, slot) => shiftDate(date, (offsets[slot] ?? 0) + 7 * shift));
        expect(orderingVerdict(check(shifted).findings)).toEqual(orderingVerdict(check(plan).findings));
      }),
    );
  });

  it("finds the compliant plan in order wherever it is moved by whole weeks", () => {
    fc.assert(
      fc.property(weeks, (shift) => {
        expect(orderingVerdict(check(movedPlan((date) => shiftDate(date, 7 * shift))).findings)).toEqual([]);
      }),
    );
  });

  it("does find ordering problems among the jittered plans (the property is not vacuous)", () => {
    const plan = movedPlan((date, slot) => (slot === 9 ? shiftDate(date, -7) : date));
    expect(orderingVerdict(check(plan).findings)).toEqual(["procedure_out_of_order@plan.procedure.countyFiling.date"]);
  });
});
