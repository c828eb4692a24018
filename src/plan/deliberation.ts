/**
 * 四议两公开 — annex1/1, opinion/3.5, FACTS.md §4: the plan is decided by proposal, joint
 * committees, Party members' review, assembly resolution and publication of the resolution, in
 * that order. Consecutive steps may share a date; a step may not come before one it follows.
 * `results_published` comes after implementation and is not required of a plan.
 */
import { makeFinding, type Finding } from "../findings/finding.js";
import { DELIBERATION_STEPS, type DeliberationStepName } from "../models/plan.js";
import type { PlanCheckContext } from "./context.js";

/** The steps a plan must have held before it is approved. */
const REQUIRED_STEPS: readonly DeliberationStepName[] = DELIBERATION_STEPS.filter((step) => step !== "results_published");

/** Reports `deliberation_step_missing` and `deliberation_out_of_order`. */
export function checkDeliberation({ plan }: PlanCheckContext): Finding[] {
  const steps = plan.procedure?.steps ?? [];
  const firstIndex = new Map<DeliberationStepName, number>();
  steps.forEach((entry, index) => {
    if (!firstIndex.has(entry.step)) firstIndex.set(entry.step, index);
  });
  const findings = REQUIRED_STEPS.filter((step) => !firstIndex.has(step)).map((step) =>
    makeFinding("deliberation_step_missing", ["plan", "procedure", "steps"], { step }),
  );
  let latest: { step: DeliberationStepName; date: string } | undefined;
  for (const step of DELIBERATION_STEPS) {
    const index = firstIndex.get(step);
    if (index === undefined) continue;
    const { date } = steps[index] as { date: string };
    if (latest !== undefined && date < latest.date) {
      findings.push(makeFinding("deliberation_out_of_order", ["plan", "procedure", "steps", index, "date"], { step, date, previous: latest.step, previousDate: latest.date }));
    } else {
      latest = { step, date };
    }
  }
  return findings;
}
