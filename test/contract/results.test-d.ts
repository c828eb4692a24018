// The output schemas describe the result interfaces exactly: what a schema accepts is a result,
// and every result is what the schema describes (up to `readonly`, which JSON does not carry).
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { ReadonlyDeep } from "../../src/core/readonly.js";
import type {
  AccountCreditResult,
  ApplicationReport,
  CalendarResult,
  CheckPlanResult,
  CompareScenariosResult,
  DecisionTier,
  DuplicateBeneficiariesResult,
  Finding,
  Policy,
  ProjectPensionResult,
  ReconcileResult,
  RosterResult,
  RosterRows,
  SubsidyDecision,
  TraceStep,
  TransitionResult,
  WorkflowState,
} from "../../src/index.js";
import type { SubsidyDecisionSchema } from "../../src/index.js";
import type { InferredResults } from "../../src/schemas/results.js";

type Out<K extends keyof InferredResults> = InferredResults[K];

describe("output schemas", () => {
  it("are exported typed by the result interfaces", () => {
    expectTypeOf<z.output<typeof SubsidyDecisionSchema>>().toEqualTypeOf<SubsidyDecision>();
  });

  it("describe Finding", () => {
    expectTypeOf<Out<"Finding">>().toExtend<Finding>();
    expectTypeOf<Finding>().toExtend<ReadonlyDeep<Out<"Finding">>>();
  });

  it("describe SubsidyDecision, its tier and its trace", () => {
    expectTypeOf<Out<"SubsidyDecision">>().toExtend<SubsidyDecision>();
    expectTypeOf<SubsidyDecision>().toExtend<ReadonlyDeep<Out<"SubsidyDecision">>>();
    expectTypeOf<Out<"DecisionTier">>().toExtend<DecisionTier>();
    expectTypeOf<DecisionTier>().toExtend<ReadonlyDeep<Out<"DecisionTier">>>();
    expectTypeOf<Out<"TraceStep">>().toExtend<TraceStep>();
    expectTypeOf<TraceStep>().toExtend<ReadonlyDeep<Out<"TraceStep">>>();
  });

  it("describe RosterResult", () => {
    expectTypeOf<Out<"RosterResult">>().toExtend<RosterResult>();
    expectTypeOf<RosterResult>().toExtend<ReadonlyDeep<Out<"RosterResult">>>();
  });

  it("describe checkPlan's result", () => {
    expectTypeOf<Out<"PlanReport">>().toExtend<CheckPlanResult>();
    expectTypeOf<CheckPlanResult>().toExtend<ReadonlyDeep<Out<"PlanReport">>>();
  });

  it("describe ApplicationReport", () => {
    expectTypeOf<Out<"ApplicationReport">>().toExtend<ApplicationReport>();
    expectTypeOf<ApplicationReport>().toExtend<ReadonlyDeep<Out<"ApplicationReport">>>();
  });

  it("describe the duplicate check, reconciliation and the workflow", () => {
    expectTypeOf<Out<"DuplicateBeneficiariesResult">>().toExtend<DuplicateBeneficiariesResult>();
    expectTypeOf<DuplicateBeneficiariesResult>().toExtend<ReadonlyDeep<Out<"DuplicateBeneficiariesResult">>>();
    expectTypeOf<Out<"ReconcileResult">>().toExtend<ReconcileResult>();
    expectTypeOf<ReconcileResult>().toExtend<ReadonlyDeep<Out<"ReconcileResult">>>();
    expectTypeOf<Out<"WorkflowState">>().toExtend<WorkflowState>();
    expectTypeOf<WorkflowState>().toExtend<ReadonlyDeep<Out<"WorkflowState">>>();
    expectTypeOf<Out<"TransitionResult">>().toExtend<TransitionResult>();
    expectTypeOf<TransitionResult>().toExtend<ReadonlyDeep<Out<"TransitionResult">>>();
  });

  it("describe the roster form", () => {
    expectTypeOf<Out<"RosterRows">>().toExtend<RosterRows>();
    expectTypeOf<RosterRows>().toExtend<ReadonlyDeep<Out<"RosterRows">>>();
  });

  it("describe the account results", () => {
    expectTypeOf<Out<"AccountCreditResult">>().toExtend<AccountCreditResult>();
    expectTypeOf<AccountCreditResult>().toExtend<ReadonlyDeep<Out<"AccountCreditResult">>>();
    expectTypeOf<Out<"ProjectPensionResult">>().toExtend<ProjectPensionResult>();
    expectTypeOf<ProjectPensionResult>().toExtend<ReadonlyDeep<Out<"ProjectPensionResult">>>();
    expectTypeOf<Out<"CompareScenariosResult">>().toExtend<CompareScenariosResult>();
    expectTypeOf<CompareScenariosResult>().toExtend<ReadonlyDeep<Out<"CompareScenariosResult">>>();
  });

  it("describe the policy and the working-day answers", () => {
    expectTypeOf<Out<"Policy">>().toExtend<Policy>();
    expectTypeOf<Policy>().toExtend<ReadonlyDeep<Out<"Policy">>>();
    expectTypeOf<Out<"CalendarResult">>().toExtend<CalendarResult<boolean | string | number>>();
    expectTypeOf<CalendarResult<boolean>>().toExtend<ReadonlyDeep<Out<"CalendarResult">>>();
    expectTypeOf<CalendarResult<string>>().toExtend<ReadonlyDeep<Out<"CalendarResult">>>();
    expectTypeOf<CalendarResult<number>>().toExtend<ReadonlyDeep<Out<"CalendarResult">>>();
  });
});
