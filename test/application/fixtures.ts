// Applications for the application tests, built on the shared samples.
import { formatFen } from "../../src/core/money.js";
import { listedContributions } from "../../src/application/statement.js";
import type { ApplicationInput, MemberInput } from "../../src/index.js";
import { compliantPlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C } from "../helpers/samples.js";

/**
 * The contribution status (当年缴费情况) a roster gives: its count and the sums of each member's
 * first regular contribution for the year (zeros when a row cannot be read).
 */
export function statusOf(roster: readonly unknown[], year = 2025): { members: number; selfPaid: string; governmentPaid: string } {
  const listed = listedContributions(roster, year);
  return { members: roster.length, selfPaid: formatFen(listed?.selfPaid ?? 0), governmentPaid: formatFen(listed?.governmentPaid ?? 0) };
}

/**
 * A sealed 2025 application under the compliant plan: 张三 (300 → 80), 李四 (government-paid → 100),
 * 王五 (1000 → 300). A roster given in `overrides` without a `contributionStatus` gets the status it
 * gives, so that a test of the roster sees only the roster's findings.
 */
export function sampleApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  const roster = overrides.roster;
  const derived = roster !== undefined && Array.isArray(roster) && !("contributionStatus" in overrides) ? { contributionStatus: statusOf(roster) } : {};
  return {
    id: "JJ-2025-APP",
    year: 2025,
    organisation: compliantPlan.organisation,
    plan: compliantPlan,
    sealed: true,
    submittedOn: "2025-07-01",
    subsidyTime: { from: "2025-01-01", to: "2025-12-31" },
    contributionStatus: { members: 3, selfPaid: 1300, governmentPaid: 100 },
    roster: [
      { member: generalMember(300, ID_A), amount: "80.00" },
      { member: governmentPaidMember(ID_B), amount: 100 },
      { member: { ...generalMember(1000, ID_C), name: "王五" }, amount: "300" },
    ],
    ...overrides,
    ...derived,
  };
}

/** A roster row for `member` claiming `amount`. */
export function row(member: MemberInput, amount: number | string): { member: MemberInput; amount: number | string } {
  return { member, amount };
}
