// The fast member reader must agree with MemberSchema.safeParse: whenever it accepts, zod accepts
// with the same value (same keys in the same order, same numbers including -0); it never accepts
// what zod rejects. When it declines, the decision asks zod, so findings for bad input stay zod's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParsedMemberSchema as MemberSchema } from "../../src/models/member.js";
import { isIsoDate } from "../../src/core/dates.js";
import { parseFen } from "../../src/core/money.js";
import { idNumberProblem } from "../../src/models/idNumber.js";
import { fenOf, isIsoDateText, isValidIdNumber } from "../../src/models/readFields.js";
import { readMember } from "../../src/models/readMember.js";
import { generalMember, governmentPaidMember, ID_A, ID_B, ID_C } from "../helpers/samples.js";

/** Keys in order, recursively, with -0 told apart from 0. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === "object" && value !== null) return Object.entries(value).map(([key, item]) => [key, layout(item)]);
  if (Object.is(value, -0)) return "-0";
  return value === undefined ? "(undefined)" : value;
}

/** Checks one input: the fast reader accepts only what zod accepts, with zod's exact output. */
function agrees(input: unknown): boolean {
  const fast = readMember(input);
  const zod = MemberSchema.safeParse(input);
  if (fast === undefined) return true;
  if (!zod.success) return false;
  expect(layout(fast)).toEqual(layout(zod.data));
  return true;
}

/** Checks that the fast reader accepts exactly when zod does (for inputs it is meant to handle). */
function agreesFully(input: unknown): boolean {
  const fast = readMember(input);
  const zod = MemberSchema.safeParse(input);
  expect(fast !== undefined).toBe(zod.success);
  return agrees(input);
}

const validId = fc.constantFrom(ID_A, ID_B, ID_C, "11010519491231002X", "11010519491231002x", "440524188001010014");
const moneyArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((fen) => fen / 100),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((fen) => (fen / 100).toFixed(2)),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((fen) => String(fen / 100)),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 1000).toFixed(3)),
  fc.constantFrom(0, -0, 10_000_000, 10_000_000.01, "10000000", "10000000.01", "0.1", "00.10", "1e3", 1e21, 1e-7, -1, Number.NaN, Infinity, "", " 1", "1.", ".5"),
);
const dateArb = fc.constantFrom("2025-06-10", "2024-02-29", "2025-02-29", "2025-13-01", "1799-12-31", "2199-12-31", "2025-6-10", "２０２５-06-10", undefined);
const contributionArb = fc.record(
  {
    period: fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.constantFrom(2025.5, Number.NaN, "2025")),
    kind: fc.constantFrom("regular", "back_payment", "Regular", undefined),
    tier: moneyArb,
    selfPaid: moneyArb,
    governmentPaid: moneyArb,
    paidOn: dateArb,
  },
  { requiredKeys: ["period", "kind", "tier", "selfPaid"] },
);
const memberArb = fc.record(
  {
    id: validId,
    name: fc.oneof(fc.constantFrom("张三", "", "x".repeat(200), "x".repeat(201)), fc.string()),
    collectiveMember: fc.oneof(fc.boolean(), fc.constantFrom(0, "true", null)),
    enrolled: fc.boolean(),
    category: fc.constantFrom("general", "minimum_living_allowance", "extreme_poverty", "returned_to_poverty", "severe_disability", "other_hardship", "General", "hardship"),
    contributions: fc.array(contributionArb, { maxLength: 4 }),
  },
  { requiredKeys: ["id", "name", "collectiveMember", "enrolled", "category", "contributions"] },
);
const fields = ["id", "name", "collectiveMember", "enrolled", "category", "contributions"] as const;
const contributionFields = ["period", "kind", "tier", "selfPaid", "governmentPaid", "paidOn"] as const;

