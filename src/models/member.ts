import * as z from "zod";
import type { ReadonlyDeep } from "../core/readonly.js";
import { IdNumberSchema } from "./idNumber.js";
import { IsoDateSchema, MoneySchema, PeriodSchema, PositiveMoneySchema } from "./primitives.js";
import { LIMITS } from "./limits.js";

/**
 * Who the member is for the standard (annex2/2): a general member, or one of the hardship
 * groups named by the policy (低保对象, 特困人员, 返贫致贫人口, 重度残疾人, "等").
 */
export const MemberCategorySchema = z.enum([
  "general",
  "minimum_living_allowance",
  "extreme_poverty",
  "returned_to_poverty",
  "severe_disability",
  "other_hardship",
]);
/** A member's category. */
export type MemberCategory = z.output<typeof MemberCategorySchema>;

/**
 * One contribution line: the year it is for, regular or one-time back payment (一次性补缴), the
 * tier (档次), what the member paid and what the government paid on the member's behalf (政府代缴).
 */
export const ContributionSchema = z.object({
  period: PeriodSchema,
  kind: z.enum(["regular", "back_payment"]),
  tier: PositiveMoneySchema,
  selfPaid: MoneySchema,
  governmentPaid: MoneySchema.default(0),
  paidOn: IsoDateSchema.optional(),
});
/** A contribution as parsed: money in integer fen. */
export type Contribution = z.output<typeof ContributionSchema>;
/** A contribution as a host sends it: money in yuan, number or decimal string. */
export type ContributionInput = ReadonlyDeep<z.input<typeof ContributionSchema>>;

/** A member of the collective economic organisation, with the contributions on record. */
export const MemberSchema = z.object({
  id: IdNumberSchema,
  name: z.string().min(1).max(200),
  collectiveMember: z.boolean(),
  enrolled: z.boolean(),
  category: MemberCategorySchema,
  contributions: z.array(ContributionSchema).max(LIMITS.contributions),
});
/** A member as parsed: ID normalised, money in integer fen. */
export type Member = z.output<typeof MemberSchema>;
/** A member as a host sends it. */
export type MemberInput = ReadonlyDeep<z.input<typeof MemberSchema>>;
