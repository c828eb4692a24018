// The public API, by name. Internals are never re-exported.

// core
export { MAX_FEN } from "./core/money.js";
export { LIMITS } from "./models/limits.js";
export type { ReadonlyDeep } from "./core/readonly.js";
export { RULES_VERSION, PACKAGE_VERSION } from "./version.js";

// findings
export { clauses, type ClauseId } from "./findings/clauses.js";
export { findingCatalog, type FindingCode } from "./findings/findingCatalog.js";
export { chineseNames } from "./findings/names.js";
export type { Finding, FindingPath, DetailValue } from "./findings/finding.js";
export type { FindingTemplate, Severity } from "./findings/template.js";

// models
export {
  ContributionSchema,
  MemberCategorySchema,
  MemberSchema,
  type Contribution,
  type ContributionInput,
  type Member,
  type MemberCategory,
  type MemberInput,
} from "./models/member.js";
export { IdNumberSchema } from "./models/idNumber.js";
export { IsoDateSchema, MoneySchema } from "./models/primitives.js";
export {
  AssemblySchema,
  FundingSchema,
  OrganisationSchema,
  PlanSchema,
  ProcedureSchema,
  StandardsSchema,
  SubsidyTierSchema,
  SuspensionSchema,
  ThresholdSchema,
  ValiditySchema,
  YearStandardsSchema,
  type Assembly,
  type Funding,
  type Organisation,
  type Plan,
  type PlanInput,
  type Procedure,
  type Standards,
  type SubsidyTier,
  type SubsidyTierInput,
  type Suspension,
  type Threshold,
  type Validity,
  type YearStandards,
} from "./models/plan.js";

// policy
export { createPolicy, type CreatePolicyOptions, type Policy, type PolicyParameter } from "./policy/createPolicy.js";

// decision — opinion/3.2–3.3, annex2/1–2
export { computeSubsidy } from "./decision/computeSubsidy.js";
export { computeRoster, type RosterResult, type RosterTotals } from "./decision/computeRoster.js";
// decision — streaming
export { computeRosterStream, type RosterStream } from "./decision/computeRosterStream.js";
export type { ComputeSubsidyOptions, DecisionTier, SubsidyDecision, TraceRule, TraceStep } from "./decision/types.js";

// calendar — annex1/1 (working days)
export { officialCalendar } from "./calendar/officialCalendar.js";
export { CalendarDataSchema, type CalendarData, type CalendarOptions, type CalendarResult, type CalendarYear } from "./calendar/calendarData.js";
export { isWorkingDay } from "./calendar/isWorkingDay.js";
export { addWorkingDays } from "./calendar/addWorkingDays.js";
export { countWorkingDays } from "./calendar/countWorkingDays.js";

// plan — opinion/3.3–3.5, annex1/1–2, annex2
export { checkPlan, type CheckPlanOptions, type CheckPlanResult } from "./plan/checkPlan.js";

// application — annex1/3–7, annex3
export {
  ApplicationSchema,
  RosterEntrySchema,
  VoucherSchema,
  type Application,
  type ApplicationInput,
  type RosterEntry,
  type RosterEntryInput,
  type Voucher,
  type VoucherInput,
} from "./models/application.js";
export {
  checkApplication,
  type ApplicationReport,
  type ApplicationTotals,
  type CheckApplicationOptions,
} from "./application/checkApplication.js";
export { findDuplicateBeneficiaries, type DuplicateBeneficiariesResult, type FindDuplicateBeneficiariesOptions } from "./application/findDuplicateBeneficiaries.js";
export {
  transition,
  type ReconciliationOutcome,
  type ReviewReport,
  type TransitionResult,
  type WorkflowEvent,
  type WorkflowEventType,
  type WorkflowPayment,
  type WorkflowReceipt,
  type WorkflowRoster,
  type WorkflowState,
  type WorkflowStatus,
} from "./application/transition.js";
export { WORKFLOW_EVENTS, WORKFLOW_STATUSES } from "./application/workflowSchemas.js";
export { reconcile, type ReconcileInput, type ReconcileResult, type ReconcileTotals } from "./application/reconcile.js";
export { ROSTER_COLUMNS, toRosterRows, type RosterColumn, type RosterFooter, type RosterHeader, type RosterRow, type RosterRows } from "./application/toRosterRows.js";
export { toRosterCsv } from "./application/toRosterCsv.js";

// account — opinion/3.3, opinion/4
export { accountCredit, type AccountCredit, type AccountCreditFailure, type AccountCreditResult } from "./account/accountCredit.js";
export { projectPension, type PensionProjection, type ProjectionFailure, type ProjectPensionArgument, type ProjectPensionResult } from "./account/projectPension.js";
export type { ScenarioArgument } from "./account/scenario.js";
export {
  compareScenarios,
  type CompareScenariosResult,
  type ComparisonFailure,
  type ComparisonRow,
  type ComparisonRowKey,
  type ScenarioComparison,
} from "./account/compareScenarios.js";
export type { LedgerYear } from "./account/projection.js";
export {
  AccountCreditOptionsSchema,
  BilingualLabelSchema,
  ContributionScheduleSchema,
  CreditScenarioSchema,
  DecisionForBookingSchema,
  InterestRateSchema,
  ProjectPensionOptionsSchema,
  ProjectionAssumptionsSchema,
  ScheduleTierSchema,
  YearScheduleSchema,
  type AccountCreditOptions,
  type BilingualLabel,
  type ContributionSchedule,
  type ContributionScheduleInput,
  type CreditScenario,
  type CreditScenarioInput,
  type DecisionForBooking,
  type ProjectPensionOptions,
  type ProjectionAssumptions,
  type ScheduleTier,
  type YearSchedule,
} from "./account/schemas.js";

// contract — JSON Schemas for other languages
export {
  AccountCreditResultSchema,
  ApplicationReportSchema,
  ApplicationTotalsSchema,
  CalendarResultSchema,
  CompareScenariosResultSchema,
  DecisionTierSchema,
  DuplicateBeneficiariesResultSchema,
  FindingSchema,
  PlanReportSchema,
  PolicySchema,
  ProjectPensionResultSchema,
  ReconcileResultSchema,
  RosterResultSchema,
  RosterRowsSchema,
  RosterTotalsSchema,
  SubsidyDecisionSchema,
  TraceStepSchema,
  TransitionResultSchema,
  WorkflowStateSchema,
} from "./schemas/results.js";
export { jsonSchemas, type JsonSchema, type JsonSchemaName, type JsonSchemas } from "./schemas/jsonSchemas.js";
