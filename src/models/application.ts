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
 * The organisation's yearly application (annex1/3): sealed, stating the year's contribution
 * status, with the plan attached and the roster of members with the amount claimed for each.
 */
export const ApplicationSchema = z.object({
  id: z.string().min(1).max(200),
  year: SubsidyYearSchema,
  organisation: OrganisationSchema,
  plan: PlanSchema,
  sealed: z.boolean(),
  submittedOn: IsoDateSchema,
  contributionStatus: z.string().max(5000).optional(),
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
