import { describe, expect, it } from "vitest";
import { computeRoster, type MemberInput } from "../../src/index.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

describe("computeRoster", () => {
  it("decides every member in input order and totals the granted amounts", () => {
    const result = computeRoster([generalMember(300, ID_A), governmentPaidMember(ID_B), { ...generalMember(1000, ID_C), enrolled: false }], basePlan, options);
    expect(result.decisions.map((d) => [d.memberId, d.status, d.amount])).toEqual([
      [ID_A, "granted", "80.00"],
      [ID_B, "granted", "100.00"],
      [ID_C, "denied", "0.00"],
    ]);
    expect(result.totals).toEqual({ members: 3, granted: 2, denied: 1, invalid: 0, amount: "180.00" });
    expect(result.findings).toEqual([]);
  });

  it("denies a member ID seen again with duplicate_member", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(500, ID_B), generalMember(1000, ID_A)], basePlan, options);
    const third = result.decisions[2];
    expect(third).toMatchObject({ status: "denied", amount: "0.00" });
    expect(third?.findings).toEqual([
      expect.objectContaining({ code: "duplicate_member", clause: "opinion/3.2", path: ["member", "id"], details: { memberId: ID_A, firstRow: 1, row: 3 } }),
    ]);
    expect(result.totals.amount).toBe("230.00");
  });

  it("treats a lower-case check character as the same ID", () => {
    const result = computeRoster([generalMember(300, "11010519491231002X"), generalMember(300, "11010519491231002x")], basePlan, options);
    expect(result.decisions[1]?.findings.map((f) => f.code)).toEqual(["duplicate_member"]);
  });

  it("takes any iterable, such as a generator", () => {
    function* rows(): Generator<MemberInput> {
      yield generalMember(300, ID_A);
      yield generalMember(300, ID_B);
    }
    expect(computeRoster(rows(), basePlan, options).totals.members).toBe(2);
  });

  it("answers a roster that is not iterable with invalid_input naming members", () => {
    const result = computeRoster(42 as unknown as MemberInput[], basePlan, options);
    expect(result.decisions).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", path: ["members"] })]);
  });

  it("makes every decision invalid when the plan is invalid, keeping one decision per member", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(300, ID_B)], { ...basePlan, validity: { kind: "x" } } as never, options);
    expect(result.decisions.map((d) => d.status)).toEqual(["invalid", "invalid"]);
    expect(result.totals).toMatchObject({ invalid: 2, amount: "0.00" });
  });

  it("counts an empty roster as zero", () => {
    expect(computeRoster([], basePlan, options).totals).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, amount: "0.00" });
  });
});
