// decideMember reads a member with the fast `readMember` and asks `MemberSchema` only when it
// declines. Here the fast reader declines everything, so every member goes through zod: a valid
// member must still be decided, exactly as on the fast path.
import { describe, expect, it, vi } from "vitest";
import { computeRoster, computeSubsidy } from "../../src/index.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_BAD_CHECK, policy2025 } from "../helpers/samples.js";

// (only the reader of a whole member is replaced; the field checks that pick which fields zod is
// asked about stay the real ones)
vi.mock(import("../../src/models/readMember.js"), async (importOriginal) => ({ ...(await importOriginal()), readMember: () => undefined }));

const options = { year: 2025, policy: policy2025 };

describe("computeSubsidy", () => {
  it("decides a valid member the fast reader declines on MemberSchema's reading", () => {
    const decision = computeSubsidy({ ...generalMember("300.00"), id: "11010519491231002x" }, basePlan, options);
    expect(decision).toMatchObject({ status: "granted", memberId: "11010519491231002X", amount: "80.00", basis: "ladder", findings: [] });
  });

  it("reports zod's findings for a member both readers decline", () => {
    const decision = computeSubsidy(generalMember(300, ID_BAD_CHECK), basePlan, options);
    expect(decision).toMatchObject({ status: "invalid", memberId: ID_BAD_CHECK, amount: "0.00" });
    expect(decision.findings.map((f) => [f.code, f.clause, f.path])).toEqual([["invalid_id_number", "annex1/4", ["member", "id"]]]);
  });
});

describe("computeRoster", () => {
  it("totals members read by MemberSchema as it totals the fast reader's", () => {
    const result = computeRoster([generalMember(300, ID_A), governmentPaidMember(ID_B), generalMember(300, ID_A)], basePlan, options);
    expect(result.decisions.map((d) => [d.status, d.amount])).toEqual([
      ["granted", "80.00"],
      ["granted", "100.00"],
      ["denied", "0.00"],
    ]);
    expect(result.decisions[2]?.findings.map((f) => f.code)).toEqual(["duplicate_member"]);
    expect(result.totals).toEqual({ members: 3, granted: 2, denied: 1, invalid: 0, amount: "180.00" });
  });
});
