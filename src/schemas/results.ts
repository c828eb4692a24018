/**
 * The shapes of the results, as zod schemas, for hosts that receive them as JSON (issue 5, the
 * contract for other languages). They describe exactly the result interfaces of the functions
 * (`SubsidyDecision`, `CheckPlanResult`, `ApplicationReport`, …; a type test keeps them equal)
 * and are turned into JSON Schema 2020-12 by `jsonSchemas()`. Money out is always yuan with
 * exactly two decimals; dates are `YYYY-MM-DD`. Every finding cites a clause of the policy.
 *
 * Each schema is built here with its inferred type (camelCase, internal) and exported typed by
 * its result interface (PascalCase), so that the published declarations stay small; the type
 * test compares the inferred types with the interfaces. Every top-level call is marked pure, so
 * a host that imports only `computeSubsidy` does not build them.
 */
import * as z from "zod";
import type { AccountCreditResult } from "../account/accountCredit.js";
import type { CompareScenariosResult } from "../account/compareScenarios.js";
import type { ProjectPensionResult } from "../account/projectPension.js";
import type { ApplicationReport, ApplicationTotals } from "../application/checkApplication.js";
import type { DuplicateBeneficiariesResult } from "../application/findDuplicateBeneficiaries.js";
import type { ReconcileResult } from "../application/reconcile.js";
import { ROSTER_COLUMNS, type RosterRows } from "../application/toRosterRows.js";
import type { TransitionResult, WorkflowState } from "../application/transition.js";
import { WORKFLOW_STATUSES } from "../application/workflowSchemas.js";
import type { CalendarResult } from "../calendar/calendarData.js";
import type { RosterResult, RosterTotals } from "../decision/computeRoster.js";
import type { DecisionTier, SubsidyDecision, TraceStep } from "../decision/types.js";
import { clauses, type ClauseId } from "../findings/clauses.js";
import type { DetailValue, Finding } from "../findings/finding.js";
import type { CheckPlanResult } from "../plan/checkPlan.js";
import type { Policy } from "../policy/createPolicy.js";
import { findingCatalog, type FindingCode } from "../findings/findingCatalog.js";
import { DATE_PATTERN } from "../models/primitives.js";
import { builtSchema, lazySchema } from "../core/lazy.js";

/** Yuan printed with exactly two decimals, never negative: `"60.00"`. */
const YuanSchema = lazySchema(() => z
  .string()
  .regex(/^(0|[1-9]\d*)\.\d{2}$/)
  .meta({ description: "Yuan with exactly two decimals, e.g. \"60.00\"." }));

/** Yuan printed with exactly two decimals, a minus sign in front when negative: `"-0.01"`. */
const SignedYuanSchema = lazySchema(() => z
  .string()
  .regex(/^-?(0|[1-9]\d*)\.\d{2}$/)
  .meta({ description: "Yuan with exactly two decimals, \"-\" in front when negative." }));

/** A date printed `YYYY-MM-DD`. */
const DateSchema = lazySchema(() => z
  .string()
  .regex(new RegExp(DATE_PATTERN))
  .meta({ description: "An ISO calendar date YYYY-MM-DD.", format: "date" }));

const BilingualSchema = lazySchema(() => z.object({ zh: z.string(), en: z.string() }));

/** A clause id of the policy's clause index. */
const ClauseIdSchema = lazySchema(() => z.enum(Object.keys(clauses) as [ClauseId, ...ClauseId[]]));

/** A finding's details: plain JSON values. */
const DetailValueSchema: z.ZodType<DetailValue> = lazySchema(() => z
  .lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(builtSchema(DetailValueSchema)), z.record(z.string(), builtSchema(DetailValueSchema))]))
  .meta({ id: "DetailValue", description: "A plain JSON value: string, number, boolean, null, array or object of them." }));

/** One reason in a result: a code of `findingCatalog`, its severity, its clause, both messages, where it points and its figures. */
const findingSchema = lazySchema(() => z
  .object({
    code: z.enum(Object.keys(findingCatalog) as [FindingCode, ...FindingCode[]]),
    severity: z.enum(["error", "warning"]),
    clause: ClauseIdSchema,
    message: BilingualSchema,
    path: z.array(z.union([z.string(), z.number().int()])).optional(),
    details: z.record(z.string(), builtSchema(DetailValueSchema)).optional(),
  })
  .meta({ description: "A finding: a stable code of the findings catalogue with its severity, clause, zh/en message, input path and details." }));

