import * as z from "zod";
import { isIsoDate } from "../core/dates.js";
import { MAX_FEN, parseFen } from "../core/money.js";
import { lazySchema } from "../core/lazy.js";

/** `^(0|[1-9]\d{0,11})(\.\d{1,2})?$`: a decimal string of yuan with at most two decimals. */
export const MONEY_PATTERN = "^(0|[1-9]\\d{0,11})(\\.\\d{1,2})?$";

/** Money's own checks run only on a number or string that passed the union's (as a transform would). */
function wellFormed(payload: { readonly issues: readonly unknown[] }): boolean {
  return payload.issues.length === 0;
}

/**
 * Money as a host sends it: a JSON number or a decimal string of yuan, at least 0, at most two
 * decimals, at most 10,000,000 yuan. Validates only: the value comes back as sent (yuan), so a
 * parse result can be passed on to any function of the library unchanged.
 *
 * @example
 * ```ts
 * MoneySchema.parse("250.50");
 * //=> "250.50"
 * MoneySchema.parse(250);
 * //=> 250
 * MoneySchema.safeParse("250.505").success;
 * //=> false
 * ```
 */
export const MoneySchema = lazySchema(() => z
  .union([z.number().min(0).max(MAX_FEN / 100), z.string().regex(new RegExp(MONEY_PATTERN))])
  .superRefine((value, ctx) => {
    if (parseFen(value) === undefined) {
      ctx.addIssue({ code: "custom", message: "money must have at most 2 decimals and be at most 10000000", input: value, continue: false });
    }
  }, { when: wellFormed })
  .meta({ description: "Yuan: a number or a decimal string, >= 0, at most 2 decimals, at most 10000000." }));

/** Money that must be more than zero (yuan, as sent). */
export const PositiveMoneySchema = lazySchema(() => MoneySchema.refine((yuan) => (parseFen(yuan) as number) > 0, { message: "must be greater than 0", when: wellFormed }));

/** Reads money the schemas have accepted (never undefined there) as integer fen. Internal. */
function toFen(yuan: number | string): number {
  return parseFen(yuan) as number;
}

/**
 * Internal: {@link MoneySchema}'s rules, with the value parsed into integer fen. Never exported
 * from the package: the public schemas return what a host sent.
 */
export const FenSchema = lazySchema(() => MoneySchema.transform(toFen));

/** Internal: {@link PositiveMoneySchema}, parsed into integer fen. */
export const PositiveFenSchema = lazySchema(() => PositiveMoneySchema.transform(toFen));

/** `YYYY-MM-DD`. */
export const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** An ISO calendar date `YYYY-MM-DD` that exists (1800–2199). Compared as text, never as a `Date`. */
export const IsoDateSchema = lazySchema(() => z
  .string()
  .refine(isIsoDate, { message: "expected a real calendar date YYYY-MM-DD (1800–2199)" })
  .meta({ description: "An ISO calendar date YYYY-MM-DD.", pattern: DATE_PATTERN, format: "date" }));

/** A subsidy year: the policy began in 2024. */
export const SubsidyYearSchema = lazySchema(() => z.number().int().min(2024).max(2199));

/** A contribution period (the year a contribution is for). */
export const PeriodSchema = lazySchema(() => z.number().int().min(1900).max(2199));

/**
 * The money schemas a model is built from: {@link wireMoney} for the public schemas (validate,
 * return yuan as sent), {@link fenMoney} for the library's own parse (same rules, fen out). Each
 * model is written once, as a function of its kit, so the rules of what is valid have one home.
 */
export interface MoneyKit<Money extends z.ZodType = z.ZodType, Positive extends z.ZodType = z.ZodType, Percent extends z.ZodType = z.ZodType> {
  readonly money: Money;
  readonly positive: Positive;
  readonly percent: Percent;
  /** Reads an accepted amount of this kit's output as integer fen (for rules that compare amounts). */
  readonly fen: (value: never) => number;
}

/** A percentage between 0 and 100 with at most 4 decimals, as a number or a decimal string. */
export const PercentSchema = lazySchema(() => z.union([z.number(), z.string()]).superRefine((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value;
  if (!/^(0|[1-9]\d{0,2})(\.\d{1,4})?$/.test(text) || Number(text) > 100) {
    ctx.addIssue({ code: "custom", message: "expected a percentage between 0 and 100 with at most 4 decimals", input: value, continue: false });
  }
}, { when: wellFormed }));

/** The public kit: amounts stay as the host sent them. */
export const wireMoney = {
  money: MoneySchema,
  positive: PositiveMoneySchema,
  percent: PercentSchema,
  // NaN for a value the money rules refuse: comparisons with it are false, as with a refused fen.
  fen: (value: number | string): number => parseFen(value) ?? Number.NaN,
} satisfies MoneyKit;

/** The internal kit: amounts in integer fen, percentages as decimal text. */
export const fenMoney = {
  money: FenSchema,
  positive: PositiveFenSchema,
  percent: lazySchema(() => PercentSchema.transform((value) => (typeof value === "number" ? String(value) : value))),
  fen: (value: number): number => value,
} satisfies MoneyKit;
