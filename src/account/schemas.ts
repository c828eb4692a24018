/**
 * The account's inputs — opinion/3.3 (the government contribution subsidy follows the member's own
 * tier; the collective part is not matched), opinion/4 (the "多缴多得、长缴多得" account). Money is
 * read into integer fen; the interest rate is kept as exact decimal text.
 */
import * as z from "zod";
import { FenSchema, PeriodSchema, PositiveFenSchema } from "../models/primitives.js";
import { LIMITS } from "../models/limits.js";

/** One row of a year's schedule: a contribution tier and the government contribution subsidy (缴费补贴) it earns. */
export const ScheduleTierSchema = z.object({
  tier: PositiveFenSchema,
  subsidy: FenSchema,
});
/** A schedule row as parsed (fen). */
export type ScheduleTier = z.output<typeof ScheduleTierSchema>;

/**
 * One year of the host's schedule: every contribution tier with the government contribution
 * subsidy it earns, and where the figures come from. Sichuan's figures are not public here.
 */
export const YearScheduleSchema = z
  .object({
    tiers: z.array(ScheduleTierSchema).min(1).max(LIMITS.scheduleTiers),
    source: z.string().min(1).max(500).optional(),
  })
  .superRefine((year, ctx) => {
    const seen = new Set<number>();
    year.tiers.forEach((row, index) => {
      if (typeof row?.tier !== "number") return;
      if (seen.has(row.tier)) ctx.addIssue({ code: "custom", message: "this tier is listed twice", path: ["tiers", index, "tier"], input: row.tier });
      seen.add(row.tier);
    });
  });
/** One year of the schedule as parsed. */
export type YearSchedule = z.output<typeof YearScheduleSchema>;

/**
 * The host's schedule of government contribution subsidies, keyed by year:
 * `{ 2025: { tiers: [{ tier: 300, subsidy: 40 }, …], source: "…" } }`.
 */
export const ContributionScheduleSchema = z.record(
  z.string().regex(/^(19\d\d|2[01]\d\d)$/, { message: "key must be a year" }),
  YearScheduleSchema,
);
/** The schedule as parsed. */
export type ContributionSchedule = z.output<typeof ContributionScheduleSchema>;
/** The schedule as a host sends it (yuan as numbers or decimal strings). */
export type ContributionScheduleInput = z.input<typeof ContributionScheduleSchema>;

/** The options of `accountCredit`: the year, and the host's schedule (required for the year). */
export const AccountCreditOptionsSchema = z.object({
  year: PeriodSchema,
  schedule: ContributionScheduleSchema.optional(),
});
/** The options of `accountCredit` as a host sends them. */
export type AccountCreditOptions = z.input<typeof AccountCreditOptionsSchema>;

/** A collective-subsidy decision as `computeSubsidy` returns it: only the fields booking reads. */
export const DecisionForBookingSchema = z.object({
  status: z.enum(["granted", "denied", "invalid"]),
  memberId: z.string().nullable(),
  year: z.number().int().nullable(),
  amount: FenSchema,
});
/** A decision as `accountCredit` reads it; every `SubsidyDecision` is one. */
export type DecisionForBooking = z.input<typeof DecisionForBookingSchema>;

/** A column heading or a scenario's name, in Chinese and English. */
export const BilingualLabelSchema = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });
/** A label. */
export type BilingualLabel = z.output<typeof BilingualLabelSchema>;

/**
 * What goes into the personal account each year under one scenario, by line (国发〔2014〕8号 §5):
 * own contribution, government-paid contribution (政府代缴), government contribution subsidy,
 * collective subsidy. A successful `accountCredit` result is a scenario. Lines left out are 0.
 */
export const CreditScenarioSchema = z.object({
  label: BilingualLabelSchema.optional(),
  tier: PositiveFenSchema.optional(),
  ownContribution: FenSchema,
  governmentPaid: FenSchema.optional(),
  governmentSubsidy: FenSchema,
  collectiveSubsidy: FenSchema.optional(),
});
/** A scenario as parsed (fen). */
export type CreditScenario = z.output<typeof CreditScenarioSchema>;
/** A scenario as a host sends it. */
export type CreditScenarioInput = z.input<typeof CreditScenarioSchema>;

const RATE_TEXT = /^(0|[1-9]\d*)?(\.\d{1,8})?$/;

