// The example village's 2025 application (annex1/3), shared by `npm run example` and the
// spreadsheet round trip (`npm run spreadsheet`).
import { computeRoster, createPolicy, type ApplicationInput } from "../src/index.js";
import { members, plan } from "./data.js";

// Sichuan's highest tier for 2025 is not public here: the host system supplies it.
export const policy = createPolicy({ highestTier: { 2025: { amount: 6000, source: "示例数据：由业务系统提供" } } });

/** Every member's decision for 2025. */
export const roster = computeRoster(members, plan, { year: 2025, policy });

/** The roster of subsidised members: each granted member with the amount the plan gives. */
export const subsidised = roster.decisions.flatMap((decision, index) => (decision.status === "granted" ? [{ member: members[index]!, amount: decision.amount }] : []));

// 当年缴费情况: the listed members' regular 2025 contributions. The example data holds whole yuan
// as numbers, so these sums are exact integers.
const contributions = subsidised.map((row) => row.member.contributions.find((c) => c.period === 2025 && c.kind === "regular"));
const sum = (pick: (c: (typeof contributions)[number]) => number): number => contributions.reduce((total, c) => total + pick(c), 0);

/** The sealed application: subsidy time, the year's contribution status, the roster, the plan attached. */
export const application: ApplicationInput = {
  id: "RH-JJ-2025-APP",
  year: 2025,
  organisation: plan.organisation,
  plan,
  sealed: true,
  submittedOn: "2025-07-25",
  subsidyTime: { from: "2025-01-01", to: "2025-12-31" },
  contributionStatus: {
    members: subsidised.length,
    selfPaid: sum((c) => Number(c?.selfPaid ?? 0)),
    governmentPaid: sum((c) => Number(c?.governmentPaid ?? 0)),
  },
  rosterForm: { preparer: "王会计", reviewer: "李监事", principal: "张书记" },
  roster: subsidised,
};
