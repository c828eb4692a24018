import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile, type ReconcileInput } from "../../src/index.js";
import { ID_A, ID_B, ID_BAD_CHECK, ID_C } from "../helpers/samples.js";

const roster = [
  { member: { id: ID_A }, amount: "80.00" },
  { member: { id: ID_B }, amount: "100.00" },
  { member: { id: ID_C }, amount: "300.00" },
];
const bookings = [
  { memberId: ID_A, amount: "80.00" },
  { memberId: ID_B, amount: "100.00" },
  { memberId: ID_C, amount: "300.00" },
];
const payment = { amount: "480.00" };

describe("reconcile", () => {
  it("balances a payment, roster and bookings that agree to the fen", () => {
    expect(reconcile({ roster, payment, bookings })).toEqual({
      balanced: true,
      totals: { roster: "480.00", payment: "480.00", bookings: "480.00" },
      findings: [],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it("matches bookings in any order", () => {
    expect(reconcile({ roster, payment, bookings: [...bookings].reverse() }).balanced).toBe(true);
  });

  it.each([
    ["479.99", false],
    ["480.00", true],
    ["480.01", false],
  ])("with a payment of %s yuan for a roster of 480.00 balances: %s", (amount, balanced) => {
    const result = reconcile({ roster, payment: { amount }, bookings });
    expect(result.balanced).toBe(balanced);
    if (!balanced) {
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: "reconciliation_mismatch",
          severity: "error",
          clause: "annex1/6",
          path: ["input", "payment", "amount"],
          details: expect.objectContaining({ what: "payment", expected: "480.00", actual: amount }),
        }),
      ]);
    }
  });

  it("reports a member booked one fen short, and the bookings total", () => {
    const result = reconcile({ roster, payment, bookings: [bookings[0], { memberId: ID_B, amount: "99.99" }, bookings[2]] as ReconcileInput["bookings"] });
    expect(result.findings.map((f) => [f.code, f.clause, f.path, f.details?.expected, f.details?.actual])).toEqual([
      ["reconciliation_mismatch", "annex1/6", ["input", "bookings"], "480.00", "479.99"],
      ["reconciliation_mismatch", "annex1/6", ["input", "bookings", 1, "amount"], "100.00", "99.99"],
    ]);
    expect(result.findings[1]?.details).toMatchObject({ memberId: ID_B, row: 2, difference: "-0.01" });
  });

  it("reports a roster row with no booking as booking_missing", () => {
    const result = reconcile({ roster, payment, bookings: [bookings[0], bookings[2]] as ReconcileInput["bookings"] });
    expect(result.findings.map((f) => f.code)).toEqual(["reconciliation_mismatch", "booking_missing"]);
    expect(result.findings[1]).toMatchObject({
      code: "booking_missing",
      clause: "annex1/6",
      path: ["input", "roster", 1, "member", "id"],
      details: { row: 2, memberId: ID_B, amount: "100.00" },
    });
  });

  it("reports a booking for someone not on the roster, and a second booking of a member, as booking_unexpected", () => {
    const extra = { memberId: "510422195512010046", amount: "10.00" };
    const result = reconcile({ roster, payment, bookings: [...bookings, extra, bookings[0]] as ReconcileInput["bookings"] });
    const unexpected = result.findings.filter((f) => f.code === "booking_unexpected");
    expect(unexpected.map((f) => [f.clause, f.path, f.details])).toEqual([
      ["annex1/6", ["input", "bookings", 3, "memberId"], { row: 4, memberId: "510422195512010046", amount: "10.00" }],
      ["annex1/6", ["input", "bookings", 4, "memberId"], { row: 5, memberId: ID_A, amount: "80.00" }],
    ]);
    expect(result.balanced).toBe(false);
  });

  it("answers unreadable rows with their own findings and an unbalanced result", () => {
    const result = reconcile({ roster: [...roster, { member: { id: ID_BAD_CHECK }, amount: "1.00" }], payment, bookings: [...bookings, { memberId: ID_A, amount: -1 }] });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_id_number", ["input", "roster", 3, "member", "id"]],
      ["invalid_input", ["input", "bookings", 3, "amount"]],
    ]);
    expect(result.balanced).toBe(false);
  });

  it("answers input that is not a reconciliation with invalid_input", () => {
    const result = reconcile({ roster: "x" } as never);
    expect(result.balanced).toBe(false);
    expect(result.findings.map((f) => f.path)).toEqual([["input", "roster"], ["input", "payment"], ["input", "bookings"]]);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(reconcile(input as never).balanced).toBe(false);
      }),
    );
  });

  it("agrees to the fen for any roster booked exactly, and does not mutate its input", () => {
    const ids = [ID_A, ID_B, ID_C, "510422195512010046", "510403200002290054"];
    const rows = fc.array(fc.record({ id: fc.constantFrom(...ids), fen: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.boolean(), (lines, reverse) => {
        const input = {
          roster: lines.map((l) => ({ member: { id: l.id }, amount: (l.fen / 100).toFixed(2) })),
          payment: { amount: (lines.reduce((s, l) => s + l.fen, 0) / 100).toFixed(2) },
          bookings: lines.map((l) => ({ memberId: l.id, amount: (l.fen / 100).toFixed(2) })),
        };
        if (reverse) input.bookings.reverse();
        const before = structuredClone(input);
        const result = reconcile(input);
        expect(result.balanced).toBe(true);
        expect(result.totals.roster).toBe(result.totals.payment);
        expect(result.totals.bookings).toBe(result.totals.payment);
        expect(input).toEqual(before);
      }),
    );
  });

  it.each([
    ["479.99", "-0.01"],
    ["480.01", "0.01"],
    ["0.00", "-480.00"],
  ])("reports a payment of %s yuan against the 480.00 roster with the signed difference %s", (amount, difference) => {
    expect(reconcile({ roster, payment: { amount }, bookings }).findings).toEqual([
      {
        code: "reconciliation_mismatch",
        severity: "error",
        clause: "annex1/6",
        message: { zh: `对账不符：缴款金额应为 480.00 元，实为 ${amount} 元`, en: `Reconciliation does not agree: payment is ${amount} yuan, expected 480.00 yuan` },
        path: ["input", "payment", "amount"],
        details: { what: "payment", whatZh: "缴款金额", expected: "480.00", actual: amount, difference },
      },
    ]);
  });

  it("names the bookings total and the member's own booking, each with its signed difference", () => {
    const over = [bookings[0], bookings[1], { memberId: ID_C, amount: "300.02" }] as ReconcileInput["bookings"];
    expect(reconcile({ roster, payment, bookings: over }).findings).toEqual([
      {
        code: "reconciliation_mismatch",
        severity: "error",
        clause: "annex1/6",
        message: { zh: "对账不符：入账合计应为 480.00 元，实为 480.02 元", en: "Reconciliation does not agree: bookings is 480.02 yuan, expected 480.00 yuan" },
        path: ["input", "bookings"],
        details: { what: "bookings", whatZh: "入账合计", expected: "480.00", actual: "480.02", difference: "0.02" },
      },
      {
        code: "reconciliation_mismatch",
        severity: "error",
        clause: "annex1/6",
        message: {
          zh: `对账不符：入账记录第 3 条（花名册第 3 行 ${ID_C}）的金额应为 300.00 元，实为 300.02 元`,
          en: `Reconciliation does not agree: booking of ${ID_C} is 300.02 yuan, expected 300.00 yuan`,
        },
        path: ["input", "bookings", 2, "amount"],
        details: {
          what: `booking of ${ID_C}`,
          whatZh: `入账记录第 3 条（花名册第 3 行 ${ID_C}）的金额`,
          memberId: ID_C,
          row: 3,
          expected: "300.00",
          actual: "300.02",
          difference: "0.02",
        },
      },
    ]);
  });

  it("matches a member listed twice by amount first, whatever the order of their bookings", () => {
    const twice = [
      { member: { id: ID_A }, amount: "80.00" },
      { member: { id: ID_A }, amount: "50.00" },
    ];
    const result = reconcile({ roster: twice, payment: { amount: "130.00" }, bookings: [{ memberId: ID_A, amount: "50.00" }, { memberId: ID_A, amount: "79.00" }] });
    expect(result.findings.map((f) => [f.code, f.path, f.details?.row, f.details?.difference])).toEqual([
      ["reconciliation_mismatch", ["input", "bookings"], undefined, "-1.00"],
      ["reconciliation_mismatch", ["input", "bookings", 1, "amount"], 1, "-1.00"],
    ]);
  });

  it("answers input that is not an object with zero totals and one invalid_input", () => {
    expect(reconcile(null as never)).toEqual({
      balanced: false,
      totals: { roster: "0.00", payment: "0.00", bookings: "0.00" },
      findings: [expect.objectContaining({ code: "invalid_input", path: ["input"], details: { field: "input", fieldZh: "对账材料", problem: "Invalid input: expected object, received null", problemZh: "应为一组填写项，实为空值", issue: "invalid_type" } })],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });
});