const FindingsSchema = lazySchema(() => z.array(findingSchema));

/** The rules of a decision's trace, in the order they are applied. */
const TraceRuleSchema = lazySchema(() => z.enum([
  "input",
  "parameters",
  "plan_in_force",
  "plan_not_suspended",
  "collective_member",
  "enrolled",
  "regular_contribution",
  "single_regular_contribution",
  "contribution_consistent",
  "standard",
  "floor",
  "cap",
  "no_full_substitution",
  "unique_member",
]));

/** One step of a decision's explanation. */
const traceStepSchema = lazySchema(() => z.object({
  rule: TraceRuleSchema,
  clause: ClauseIdSchema,
  outcome: z.enum(["passed", "failed", "skipped"]),
  label: BilingualSchema,
  values: z.record(z.string(), builtSchema(DetailValueSchema)).optional(),
}));

/** The rung of the plan's ladder a decision used. */
const decisionTierSchema = lazySchema(() => z.object({
  index: z.number().int().min(0),
  minTier: YuanSchema,
  maxTier: YuanSchema.optional(),
  amount: YuanSchema,
}));

/** The decision for one member and one year (`computeSubsidy`). */
const subsidyDecisionSchema = lazySchema(() => z
  .object({
    status: z.enum(["granted", "denied", "invalid"]),
    memberId: z.string().nullable(),
    year: z.number().int().nullable(),
    amount: YuanSchema,
    basis: z.enum(["hardship", "ladder"]).optional(),
    tier: decisionTierSchema.optional(),
    findings: FindingsSchema,
    trace: z.array(traceStepSchema).optional(),
    rulesVersion: z.string(),
  })
  .meta({ description: "computeSubsidy's decision: granted (pay amount), denied (a rule forbids it) or invalid (the input does not allow a decision)." }));

/** Counts and the total of a roster's decisions. */
const rosterTotalsSchema = lazySchema(() => z.object({
  members: z.number().int().min(0),
  granted: z.number().int().min(0),
  denied: z.number().int().min(0),
  invalid: z.number().int().min(0),
  amount: YuanSchema,
}));

/** The decisions of a whole roster, with totals (`computeRoster`). */
const rosterResultSchema = lazySchema(() => z
  .object({
    decisions: z.array(subsidyDecisionSchema),
    totals: rosterTotalsSchema,
    findings: FindingsSchema,
    rulesVersion: z.string(),
  })
  .meta({ description: "computeRoster's result: one decision per member in input order, with totals." }));

/** The plan check's report (`checkPlan`): compliant when no finding is an error. */
const planReportSchema = lazySchema(() => z
  .object({
    compliant: z.boolean(),
    findings: FindingsSchema,
    rulesVersion: z.string(),
  })
  .meta({ description: "checkPlan's report: compliant when no finding is an error." }));

/** Counts and sums of an application's roster. */
const applicationTotalsSchema = lazySchema(() => z.object({
  members: z.number().int().min(0),
  granted: z.number().int().min(0),
  denied: z.number().int().min(0),
  invalid: z.number().int().min(0),
  claimed: YuanSchema,
  computed: YuanSchema,
}));

/** The agency's re-check of an application (`checkApplication`). */
const applicationReportSchema = lazySchema(() => z
  .object({
    compliant: z.boolean(),
    findings: FindingsSchema,
    totals: applicationTotalsSchema,
    decisions: z.array(subsidyDecisionSchema),
    rulesVersion: z.string(),
  })
  .meta({ description: "checkApplication's report: the application's findings, then the roster's, with one decision per row." }));

/** The result of `findDuplicateBeneficiaries`. */
const duplicateBeneficiariesResultSchema = lazySchema(() => z.object({
  findings: FindingsSchema,
  rulesVersion: z.string(),
}));

