// A property over list sizes up to twice each limit (issue 20): past the limit the answer is one
// too_many_items naming the limit and the count; at or below it no such finding, every item read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSubsidy, findDuplicateBeneficiaries, reconcile, transition, type Finding } from "../../src/index.js";
import { LIMITS } from "../../src/models/limits.js";
import { basePlan, generalMember, ID_A, policy2025 } from "../helpers/samples.js";
import { repeated } from "./data.js";

/** A size from 0 to twice `limit`, the limit and its neighbours drawn often. */
const sizeUpTo = (limit: number) => fc.oneof(fc.integer({ min: 0, max: 2 * limit }), fc.constantFrom(limit - 1, limit, limit + 1));

function tooMany(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.code === "too_many_items");
}

function expectSizeAnswer(findings: readonly Finding[], count: number, limit: number): void {
  if (count > limit) {
    expect(findings).toHaveLength(1);
    expect(findings[0]?.details).toMatchObject({ count, limit });
  } else {
    expect(tooMany(findings)).toEqual([]);
  }
}

/** The findings of a workflow step, none when it succeeded. */
function findingsOf(result: ReturnType<typeof transition>): readonly Finding[] {
  return result.ok ? [] : result.findings;
}

describe("list sizes up to twice the limits", () => {
  it("answers past each limit with one too_many_items, and reads every item below it", () => {
    const voucher = { number: "B-1", amount: "0.01", date: "2025-07-01", account: "fund_fiscal_revenue" as const };
    const state = { status: "standards_entered" as const, applicationId: "A", roster: { members: 1, total: "1.00" } };
    const history = { period: 2020, kind: "regular" as const, tier: 300, selfPaid: 300 };
    const regular = { period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 };
    fc.assert(
      fc.property(
        sizeUpTo(LIMITS.applications),
        sizeUpTo(LIMITS.contributions),
        sizeUpTo(LIMITS.transfers),
        sizeUpTo(LIMITS.bookings),
        (applications, contributions, transfers, bookings) => {
          const duplicates = findDuplicateBeneficiaries(repeated(applications, null)).findings;
          if (applications > LIMITS.applications) expectSizeAnswer(duplicates, applications, LIMITS.applications);
          else expect(duplicates.filter((finding) => finding.code === "invalid_input")).toHaveLength(applications);

          const member = { ...generalMember(), contributions: contributions === 0 ? [] : [regular, ...repeated(contributions - 1, history)] };
          const decision = computeSubsidy(member, basePlan, { year: 2025, policy: policy2025 });
          if (contributions > LIMITS.contributions) expectSizeAnswer(decision.findings, contributions, LIMITS.contributions);
          else expect(decision.status).toBe(contributions === 0 ? "denied" : "granted");

          expectSizeAnswer(tooMany(findingsOf(transition(state, { type: "pay", transfers: repeated(transfers, voucher) }))), transfers, LIMITS.transfers);

          // Bookings past the limit only: below it every booking is decided (reproduce.test.ts times the limit itself).
          if (bookings > LIMITS.bookings) {
            const result = reconcile({ roster: [], payment: { amount: 0 }, bookings: repeated(bookings, { memberId: ID_A, amount: 80 }) });
            expectSizeAnswer(result.findings, bookings, LIMITS.bookings);
          }
        },
      ),
      { numRuns: 12, seed: 20 },
    );
  });
});
