/**
 * The account's inputs — opinion/3.3 (the government contribution subsidy follows the member's own
 * tier; the collective part is not matched), opinion/4 (the "多缴多得、长缴多得" account). The exported schemas
 * validate and return money in yuan as sent; the library reads it into integer fen with their
 * internal twins (`Parsed*`); the interest rate is kept as exact decimal text.
 */
import * as z from "zod";
import { fenMoney, PeriodSchema, wireMoney, type MoneyKit } from "../models/primitives.js";
import { LIMITS } from "../models/limits.js";
import { lazySchema, once } from "../core/lazy.js";

/** A column heading or a scenario's name, in Chinese and English. */
export const BilingualLabelSchema = lazySchema(() => z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }));
/** A label. */
export type BilingualLabel = z.output<typeof BilingualLabelSchema>;

const RATE_TEXT = /^(0|[1-9]\d*)?(\.\d{1,8})?$/;

/**
 * A yearly interest rate as a fraction, "0.015" for 1.5 %: a number or decimal string, at least 0,
 * below 1, at most 8 decimals. Kept as text so the arithmetic is exact.
 */
export const InterestRateSchema = lazySchema(() => z.union([z.number(), z.string()]).transform((value, ctx) => {
  // String(0.015) is "0.015", the decimal the host wrote; a string is kept as it is. "." fails the pattern.
  const text = String(value);
  if (text === "" || !RATE_TEXT.test(text) || !(Number(text) < 1)) {
    ctx.addIssue({ code: "custom", message: "expected a yearly rate as a fraction in [0, 1) with at most 8 decimals, e.g. 0.015 for 1.5%", input: value });
    return z.NEVER;
  }
  return text;
}));

/** Age when the projection starts: an insured resident is 16 or older, and the projection ends at 60. */
export const PROJECTION_END_AGE = 60;

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