/** The result of `reconcile`. */
const reconcileResultSchema = lazySchema(() => z
  .object({
    balanced: z.boolean(),
    totals: z.object({ roster: YuanSchema, payment: YuanSchema, bookings: YuanSchema }),
    findings: FindingsSchema,
    rulesVersion: z.string(),
  })
  .meta({ description: "reconcile's result: balanced when roster, payment and bookings agree to the fen." }));

const WorkflowRosterSchema = lazySchema(() => z.object({ members: z.number().int().min(0), total: YuanSchema }));
const WorkflowPaymentSchema = lazySchema(() => z.object({
  number: z.string(),
  amount: YuanSchema,
  date: DateSchema,
  account: z.enum(["fund_fiscal_revenue", "other"]),
}));
const WorkflowReceiptSchema = lazySchema(() => z.object({ voucher: z.string(), amount: YuanSchema, date: DateSchema }));

/** A state of the agency's workflow (annex1/3–7) with what it has established so far. */
const workflowStateSchema = lazySchema(() => z.discriminatedUnion("status", [
  z.object({ status: z.literal("draft"), applicationId: z.string() }),
  z.object({ status: z.literal("submitted"), applicationId: z.string() }),
  z.object({ status: z.literal("returned"), applicationId: z.string(), findings: FindingsSchema }),
  z.object({ status: z.literal("reviewed"), applicationId: z.string(), roster: WorkflowRosterSchema }),
  z.object({ status: z.literal("standards_entered"), applicationId: z.string(), roster: WorkflowRosterSchema }),
  z.object({ status: z.literal("paid"), applicationId: z.string(), roster: WorkflowRosterSchema, payment: WorkflowPaymentSchema }),
  z.object({ status: z.literal("allocated"), applicationId: z.string(), roster: WorkflowRosterSchema, payment: WorkflowPaymentSchema }),
  z.object({ status: z.literal("reconciled"), applicationId: z.string(), roster: WorkflowRosterSchema, payment: WorkflowPaymentSchema }),
  z.object({
    status: z.literal("receipted"),
    applicationId: z.string(),
    roster: WorkflowRosterSchema,
    payment: WorkflowPaymentSchema,
    receipt: WorkflowReceiptSchema,
  }),
]));

/** The result of `transition`: the next state, or why the event cannot happen. */
const transitionResultSchema = lazySchema(() => z
  .discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), state: workflowStateSchema }),
    z.object({ ok: z.literal(false), findings: FindingsSchema }),
  ])
  .meta({ description: `transition's result: { ok: true, state } with state.status one of ${WORKFLOW_STATUSES.join(", ")}, or { ok: false, findings }.` }));

/** One row of the roster form (annex3): a text cell per column. */
const RosterRowSchema = lazySchema(() => z.object({
  序号: z.string(),
  姓名: z.string(),
  公民身份号码: z.string(),
  人员类别: z.string(),
  缴费年度: z.string(),
  个人缴费档次: z.string(),
  个人缴纳金额: z.string(),
  政府代缴金额: z.string(),
  集体补助金额: z.string(),
  备注: z.string(),
}));

/** The roster form (annex3) as rows (`toRosterRows`). */
const rosterRowsSchema = lazySchema(() => z.object({
  title: z.string(),
  header: z.object({ 单位: z.string(), 填表时间: z.string() }),
  columns: z.array(z.enum(ROSTER_COLUMNS)),
  rows: z.array(RosterRowSchema),
  footer: z.object({ 合计人数: z.number().int().min(0), 合计金额: YuanSchema, 制表人: z.string(), 审核人: z.string(), 负责人: z.string() }),
  findings: FindingsSchema,
  rulesVersion: z.string(),
}));

/** The result of `accountCredit`: the year's credit by line, or why none could be booked. */
const accountCreditResultSchema = lazySchema(() => z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    memberId: z.string(),
    year: z.number().int(),
    tier: YuanSchema,
    ownContribution: YuanSchema,
    governmentPaid: YuanSchema,
    governmentSubsidy: YuanSchema,
    collectiveSubsidy: YuanSchema,
    total: YuanSchema,
    collectiveStatus: z.enum(["granted", "denied", "invalid", "none"]),
    findings: FindingsSchema,
    rulesVersion: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    memberId: z.string().nullable(),
    year: z.number().int().nullable(),
    findings: FindingsSchema,
    rulesVersion: z.string(),
  }),
]));

