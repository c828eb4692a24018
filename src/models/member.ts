import * as z from "zod";
import type { ReadonlyDeep } from "../core/readonly.js";
import { IdNumberSchema } from "./idNumber.js";
import { fenMoney, IsoDateSchema, PeriodSchema, wireMoney, type MoneyKit } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { lazySchema, once } from "../core/lazy.js";

/**
 * Who the member is for the standard (annex2/2): a general member, or one of the hardship
 * groups named by the policy (低保对象, 特困人员, 返贫致贫人口, 重度残疾人, "等").
 */
export const MemberCategorySchema = lazySchema(() => z.enum([
  "general",
  "minimum_living_allowance",
  "extreme_poverty",
  "returned_to_poverty",
  "severe_disability",
  "other_hardship",
]));
/** A member's category. */
export type MemberCategory = z.output<typeof MemberCategorySchema>;

/** Builds the contribution and member schemas from a money kit (public: yuan as sent; internal: fen). */
function memberSchemas<M extends z.ZodType, P extends z.ZodType, Pc extends z.ZodType>(kit: MoneyKit<M, P, Pc>) {
  const contribution = z.object({
    period: PeriodSchema,
    kind: z.enum(["regular", "back_payment"]),
    tier: kit.positive,
    selfPaid: kit.money,
    governmentPaid: z._default(kit.money, 0 as never),
    paidOn: IsoDateSchema.optional(),
  });
  const member = z.object({
    id: IdNumberSchema,
    name: z.string().min(1).max(200),
    collectiveMember: z.boolean(),
    enrolled: z.boolean(),
    category: MemberCategorySchema,
    contributions: z.array(contribution).max(LIMITS.contributions),
  });
  return { contribution, member };
}

const wire = once(() => memberSchemas(wireMoney));
const parsed = once(() => memberSchemas(fenMoney));

/**
 * One contribution line: the year it is for, regular or one-time back payment (一次性补缴), the
 * tier (档次), what the member paid and what the government paid on the member's behalf (政府代缴).
 * Validates a contribution as a host sends it and returns it with money still in yuan.
 */
export const ContributionSchema = lazySchema(() => wire().contribution);
/**
 * A contribution as a host sends it: money in yuan (number or decimal string), `paidOn` as
 * `YYYY-MM-DD`.
 */
export type Contribution = ReadonlyDeep<z.input<typeof ContributionSchema>>;
/** @deprecated Use {@link Contribution}: the public models are the shapes a host sends. */
export type ContributionInput = Contribution;

/**
 * A member of the collective economic organisation, with the contributions on record. Validates
 * a member as a host sends it; the output (money still in yuan, ID normalised) can be passed to
 * `computeSubsidy` as it is.
 */
export const MemberSchema = lazySchema(() => wire().member);
/** A member as a host sends it: money in yuan (number or decimal string), dates `YYYY-MM-DD`. */
export type Member = ReadonlyDeep<z.input<typeof MemberSchema>>;
/** @deprecated Use {@link Member}: the public models are the shapes a host sends. */
export type MemberInput = Member;

/** Internal: {@link ContributionSchema}'s rules, money parsed into integer fen. */
export const ParsedContributionSchema = lazySchema(() => parsed().contribution);
/** Internal: a contribution as the library reads it (money in integer fen). */
export type ParsedContribution = z.output<typeof ParsedContributionSchema>;
/** Internal: {@link MemberSchema}'s rules, money parsed into integer fen. */
export const ParsedMemberSchema = lazySchema(() => parsed().member);
/** Internal: a member as the library reads it (ID normalised, money in integer fen). */
export type ParsedMember = z.output<typeof ParsedMemberSchema>;
