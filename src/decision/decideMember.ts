import { pushAll } from "../core/pushAll.js";
// By name from zod's core: reaching them as `z.core.…` made bundlers keep all of zod's core (+44 kB).
import { _safeParse, $ZodError, type $ZodIssue, type $ZodType } from "zod/v4/core";
import { LIMITS } from "../models/limits.js";
import { ZERO_YUAN } from "../core/money.js";
import { hasError, makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { ParsedMemberSchema, type ParsedMember } from "../models/member.js";
import { declinedMemberFields, readContribution, readMember } from "../models/readMember.js";
import { once } from "../core/lazy.js";
import { RULES_VERSION } from "../version.js";
import { checkContributions } from "./contribution.js";
import type { PreparedContext } from "./context.js";
import { checkEligibility } from "./eligibility.js";
import { checkLimits } from "./limits.js";
import type { RosterTally } from "./computeRoster.js";
import { makeStep, Recorder } from "./recorder.js";
import { TraceSteps } from "./traceSteps.js";
import { chooseStandard, type ChosenStandard } from "./standard.js";
import type { SubsidyDecision } from "./types.js";

function rawId(member: unknown): string | null {
  const id = typeof member === "object" && member !== null ? (member as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : null;
}

/** `ParsedMemberSchema`'s field schemas, by key. */
const memberFields = once(() => ParsedMemberSchema.shape);

/**
 * zod's issues for a member the reader declined, asking zod only about the fields the reader
 * declined: each such field's own schema (from `ParsedMemberSchema.shape`) parses its value and
 * its issues get the field's key in front, as the member's schema would report them (a member's
 * issues are its fields' issues, in the schema's key order). A valid field is never parsed twice.
 * Undefined when that gives no issue (or the member is not an object): the caller then parses the
 * whole member, as before.
 */
function declinedFieldIssues(member: unknown): { readonly issues: readonly $ZodIssue[] } | undefined {
  const declined = declinedMemberFields(member);
  if (declined === undefined || declined.length === 0) return undefined;
  const fields = memberFields();
  const issues: $ZodIssue[] = [];
  for (const key of declined) {
    const value = (member as { readonly [key: string]: unknown })[key];
    if (key === "contributions" && Array.isArray(value) && value.length <= LIMITS.contributions) {
      // a list of the right length: its issues are its declined items' issues, each under its index
      const element = fields.contributions.element;
      for (let index = 0; index < value.length; index++) {
        if (readContribution(value[index]) === undefined) pushIssues(issues, element, value[index], [key, index]);
      }
    } else {
      pushIssues(issues, fields[key], value, [key]);
    }
  }
  /* v8 ignore next -- @preserve: the reader declines a field only when zod refuses it (property-tested); the whole member's parse stays the answer should that ever not hold */
  return issues.length === 0 ? undefined : { issues };
}

/**
 * zod's `safeParse` with a plain `$ZodError` (zod's own error type, not an `Error`): the same
 * issues, finalised the same way, without capturing a stack trace a finding never shows.
 */
const parseIssues = _safeParse($ZodError);

/** Parses `value` with `schema` and pushes its issues, `prefix` in front of each path. */
function pushIssues(issues: $ZodIssue[], schema: $ZodType, value: unknown, prefix: readonly PropertyKey[]): void {
  const parsed = parseIssues(schema, value);
  /* v8 ignore next -- @preserve: a declined field always has issues (see declinedFieldIssues) */
  if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ ...issue, path: [...prefix, ...issue.path] });
}

/**
 * Decides one member under a prepared context. `firstRow` is set when the roster has already
 * seen this member's ID (1-based row of the first occurrence); `tally`, when given, counts the
 * decision.
 *
 * The member is read by the hand-written `readMember` (exactly `MemberSchema`'s checks and
 * output); only when it declines is `MemberSchema.safeParse` asked, so a bad row's findings are
 * zod's issues as always.
 */
export function decideMember(member: unknown, prepared: PreparedContext, firstRow?: number, tally?: RosterTally): SubsidyDecision {
  let data: ParsedMember | undefined = readMember(member);
  let error: { readonly issues: readonly $ZodIssue[] } | undefined;
  if (data === undefined) {
    error = declinedFieldIssues(member);
    if (error === undefined) {
      const parsed = ParsedMemberSchema.safeParse(member);
      if (parsed.success) data = parsed.data;
      else error = parsed.error;
    }
  }
  if (data === undefined || !prepared.ok) {
    const findings: Finding[] = error === undefined ? [] : findingsFromZodError(error, ["member"], member);
    if (!prepared.ok) pushAll(findings, prepared.findings);
    const memberId = data !== undefined ? data.id : rawId(member);
    // firstRow comes from the roster only for a member whose ID is a string, so memberId is that string
    if (firstRow !== undefined) findings.push(makeFinding("duplicate_member", ["member", "id"], { memberId, firstRow }));
    const trace = prepared.ok ? prepared.context.trace : prepared.trace;
    tally?.add("invalid", 0);
    const decision = {
      status: "invalid" as const,
      memberId,
      year: prepared.ok ? prepared.context.year : prepared.year,
      amount: ZERO_YUAN,
      findings,
      rulesVersion: RULES_VERSION,
    };
    return trace ? { ...decision, trace: [makeStep("input", "annex1/4", "failed")] } : decision;
  }

  const { context } = prepared;
  const recorder = new Recorder(context.steps);
  if (context.steps !== undefined) {
    recorder.push(TraceSteps.input);
    recorder.push(context.steps.parameters);
  }

  const year = checkEligibility(data, context, recorder);
  checkContributions(data, context.year, recorder);
  let chosen: ChosenStandard | undefined;
  if (year === undefined) {
    recorder.push(TraceSteps.standardSkipped);
  } else {
    chosen = chooseStandard(data, year, context, recorder);
    if (chosen !== undefined) checkLimits(chosen, year.contribution, context, recorder);
  }
  if (firstRow === undefined) recorder.push(TraceSteps.uniqueMember);
  else recorder.fail("unique_member", makeFinding("duplicate_member", ["member", "id"], { memberId: data.id, firstRow }));

  const granted = chosen !== undefined && !hasError(recorder.findings);
  const status = granted ? "granted" : recorder.undecidable ? "invalid" : "denied";
  const amount = granted ? (chosen as ChosenStandard).amountText : ZERO_YUAN;
  tally?.add(status, granted ? (chosen as ChosenStandard).amount : 0);
  // A decision without findings shares the recorder's one frozen empty list.
  const { findings } = recorder;
  const trace = recorder.trace();
  // Each shape written out whole, keys in the order decisions have always printed them, so the
  // object is built at its final size (a property added later costs a second allocation, and a
  // roster keeps every decision).
  if (chosen === undefined) {
    return trace === undefined
      ? { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION }
      : { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION, trace };
  }
  const { basis, tier } = chosen;
  if (tier === undefined) {
    return trace === undefined
      ? { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION, basis }
      : { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION, basis, trace };
  }
  return trace === undefined
    ? { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION, basis, tier }
    : { status, memberId: data.id, year: context.year, amount, findings, rulesVersion: RULES_VERSION, basis, tier, trace };
}
