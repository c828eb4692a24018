import * as z from "zod";
import { OrganisationSchema, PlanSchema } from "./plan.js";
import { IsoDateSchema, MoneySchema, SubsidyYearSchema } from "./primitives.js";
import { LIMITS } from "./limits.js";

/** The most rows one roster may carry: well above any village, well below what totals can hold exactly. */
export const MAX_ROSTER_ROWS = LIMITS.rosterRows;

/**
 * One row of the application's roster (annex1/3, annex3): the member and the amount the
 * organisation claims for them. The member is kept as sent (`unknown`): each member is read and
 * decided on its own, so one unreadable row becomes that row's finding instead of refusing the
 * whole application.
 */
export const RosterEntrySchema = z.object({
  member: z.unknown(),
  amount: MoneySchema,
});
/** A roster row as parsed (amount in fen). */
export type RosterEntry = z.output<typeof RosterEntrySchema>;
/** A roster row as a host sends it. */
export type RosterEntryInput = z.input<typeof RosterEntrySchema>;

/**
 * 补助时间 (annex1/3): the days the subsidy is for, from and to (inclusive). opinion/3.5: the
 * subsidy time is the members' contribution time, so both days lie in the application's year.
 */
export const SubsidyTimeSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((time) => time.from <= time.to, { message: "from must not be after to", path: ["to"] })
  .meta({ description: "补助时间: the first and last day the subsidy is for (inclusive), both in the application's year." });
/** The subsidy time as parsed. */
export type SubsidyTime = z.output<typeof SubsidyTimeSchema>;

/**
 * 当年缴费情况 (annex1/3): the count of the listed members and the totals of their regular
 * contributions for the year, what they paid themselves and what the government paid for them.
 */
export const ContributionStatusSchema = z
  .object({
    members: z.number().int().min(0).max(MAX_ROSTER_ROWS),
    selfPaid: MoneySchema,
    governmentPaid: MoneySchema,
  })
  .meta({ description: "当年缴费情况: how many members are listed and the totals of their regular contributions for the year (yuan)." });
/** The contribution status as parsed (fen). */
export type ContributionStatus = z.output<typeof ContributionStatusSchema>;

/**
 * What the roster form (annex3) shows around the rows: the day it was filled in (填表时间; the day
 * of submission when absent) and the names of who drew it up (制表人), checked it (审核人) and is
 * responsible for it (负责人). A name left out is a blank for a hand signature.
 */
export const RosterFormSchema = z.object({
  filledOn: IsoDateSchema.optional(),
  preparer: z.string().min(1).max(200).optional(),
  reviewer: z.string().min(1).max(200).optional(),
  principal: z.string().min(1).max(200).optional(),
});
/** The roster form's header and signature fields as parsed. */
export type RosterForm = z.output<typeof RosterFormSchema>;

/**
 * The organisation's yearly application (annex1/3): sealed, stating the subsidy time (补助时间)
 * and the year's contribution status (当年缴费情况), with the plan attached and the roster of
 * members with the amount claimed for each (the standard per member).
 */
export const ApplicationSchema = z.object({
  id: z.string().min(1).max(200),
  year: SubsidyYearSchema,
  organisation: OrganisationSchema,
  plan: PlanSchema,
  sealed: z.boolean(),
  submittedOn: IsoDateSchema,
  subsidyTime: SubsidyTimeSchema,
  contributionStatus: ContributionStatusSchema,
  rosterForm: RosterFormSchema.optional(),
  roster: z.array(RosterEntrySchema).max(MAX_ROSTER_ROWS),
});
/** An application as parsed (money in fen; members as sent). */
export type Application = z.output<typeof ApplicationSchema>;
/** An application as a host sends it. */
export type ApplicationInput = z.input<typeof ApplicationSchema>;

/**
 * A payment voucher (annex1/5–7): the bank's number for the transfer, the amount, the day and
 * the account it went into (`fund_fiscal_revenue`: the resident pension fund's fiscal revenue
 * account, 城乡居民基本养老保险基金财政收入户).
 */
export const VoucherSchema = z.object({
  number: z.string().min(1).max(200),
  amount: MoneySchema,
  date: IsoDateSchema,
  account: z.enum(["fund_fiscal_revenue", "other"]),
});
/** A voucher as parsed (amount in fen). */
export type Voucher = z.output<typeof VoucherSchema>;
/** A voucher as a host sends it. */
export type VoucherInput = z.input<typeof VoucherSchema>;
