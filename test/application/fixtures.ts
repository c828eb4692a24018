// Applications for the application tests, built on the shared samples.
import type { ApplicationInput, MemberInput } from "../../src/index.js";
import { compliantPlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C } from "../helpers/samples.js";

/** A sealed 2025 application under the compliant plan: 张三 (300 → 80), 李四 (government-paid → 100), 王五 (1000 → 300). */
export function sampleApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
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
  };
}

/** A roster row for `member` claiming `amount`. */
export function row(member: MemberInput, amount: number | string): { member: MemberInput; amount: number | string } {
  return { member, amount };
}
