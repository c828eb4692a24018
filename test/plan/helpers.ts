// Helpers of the plan tests: the compliant plan with one part replaced.
import { checkPlan, type CheckPlanOptions, type Finding, type PlanInput } from "../../src/index.js";
import { compliantPlan, policy2025 } from "../helpers/samples.js";

type ProcedureInput = NonNullable<PlanInput["procedure"]>;
type StepName = NonNullable<ProcedureInput["steps"]>[number]["step"];

/** The compliant plan with some top-level fields replaced (`undefined` removes one). */
export function planWith(patch: { [K in keyof PlanInput]?: PlanInput[K] | undefined }): PlanInput {
  return { ...compliantPlan, ...patch } as PlanInput;
}

/** The compliant plan with some procedure fields replaced. */
export function procedureWith(patch: { [K in keyof ProcedureInput]?: ProcedureInput[K] | undefined }): PlanInput {
  return planWith({ procedure: { ...compliantPlan.procedure, ...patch } as ProcedureInput });
}

/** The compliant plan's steps with some dates changed (`null` removes the step). */
export function stepsWith(dates: { [step in StepName]?: string | null }): PlanInput {
  const steps: { step: StepName; date: string }[] = [];
  for (const entry of compliantPlan.procedure.steps) {
    const date = dates[entry.step];
    if (date !== null) steps.push({ step: entry.step, date: date ?? entry.date });
  }
  return procedureWith({ steps });
}

/** Checks a plan with the 2025 policy unless the options say otherwise. */
export function check(plan: PlanInput = compliantPlan, options: Partial<CheckPlanOptions> = {}) {
  return checkPlan(plan, { policy: policy2025, ...options });
}

/** The findings of one code. */
export function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/** code, clause, path and severity of each finding, for compact assertions. */
export function summary(findings: readonly Finding[]): [string, string, readonly (string | number)[] | undefined, string][] {
  return findings.map((finding) => [finding.code, finding.clause, finding.path, finding.severity]);
}
