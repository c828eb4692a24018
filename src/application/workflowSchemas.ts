/**
 * The workflow's states and events as the host sends them back (annex1/3–7, opinion/3.5), read
 * with zod so that a state stored as JSON, or an event from a form, can never make the state
 * machine throw. Amounts are read into fen.
 */
import * as z from "zod";
import { MAX_ROSTER_ROWS, ParsedVoucherSchema } from "../models/application.js";
import { IsoDateSchema, FenSchema } from "../models/primitives.js";
import { LIMITS } from "../models/limits.js";
import { lazySchema } from "../core/lazy.js";

/** The workflow's states, in order; `returned` sends an application back to `draft`. */
export const WORKFLOW_STATUSES = [
  "draft",
  "submitted",
  "returned",
  "reviewed",
  "standards_entered",
  "paid",
  "allocated",
  "reconciled",
  "receipted",
] as const;

/** The events, in the order of the workflow. */
export const WORKFLOW_EVENTS = ["submit", "review", "revise", "enter_standards", "pay", "allocate", "reconcile", "issue_receipt"] as const;

const ApplicationIdSchema = lazySchema(() => z.string().min(1).max(200));
const RosterSummarySchema = lazySchema(() => z.object({ members: z.number().int().min(0).max(MAX_ROSTER_ROWS), total: FenSchema }));
const ReceiptSchema = lazySchema(() => z.object({ voucher: z.string().min(1).max(200), amount: FenSchema, date: IsoDateSchema }));

/** A finding as carried back in a report: only what the guards read is required. */
const CarriedFindingSchema = lazySchema(() => z.looseObject({ code: z.string(), severity: z.enum(["error", "warning"]), clause: z.string() }));

export const StateSchema = lazySchema(() => z.discriminatedUnion("status", [
  z.object({ status: z.literal("draft"), applicationId: ApplicationIdSchema }),
  z.object({ status: z.literal("submitted"), applicationId: ApplicationIdSchema }),
  z.object({ status: z.literal("returned"), applicationId: ApplicationIdSchema, findings: z.array(CarriedFindingSchema).max(LIMITS.carriedFindings) }),
  z.object({ status: z.literal("reviewed"), applicationId: ApplicationIdSchema, roster: RosterSummarySchema }),
  z.object({ status: z.literal("standards_entered"), applicationId: ApplicationIdSchema, roster: RosterSummarySchema }),
  z.object({ status: z.literal("paid"), applicationId: ApplicationIdSchema, roster: RosterSummarySchema, payment: ParsedVoucherSchema }),
  z.object({ status: z.literal("allocated"), applicationId: ApplicationIdSchema, roster: RosterSummarySchema, payment: ParsedVoucherSchema }),
  z.object({ status: z.literal("reconciled"), applicationId: ApplicationIdSchema, roster: RosterSummarySchema, payment: ParsedVoucherSchema }),
  z.object({
    status: z.literal("receipted"),
    applicationId: ApplicationIdSchema,
    roster: RosterSummarySchema,
    payment: ParsedVoucherSchema,
    receipt: ReceiptSchema,
  }),
]));
/** A state as parsed (money in fen). */
export type ParsedState = z.output<typeof StateSchema>;

export const EventTypeSchema = lazySchema(() => z.object({ type: z.enum(WORKFLOW_EVENTS) }));

/** The parts of a checkApplication report the review reads. */
export const ReviewEventSchema = lazySchema(() => z.object({
  report: z.object({
    compliant: z.boolean(),
    findings: z.array(CarriedFindingSchema).max(LIMITS.carriedFindings),
    totals: z.object({ members: z.number().int().min(0).max(MAX_ROSTER_ROWS), claimed: FenSchema }),
  }),
}));

/** The transfers made; absent or empty means nothing was paid. */
export const PayEventSchema = lazySchema(() => z.object({ transfers: z.array(ParsedVoucherSchema).max(LIMITS.transfers).optional() }));

/** The documents returned for allocation; each may be missing (a guard reports it). */
export const AllocateEventSchema = lazySchema(() => z.object({ voucher: ParsedVoucherSchema.optional(), roster: RosterSummarySchema.optional() }));

/** The parts of a reconcile result the guard reads. */
export const ReconcileEventSchema = lazySchema(() => z.object({
  result: z.object({
    balanced: z.boolean(),
    totals: z.object({ roster: FenSchema, payment: FenSchema, bookings: FenSchema }),
    findings: z.array(CarriedFindingSchema).max(LIMITS.carriedFindings),
  }),
}));

/** The bank's voucher of the money received; may be missing (a guard reports it). */
export const ReceiptEventSchema = lazySchema(() => z.object({ bankVoucher: ParsedVoucherSchema.optional() }));
