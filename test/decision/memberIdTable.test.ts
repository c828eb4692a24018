// The roster's memory of member IDs (src/decision/memberIdTable.ts, opinion/3.2: an ID seen again
// is a duplicate). It must behave exactly as a Map<string, number> through get, set and size,
// whatever the IDs (resident-number shaped or not) and whatever the rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemberIdTable } from "../../src/decision/memberIdTable.js";

/** A deterministic spread of distinct resident-shaped IDs (a Weyl sequence over 17 digits). */
function spreadIds(count: number, salt = 0): string[] {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const high = (n * 387_420_489 + salt * 7919) % 1_000_000_000;
    const low = (n * 48_271 + salt) % 100_000_000;
    ids.push(`${String(high).padStart(9, "0")}${String(low).padStart(8, "0")}${"0123456789X"[n % 11] as string}`);
  }
  return ids;
}

describe("MemberIdTable", () => {
  it("starts empty", () => {
    const table = new MemberIdTable();
    expect(table.size).toBe(0);
    expect(table.get("510402198001010018")).toBeUndefined();
    expect(table.get("abc")).toBeUndefined();
  });

  it("returns itself from set, as Map does", () => {
    const table = new MemberIdTable();
    expect(table.set("510402198001010018", 1)).toBe(table);
    expect(table.set("abc", 2)).toBe(table);
    expect(table.set("510402198001010018", 0)).toBe(table);
  });

  it.each([
    // a character below "0" taken as a negative digit
    ["/90000000000000000", "0/0000000000000000"],
    // a character above "9" taken as a digit 10
    ["0:0000000000000000", "100000000000000000"],
    // only characters above "9"
    [`;${":".repeat(16)}X`, `:D${":".repeat(15)}X`],
    // a check character beyond X's 10, or below 0
    ["00000000000000000;", "000000000000000010"],
    ["00000000000000001/", "00000000000000000X"],
    ["00000000000000000F", "00000000000000001;"],
    // IDs differing only in the first nine digits, or only in the last nine
    ["100000000000000000", "000000000000000000"],
    ["000000000100000000", "000000000000000000"],
    // pairs whose packed halves would wrap around 2^32 if the halves were split differently
    ["429496729600000000", "000000000000000000"],
    ["390451572000000004", "000000000000000000"],
    ["000000000390451580", "000000000000000007"],
  ])("keeps %j and %j apart", (first, second) => {
    expect(first).not.toBe(second);
    const table = new MemberIdTable();
    table.set(first, 1);
    expect(table.get(second)).toBeUndefined();
    table.set(second, 2);
    expect([table.get(first), table.get(second), table.size]).toEqual([1, 2, 2]);
  });

  it.each([0, -1, 1.5, 0x1_0000_0000, Number.NaN, Number.POSITIVE_INFINITY])("keeps a row of %s as given, as a Map would", (row) => {
    const table = new MemberIdTable();
    table.set("510402198001010018", 3);
    table.set("510402198001010018", row);
    expect(table.get("510402198001010018")).toBe(row);
    expect(table.size).toBe(1);
    table.set("510402198001010018", 4);
    expect(table.get("510402198001010018")).toBe(4);
    expect(table.size).toBe(1);
  });

  it.each([1, 0xffff_ffff])("keeps the edge row %s", (row) => {
    const table = new MemberIdTable();
    table.set("510402198001010018", row);
    expect(table.get("510402198001010018")).toBe(row);
    expect(table.size).toBe(1);
  });

  it("keeps an all-zero ID and every other ID through the table's growth", () => {
    const table = new MemberIdTable();
    table.set("000000000000000000", 5);
    const ids = spreadIds(3_000, 1);
    ids.forEach((id, index) => table.set(id, index + 10));
    expect(table.get("000000000000000000")).toBe(5);
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, index) => index + 10));
    expect(table.size).toBe(3_001);
  });

  it.each([
    ["the same last nine characters", (n: number) => `${String(n * 7_919).padStart(9, "0")}12345678X`],
    ["the same first nine characters", (n: number) => `510402198${String(n * 7_919).padStart(8, "0")}${n % 10}`],
  ])("keeps apart many IDs sharing %s", (_name, idOf) => {
    const table = new MemberIdTable();
    const ids = Array.from({ length: 1_500 }, (_, n) => idOf(n));
    ids.forEach((id, index) => table.set(id, index + 1));
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, index) => index + 1));
    expect(table.size).toBe(1_500);
  });

  it("finds every remaining ID after others are moved out by rows it cannot hold", () => {
    const table = new MemberIdTable();
    const ids = spreadIds(2_000, 2);
    ids.forEach((id, index) => table.set(id, index + 1));
    // an unpackable row takes the ID out of the packed table; the rest of its probe run must still be found
    ids.forEach((id, index) => {
      if (index % 3 !== 1) table.set(id, -index);
    });
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, index) => (index % 3 === 1 ? index + 1 : -index)));
    expect(table.size).toBe(2_000);
    ids.forEach((id, index) => table.set(id, index + 5));
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, index) => index + 5));
    expect(table.size).toBe(2_000);
  });

  it("behaves as a Map under many sets of colliding, growing, unpackable keys and rows", () => {
    // keys drawn from a small seeded generator: hundreds of resident-shaped IDs (enough to collide
    // and to grow the table) and some other text; rows mostly packable, some not
    const oddKeys = ["", "abc", "51040219800101001", "5104021980010100188", "51040219800101001x"];
    const rowArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5, 0x1_0000_0000) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 800, max: 1_200 }), fc.array(fc.tuple(fc.nat(), rowArb), { maxLength: 1_500 }), (salt, count, operations) => {
        const keys = [...spreadIds(count, salt), ...oddKeys];
        const table = new MemberIdTable();
        const model = new Map<string, number>();
        for (const [pick, row] of operations) {
          const id = keys[pick % keys.length] as string;
          table.set(id, row);
          model.set(id, row);
        }
        keys.forEach((id, index) => {
          if (!model.has(id)) {
            table.set(id, index + 1);
            model.set(id, index + 1);
          }
        });
        expect(keys.map((id) => table.get(id))).toEqual(keys.map((id) => model.get(id)));
        expect(table.size).toBe(model.size);
      }),
      { numRuns: 20 },
    );
  });

  describe("the size announced", () => {
    /** the table's slot count (private; read here to pin how it starts) */
    const capacityOf = (table: MemberIdTable): number => (table as unknown as { capacity: number }).capacity;

    it.each([
      [0, 1_024],
      [768, 1_024],
      [769, 2_048],
      [10_000, 16_384],
      [12_288, 16_384],
      [12_289, 32_768],
      [3_145_728, 4_194_304],
      [3_145_729, 4_194_304],
      [1e12, 4_194_304],
    ])("starts a table announced for %s IDs with %s slots, at most 3/4 full and never more than 4,194,304", (expected, slots) => {
      const table = new MemberIdTable(expected);
      expect(capacityOf(table)).toBe(slots);
      expect((table as unknown as { slots: Uint32Array }).slots.length).toBe(slots * 3);
    });

    it("holds IDs beyond the size announced, as a Map would", () => {
      const table = new MemberIdTable(1_000);
      const ids = spreadIds(5_000, 4);
      expect(ids.map((id, index) => table.claim(id, index + 1))).toEqual(ids.map(() => undefined));
      expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, index) => index + 1));
      expect(capacityOf(table)).toBe(8_192);
    });
  });

  describe("claim", () => {
    it("stores a new ID and answers undefined; answers the first row for an ID seen, keeping it", () => {
      const table = new MemberIdTable();
      expect(table.claim("510402198001010018", 1)).toBeUndefined();
      expect(table.claim("510402198001010018", 2)).toBe(1);
      expect([table.get("510402198001010018"), table.size]).toEqual([1, 1]);
      expect(table.claim("abc", 3)).toBeUndefined();
      expect(table.claim("abc", 4)).toBe(3);
      expect([table.get("abc"), table.size]).toEqual([3, 2]);
    });

    it("answers the row a row it cannot hold left in its side map, and stores nothing", () => {
      const table = new MemberIdTable();
      table.set("510402198001010018", -1);
      expect(table.claim("510402198001010018", 5)).toBe(-1);
      expect([table.get("510402198001010018"), table.size]).toEqual([-1, 1]);
    });

    it.each([0, -1, 1.5, 0x1_0000_0000])("stores a new ID claimed with row %s as a Map would", (row) => {
      const table = new MemberIdTable();
      expect(table.claim("510402198001010018", row)).toBeUndefined();
      expect(table.claim("510402198001010018", 7)).toBe(row);
      expect([table.get("510402198001010018"), table.size]).toEqual([row, 1]);
    });

    it.each([1, 0xffff_ffff])("keeps the edge row %s in the table", (row) => {
      const table = new MemberIdTable();
      expect(table.claim("510402198001010018", row)).toBeUndefined();
      expect(table.claim("510402198001010018", 9)).toBe(row);
      // an ID kept in the table is found there even when the side map holds other IDs
      table.set("abc", 2);
      expect(table.claim("510402198001010018", 9)).toBe(row);
    });

    it("keeps every ID through the table's growth", () => {
      const table = new MemberIdTable();
      const ids = spreadIds(3_000, 3);
      expect(ids.map((id, index) => table.claim(id, index + 1))).toEqual(ids.map(() => undefined));
      expect(ids.map((id) => table.claim(id, 1))).toEqual(ids.map((_, index) => index + 1));
      expect(table.size).toBe(3_000);
    });

    it("behaves as get followed, when that answers undefined, by set, whatever came before", () => {
      const oddKeys = ["", "abc", "51040219800101001", "5104021980010100188"];
      const rowArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5, 0x1_0000_0000) });
      const operationArb = fc.tuple(fc.constantFrom("claim", "claim", "set"), fc.nat(), rowArb);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 300, max: 900 }), fc.array(operationArb, { maxLength: 1_500 }), (salt, count, operations) => {
          const keys = [...spreadIds(count, salt), ...oddKeys];
          const table = new MemberIdTable();
          const model = new Map<string, number>();
          for (const [kind, pick, row] of operations) {
            const id = keys[pick % keys.length] as string;
            if (kind === "set") {
              table.set(id, row);
              model.set(id, row);
            } else {
              const earlier = model.get(id);
              if (earlier === undefined) model.set(id, row);
              expect(table.claim(id, row)).toBe(earlier);
            }
          }
          expect(keys.map((id) => table.get(id))).toEqual(keys.map((id) => model.get(id)));
          expect(table.size).toBe(model.size);
        }),
        { numRuns: 20 },
      );
    });
  });
});
