/**
 * Reads the plan and the options of checkPlan once: the parsed plan (money in fen), the floor
 * and the highest tiers of the policy (opinion/3.3), the years to check, and the calendar.
 */
import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import type { IsoDate } from "../core/dates.js";
import { parseFen, type Fen } from "../core/money.js";
import { resolveCalendar, type WorkingDayLookup } from "../calendar/workingDays.js";
import { makeFinding, rerootFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { ParsedPlanSchema, type ParsedPlan, type ParsedStandards, type Validity } from "../models/plan.js";
import { IsoDateSchema, SubsidyYearSchema } from "../models/primitives.js";
import { lazySchema } from "../core/lazy.js";

/** A set of standards the plan check reads: where it is written, and the years whose cap it must keep. */
export interface CheckedStandards {
  readonly standards: ParsedStandards;
  /** `["plan", "standards"]` or `["plan", "standardsByYear", k, "standards"]` */
  readonly path: FindingPath;
  readonly years: readonly number[];
}

/** What every plan rule reads. */
export interface PlanCheckContext {
  /** the plan as parsed (money in fen) */
  readonly plan: ParsedPlan;
  /** the plan as the host sent it (for computeRoster, which parses it itself) */
  readonly planInput: unknown;
  /** the policy as the host passed it */
  readonly policy: unknown;
  readonly floor: Fen;
  /** the highest tier by year, for the years the policy has */
  readonly highestTier: ReadonlyMap<number, Fen>;
  /** the years whose cap the standards are checked against */
  readonly years: readonly number[];
  /**
   * the standards to check: the plan's `standards` for the checked years no `standardsByYear`
   * entry replaces, and each entry (only the one for `year`, when given) for its own year
   */
  readonly standardSets: readonly CheckedStandards[];
  readonly year: number | undefined;
  readonly asOf: IsoDate | undefined;
  /** the roster, when one was passed */
  readonly roster: { readonly members: unknown } | undefined;
  readonly calendar: WorkingDayLookup;
}

/** A rule of the plan check: every finding it makes, in a stable order. */
export type PlanRule = (context: PlanCheckContext) => Finding[];

const OptionsSchema = lazySchema(() => z.object({
  policy: z.object({
    kind: z.literal("collective-pension-subsidy/policy"),
    floor: z.object({ value: z.string() }),
    highestTier: z.record(z.string(), z.object({ value: z.string() })),
    findings: z.array(z.unknown()),
  }),
  year: SubsidyYearSchema.optional(),
  asOf: IsoDateSchema.optional(),
  roster: z.unknown().optional(),
  calendar: z.unknown().optional(),
}));

const POLICY_PATH: FindingPath = ["options", "policy"];

/**
 * The years the standards are checked against: `year` when given; else each year of the
 * validity the policy has; else the validity's first year (so a missing tier is reported, never skipped).
 */
export function yearsToCheck(validity: Validity, year: number | undefined, policyYears: readonly number[]): number[] {
  if (year !== undefined) return [year];
  const first = validity.kind === "one_year" ? validity.year : validity.fromYear;
  const last = validity.kind === "one_year" ? validity.year : validity.toYear;
  const covered = policyYears.filter((y) => y >= first && (last === undefined || y <= last)).sort((a, b) => a - b);
  return covered.length > 0 ? covered : [first];
}

/** The sets of standards to check (opinion/3.3 适时调整, annex2/2 按年动态调整): see {@link PlanCheckContext.standardSets}. */
export function standardSetsOf(plan: ParsedPlan, years: readonly number[], year: number | undefined): CheckedStandards[] {
  const entries = plan.standardsByYear ?? [];
  const sets: CheckedStandards[] = [];
  if (plan.standards !== undefined) {
    const replaced = new Set(entries.map((entry) => entry.year));
    sets.push({ standards: plan.standards, path: ["plan", "standards"], years: years.filter((y) => !replaced.has(y)) });
  }
  entries.forEach((entry, k) => {
    if (year === undefined || entry.year === year) sets.push({ standards: entry.standards, path: ["plan", "standardsByYear", k, "standards"], years: [entry.year] });
  });
  return sets;
}

/** The context, or the findings that stop the check (an unreadable plan, options or calendar). */
export function preparePlanCheck(
  planInput: unknown,
  options: unknown,
): { ok: true; context: PlanCheckContext; findings: Finding[] } | { ok: false; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsedPlan = ParsedPlanSchema.safeParse(planInput);
  const parsedOptions = OptionsSchema.safeParse(options);
  if (!parsedPlan.success) pushAll(findings, findingsFromZodError(parsedPlan.error, ["plan"], planInput));
  if (!parsedOptions.success) pushAll(findings, findingsFromZodError(parsedOptions.error, ["options"], options));
  const calendar = resolveCalendar(parsedOptions.success ? parsedOptions.data.calendar : undefined, ["options", "calendar"]);
  if (!calendar.ok) pushAll(findings, calendar.findings);
  if (!parsedPlan.success || !parsedOptions.success || !calendar.ok) return { ok: false, findings };

  const { policy, year, asOf } = parsedOptions.data;
  for (const finding of policy.findings as Finding[]) findings.push(rerootFinding(finding, POLICY_PATH));
  const floor = parseFen(policy.floor.value);
  if (floor === undefined) {
    findings.push(makeFinding("invalid_input", [...POLICY_PATH, "floor"], { field: "options.policy.floor", problem: "not an amount", problemZh: "不是有效的金额" }));
    return { ok: false, findings };
  }
  const highestTier = new Map<number, Fen>();
  for (const [key, parameter] of Object.entries(policy.highestTier)) {
    const fen = parseFen(parameter.value);
    if (/^\d{4}$/.test(key) && fen !== undefined) highestTier.set(Number(key), fen);
    else findings.push(makeFinding("invalid_input", [...POLICY_PATH, "highestTier", key], { field: `options.policy.highestTier.${key}`, problem: "not an amount for a year", problemZh: "不是有效的年度金额" }));
  }
  const years = yearsToCheck(parsedPlan.data.validity, year, [...highestTier.keys()]);
  // The options parsed as an object; the roster is read as the host passed it (an iterable is not copied).
  const roster = (options as { roster?: unknown }).roster;
  return {
    ok: true,
    findings,
    context: {
      plan: parsedPlan.data,
      planInput,
      policy: (options as { policy: unknown }).policy,
      floor,
      highestTier,
      years,
      standardSets: standardSetsOf(parsedPlan.data, years, year),
      year,
      asOf,
      roster: roster === undefined ? undefined : { members: roster },
      calendar: calendar.lookup,
    },
  };
}
