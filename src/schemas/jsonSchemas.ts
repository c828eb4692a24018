import * as z from "zod";
import { CalendarDataSchema } from "../calendar/calendarData.js";
import { VoucherSchema } from "../models/application.js";
import { ContributionSchema, MemberSchema } from "../models/member.js";
import { PlanSchema } from "../models/plan.js";
import { AccountCreditOptionsSchema, CreditScenarioSchema, ProjectionAssumptionsSchema, ProjectPensionOptionsSchema } from "../account/schemas.js";
import { PACKAGE_VERSION } from "../version.js";
import { contractInputSchemas } from "./inputs.js";
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
  TransitionResultSchema,
  WorkflowStateSchema,
} from "./results.js";

/** A JSON Schema 2020-12 document: `$schema`, `$id`, `title`, `description` and its keywords. */
export interface JsonSchema {
  readonly $schema: "https://json-schema.org/draft/2020-12/schema";
  /** where the file lives in the published package: `…/dist/schemas/<title>.json` */
  readonly $id: string;
  readonly title: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

/** The names of the schemas `jsonSchemas()` returns, which are also the file names under `dist/schemas/`. */
export type JsonSchemaName =
  | "Member"
  | "Contribution"
  | "Plan"
  | "Application"
  | "Voucher"
  | "PolicyOptions"
  | "SubsidyOptions"
  | "PlanCheckOptions"
  | "ApplicationCheckOptions"
  | "CalendarData"
  | "CalendarOptions"
  | "AccountCreditOptions"
  | "ProjectPensionOptions"
  | "ProjectionAssumptions"
  | "CreditScenario"
  | "Finding"
  | "SubsidyDecision"
  | "RosterResult"
  | "PlanReport"
  | "ApplicationReport"
  | "DuplicateBeneficiariesResult"
  | "ReconcileResult"
  | "WorkflowState"
  | "TransitionResult"
  | "RosterRows"
  | "AccountCreditResult"
  | "ProjectPensionResult"
  | "CompareScenariosResult"
  | "Policy"
  | "CalendarResult";

/** Every schema of the contract, by name. */
export type JsonSchemas = { readonly [name in JsonSchemaName]: JsonSchema };

type Entry = readonly [schema: z.ZodType, io: "input" | "output", description: string];

/**
 * The JSON Schemas (2020-12) of what a host sends and what it receives, for hosts that do not
 * read TypeScript.
 *
 * @remarks
 * Inputs (`Member`, `Plan`, `Application`, the options, …) are described as a host sends them:
 * money as a JSON number or a decimal string of yuan (at least 0, at most two decimals — pattern
 * `^(0|[1-9]\d{0,11})(\.\d{1,2})?$` for strings), dates as `YYYY-MM-DD` with `format: "date"`.
 * Outputs (`SubsidyDecision`, `PlanReport` — checkPlan's result —, `ApplicationReport`, `Finding`,
 * …) are described as the library returns them: money as a string of yuan with exactly two
 * decimals, finding codes and clause ids as enums, no other properties. A JSON host never holds a
 * `Policy` object: `PolicyOptions` (createPolicy's input) takes its place in `SubsidyOptions`,
 * `PlanCheckOptions` and `ApplicationCheckOptions`, as in the conformance fixtures. A schema
 * cannot check everything the library checks (an ID number's check character, a ladder rung's
 * maximum not below its minimum, present ≤ eligible): a document the schema accepts may still
 * get an `invalid_input` or `invalid_id_number` finding; a document it rejects is always refused.
 * No rounding happens here. The schemas are built on each call; the build writes them to
 * `dist/schemas/<name>.json`.
 *
 * @returns every schema by name, each with `$schema`, `$id` (its place in the published package),
 * `title` (the name) and `description`
 *
 * @example
 * ```ts
 * const schemas = jsonSchemas();
 * schemas.Member.title;
 * //=> "Member"
 * schemas.Member.required;
 * //=> ["id", "name", "collectiveMember", "enrolled", "category", "contributions"]
 * schemas.SubsidyDecision.properties.status.enum;
 * //=> ["granted", "denied", "invalid"]
 * schemas.Contribution.properties.paidOn.format;
 * //=> "date"
 * ```
 */
export function jsonSchemas(): JsonSchemas {
  const contract = contractInputSchemas();
  const entries: { readonly [name in JsonSchemaName]: Entry } = {
    Member: [MemberSchema, "input", "A member of the collective economic organisation with the contributions on record (opinion/3.2)."],
    Contribution: [ContributionSchema, "input", "One contribution line: the year it is for, regular or one-time back payment, the tier, the own and the government-paid parts."],
    Plan: [PlanSchema, "input", "The organisation's implementation plan (实施方案, annex1/1, annex2): standards, funding, procedure, suspensions."],
    Application: [contract.Application, "input", "The organisation's yearly application (annex1/3) with the plan attached and the roster of members and amounts claimed."],
    Voucher: [VoucherSchema, "input", "A payment voucher (annex1/5–7): number, amount, date and the account paid into."],
    PolicyOptions: [contract.PolicyOptions, "input", "createPolicy's input: the year's highest Sichuan contribution tier, keyed by year. JSON hosts send it wherever the API takes a policy."],
    SubsidyOptions: [contract.SubsidyOptions, "input", "The options of computeSubsidy and computeRoster, with the policy given as createPolicy's input."],
    PlanCheckOptions: [contract.PlanCheckOptions, "input", "The options of checkPlan, with the policy given as createPolicy's input."],
    ApplicationCheckOptions: [contract.ApplicationCheckOptions, "input", "The options of checkApplication, with the policy given as createPolicy's input."],
    CalendarData: [CalendarDataSchema, "input", "A working-day calendar: per year the holidays (off) and make-up working days (work)."],
    CalendarOptions: [contract.CalendarOptions, "input", "The options of isWorkingDay, addWorkingDays and countWorkingDays: a calendar to use instead of the official one (2024–2026)."],
    AccountCreditOptions: [AccountCreditOptionsSchema, "input", "The options of accountCredit: the year and the host's schedule of government contribution subsidies."],
    ProjectPensionOptions: [ProjectPensionOptionsSchema, "input", "The options of projectPension: the assumptions and either a scenario or the yearly credits."],
    ProjectionAssumptions: [ProjectionAssumptionsSchema, "input", "The assumptions compareScenarios shares between both scenarios."],
    CreditScenario: [CreditScenarioSchema, "input", "What goes into the personal account each year under one scenario, by line (a successful accountCredit result is one)."],
    Finding: [FindingSchema, "output", "A finding: a stable code of the findings catalogue with its severity, clause, zh/en message, input path and details."],
    SubsidyDecision: [SubsidyDecisionSchema, "output", "computeSubsidy's decision: granted (pay amount), denied (a rule forbids it) or invalid (the input does not allow a decision)."],
    RosterResult: [RosterResultSchema, "output", "computeRoster's result: one decision per member in input order, with totals."],
    PlanReport: [PlanReportSchema, "output", "checkPlan's report: compliant when no finding is an error."],
    ApplicationReport: [ApplicationReportSchema, "output", "checkApplication's report: the application's findings, then the roster's, with one decision per row."],
    DuplicateBeneficiariesResult: [DuplicateBeneficiariesResultSchema, "output", "findDuplicateBeneficiaries's result: an organisation applying twice for a year, a member listed again by the same organisation, a member listed by several organisations, and subsidies above the year's highest tier."],
    ReconcileResult: [ReconcileResultSchema, "output", "reconcile's result: balanced when roster, payment and bookings agree to the fen."],
    WorkflowState: [WorkflowStateSchema, "output", "A state of the agency's workflow (annex1/3–7), as transition returns it and a host stores it."],
    TransitionResult: [TransitionResultSchema, "output", "transition's result: the next state, or the findings that stop the event."],
    RosterRows: [RosterRowsSchema, "output", "toRosterRows's result: the roster form (annex3) as rows of text cells, with its footer."],
    AccountCreditResult: [AccountCreditResultSchema, "output", "accountCredit's result: the year's credit to the personal account by line, or why none could be booked."],
    ProjectPensionResult: [ProjectPensionResultSchema, "output", "projectPension's result: the balance at 60, the monthly pension and the ledger, or why none could be projected."],
    CompareScenariosResult: [CompareScenariosResultSchema, "output", "compareScenarios's result: two scenarios side by side as a printable table."],
    Policy: [PolicySchema, "output", "createPolicy's result: the parameters every rule reads, each with its source."],
    CalendarResult: [CalendarResultSchema, "output", "A working-day answer (isWorkingDay: boolean, addWorkingDays: date, countWorkingDays: integer), or the findings that prevent one."],
  };
  const schemas: { [name: string]: JsonSchema } = {};
  for (const [name, [schema, io, description]] of Object.entries(entries)) {
    const { $schema: _ignored, description: _own, ...keywords } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
    schemas[name] = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: `https://unpkg.com/collective-pension-subsidy@${PACKAGE_VERSION}/dist/schemas/${name}.json`,
      title: name,
      description,
      ...keywords,
    };
  }
  return schemas as JsonSchemas;
}
