// The output schemas describe the result interfaces exactly: what a schema accepts is a result,
// and every result is what the schema describes (up to `readonly`, which JSON does not carry).
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { ReadonlyDeep } from "../../src/core/readonly.js";
import {
  AccountCreditResultSchema,
  ApplicationReportSchema,
  CalendarResultSchema,
  CompareScenariosResultSchema,
  DuplicateBeneficiariesResultSchema,
  FindingSchema,
  PlanReportSchema,
  PolicySchema,
  ProjectPensionResultSchema,
  ReconcileResultSchema,
  RosterResultSchema,
  RosterRowsSchema,
  SubsidyDecisionSchema,
  TraceStepSchema,
  TransitionResultSchema,
  WorkflowStateSchema,
  type AccountCreditResult,
  type ApplicationReport,
  type CalendarResult,
  type CheckPlanResult,
  type CompareScenariosResult,
  type DecisionTier,
  type DuplicateBeneficiariesResult,
  type Finding,
  type Policy,
  type ProjectPensionResult,
  type ReconcileResult,
  type RosterResult,
  type RosterRows,
  type SubsidyDecision,
  type TraceStep,
  type TransitionResult,
  type WorkflowState,
} from "../../src/index.js";
import type { DecisionTierSchema } from "../../src/schemas/results.js";

type Out<T extends z.ZodType> = z.output<T>;

describe("output schemas", () => {
  it("describe Finding", () => {
    expectTypeOf<Out<typeof FindingSchema>>().toExtend<Finding>();
    expectTypeOf<Finding>().toExtend<ReadonlyDeep<Out<typeof FindingSchema>>>();
  });

  it("describe SubsidyDecision, its tier and its trace", () => {
    expectTypeOf<Out<typeof SubsidyDecisionSchema>>().toExtend<SubsidyDecision>();
    expectTypeOf<SubsidyDecision>().toExtend<ReadonlyDeep<Out<typeof SubsidyDecisionSchema>>>();
    expectTypeOf<Out<typeof DecisionTierSchema>>().toExtend<DecisionTier>();
    expectTypeOf<DecisionTier>().toExtend<ReadonlyDeep<Out<typeof DecisionTierSchema>>>();
    expectTypeOf<Out<typeof TraceStepSchema>>().toExtend<TraceStep>();
    expectTypeOf<TraceStep>().toExtend<ReadonlyDeep<Out<typeof TraceStepSchema>>>();
  });

  it("describe RosterResult", () => {
    expectTypeOf<Out<typeof RosterResultSchema>>().toExtend<RosterResult>();
    expectTypeOf<RosterResult>().toExtend<ReadonlyDeep<Out<typeof RosterResultSchema>>>();
  });

  it("describe checkPlan's result", () => {
    expectTypeOf<Out<typeof PlanReportSchema>>().toExtend<CheckPlanResult>();
    expectTypeOf<CheckPlanResult>().toExtend<ReadonlyDeep<Out<typeof PlanReportSchema>>>();
  });

  it("describe ApplicationReport", () => {
    expectTypeOf<Out<typeof ApplicationReportSchema>>().toExtend<ApplicationReport>();
    expectTypeOf<ApplicationReport>().toExtend<ReadonlyDeep<Out<typeof ApplicationReportSchema>>>();
  });

  it("describe the duplicate check, reconciliation and the workflow", () => {
    expectTypeOf<Out<typeof DuplicateBeneficiariesResultSchema>>().toExtend<DuplicateBeneficiariesResult>();
    expectTypeOf<DuplicateBeneficiariesResult>().toExtend<ReadonlyDeep<Out<typeof DuplicateBeneficiariesResultSchema>>>();
    expectTypeOf<Out<typeof ReconcileResultSchema>>().toExtend<ReconcileResult>();
    expectTypeOf<ReconcileResult>().toExtend<ReadonlyDeep<Out<typeof ReconcileResultSchema>>>();
    expectTypeOf<Out<typeof WorkflowStateSchema>>().toExtend<WorkflowState>();
    expectTypeOf<WorkflowState>().toExtend<ReadonlyDeep<Out<typeof WorkflowStateSchema>>>();
    expectTypeOf<Out<typeof TransitionResultSchema>>().toExtend<TransitionResult>();
    expectTypeOf<TransitionResult>().toExtend<ReadonlyDeep<Out<typeof TransitionResultSchema>>>();
  });

  it("describe the roster form", () => {
    expectTypeOf<Out<typeof RosterRowsSchema>>().toExtend<RosterRows>();
    expectTypeOf<RosterRows>().toExtend<ReadonlyDeep<Out<typeof RosterRowsSchema>>>();
  });

  it("describe the account results", () => {
    expectTypeOf<Out<typeof AccountCreditResultSchema>>().toExtend<AccountCreditResult>();
    expectTypeOf<AccountCreditResult>().toExtend<ReadonlyDeep<Out<typeof AccountCreditResultSchema>>>();
    expectTypeOf<Out<typeof ProjectPensionResultSchema>>().toExtend<ProjectPensionResult>();
    expectTypeOf<ProjectPensionResult>().toExtend<ReadonlyDeep<Out<typeof ProjectPensionResultSchema>>>();
    expectTypeOf<Out<typeof CompareScenariosResultSchema>>().toExtend<CompareScenariosResult>();
    expectTypeOf<CompareScenariosResult>().toExtend<ReadonlyDeep<Out<typeof CompareScenariosResultSchema>>>();
  });

  it("describe the policy and the working-day answers", () => {
    expectTypeOf<Out<typeof PolicySchema>>().toExtend<Policy>();
    expectTypeOf<Policy>().toExtend<ReadonlyDeep<Out<typeof PolicySchema>>>();
    expectTypeOf<Out<typeof CalendarResultSchema>>().toExtend<CalendarResult<boolean | string | number>>();
    expectTypeOf<CalendarResult<boolean>>().toExtend<ReadonlyDeep<Out<typeof CalendarResultSchema>>>();
    expectTypeOf<CalendarResult<string>>().toExtend<ReadonlyDeep<Out<typeof CalendarResultSchema>>>();
    expectTypeOf<CalendarResult<number>>().toExtend<ReadonlyDeep<Out<typeof CalendarResultSchema>>>();
  });
});