/** Builds the account's money-bearing schemas from a money kit (public: yuan as sent; internal: fen). */
function accountSchemas<M extends z.ZodType, P extends z.ZodType, Pc extends z.ZodType>(kit: MoneyKit<M, P, Pc>) {
  const fen = kit.fen as (value: unknown) => number;
  const scheduleTier = z.object({
    tier: kit.positive,
    subsidy: kit.money,
  });
  const yearSchedule = z
    .object({
      tiers: z.array(scheduleTier).min(1).max(LIMITS.scheduleTiers),
      source: z.string().min(1).max(500).optional(),
    })
    .superRefine((value, ctx) => {
      // Runs only when every row is an object with a number or string tier (zod stops before it
      // otherwise); a tier the money rules refused reads as no amount and is skipped.
      const year = value as unknown as { readonly tiers: readonly { readonly tier: number | string }[] };
      const seen = new Set<number>();
      year.tiers.forEach(({ tier }, index) => {
        const key = fen(tier);
        if (!Number.isFinite(key)) return;
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "this tier is listed twice", path: ["tiers", index, "tier"], input: tier });
        seen.add(key);
      });
    });
  const contributionSchedule = z.record(z.string().regex(/^(19\d\d|2[01]\d\d)$/, { message: "key must be a year" }), yearSchedule);
  const accountCreditOptions = z.object({
    year: PeriodSchema,
    schedule: z.optional(contributionSchedule),
  });
  const decisionForBooking = z.object({
    status: z.enum(["granted", "denied", "invalid"]),
    memberId: z.string().nullable(),
    year: z.number().int().nullable(),
    amount: kit.money,
  });
  const creditScenario = z.object({
    label: BilingualLabelSchema.optional(),
    tier: z.optional(kit.positive),
    ownContribution: kit.money,
    governmentPaid: z.optional(kit.money),
    governmentSubsidy: kit.money,
    collectiveSubsidy: z.optional(kit.money),
  });
  const fields = {
    age: z.number().int().min(16).max(PROJECTION_END_AGE - 1),
    yearsContributed: z.number().int().min(0).max(PROJECTION_END_AGE - 16),
    interestRate: InterestRateSchema.optional(),
    basicPension: z.optional(kit.money),
    openingBalance: z.optional(kit.money),
    priorYears: z.number().int().min(0).max(PROJECTION_END_AGE).optional(),
  };
  const projectionAssumptions = z.object(fields).superRefine(checkYearsLeft);
  const projectPensionOptions = z
    .object({
      ...fields,
      yearlyCredits: z.optional(z.array(kit.money).max(PROJECTION_END_AGE - 16)),
      scenario: z.optional(creditScenario),
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
  return { scheduleTier, yearSchedule, contributionSchedule, accountCreditOptions, decisionForBooking, creditScenario, projectionAssumptions, projectPensionOptions };
}

const wire = once(() => accountSchemas(wireMoney));
const parsed = once(() => accountSchemas(fenMoney));

/** One row of a year's schedule: a contribution tier and the government contribution subsidy (缴费补贴) it earns. */
export const ScheduleTierSchema = lazySchema(() => wire().scheduleTier);
/** A schedule row as a host sends it (yuan). */
export type ScheduleTier = z.input<typeof ScheduleTierSchema>;

/**
 * One year of the host's schedule: every contribution tier with the government contribution
 * subsidy it earns, and where the figures come from. Sichuan's figures are not public here.
 */
export const YearScheduleSchema = lazySchema(() => wire().yearSchedule);
/** One year of the schedule as a host sends it (yuan). */
export type YearSchedule = z.input<typeof YearScheduleSchema>;
/** Internal: one year of the schedule as the library reads it (fen). */
export type ParsedYearSchedule = z.output<ReturnType<typeof parsed>["yearSchedule"]>;

/**
 * The host's schedule of government contribution subsidies, keyed by year:
 * `{ 2025: { tiers: [{ tier: 300, subsidy: 40 }, …], source: "…" } }`.
 */
export const ContributionScheduleSchema = lazySchema(() => wire().contributionSchedule);
/** The schedule as a host sends it (yuan as numbers or decimal strings). */
export type ContributionSchedule = z.input<typeof ContributionScheduleSchema>;
/** @deprecated Use {@link ContributionSchedule}: the public models are the shapes a host sends. */
export type ContributionScheduleInput = ContributionSchedule;

/** The options of `accountCredit`: the year, and the host's schedule (required for the year). */
export const AccountCreditOptionsSchema = lazySchema(() => wire().accountCreditOptions);
/** The options of `accountCredit` as a host sends them. */
export type AccountCreditOptions = z.input<typeof AccountCreditOptionsSchema>;
/** Internal: {@link AccountCreditOptionsSchema}'s rules, money parsed into fen. */
export const ParsedAccountCreditOptionsSchema = lazySchema(() => parsed().accountCreditOptions);

/** A collective-subsidy decision as `computeSubsidy` returns it: only the fields booking reads. */
export const DecisionForBookingSchema = lazySchema(() => wire().decisionForBooking);
/** A decision as `accountCredit` reads it; every `SubsidyDecision` is one. */
export type DecisionForBooking = z.input<typeof DecisionForBookingSchema>;
/** Internal: {@link DecisionForBookingSchema}'s rules, the amount parsed into fen. */
export const ParsedDecisionForBookingSchema = lazySchema(() => parsed().decisionForBooking);

/**
 * What goes into the personal account each year under one scenario, by line (国发〔2014〕8号 §5):
 * own contribution, government-paid contribution (政府代缴), government contribution subsidy,
 * collective subsidy. A successful `accountCredit` result is a scenario. Lines left out are 0.
 */
export const CreditScenarioSchema = lazySchema(() => wire().creditScenario);
/** A scenario as a host sends it (yuan). */
export type CreditScenario = z.input<typeof CreditScenarioSchema>;
/** @deprecated Use {@link CreditScenario}: the public models are the shapes a host sends. */
export type CreditScenarioInput = CreditScenario;
/** Internal: {@link CreditScenarioSchema}'s rules, money parsed into fen. */
export const ParsedCreditScenarioSchema = lazySchema(() => parsed().creditScenario);
/** Internal: a scenario as the library reads it (fen). */
export type ParsedCreditScenario = z.output<typeof ParsedCreditScenarioSchema>;

/**
 * The assumptions every projection needs: the member's age when the projection starts, how many
 * years from then they pay, the yearly interest rate, the monthly basic pension, and what the
 * account already holds (`openingBalance`, after `priorYears` of contributions; a new account
 * holds nothing). `interestRate` and `basicPension` are the host's figures and are never
 * defaulted: leaving one out gives `assumption_missing`.
 */
export const ProjectionAssumptionsSchema = lazySchema(() => wire().projectionAssumptions);
/** The assumptions as a host sends them. */
export type ProjectionAssumptions = z.input<typeof ProjectionAssumptionsSchema>;
/** Internal: {@link ProjectionAssumptionsSchema}'s rules, money parsed into fen. */
export const ParsedProjectionAssumptionsSchema = lazySchema(() => parsed().projectionAssumptions);
/** Internal: the assumptions as parsed (money in fen, the rate as decimal text). */
export type ParsedAssumptions = z.output<typeof ParsedProjectionAssumptionsSchema>;

/**
 * The options of `projectPension`: the assumptions, and either `scenario` (the same credit, by
 * line, every year) or `yearlyCredits` (one total credit per contribution year, in order).
 */
export const ProjectPensionOptionsSchema = lazySchema(() => wire().projectPensionOptions);
/** The options of `projectPension` as a host sends them. */
export type ProjectPensionOptions = z.input<typeof ProjectPensionOptionsSchema>;
/** Internal: {@link ProjectPensionOptionsSchema}'s rules, money parsed into fen. */
export const ParsedProjectPensionOptionsSchema = lazySchema(() => parsed().projectPensionOptions);
