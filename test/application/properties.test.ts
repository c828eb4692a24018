import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkApplication, reconcile, transition, type ApplicationInput, type MemberInput } from "../../src/index.js";
import { parseFen } from "../../src/core/money.js";
import { policy2025 } from "../helpers/samples.js";
import { sampleApplication } from "./fixtures.js";

const options = { policy: policy2025 };
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid synthetic resident ID (GB 11643-1999) for sequence number `n` (0–999). */
function idNumber(n: number): string {
  const body = `51040219800101${String(n).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (WEIGHTS[i] as number);
  return body + ("10X98765432"[sum % 11] as string);
}

const CATEGORIES = ["general", "minimum_living_allowance", "extreme_poverty", "returned_to_poverty", "severe_disability", "other_hardship"] as const;

/** A member of the 2025 roster: mostly eligible, sometimes not, with any own payment. */
const memberArb = (id: string): fc.Arbitrary<MemberInput> =>
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    selfPaid: fc.integer({ min: 0, max: 300_000 }),
    governmentPaid: fc.constantFrom(0, 0, 0, 10_000),
    collectiveMember: fc.constantFrom(true, true, true, false),
    kind: fc.constantFrom("regular", "regular", "regular", "back_payment"),
  }).map(({ category, selfPaid, governmentPaid, collectiveMember, kind }) => ({
    id,
    name: "成员",
    collectiveMember,
    enrolled: true,
    category,
    contributions: [
      { period: 2025, kind: kind as "regular" | "back_payment", tier: ((selfPaid + governmentPaid) / 100).toFixed(2), selfPaid: (selfPaid / 100).toFixed(2), governmentPaid: (governmentPaid / 100).toFixed(2), paidOn: "2025-06-10" },
    ],
  }));

/** A roster of members (with an occasional repeated ID) whose claims are right or off by a fen. */
const rosterArb = fc
  .array(fc.record({ seq: fc.integer({ min: 0, max: 60 }), offset: fc.constantFrom(0, 0, 0, 0, 1, -1) }), { minLength: 0, maxLength: 12 })
  .chain((rows) =>
    fc.tuple(...rows.map((row) => memberArb(idNumber(row.seq)).map((member) => ({ member, offset: row.offset })))).map((members) => members),
  );

/** Claims what the plan gives (plus the offset in fen), read from a first pass. */
function applicationFor(rows: readonly { member: MemberInput; offset: number }[]): ApplicationInput {
  const draft = sampleApplication({ roster: rows.map(({ member }) => ({ member, amount: 0 })) });
  const first = checkApplication(draft, options);
  return sampleApplication({
    roster: rows.map(({ member, offset }, i) => {
      const fen = (parseFen(first.decisions[i]?.amount) ?? 0) + offset;
      return { member, amount: (Math.max(fen, 0) / 100).toFixed(2) };
    }),
  });
}

describe("application properties", () => {
  it("for any roster the checks accept, the roster total, the lump-sum payment and the bookings agree to the fen", () => {
    let accepted = 0;
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const application = applicationFor(rows);
        const report = checkApplication(application, options);
        if (!report.compliant) return;
        accepted++;
        expect(report.totals.claimed).toBe(report.totals.computed);
        expect(report.decisions.every((d) => d.status === "granted")).toBe(true);

        // The review passes, and the one payment of the roster total is accepted.
        const reviewed = transition({ status: "submitted", applicationId: "A" }, { type: "review", report });
        expect(reviewed.ok && reviewed.state.status).toBe("reviewed");
        const voucher = { number: "B-1", amount: report.totals.claimed, date: "2025-07-10", account: "fund_fiscal_revenue" as const };
        const entered = reviewed.ok ? transition(reviewed.state, { type: "enter_standards" }) : reviewed;
        const paid = entered.ok ? transition(entered.state, { type: "pay", transfers: [voucher] }) : entered;
        expect(paid.ok).toBe(true);

        // Booking each decision's amount balances against the roster and the payment.
        const bookings = report.decisions.map((d) => ({ memberId: d.memberId as string, amount: d.amount }));
        const result = reconcile({ roster: application.roster as never, payment: voucher, bookings });
        expect(result.findings).toEqual([]);
        expect(result.totals).toEqual({ roster: report.totals.claimed, payment: report.totals.claimed, bookings: report.totals.claimed });
      }),
      { numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("rejects any roster whose claimed total differs from what the plan gives", () => {
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const report = checkApplication(applicationFor(rows), options);
        if (report.totals.claimed !== report.totals.computed) expect(report.compliant).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("gives every roster row exactly one decision, in order, none missing or repeated", () => {
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const application = applicationFor(rows);
        const report = checkApplication(application, options);
        expect(report.decisions).toHaveLength(rows.length);
        expect(report.decisions.map((d) => d.memberId)).toEqual(rows.map(({ member }) => member.id));
        expect(report.totals.members).toBe(rows.length);
        expect(report.totals.granted + report.totals.denied + report.totals.invalid).toBe(rows.length);
      }),
      { numRuns: 100 },
    );
  });

  it("does not mutate the application", () => {
    fc.assert(
      fc.property(rosterArb, (rows) => {
        const application = applicationFor(rows);
        const before = structuredClone(application);
        checkApplication(application, options);
        expect(application).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
