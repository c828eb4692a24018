import * as z from "zod";
import type { ReadonlyDeep } from "../core/readonly.js";
import { OrganisationSchema, ParsedPlanSchema, PlanSchema } from "./plan.js";
import { fenMoney, IsoDateSchema, SubsidyYearSchema, wireMoney, type MoneyKit } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { lazySchema, once } from "../core/lazy.js";

/** The most rows one roster may carry: well above any village, well below what totals can hold exactly. */
export const MAX_ROSTER_ROWS = LIMITS.rosterRows;

/**
 * 补助时间 (annex1/3): the days the subsidy is for, from and to (inclusive). opinion/3.5: the
 * subsidy time is the members' contribution time, so both days lie in the application's year.
 */
export const SubsidyTimeSchema = lazySchema(() => z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((time) => time.from <= time.to, { message: "from must not be after to", path: ["to"] })
  .meta({ description: "补助时间: the first and last day the subsidy is for (inclusive), both in the application's year." }));
/** The subsidy time as parsed. */
export type SubsidyTime = z.output<typeof SubsidyTimeSchema>;

/**
 * What the roster form (annex3) shows around the rows: the day it was filled in (填表时间; the day
 * of submission when absent) and the names of who drew it up (制表人), checked it (审核人) and is
 * responsible for it (负责人). A name left out is a blank for a hand signature.
 */
export const RosterFormSchema = lazySchema(() => z.object({
  filledOn: IsoDateSchema.optional(),
  preparer: z.string().min(1).max(200).optional(),
  reviewer: z.string().min(1).max(200).optional(),
  principal: z.string().min(1).max(200).optional(),
}));
/** The roster form's header and signature fields as parsed. */
export type RosterForm = z.output<typeof RosterFormSchema>;

/** Builds the money-bearing application schemas from a money kit (public: yuan as sent; internal: fen). */
function applicationSchemas<M extends z.ZodType, P extends z.ZodType, Pc extends z.ZodType, Pl extends z.ZodType>(kit: MoneyKit<M, P, Pc>, plan: Pl) {
  const rosterEntry = z.object({
    member: z.unknown(),
    amount: kit.money,
  });
  const contributionStatus = z
    .object({
      members: z.number().int().min(0).max(MAX_ROSTER_ROWS),
      selfPaid: kit.money,
      governmentPaid: kit.money,
    })
    .meta({ description: "当年缴费情况: how many members are listed and the totals of their regular contributions for the year (yuan)." });
  const application = z.object({
    id: z.string().min(1).max(200),
    year: SubsidyYearSchema,
    organisation: OrganisationSchema,
    plan,
    sealed: z.boolean(),
    submittedOn: IsoDateSchema,
    subsidyTime: SubsidyTimeSchema,
    contributionStatus,
    rosterForm: RosterFormSchema.optional(),
    roster: z.array(rosterEntry).max(MAX_ROSTER_ROWS),
  });
  const voucher = z.object({
    number: z.string().min(1).max(200),
    amount: kit.money,
    date: IsoDateSchema,
    account: z.enum(["fund_fiscal_revenue", "other"]),
  });
  return { rosterEntry, contributionStatus, application, voucher };
}

const wire = once(() => applicationSchemas(wireMoney, PlanSchema));
const parsed = once(() => applicationSchemas(fenMoney, ParsedPlanSchema));

/**
 * One row of the application's roster (annex1/3, annex3): the member and the amount the
 * organisation claims for them. The member is kept as sent (`unknown`): each member is read and
 * decided on its own, so one unreadable row becomes that row's finding instead of refusing the
 * whole application.
 */
export const RosterEntrySchema = lazySchema(() => wire().rosterEntry);
/** A roster row as a host sends it (amount in yuan). */
export type RosterEntry = ReadonlyDeep<z.input<typeof RosterEntrySchema>>;
/** @deprecated Use {@link RosterEntry}: the public models are the shapes a host sends. */
export type RosterEntryInput = RosterEntry;

/**
 * 当年缴费情况 (annex1/3): the count of the listed members and the totals of their regular
 * contributions for the year, what they paid themselves and what the government paid for them.
 */
export const ContributionStatusSchema = lazySchema(() => wire().contributionStatus);
/** The contribution status as a host sends it (yuan). */
export type ContributionStatus = ReadonlyDeep<z.input<typeof ContributionStatusSchema>>;

/**
 * The organisation's yearly application (annex1/3): sealed, stating the subsidy time (补助时间)
 * and the year's contribution status (当年缴费情况), with the plan attached and the roster of
 * members with the amount claimed for each (the standard per member).
 */
export const ApplicationSchema = lazySchema(() => wire().application);
/** An application as a host sends it: money in yuan (number or decimal string), dates `YYYY-MM-DD`. */
export type Application = ReadonlyDeep<z.input<typeof ApplicationSchema>>;
/** @deprecated Use {@link Application}: the public models are the shapes a host sends. */
export type ApplicationInput = Application;

/**
 * A payment voucher (annex1/5–7): the bank's number for the transfer, the amount, the day and
 * the account it went into (`fund_fiscal_revenue`: the resident pension fund's fiscal revenue
 * account, 城乡居民基本养老保险基金财政收入户).
 */
export const VoucherSchema = lazySchema(() => wire().voucher);
/** A voucher as a host sends it (amount in yuan, date `YYYY-MM-DD`). */
export type Voucher = ReadonlyDeep<z.input<typeof VoucherSchema>>;
/** @deprecated Use {@link Voucher}: the public models are the shapes a host sends. */
export type VoucherInput = Voucher;

/** Internal: {@link RosterEntrySchema}'s rules, the amount parsed into integer fen. */
export const ParsedRosterEntrySchema = lazySchema(() => parsed().rosterEntry);
/** Internal: {@link ContributionStatusSchema}'s rules, money parsed into integer fen. */
export const ParsedContributionStatusSchema = lazySchema(() => parsed().contributionStatus);
/** Internal: the contribution status as the library reads it (fen). */
export type ParsedContributionStatus = z.output<typeof ParsedContributionStatusSchema>;
/** Internal: {@link ApplicationSchema}'s rules, money parsed into integer fen. */
export const ParsedApplicationSchema = lazySchema(() => parsed().application);
/** Internal: an application as the library reads it (money in fen; members as sent). */
export type ParsedApplication = z.output<typeof ParsedApplicationSchema>;
/** Internal: {@link VoucherSchema}'s rules, the amount parsed into integer fen. */
export const ParsedVoucherSchema = lazySchema(() => parsed().voucher);
/** Internal: a voucher as the library reads it (amount in fen). */
export type ParsedVoucher = z.output<typeof ParsedVoucherSchema>;