/**
 * A yearly interest rate as a fraction, "0.015" for 1.5 %: a number or decimal string, at least 0,
 * below 1, at most 8 decimals. Kept as text so the arithmetic is exact.
 */
export const InterestRateSchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  // String(0.015) is "0.015", the decimal the host wrote; a string is kept as it is. "." fails the pattern.
  const text = String(value);
  if (text === "" || !RATE_TEXT.test(text) || !(Number(text) < 1)) {
    ctx.addIssue({ code: "custom", message: "expected a yearly rate as a fraction in [0, 1) with at most 8 decimals, e.g. 0.015 for 1.5%", input: value });
    return z.NEVER;
  }
  return text;
});

/** Age when the projection starts: an insured resident is 16 or older, and the projection ends at 60. */
export const PROJECTION_END_AGE = 60;

const assumptionFields = {
  age: z.number().int().min(16).max(PROJECTION_END_AGE - 1),
  yearsContributed: z.number().int().min(0).max(PROJECTION_END_AGE - 16),
  interestRate: InterestRateSchema.optional(),
  basicPension: FenSchema.optional(),
  openingBalance: FenSchema.optional(),
  priorYears: z.number().int().min(0).max(PROJECTION_END_AGE).optional(),
};

/** True when zod accepted the field: refinements also run after continuable issues elsewhere. */
function isAge(age: unknown): age is number {
  return Number.isInteger(age) && (age as number) >= 16 && (age as number) < PROJECTION_END_AGE;
}

function checkYearsLeft(value: { age: number; yearsContributed: number }, ctx: z.RefinementCtx): void {
  if (!isAge(value.age) || !Number.isInteger(value.yearsContributed)) return;
  const left = PROJECTION_END_AGE - value.age;
  if (value.yearsContributed > left) {
    ctx.addIssue({ code: "custom", message: `at most ${left} years are left before 60 at age ${value.age}`, path: ["yearsContributed"], input: value.yearsContributed });
  }
}

/**
 * The assumptions every projection needs: the member's age when the projection starts, how many
 * years from then they pay, the yearly interest rate, the monthly basic pension, and what the
 * account already holds (`openingBalance`, after `priorYears` of contributions; a new account
 * holds nothing). `interestRate` and `basicPension` are the host's figures and are never
 * defaulted: leaving one out gives `assumption_missing`.
 */
export const ProjectionAssumptionsSchema = z.object(assumptionFields).superRefine(checkYearsLeft);
/** The assumptions as a host sends them. */
export type ProjectionAssumptions = z.input<typeof ProjectionAssumptionsSchema>;
/** The assumptions as parsed (money in fen, the rate as decimal text). */
export type ParsedAssumptions = z.output<typeof ProjectionAssumptionsSchema>;

/**
 * The options of `projectPension`: the assumptions, and either `scenario` (the same credit, by
 * line, every year) or `yearlyCredits` (one total credit per contribution year, in order).
 */
export const ProjectPensionOptionsSchema = z
  .object({
    ...assumptionFields,
    yearlyCredits: z.array(FenSchema).max(PROJECTION_END_AGE - 16).optional(),
    scenario: CreditScenarioSchema.optional(),
  })
  .superRefine((value, ctx) => {
    checkYearsLeft(value, ctx);
    if (value.yearlyCredits === undefined && value.scenario === undefined) {
      ctx.addIssue({ code: "custom", message: "give either yearlyCredits (one credit per year) or scenario (the same credit every year)", path: ["scenario"], input: undefined });
    } else if (value.yearlyCredits !== undefined && value.scenario !== undefined) {
      ctx.addIssue({ code: "custom", message: "give either yearlyCredits or scenario, not both", path: ["yearlyCredits"], input: value.yearlyCredits });
    } else if (value.yearlyCredits !== undefined && Number.isInteger(value.yearsContributed) && value.yearlyCredits.length !== value.yearsContributed) {
      ctx.addIssue({
        code: "custom",
        message: `expected one credit for each of the ${value.yearsContributed} contribution years, got ${value.yearlyCredits.length}`,
        path: ["yearlyCredits"],
        input: value.yearlyCredits,
      });
    }
  });
/** The options of `projectPension` as a host sends them. */
export type ProjectPensionOptions = z.input<typeof ProjectPensionOptionsSchema>;
