/**
 * Reconciliation and booking — annex1/6: the agency and the finance department check the
 * payment voucher against the roster, and each member's collective subsidy is booked to their
 * personal account. Everything is compared in integer fen.
 */
import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { formatFen, type Fen } from "../core/money.js";
import { hasError, makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { MAX_ROSTER_ROWS } from "../models/application.js";
import { LIMITS } from "../models/limits.js";
import { IdNumberSchema } from "../models/idNumber.js";
import { FenSchema } from "../models/primitives.js";
import { RULES_VERSION } from "../version.js";
import { lazySchema } from "../core/lazy.js";

/** What {@link reconcile} compares. */
export interface ReconcileInput {
  /** the roster as reviewed: the application's rows, `{ member: { id }, amount }` */
  readonly roster: readonly { readonly member: { readonly id: string }; readonly amount: number | string }[];
  /** the payment (its voucher); only the amount is read */
  readonly payment: { readonly amount: number | string };
  /** the bookings to personal accounts */
  readonly bookings: readonly { readonly memberId: string; readonly amount: number | string }[];
}

/** The three totals, yuan with two decimals (rows that could not be read are not counted). */
export interface ReconcileTotals {
  readonly roster: string;
  readonly payment: string;
  readonly bookings: string;
}

/** The result of {@link reconcile}. */
export interface ReconcileResult {
  /** true when the three totals agree to the fen and every roster row has exactly its booking */
  readonly balanced: boolean;
  readonly totals: ReconcileTotals;
  /** every discrepancy */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

const EnvelopeSchema = lazySchema(() => z.object({
  roster: z.array(z.unknown()).max(MAX_ROSTER_ROWS),
  payment: z.object({ amount: FenSchema }),
  bookings: z.array(z.unknown()).max(LIMITS.bookings),
}));
const RosterRowSchema = lazySchema(() => z.object({ member: z.object({ id: IdNumberSchema, name: z.unknown().optional() }), amount: FenSchema }));
const BookingSchema = lazySchema(() => z.object({ memberId: IdNumberSchema, amount: FenSchema }));

interface Line {
  readonly index: number;
  readonly memberId: string;
  /** the row's member as a clerk finds them: "张三，510402…" (the ID alone when the row names nobody) */
  readonly who: string;
  readonly amount: Fen;
}

function readLines<T extends z.ZodType<{ amount: Fen }>>(
  rows: readonly unknown[],
  schema: T,
  idOf: (row: z.output<T>) => string,
  nameOf: (row: z.output<T>) => unknown,
  root: readonly (string | number)[],
  findings: Finding[],
): Line[] {
  const lines: Line[] = [];
  for (let index = 0; index < rows.length; index++) {
    const parsed = schema.safeParse(rows[index]);
    if (parsed.success) lines.push({ index, memberId: idOf(parsed.data), who: whoOf(nameOf(parsed.data), idOf(parsed.data)), amount: parsed.data.amount });
    else pushAll(findings, findingsFromZodError(parsed.error, [...root, index], rows[index]));
  }
  return lines;
}

/** "张三，510402…": the row's name (when it has one) and ID, as a clerk finds the row. */
export function whoOf(name: unknown, memberId: string): string {
  const parts = [typeof name === "string" ? name.trim() : "", memberId].filter((part) => part !== "");
  return parts.length === 0 ? "—" : parts.join("，");
}

function sum(lines: readonly Line[]): Fen {
  let total = 0;
  for (const line of lines) total += line.amount;
  return total;
}

/**
 * Reconciles the lump-sum payment, the roster and the personal-account bookings, to the fen.
 *
 * @remarks
 * annex1/6. Bookings are matched to roster rows by resident ID (for a member listed twice, a
 * booking of the row's own amount first, else the earliest one left). Then: the payment must equal the roster total; the
 * bookings must add up to the roster total; each matched booking must carry its row's amount;
 * every roster row needs a booking; every booking needs a roster row. All amounts are integer
 * fen; nothing is rounded.
 *
 * @param input - `{ roster, payment, bookings }`, as JSON from the host
 * @returns `reconciliation_mismatch` (payment vs roster, bookings vs roster, or one member's
 * booking vs their row), `booking_missing`, `booking_unexpected`; `invalid_input` /
 * `invalid_id_number` for rows that cannot be read
 *
 * @example
 * ```ts
 * const result = reconcile({
 *   roster: [{ member: { id: "510402198001010018" }, amount: 80 }, { member: { id: "510411196503150026" }, amount: 100 }],
 *   payment: { amount: "180.00" },
 *   bookings: [{ memberId: "510402198001010018", amount: 80 }],
 * });
 * result.balanced;
 * //=> false
 * result.findings.map((f) => f.code);
 * //=> ["reconciliation_mismatch", "booking_missing"]
 * ```
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const findings: Finding[] = [];
  const envelope = EnvelopeSchema.safeParse(input);
  if (!envelope.success) {
    pushAll(findings, findingsFromZodError(envelope.error, ["input"], input));
    return { balanced: false, totals: { roster: "0.00", payment: "0.00", bookings: "0.00" }, findings, rulesVersion: RULES_VERSION };
  }
  const readFindings: Finding[] = [];
  const roster = readLines(envelope.data.roster, RosterRowSchema, (row) => row.member.id, (row) => row.member.name, ["input", "roster"], readFindings);
  const bookings = readLines(envelope.data.bookings, BookingSchema, (row) => row.memberId, () => undefined, ["input", "bookings"], readFindings);
  const rosterTotal = sum(roster);
  const bookingTotal = sum(bookings);
  const payment = envelope.data.payment.amount;

  if (payment !== rosterTotal) {
    findings.push(
      makeFinding("reconciliation_mismatch", ["input", "payment", "amount"], {
        what: "payment",
        whatZh: "缴款金额",
        expected: formatFen(rosterTotal),
        actual: formatFen(payment),
        difference: formatSigned(payment - rosterTotal),
      }),
    );
  }
  if (bookingTotal !== rosterTotal) {
    findings.push(
      makeFinding("reconciliation_mismatch", ["input", "bookings"], {
        what: "bookings",
        whatZh: "入账合计",
        expected: formatFen(rosterTotal),
        actual: formatFen(bookingTotal),
        difference: formatSigned(bookingTotal - rosterTotal),
      }),
    );
  }

  // Match each roster row to a booking of the same ID: one of the same amount first, else the
  // earliest one left (so a member listed twice matches whatever the order of the bookings).
  const pending = new Map<string, Line[]>();
  for (const line of bookings) {
    const queue = pending.get(line.memberId);
    if (queue === undefined) pending.set(line.memberId, [line]);
    else queue.push(line);
  }
  const matched = new Map<Line, Line>();
  for (const row of roster) {
    const queue = pending.get(row.memberId);
    if (queue === undefined) continue;
    const exact = queue.findIndex((booking) => booking.amount === row.amount);
    if (exact >= 0) matched.set(row, queue.splice(exact, 1)[0] as Line);
  }
  for (const row of roster) {
    if (matched.has(row)) continue;
    const booking = pending.get(row.memberId)?.shift();
    if (booking === undefined) {
      findings.push(makeFinding("booking_missing", ["input", "roster", row.index, "member", "id"], { row: row.index + 1, memberId: row.memberId, who: row.who, amount: formatFen(row.amount) }));
    } else {
      findings.push(
        makeFinding("reconciliation_mismatch", ["input", "bookings", booking.index, "amount"], {
          what: `booking of ${row.memberId}`,
          whatZh: `入账记录第 ${booking.index + 1} 条（花名册第 ${row.index + 1} 行 ${row.who}）的金额`,
          memberId: row.memberId,
          row: row.index + 1,
          expected: formatFen(row.amount),
          actual: formatFen(booking.amount),
          difference: formatSigned(booking.amount - row.amount),
        }),
      );
    }
  }
  const unexpected: Line[] = [];
  for (const queue of pending.values()) pushAll(unexpected, queue);
  unexpected.sort((a, b) => a.index - b.index);
  for (const booking of unexpected) {
    findings.push(makeFinding("booking_unexpected", ["input", "bookings", booking.index, "memberId"], { row: booking.index + 1, memberId: booking.memberId, amount: formatFen(booking.amount) }));
  }
  pushAll(findings, readFindings);

  return {
    balanced: !hasError(findings),
    totals: { roster: formatFen(rosterTotal), payment: formatFen(payment), bookings: formatFen(bookingTotal) },
    findings,
    rulesVersion: RULES_VERSION,
  };
}

/** A difference in fen as signed yuan: "-0.01", "12.00". */
function formatSigned(fen: number): string {
  return fen < 0 ? `-${formatFen(-fen)}` : formatFen(fen);
}
