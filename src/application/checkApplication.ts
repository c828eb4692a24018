import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { formatFen } from "../core/money.js";
import { prepareContext } from "../decision/context.js";
import type { SubsidyDecision } from "../decision/types.js";
import { hasError, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { tooManyItems } from "../findings/tooManyItems.js";
import { ParsedApplicationSchema, ParsedContributionStatusSchema, MAX_ROSTER_ROWS, SubsidyTimeSchema, type Application } from "../models/application.js";
import type { Policy } from "../policy/createPolicy.js";
import { RULES_VERSION } from "../version.js";
import { checkAttachedPlan, checkFunds } from "./planCompliance.js";
import { checkRoster } from "./roster.js";
import { checkContributionStatus, checkStatementsPresent, checkSubsidyTime } from "./statement.js";
import { checkSubmission } from "./submission.js";
import { lazySchema } from "../core/lazy.js";

/** Options of {@link checkApplication}. */
export interface CheckApplicationOptions {
  /** the parameters, from createPolicy */
  readonly policy: Policy;
}

/** Counts and sums of an application's roster. */
export interface ApplicationTotals {
  /** roster rows */
  readonly members: number;
  readonly granted: number;
  readonly denied: number;
  readonly invalid: number;
  /** the sum claimed by the organisation (yuan, two decimals): the amount the single payment must equal */
  readonly claimed: string;
  /** the sum the plan gives the granted members (yuan, two decimals) */
  readonly computed: string;
}

/** The agency's re-check of an application. */
export interface ApplicationReport {
  /** true when no finding is an error */
  readonly compliant: boolean;
  /** every problem, the application's first, then the roster's row by row */
  readonly findings: readonly Finding[];
  readonly totals: ApplicationTotals;
  /** one decision per roster row, in order */
  readonly decisions: readonly SubsidyDecision[];
  readonly rulesVersion: string;
}

/**
 * The application with its rows left to be read one by one, and the two statements of annex1/3
 * optional here: one left out is `application_statement_missing`, not an unreadable application.
 */
const EnvelopeSchema = lazySchema(() => ParsedApplicationSchema.extend({
  roster: z.array(z.unknown()).max(MAX_ROSTER_ROWS),
  subsidyTime: SubsidyTimeSchema.optional(),
  contributionStatus: ParsedContributionStatusSchema.optional(),
}));

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

/**
 * Re-checks a yearly application as the county agency does before entering the standards.
 *
 * @remarks
 * annex1/3 (sealed; the organisation's own plan attached; a roster; the subsidy time and the
 * year's contribution status stated, the status matching the roster: its count, and the sums of
 * each listed member's first regular contribution for the year, own part and government-paid
 * part), opinion/3.5 (the subsidy time lies in the contribution year; an application submitted
 * after the year has ended is a warning), annex1/1 and opinion/3.5
 * (the plan in force for the year, recorded at the county before the application, not suspended
 * on the day of submission, and compliant as `checkPlan` finds it), opinion/3.4 (the plan's funds
 * cover the roster), annex1/4 with opinion/3.2–3.3 (each member decided as by `computeSubsidy`;
 * the amount claimed equals the amount the plan gives; nobody listed twice). Every failing
 * condition is reported. One unreadable row is that row's finding, never a refusal of the whole
 * application. Totals are exact sums in integer fen; nothing is rounded.
 *
 * @param application - the application, as JSON from the host
 * @param options - `policy` from createPolicy
 * @returns the report; findings `application_statement_missing`, `contribution_status_mismatch`
 * (`details.stated` and `details.listed`), `subsidy_time_outside_year`, `submitted_after_year`
 * (warning), `application_not_sealed`, `application_organisation_mismatch`,
 * `application_year_mismatch`, `submitted_before_filing`, `plan_suspended`, `plan_non_compliant`
 * (the plan's own errors in `details.findings`), `funds_insufficient`, `roster_empty`,
 * `roster_member_ineligible` (the member's denial codes in `details.codes`),
 * `roster_amount_mismatch` (`details.claimed` and `details.computed`), `duplicate_member`, and
 * `invalid_input`, `invalid_id_number`, `parameter_missing` for what cannot be read
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const organisation = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" };
 * const plan = {
 *   id: "JJ-2025", organisation, validity: { kind: "one_year", year: 2025 },
 *   standards: { ladder: [{ minTier: 300, amount: 80 }] },
 * };
 * const member = {
 *   id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *   contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }],
 * };
 * const report = checkApplication(
 *   {
 *     id: "A-1", year: 2025, organisation, plan, sealed: false, submittedOn: "2025-07-01",
 *     subsidyTime: { from: "2025-01-01", to: "2025-12-31" },
 *     contributionStatus: { members: 1, selfPaid: 300, governmentPaid: 0 },
 *     roster: [{ member, amount: 100 }],
 *   },
 *   { policy },
 * );
 * report.findings.map((f) => f.code).filter((code) => code !== "plan_non_compliant");
 * //=> ["application_not_sealed", "roster_amount_mismatch"]
 * [report.totals.claimed, report.totals.computed];
 * //=> ["100.00", "80.00"]
 * ```
 */
export function checkApplication(application: Application, options: CheckApplicationOptions): ApplicationReport;
/**
 * {@link checkApplication} for a value not yet known to have the right shape (`unknown`, e.g. `JSON.parse`'s
 * result): the same checks run and never throw; no cast is needed.
 *
 * @param application - the application as parsed JSON, not yet checked
 * @param options - as in the typed form
 * @returns the report; what is not an application is reported with `invalid_input` findings
 */
export function checkApplication(application: unknown, options: CheckApplicationOptions): ApplicationReport;
export function checkApplication(application: unknown, options: CheckApplicationOptions): ApplicationReport {
  // Past the limit, the one finding says so, from the roster's length; no row is read.
  const tooMany = tooManyItems(field(application, "roster"), MAX_ROSTER_ROWS, ["application", "roster"]);
  if (tooMany !== undefined) {
    const totals = { members: 0, granted: 0, denied: 0, invalid: 0, claimed: "0.00", computed: "0.00" };
    return { compliant: false, findings: [tooMany], totals, decisions: [], rulesVersion: RULES_VERSION };
  }
  const findings: Finding[] = [];
  const envelope = EnvelopeSchema.safeParse(application);
  if (!envelope.success) pushAll(findings, findingsFromZodError(envelope.error, ["application"], application));
  for (const finding of checkStatementsPresent(application)) findings.push(finding);
  const policy = field(options, "policy");

  // The plan and the policy are read once for every member. Problems of the policy are reported
  // here; problems of the plan come from the envelope or from checkPlan.
  const prepared = prepareContext(field(application, "plan"), { year: field(application, "year"), policy });
  if (!prepared.ok) {
    pushAll(findings, prepared.findings.filter((finding) => finding.path?.[0] === "options" && finding.path[1] !== "year"));
  }

  if (envelope.success) {
    pushAll(findings, checkSubmission(envelope.data));
    const { subsidyTime, contributionStatus, year, submittedOn } = envelope.data;
    if (subsidyTime !== undefined) for (const finding of checkSubsidyTime(subsidyTime, year, submittedOn)) findings.push(finding);
    if (contributionStatus !== undefined) for (const finding of checkContributionStatus(contributionStatus, envelope.data.roster, year)) findings.push(finding);
    pushAll(findings, checkAttachedPlan(field(application, "plan"), envelope.data.year, policy));
  }

  const rawRoster = field(application, "roster");
  const rows: readonly unknown[] = Array.isArray(rawRoster) ? rawRoster : [];
  const roster = checkRoster(rows, prepared);
  if (envelope.success) pushAll(findings, checkFunds(envelope.data.plan, envelope.data.year, roster.claimed, roster.computed));
  pushAll(findings, roster.findings);

  return {
    compliant: !hasError(findings),
    findings,
    totals: {
      members: rows.length,
      granted: roster.granted,
      denied: roster.denied,
      invalid: roster.invalid,
      claimed: formatFen(roster.claimed),
      computed: formatFen(roster.computed),
    },
    decisions: roster.decisions,
    rulesVersion: RULES_VERSION,
  };
}