describe("readMember", () => {
  it.each([
    ["a general member", generalMember(300, ID_A)],
    ["a member paying a decimal string", generalMember("300.50", ID_B)],
    ["a government-paid member", governmentPaidMember(ID_C)],
    ["a lower-case check character", generalMember(300, "11010519491231002x")],
    ["no contributions", { ...generalMember(300), contributions: [] }],
    ["an explicit undefined paidOn", { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 1, selfPaid: 1, paidOn: undefined }] }],
    ["an explicit undefined governmentPaid", { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 1, selfPaid: 1, governmentPaid: undefined }] }],
    ["-0 as own payment", { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 1, selfPaid: -0 }] }],
    ["the largest amount", { ...generalMember(300), contributions: [{ period: 2199, kind: "back_payment", tier: "10000000.00", selfPaid: 10_000_000 }] }],
    ["extra keys, dropped", { ...generalMember(300), extra: 1, contributions: [{ period: 1900, kind: "regular", tier: 1, selfPaid: 1, note: "x" }] }],
    ["an own __proto__ key, dropped", JSON.parse(`{"__proto__":{"x":1},"id":"${ID_A}","name":"a","collectiveMember":true,"enrolled":false,"category":"general","contributions":[]}`) as unknown],
    ["fields inherited from a prototype, read as zod reads them", Object.create(generalMember(300) as object) as unknown],
    ["500 contributions", { ...generalMember(300), contributions: Array.from({ length: 500 }, () => ({ period: 2024, kind: "regular", tier: 1, selfPaid: 1 })) }],
  ])("accepts %s exactly as MemberSchema does", (_name, input) => {
    expect(readMember(input)).toBeDefined();
    expect(agreesFully(input)).toBe(true);
  });

  it.each([
    ["a bad check character", generalMember(300, "510402198001010019")],
    ["3 decimals", generalMember("300.125")],
    ["NaN", generalMember(Number.NaN)],
    ["a huge number", generalMember(1e21)],
    ["one fen above the maximum", generalMember(10_000_000.01)],
    ["a zero tier", { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 0, selfPaid: 0 }] }],
    ["501 contributions", { ...generalMember(300), contributions: Array.from({ length: 501 }, () => ({ period: 2024, kind: "regular", tier: 1, selfPaid: 1 })) }],
    ["an array", [generalMember(300)]],
    ["null", null],
    ["a sparse contributions array", { ...generalMember(300), contributions: new Array(2) }],
  ])("declines %s, as MemberSchema does", (_name, input) => {
    expect(agreesFully(input)).toBe(true);
  });

  it.each([
    ["a contribution for 1899", { period: 1899 }],
    ["a contribution for 2200", { period: 2200 }],
    ["a fractional period", { period: 2025.5 }],
    ["a period written as text", { period: "2025" }],
    ["a missing tier", { tier: undefined }],
    ["a paidOn that is not a date", { paidOn: "2025-06-31" }],
  ])("declines %s, as MemberSchema does", (_name, patch) => {
    const input = { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300, ...patch }] };
    expect(readMember(input)).toBeUndefined();
    expect(MemberSchema.safeParse(input).success).toBe(false);
  });

  it.each([1900, 2199])("accepts a contribution for %i", (period) => {
    const input = { ...generalMember(300), contributions: [{ period, kind: "regular", tier: 300, selfPaid: 300 }] };
    expect(readMember(input)?.contributions[0]?.period).toBe(period);
    expect(agreesFully(input)).toBe(true);
  });

  it.each([
    ["the 17 characters before a valid X", "11010519491231002", undefined],
    ["a valid ID with one x too many", "11010519491231002xx", undefined],
    ["a valid ID ending in a digit", ID_A, ID_A],
    ["a valid ID ending in x", "11010519491231002x", "11010519491231002X"],
  ])("reads the ID %s as MemberSchema does", (_name, id, expected) => {
    const input = generalMember(300, id);
    expect(readMember(input)?.id).toBe(expected);
    const zod = MemberSchema.safeParse(input);
    expect(zod.success ? zod.data.id : undefined).toBe(expected);
  });

  it("agrees with MemberSchema on generated members", () => {
    fc.assert(fc.property(memberArb, (input) => agreesFully(input)), { numRuns: 1500 });
  });

  it("agrees with MemberSchema when one field is replaced by arbitrary JSON", () => {
    fc.assert(
      fc.property(memberArb, fc.constantFrom(...fields), fc.jsonValue(), (input, field, value) => agreesFully({ ...input, [field]: value })),
      { numRuns: 1000 },
    );
  });

  it("agrees with MemberSchema when a contribution's field is replaced by arbitrary JSON", () => {
    fc.assert(
      fc.property(memberArb, contributionArb, fc.constantFrom(...contributionFields), fc.jsonValue(), (input, contribution, field, value) =>
        agreesFully({ ...input, contributions: [{ ...contribution, [field]: value }] }),
      ),
      { numRuns: 1000 },
    );
  });

  it("agrees with MemberSchema with extra and __proto__ keys", () => {
    fc.assert(
      fc.property(memberArb, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), (input, extra) => {
        const withProto = JSON.parse(`{"__proto__":${JSON.stringify(extra)},${JSON.stringify(input).slice(1)}`) as unknown;
        return agreesFully({ ...extra, ...input }) && agreesFully(withProto);
      }),
      { numRuns: 1000 },
    );
  });

  it("never accepts what MemberSchema rejects, on arbitrary JSON and values", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => agrees(input)), { numRuns: 1000 });
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(memberArb, (input) => {
        const before = structuredClone(input);
        readMember(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

/** Strings near a field's shape: digits, separators, X/x, other characters, at lengths around the edge. */
function nearText(alphabet: string[], minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((chars) => chars.join(""));
}
const DIGITS = "0123456789".split("");

describe("readFields", () => {
  it("isValidIdNumber agrees with idNumberProblem", () => {
    const ids = fc.oneof(
      nearText([...DIGITS, "X", "x", "-", " ", "٣"], 16, 19),
      fc.tuple(fc.constantFrom("510402", "110105", "440524"), fc.integer({ min: 17_000_000, max: 22_001_231 }), nearText(DIGITS, 3, 3), fc.constantFrom(...DIGITS, "X", "x")).map(
        ([region, date, sequence, check]) => `${region}${String(date).padStart(8, "0")}${sequence}${check}`,
      ),
      fc.constantFrom(ID_A, ID_B, ID_C, "11010519491231002X", "510402198002290012", "510402200002290012", "510402179912310012", "510402180001010012"),
      fc.string(),
    );
    fc.assert(fc.property(ids, (id) => isValidIdNumber(id) === (idNumberProblem(id) === undefined)), { numRuns: 20_000 });
  });

  it("isIsoDateText agrees with isIsoDate", () => {
    const dates = fc.oneof(
      nearText([...DIGITS, "-", "/", " "], 8, 11),
      fc.tuple(fc.integer({ min: 1790, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      ),
      fc.constantFrom("2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29", "1799-12-31", "1800-01-01", "2199-12-31", "2200-01-01", "2025-06-10\n"),
      fc.anything(),
    );
    fc.assert(fc.property(dates, (date) => isIsoDateText(date) === isIsoDate(date)), { numRuns: 20_000 });
  });

  it("fenOf agrees with parseFen on numbers and strings", () => {
    const amounts = fc.oneof(
      nearText([...DIGITS, ".", "-", "e", " ", "+"], 0, 16),
      fc.integer({ min: 0, max: 2_000_000_000 }).map((fen) => [String(fen), (fen / 100).toFixed(2), String(fen / 100), (fen / 1000).toFixed(3)]).chain((texts) => fc.constantFrom(...texts)),
      fc.double(),
      fc.integer({ min: -1_000, max: 20_000_000 }),
      fc.constantFrom("0", "00", "0.", ".0", "0.0", "0.00", "0.000", "999999999999", "9999999999999", "10000000", "10000000.00", "10000000.01", -0, 1e21, Number.NaN, Infinity, -Infinity),
      fc.string(),
    );
    fc.assert(
      fc.property(amounts, (amount) => {
        const fast = fenOf(amount);
        const reference = parseFen(amount);
        return Object.is(fast, reference);
      }),
      { numRuns: 20_000 },
    );
  });
});
