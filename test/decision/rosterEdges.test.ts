// Roster edges (src/decision/computeRoster.ts, computeRosterStream.ts, decideMember.ts): what is
// not a roster, duplicates among invalid rows and odd IDs, and closing a stream early.
import { describe, expect, it } from "vitest";
import { computeRoster, computeRosterStream, RULES_VERSION, type MemberInput } from "../../src/index.js";
import { basePlan, generalMember, ID_A, ID_B, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

const NOT_A_ROSTER = {
  code: "invalid_input",
  severity: "error",
  clause: "annex1/4",
  message: { zh: "成员名单有误：应为逐行列出成员的名单", en: "Invalid input at members: expected an array or another iterable of members" },
  path: ["members"],
  details: { field: "members", problem: "expected an array or another iterable of members", problemZh: "应为逐行列出成员的名单" },
};

function duplicateOf(memberId: string, firstRow: number, row: number): object {
  return {
    code: "duplicate_member",
    severity: "error",
    clause: "opinion/3.2",
    message: { zh: `公民身份号码 ${memberId} 在名单中重复出现（首次为第 ${firstRow} 行）`, en: `ID ${memberId} appears again in the roster (first at row ${firstRow})` },
    path: ["member", "id"],
    details: { memberId, firstRow, row },
  };
}

describe("computeRoster", () => {
  it.each([
    ["a number", 42],
    ["a string, though strings are iterable", "510402198001010018"],
    ["an object", { length: 1, 0: {} }],
    ["null", null],
  ])("answers %s with invalid_input naming members and decides nothing", (_name, members) => {
    expect(computeRoster(members as unknown as MemberInput[], basePlan, options)).toStrictEqual({
      decisions: [],
      totals: { members: 0, granted: 0, denied: 0, invalid: 0, amount: "0.00" },
      findings: [NOT_A_ROSTER],
      rulesVersion: RULES_VERSION,
    });
  });

  it("names the first row of an ID seen three times, and traces the failed uniqueness step", () => {
    const result = computeRoster([generalMember(300, ID_A), generalMember(300, ID_B), generalMember(300, ID_A), generalMember(500, ID_A)], basePlan, { ...options, trace: true });
    expect(result.decisions.map((d) => d.findings)).toEqual([[], [], [duplicateOf(ID_A, 1, 3)], [duplicateOf(ID_A, 1, 4)]]);
    expect(result.decisions[3]?.trace?.at(-1)).toStrictEqual({
      rule: "unique_member",
      clause: "opinion/3.2",
      outcome: "failed",
      label: { zh: "名单中不重复", en: "appears once in the roster" },
      values: { memberId: ID_A, firstRow: 1 },
    });
  });

  it("finds duplicates among invalid rows, after their own findings", () => {
    const bad = { ...generalMember(300, ID_A), name: "" };
    const result = computeRoster([bad, bad, bad], basePlan, options);
    expect(result.decisions.map((d) => d.status)).toEqual(["invalid", "invalid", "invalid"]);
    expect(result.decisions.map((d) => d.findings.map((f) => f.code))).toEqual([["invalid_input"], ["invalid_input", "duplicate_member"], ["invalid_input", "duplicate_member"]]);
    expect(result.decisions[2]?.findings[1]).toStrictEqual(duplicateOf(ID_A, 1, 3));
  });

  it("finds a duplicate of an ID that is not resident-shaped, and of one ending in a lower-case x", () => {
    const result = computeRoster([{ id: "abc" }, { id: "abc" }, { id: "member-x" }, { id: "member-x" }, { id: 7 }, { id: 7 }] as unknown as MemberInput[], basePlan, options);
    expect(result.decisions.map((d) => d.findings.filter((f) => f.code === "duplicate_member").map((f) => f.details))).toEqual([
      [],
      [{ memberId: "abc", firstRow: 1, row: 2 }],
      [],
      [{ memberId: "member-x", firstRow: 3, row: 4 }],
      [],
      [],
    ]);
    expect(result.decisions.map((d) => d.memberId)).toEqual(["abc", "abc", "member-x", "member-x", null, null]);
  });

  it("finds a readable member seen again after an unreadable row of the same ID written with a lower-case x", () => {
    const unreadable = { ...generalMember(300, "11010519491231002x"), name: "" };
    const result = computeRoster([unreadable, generalMember(300, "11010519491231002X")] as unknown as MemberInput[], basePlan, options);
    expect(result.decisions.map((d) => d.status)).toEqual(["invalid", "denied"]);
    expect(result.decisions[1]?.findings).toStrictEqual([duplicateOf("11010519491231002X", 1, 2)]);
  });

  it("keeps apart IDs that differ only in their last character, and a short ID ending in x from the same text with X after it", () => {
    const ids = ["110105194912310021", "110105194912310022", "abcx", "abcxX"];
    const result = computeRoster(ids.map((id) => ({ id })) as unknown as MemberInput[], basePlan, options);
    expect(result.decisions.map((d) => d.findings.some((f) => f.code === "duplicate_member"))).toEqual([false, false, false, false]);
  });

  it("reads an array through its own iterator when it has one, as for…of would", () => {
    const members = [generalMember(300, ID_A), generalMember(300, ID_B)];
    Object.defineProperty(members, Symbol.iterator, {
      value: function* () {
        yield generalMember(500, ID_B);
      },
    });
    const result = computeRoster(members, basePlan, options);
    expect(result.decisions.map((d) => [d.memberId, d.amount])).toEqual([[ID_B, "150.00"]]);
    expect(result.totals.members).toBe(1);
  });

  it("numbers the rows of any other iterable from 1 when it names the first row of a duplicate", () => {
    function* rows(): Generator<MemberInput> {
      yield generalMember(300, ID_A);
      yield generalMember(300, ID_B);
      yield generalMember(300, ID_A);
    }
    const result = computeRoster(rows(), basePlan, options);
    expect(result.decisions.map((d) => d.status)).toEqual(["granted", "granted", "denied"]);
    expect(result.decisions[2]?.findings.at(-1)).toStrictEqual(duplicateOf(ID_A, 1, 3));
  });

  it("decides a hole in an array as an unreadable row, as for…of would, and numbers rows from 1", () => {
    // eslint-disable-next-line no-sparse-arrays
    const members = [generalMember(300, ID_A), , generalMember(300, ID_A)] as MemberInput[];
    const result = computeRoster(members, basePlan, options);
    expect(result.decisions.map((d) => d.status)).toEqual(["granted", "invalid", "denied"]);
    expect(result.decisions[2]?.findings.at(-1)).toStrictEqual(duplicateOf(ID_A, 1, 3));
  });

  it("finds a valid member seen again after an invalid plan made both rows invalid", () => {
    const result = computeRoster([generalMember(300, "11010519491231002x"), generalMember(300, "11010519491231002X")], { ...basePlan, id: "" }, options);
    expect(result.decisions[1]?.findings.at(-1)).toStrictEqual(duplicateOf("11010519491231002X", 1, 2));
  });
});

describe("computeRosterStream", () => {
  it.each([
    ["a number", 42],
    ["a string", "510402198001010018"],
  ])("answers %s with invalid_input naming members, yields nothing and closes quietly", (_name, members) => {
    const stream = computeRosterStream(members as unknown as MemberInput[], basePlan, options);
    expect(stream.findings).toStrictEqual([NOT_A_ROSTER]);
    expect(stream.next()).toStrictEqual({ done: true, value: undefined });
    expect(stream.return?.()).toStrictEqual({ done: true, value: undefined });
    expect(stream.totals()).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, amount: "0.00" });
  });

  it("stops early over an array, whose iterator has no return method", () => {
    const stream = computeRosterStream([generalMember(300, ID_A), generalMember(300, ID_B)], basePlan, options);
    const seen: string[] = [];
    for (const decision of stream) {
      seen.push(decision.status);
      break;
    }
    expect(seen).toEqual(["granted"]);
    expect(stream.next()).toStrictEqual({ done: true, value: undefined });
    expect(stream.totals()).toMatchObject({ members: 1, granted: 1 });
  });

  it("answers return() with done, again after it is closed, and yields nothing more", () => {
    const stream = computeRosterStream([generalMember(300, ID_A), generalMember(300, ID_B)], basePlan, options);
    expect(stream.next()).toMatchObject({ done: false, value: { status: "granted", memberId: ID_A } });
    expect(stream.return?.()).toStrictEqual({ done: true, value: undefined });
    expect(stream.return?.()).toStrictEqual({ done: true, value: undefined });
    expect(stream.next()).toStrictEqual({ done: true, value: undefined });
  });

  it("answers next() with done once the roster is read, and again after that", () => {
    const stream = computeRosterStream([generalMember(300, ID_A)], basePlan, options);
    expect(stream.next().done).toBe(false);
    expect(stream.next()).toStrictEqual({ done: true, value: undefined });
    expect(stream.next()).toStrictEqual({ done: true, value: undefined });
    expect(stream.return?.()).toStrictEqual({ done: true, value: undefined });
  });

  it("is its own iterator", () => {
    const stream = computeRosterStream([], basePlan, options);
    expect(stream[Symbol.iterator]()).toBe(stream);
  });
});
