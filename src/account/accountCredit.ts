import { formatFen, type Fen } from "../core/money.js";
import { pushAll } from "../core/pushAll.js";
import { checkContributions } from "../decision/contribution.js";
import { Recorder } from "../decision/recorder.js";
import { hasError, makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { ParsedMemberSchema, type ParsedContribution, type ParsedMember, type Member } from "../models/member.js";
import { RULES_VERSION } from "../version.js";
import { governmentSubsidyFor } from "./governmentSubsidy.js";
import { ParsedAccountCreditOptionsSchema, ParsedDecisionForBookingSchema, type AccountCreditOptions, type DecisionForBooking, type ParsedYearSchedule } from "./schemas.js";

/** The year's credit to the member's personal account, by line (yuan, two decimals). */
export interface AccountCredit {
  readonly ok: true;
  /** the member's ID number, normalised */
  readonly memberId: string;
  /** the contribution year */
  readonly year: number;
  /** the member's own contribution tier (缴费档次): own part plus the government-paid part */
  readonly tier: string;
  /** what the member paid (个人缴费) */
  readonly ownContribution: string;
  /** what the government paid for the member (政府代缴) */
  readonly governmentPaid: string;
  /** the government contribution subsidy (政府缴费补贴) for the member's own tier, from the host's schedule */
  readonly governmentSubsidy: string;
  /** the collective subsidy (集体补助): the granted amount, else 0 */
  readonly collectiveSubsidy: string;
  /** the sum of the four lines */
  readonly total: string;
  /** the decision's status, or "none" when no decision was passed */
  readonly collectiveStatus: "granted" | "denied" | "invalid" | "none";
  /** warnings only (`collective_subsidy_undecided`) */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** Why no credit could be booked. */
export interface AccountCreditFailure {
  readonly ok: false;
  /** the member's ID number when it could be read */
  readonly memberId: string | null;
  /** the year when it could be read */
  readonly year: number | null;
  /** every failing condition */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** The result of {@link accountCredit}: narrowed by `ok`. */
export type AccountCreditResult = AccountCredit | AccountCreditFailure;

interface YearContribution {
  readonly index: number;
  readonly contribution: ParsedContribution;
}

/** The year's contribution with the government subsidy for its tier: everything a credit needs. */
interface BookedYear {
  readonly memberId: string;
  readonly year: number;
  readonly contribution: ParsedContribution;
  readonly governmentSubsidy: Fen;
}

/** The year's single regular contribution, or the findings that stop booking it. */
function yearContribution(member: ParsedMember, year: number, findings: Finding[]): YearContribution | undefined {
  let first: YearContribution | undefined;
  let count = 0;
  let secondIndex = -1;
  member.contributions.forEach((contribution, index) => {
    if (contribution.period !== year || contribution.kind !== "regular") return;
    count++;
    if (first === undefined) first = { index, contribution };
    else if (secondIndex < 0) secondIndex = index;
  });
  if (first === undefined) findings.push(makeFinding("no_regular_contribution", ["member", "contributions"], { year }));
  if (count > 1) findings.push(makeFinding("duplicate_contribution", ["member", "contributions", secondIndex], { year, count }));
  return count === 1 ? first : undefined;
}

/**
 * Books one year's credit to a member's personal account, line by line: own contribution,
 * government-paid contribution, government contribution subsidy and collective subsidy, with the
 * total.
 *
 * @remarks
 * Applies opinion/3.3 ("集体补助部分不配套财政缴费补贴"): the government contribution subsidy is the
 * one the host's `schedule` sets for the member's own tier (own part plus government-paid part);
 * the collective subsidy never changes it. Applies annex1/6 (booking to the personal account): the
 * collective line is the amount of a `granted` decision for this member and year, 0 for a denied
 * one or when `decision` is `null`. Sichuan's subsidy per tier is not public here: without a
 * schedule for the year, or with the member's tier absent from it, nothing is booked
 * (`parameter_missing`) — never a guessed figure. The year's single regular contribution is
 * booked; its parts must add up to its tier. Amounts are exact integer fen; no rounding happens.
 *
 * @param member - the member, as JSON from the host (the same object `computeSubsidy` reads)
 * @param decision - the year's collective-subsidy decision from `computeSubsidy`, or `null` for none
 * @param options - `year`, and `schedule`: per year, each tier with its government contribution subsidy
 * @returns `ok: true` with the lines (a warning `collective_subsidy_undecided` when the decision is
 * `invalid`), or `ok: false` with `invalid_input`, `invalid_id_number`, `parameter_missing`,
 * `no_regular_contribution`, `duplicate_contribution`, `contribution_inconsistent`,
 * `government_paid_double_counted`, `decision_mismatch`, `decision_unidentified`
 *
 * @example
 * ```ts
 * const schedule = { 2025: { tiers: [{ tier: 300, subsidy: 40 }, { tier: 500, subsidy: 60 }], source: "the host's 2025 table" } };
 * const member = {
 *   id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *   contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }],
 * };
 * const decision = { status: "granted", memberId: "510402198001010018", year: 2025, amount: "80.00" };
 * const credit = accountCredit(member, decision, { year: 2025, schedule });
 * [credit.ownContribution, credit.governmentSubsidy, credit.collectiveSubsidy, credit.total];
 * //=> ["300.00", "40.00", "80.00", "420.00"]
 * accountCredit(member, null, { year: 2025, schedule }).governmentSubsidy;
 * //=> "40.00"
 * accountCredit(member, decision, { year: 2025 }).findings.map((f) => f.code);
 * //=> ["parameter_missing"]
 * ```
 */
export function accountCredit(member: Member, decision: DecisionForBooking | null, options: AccountCreditOptions): AccountCreditResult;
/**
 * {@link accountCredit} for a member not yet known to have the right shape (`unknown`, e.g.
 * `JSON.parse`'s result): the same checks run and never throw; no cast is needed.
 *
 * @param member - the member as parsed JSON, not yet checked
 * @param decision - as in the typed form
 * @param options - as in the typed form
 * @returns the credit, or why none could be booked
 */
export function accountCredit(member: unknown, decision: DecisionForBooking | null, options: AccountCreditOptions): AccountCreditResult;
export function accountCredit(member: unknown, decision: DecisionForBooking | null, options: AccountCreditOptions): AccountCreditResult {
  const findings: Finding[] = [];
  const parsedMember = ParsedMemberSchema.safeParse(member);
  const parsedDecision = decision === null ? undefined : ParsedDecisionForBookingSchema.safeParse(decision);
  const parsedOptions = ParsedAccountCreditOptionsSchema.safeParse(options);
  if (!parsedMember.success) pushAll(findings, findingsFromZodError(parsedMember.error, ["member"], member));
  if (parsedDecision !== undefined && !parsedDecision.success) pushAll(findings, findingsFromZodError(parsedDecision.error, ["decision"], decision));
  if (!parsedOptions.success) pushAll(findings, findingsFromZodError(parsedOptions.error, ["options"], options));

  const memberData = parsedMember.success ? parsedMember.data : undefined;
  const year = parsedOptions.success ? parsedOptions.data.year : undefined;

  // The year's schedule: the host's figures, never guessed.
  let yearSchedule: ParsedYearSchedule | undefined;
  if (parsedOptions.success) {
    const { year: optionsYear, schedule } = parsedOptions.data;
    yearSchedule = schedule?.[String(optionsYear)];
    if (schedule === undefined) {
      findings.push(makeFinding("parameter_missing", ["options", "schedule"], { year: optionsYear, parameter: "schedule (government contribution subsidy per tier)", parameterZh: "各缴费档次的财政缴费补贴标准" }));
    } else if (yearSchedule === undefined) {
      findings.push(makeFinding("parameter_missing", ["options", "schedule", String(optionsYear)], { year: optionsYear, parameter: "schedule (government contribution subsidy per tier)", parameterZh: "各缴费档次的财政缴费补贴标准" }));
    }
  }

  // The contribution booked, and the subsidy for the member's own tier (opinion/3.3): set only
  // when every piece of the credit is known.
  let booked: BookedYear | undefined;
  if (memberData !== undefined && year !== undefined) {
    const single = yearContribution(memberData, year, findings);
    const recorder = new Recorder(undefined);
    checkContributions(memberData, year, recorder);
    pushAll(findings, recorder.findings);
    if (single !== undefined && yearSchedule !== undefined) {
      const governmentSubsidy = governmentSubsidyFor(yearSchedule, single.contribution.tier);
      if (governmentSubsidy === undefined) {
        findings.push(
          makeFinding("parameter_missing", ["options", "schedule", String(year), "tiers"], {
            year,
            parameter: `government contribution subsidy for tier ${formatFen(single.contribution.tier)}`,
            parameterZh: `缴费档次 ${formatFen(single.contribution.tier)} 元的财政缴费补贴标准`,
          }),
        );
      } else {
        booked = { memberId: memberData.id, year, contribution: single.contribution, governmentSubsidy };
      }
    }
  }

  // The collective line: a decision for this member and this year, granted or not (annex1/6).
  let collective: Fen = 0;
  let collectiveStatus: AccountCredit["collectiveStatus"] = "none";
  if (parsedDecision?.success === true) {
    const d = parsedDecision.data;
    collectiveStatus = d.status;
    // The same person whatever the case of the check character: the member's ID is normalised
    // (upper-case X) and x is the only letter an ID number can hold.
    const decisionMemberId = d.memberId === null ? null : d.memberId.toUpperCase();
    if (memberData !== undefined && decisionMemberId !== null && decisionMemberId !== memberData.id) {
      findings.push(makeFinding("decision_mismatch", ["decision", "memberId"], { field: "memberId", given: d.memberId, expected: memberData.id }));
    }
    // Money is booked only to an identified member for an identified year: a granted decision
    // that lost either is refused, never booked to whichever account it was passed with.
    if (d.status === "granted" && d.memberId === null) {
      findings.push(makeFinding("decision_unidentified", ["decision", "memberId"], { field: "memberId", fieldZh: "公民身份号码", fieldEn: "member (ID number)" }));
    }
    if (d.status === "granted" && d.year === null) {
      findings.push(makeFinding("decision_unidentified", ["decision", "year"], { field: "year", fieldZh: "补助年度", fieldEn: "year" }));
    }
    if (year !== undefined && d.year !== null && d.year !== year) {
      findings.push(makeFinding("decision_mismatch", ["decision", "year"], { field: "year", given: d.year, expected: year }));
    }
    if (d.status === "invalid") findings.push(makeFinding("collective_subsidy_undecided", ["decision", "status"]));
    if (d.status === "granted") collective = d.amount;
  }

  if (booked === undefined || hasError(findings)) {
    const rawId = typeof member === "object" && member !== null ? (member as { id?: unknown }).id : undefined;
    return {
      ok: false,
      memberId: memberData?.id ?? (typeof rawId === "string" ? rawId : null),
      year: year ?? null,
      findings,
      rulesVersion: RULES_VERSION,
    };
  }

  const { selfPaid, governmentPaid, tier } = booked.contribution;
  const { governmentSubsidy } = booked;
  return {
    ok: true,
    memberId: booked.memberId,
    year: booked.year,
    tier: formatFen(tier),
    ownContribution: formatFen(selfPaid),
    governmentPaid: formatFen(governmentPaid),
    governmentSubsidy: formatFen(governmentSubsidy),
    collectiveSubsidy: formatFen(collective),
    total: formatFen(selfPaid + governmentPaid + governmentSubsidy + collective),
    collectiveStatus,
    findings,
    rulesVersion: RULES_VERSION,
  };
}
