import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRoster, computeRosterStream, type MemberInput } from "../../src/index.js";
import { MemberIdTable } from "../../src/decision/memberIdTable.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_BAD_CHECK, ID_C, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

/** A roster with duplicates, lower-case check characters, invalid rows and denials. */
function mixedRoster(): unknown[] {
  return [
    generalMember(300, ID_A),
    governmentPaidMember(ID_B),
    generalMember(1000, ID_A),
    generalMember(300, "11010519491231002x"),
    generalMember(500, "11010519491231002X"),
    generalMember("300.125", ID_C),
    generalMember(300, ID_C),
    generalMember(300, ID_BAD_CHECK),
    generalMember(300, ID_BAD_CHECK),
    { ...generalMember(300, "51040219800101001x"), name: "" },
    { ...generalMember(300, "51040219800101001x"), name: "" },
    { ...generalMember(200, ID_B), enrolled: false },
    null,
    { id: "abc" },
    { id: "abc" },
  ];
}

describe("computeRosterStream", () => {
  it("yields exactly computeRoster's decisions and totals", () => {
    const rows = mixedRoster() as MemberInput[];
    const stream = computeRosterStream(rows, basePlan, { ...options, trace: true });
    const decisions = [...stream];
    const roster = computeRoster(rows, basePlan, { ...options, trace: true });
    expect(JSON.stringify(decisions)).toBe(JSON.stringify(roster.decisions));
    expect(stream.totals()).toEqual(roster.totals);
    expect(stream.findings).toEqual([]);
    expect(stream.rulesVersion).toBe(roster.rulesVersion);
  });

  it("agrees with computeRoster on arbitrary rosters of valid, duplicate and arbitrary rows", () => {
    const row = fc.oneof(
      fc.constantFrom(ID_A, ID_B, ID_C, ID_BAD_CHECK, "11010519491231002x", "11010519491231002X").chain((id) => fc.integer({ min: 0, max: 3000 }).map((paid) => generalMember(paid, id) as unknown)),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const stream = computeRosterStream(rows as MemberInput[], basePlan, options);
        const decisions = [...stream];
        const roster = computeRoster(rows as MemberInput[], basePlan, options);
        expect(JSON.stringify(decisions)).toBe(JSON.stringify(roster.decisions));
        expect(stream.totals()).toEqual(roster.totals);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the roster lazily, one member per decision", () => {
    let read = 0;
    function* rows(): Generator<MemberInput> {
      for (let n = 0; n < 1_000_000; n++) {
        read++;
        yield generalMember(300, n % 2 === 0 ? ID_A : ID_B);
      }
    }
    const stream = computeRosterStream(rows(), basePlan, options);
    expect(read).toBe(0);
    stream.next();
    stream.next();
    const third = stream.next();
    expect(read).toBe(3);
    expect(third.value?.findings.map((f) => f.code)).toEqual(["duplicate_member"]);
    expect(stream.totals()).toEqual({ members: 3, granted: 2, denied: 1, invalid: 0, amount: "160.00" });
  });

  it("closes the roster's iterator when the host stops early", () => {
    let closed = false;
    function* rows(): Generator<MemberInput> {
      try {
        for (;;) yield generalMember(300, ID_A);
      } finally {
        closed = true;
      }
    }
    const stream = computeRosterStream(rows(), basePlan, options);
    for (const decision of stream) if (decision.status === "granted") break;
    expect(closed).toBe(true);
    expect(stream.next().done).toBe(true);
  });

  it("answers a roster that is not iterable with invalid_input naming members", () => {
    const stream = computeRosterStream(42 as unknown as MemberInput[], basePlan, options);
    expect([...stream]).toEqual([]);
    expect(stream.findings).toEqual([expect.objectContaining({ code: "invalid_input", clause: "annex1/4", path: ["members"] })]);
    expect(stream.totals()).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, amount: "0.00" });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (members, plan) => {
        const stream = computeRosterStream(members as MemberInput[], plan as never, options);
        let count = 0;
        for (const decision of stream) {
          count++;
          expect(["granted", "denied", "invalid"]).toContain(decision.status);
        }
        return stream.totals().members === count;
      }),
      { numRuns: 300 },
    );
  });
});

describe("MemberIdTable", () => {
  const ids = fc.oneof(
    fc.constantFrom(ID_A, ID_B, ID_C, ID_BAD_CHECK, "11010519491231002X", "11010519491231002x", "000000000000000000", "99999999999999999X"),
    fc.array(fc.constantFrom(..."0123456789X".split("")), { minLength: 18, maxLength: 18 }).map((chars) => chars.join("")),
    fc.string({ maxLength: 20 }),
  );
  const rowArb = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0, -1, 1.5, 0xffff_ffff, 0x1_0000_0000, Number.NaN));

  it("behaves as a Map of strings under any sequence of get and set", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), ids, rowArb), { maxLength: 300 }), (operations) => {
        const table = new MemberIdTable();
        const map = new Map<string, number>();
        for (const [isSet, id, row] of operations) {
          if (isSet) {
            table.set(id, row);
            map.set(id, row);
          }
          expect(table.get(id)).toEqual(map.get(id));
        }
        for (const id of map.keys()) expect(table.get(id)).toEqual(map.get(id));
        expect(table.size).toBe(map.size);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every one of many IDs through its growth", () => {
    const table = new MemberIdTable();
    const count = 50_000;
    const idOf = (n: number): string => `51040219800101${String(n).padStart(4, "0")}`;
    for (let n = 0; n < count; n++) table.set(idOf(n), n + 1);
    expect(table.size).toBe(count);
    for (let n = 0; n < count; n++) expect(table.get(idOf(n))).toBe(n + 1);
    expect(table.get("510402198001019999X")).toBeUndefined();
    // rows that cannot be packed move their IDs out of the table; the rest must still be found
    for (let n = 0; n < count; n += 3) table.set(idOf(n), 0);
    for (let n = 0; n < count; n++) expect(table.get(idOf(n))).toBe(n % 3 === 0 ? 0 : n + 1);
    for (let n = 0; n < count; n += 3) table.set(idOf(n), n + 7);
    for (let n = 0; n < count; n++) expect(table.get(idOf(n))).toBe(n % 3 === 0 ? n + 7 : n + 1);
    expect(table.size).toBe(count);
  });
});
