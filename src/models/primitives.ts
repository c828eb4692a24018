import * as z from "zod";
import { isIsoDate } from "../core/dates.js";
import { MAX_FEN, parseFen } from "../core/money.js";

/** `^(0|[1-9]\d{0,11})(\.\d{1,2})?$`: a decimal string of yuan with at most two decimals. */
export const MONEY_PATTERN = "^(0|[1-9]\\d{0,11})(\\.\\d{1,2})?$";

/**
 * Money in: a JSON number or a decimal string of yuan, at least 0, at most two decimals, at most
 * 10,000,000 yuan. Parsed into integer fen.
 */
export const MoneySchema = z
  .union([z.number().min(0).max(MAX_FEN / 100), z.string().regex(new RegExp(MONEY_PATTERN))])
  .transform((value, ctx) => {
    const fen = parseFen(value);
    if (fen === undefined) {
      ctx.addIssue({ code: "custom", message: "money must have at most 2 decimals and be at most 10000000", input: value });
      return z.NEVER;
    }
    return fen;
  })
  .meta({ description: "Yuan: a number or a decimal string, >= 0, at most 2 decimals, at most 10000000." });

/** Money that must be more than zero. */
export const PositiveMoneySchema = MoneySchema.refine((fen) => fen > 0, { message: "must be greater than 0" });

/** `YYYY-MM-DD`. */
export const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** An ISO calendar date `YYYY-MM-DD` that exists (1800–2199). Compared as text, never as a `Date`. */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "expected a real calendar date YYYY-MM-DD (1800–2199)" })
  .meta({ description: "An ISO calendar date YYYY-MM-DD.", pattern: DATE_PATTERN, format: "date" });

/** A subsidy year: the policy began in 2024. */
export const SubsidyYearSchema = z.number().int().min(2024).max(2199);

/** A contribution period (the year a contribution is for). */
export const PeriodSchema = z.number().int().min(1900).max(2199);