const LedgerYearSchema = lazySchema(() => z.object({
  year: z.number().int().min(1),
  age: z.number().int(),
  credit: YuanSchema,
  interest: YuanSchema,
  balance: YuanSchema,
}));

/** A successful pension projection. */
const PensionProjectionSchema = lazySchema(() => z.object({
  ok: z.literal(true),
  age: z.number().int(),
  years: z.number().int().min(0),
  yearsContributed: z.number().int().min(0),
  interestRate: z.string(),
  openingBalance: YuanSchema,
  totalCredited: YuanSchema,
  totalInterest: YuanSchema,
  balanceAt60: YuanSchema,
  divisor: z.number().int(),
  monthlyPersonalAccountPension: YuanSchema,
  monthlyBasicPension: YuanSchema,
  monthlyPension: YuanSchema,
  ledger: z.array(LedgerYearSchema),
  findings: FindingsSchema,
  rulesVersion: z.string(),
}));

const FailureSchema = lazySchema(() => z.object({ ok: z.literal(false), findings: FindingsSchema, rulesVersion: z.string() }));

/** The result of `projectPension`. */
const projectPensionResultSchema = lazySchema(() => z.discriminatedUnion("ok", [PensionProjectionSchema, FailureSchema]));

const ComparisonRowSchema = lazySchema(() => z.object({
  key: z.enum([
    "tier",
    "ownContribution",
    "governmentPaid",
    "governmentSubsidy",
    "collectiveSubsidy",
    "yearlyCredit",
    "totalCredited",
    "totalInterest",
    "balanceAt60",
    "monthlyPersonalAccountPension",
    "monthlyBasicPension",
    "monthlyPension",
  ]),
  label: BilingualSchema,
  a: YuanSchema,
  b: YuanSchema,
  difference: SignedYuanSchema,
}));

/** The result of `compareScenarios`. */
const compareScenariosResultSchema = lazySchema(() => z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    columns: z.object({ item: BilingualSchema, a: BilingualSchema, b: BilingualSchema, difference: BilingualSchema }),
    rows: z.array(ComparisonRowSchema),
    note: BilingualSchema,
    a: PensionProjectionSchema,
    b: PensionProjectionSchema,
    findings: FindingsSchema,
    rulesVersion: z.string(),
  }),
  FailureSchema,
]));

const PolicyParameterSchema = lazySchema(() => z.object({
  value: YuanSchema,
  source: z.string(),
  clause: ClauseIdSchema,
}));

/** The parameters `createPolicy` returns, each with its source. */
const policySchema = lazySchema(() => z.object({
  kind: z.literal("collective-pension-subsidy/policy"),
  floor: PolicyParameterSchema,
  highestTier: z.record(z.string(), PolicyParameterSchema),
  findings: FindingsSchema,
  rulesVersion: z.string(),
}));

/** A working-day answer (`isWorkingDay`, `addWorkingDays`, `countWorkingDays`): the value, or the findings that prevent one. */
const calendarResultSchema = lazySchema(() => z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), value: z.union([z.boolean(), DateSchema, z.number().int()]) }),
  z.object({ ok: z.literal(false), findings: FindingsSchema }),
]));

/** The types the schemas infer, for the type test that ties them to the result interfaces. */
export interface InferredResults {
  readonly Finding: z.output<typeof findingSchema>;
  readonly TraceStep: z.output<typeof traceStepSchema>;
  readonly DecisionTier: z.output<typeof decisionTierSchema>;
  readonly SubsidyDecision: z.output<typeof subsidyDecisionSchema>;
  readonly RosterTotals: z.output<typeof rosterTotalsSchema>;
  readonly RosterResult: z.output<typeof rosterResultSchema>;
  readonly PlanReport: z.output<typeof planReportSchema>;
  readonly ApplicationTotals: z.output<typeof applicationTotalsSchema>;
  readonly ApplicationReport: z.output<typeof applicationReportSchema>;
  readonly DuplicateBeneficiariesResult: z.output<typeof duplicateBeneficiariesResultSchema>;
  readonly ReconcileResult: z.output<typeof reconcileResultSchema>;
  readonly WorkflowState: z.output<typeof workflowStateSchema>;
  readonly TransitionResult: z.output<typeof transitionResultSchema>;
  readonly RosterRows: z.output<typeof rosterRowsSchema>;
  readonly AccountCreditResult: z.output<typeof accountCreditResultSchema>;
  readonly ProjectPensionResult: z.output<typeof projectPensionResultSchema>;
  readonly CompareScenariosResult: z.output<typeof compareScenariosResultSchema>;
  readonly Policy: z.output<typeof policySchema>;
  readonly CalendarResult: z.output<typeof calendarResultSchema>;
}

/** A {@link Finding}: a code of `findingCatalog`, its severity, its clause, both messages, the input path and the details. */
export const FindingSchema: z.ZodType<Finding> = findingSchema;
/** A {@link TraceStep} of a decision's explanation. */
export const TraceStepSchema: z.ZodType<TraceStep> = traceStepSchema;
/** The {@link DecisionTier} (ladder rung) a decision used. */
export const DecisionTierSchema: z.ZodType<DecisionTier> = decisionTierSchema;
/** A {@link SubsidyDecision}, as `computeSubsidy` returns it. */
export const SubsidyDecisionSchema: z.ZodType<SubsidyDecision> = subsidyDecisionSchema;
/** The {@link RosterTotals} of `computeRoster`. */
export const RosterTotalsSchema: z.ZodType<RosterTotals> = rosterTotalsSchema;
/** A {@link RosterResult}, as `computeRoster` returns it. */
export const RosterResultSchema: z.ZodType<RosterResult> = rosterResultSchema;
/** `checkPlan`'s report, a {@link CheckPlanResult}. */
export const PlanReportSchema: z.ZodType<CheckPlanResult> = planReportSchema;
/** The {@link ApplicationTotals} of `checkApplication`. */
export const ApplicationTotalsSchema: z.ZodType<ApplicationTotals> = applicationTotalsSchema;
/** An {@link ApplicationReport}, as `checkApplication` returns it. */
export const ApplicationReportSchema: z.ZodType<ApplicationReport> = applicationReportSchema;
/** A {@link DuplicateBeneficiariesResult}, as `findDuplicateBeneficiaries` returns it. */
export const DuplicateBeneficiariesResultSchema: z.ZodType<DuplicateBeneficiariesResult> = duplicateBeneficiariesResultSchema;
/** A {@link ReconcileResult}, as `reconcile` returns it. */
export const ReconcileResultSchema: z.ZodType<ReconcileResult> = reconcileResultSchema;
/** A {@link WorkflowState}, as `transition` returns it. */
export const WorkflowStateSchema: z.ZodType<WorkflowState> = workflowStateSchema;
/** A {@link TransitionResult}, as `transition` returns it. */
export const TransitionResultSchema: z.ZodType<TransitionResult> = transitionResultSchema;
/** The roster form, {@link RosterRows}, as `toRosterRows` returns it. */
export const RosterRowsSchema: z.ZodType<RosterRows> = rosterRowsSchema;
/** An {@link AccountCreditResult}, as `accountCredit` returns it. */
export const AccountCreditResultSchema: z.ZodType<AccountCreditResult> = accountCreditResultSchema;
/** A {@link ProjectPensionResult}, as `projectPension` returns it. */
export const ProjectPensionResultSchema: z.ZodType<ProjectPensionResult> = projectPensionResultSchema;
/** A {@link CompareScenariosResult}, as `compareScenarios` returns it. */
export const CompareScenariosResultSchema: z.ZodType<CompareScenariosResult> = compareScenariosResultSchema;
/** A {@link Policy}, as `createPolicy` returns it. */
export const PolicySchema: z.ZodType<Policy> = policySchema;
/** A working-day answer, a {@link CalendarResult} of a boolean, a date or a count. */
export const CalendarResultSchema: z.ZodType<CalendarResult<boolean | string | number>> = calendarResultSchema;
