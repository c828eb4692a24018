import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countWorkingDays, officialCalendar, type CalendarData } from "../../src/index.js";
import { shiftDate } from "../../src/calendar/dayNumber.js";
import { FACTS_VECTORS } from "./vectors.js";

describe("countWorkingDays", () => {
  it.each(FACTS_VECTORS)("counts 5 working days after %s through %s, and 4 through the day before", (posted, fifth) => {
    expect(countWorkingDays(posted, fifth)).toEqual({ ok: true, value: 5 });
    expect(countWorkingDays(posted, shiftDate(fifth, -1))).toEqual({ ok: true, value: 4 });
  });

  it.each([
    ["2025-05-19", "2025-05-19", 0],
    ["2025-05-19", "2025-05-26", 5],
    ["2025-05-16", "2025-05-18", 0],
    ["2024-12-31", "2025-01-01", 0],
    ["2024-01-01", "2024-12-31", 251],
    ["2023-12-31", "2024-01-02", 1],
    ["2024-12-31", "2026-12-31", 496],
  ])("counts working days after %s through %s: %i", (from, to, expected) => {
    const result = countWorkingDays(from, to, from.startsWith("2023") ? { calendar: withYear2023() } : undefined);
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["2026-12-28", "2027-01-05", ["to"], 2027],
    ["2023-12-28", "2024-01-05", ["from"], 2023],
    ["2023-01-01", "2028-01-05", ["from"], 2023],
  ])("refuses %s → %s with calendar_unknown_year at %j", (from, to, path, year) => {
    const result = countWorkingDays(from, to);
    expect(result.ok ? [] : result.findings).toEqual([expect.objectContaining({ code: "calendar_unknown_year", clause: "annex1/1", path, details: { year } })]);
  });

  it("reports an end before the start at path to", () => {
    const result = countWorkingDays("2025-05-20", "2025-05-19");
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["to"]]]);
  });

  it("refuses null options with invalid_input at options", () => {
    const result = countWorkingDays("2025-05-19", "2025-05-26", null as unknown as { calendar?: CalendarData });
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.clause, f.path, f.details])).toEqual([
      ["invalid_input", "annex1/4", ["options"], { field: "options", problem: "expected an object", problemZh: "应为一组填写项" }],
    ]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.anything(), (from, to, options) => {
        const result = countWorkingDays(from as string, to as string, options as { calendar?: CalendarData });
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });

  it("adds up over any split point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1095 }), fc.integer({ min: 0, max: 1095 }), fc.integer({ min: 0, max: 1095 }), (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q).map((n) => shiftDate("2024-01-01", n)) as [string, string, string];
        const whole = countWorkingDays(x, z);
        const first = countWorkingDays(x, y);
        const second = countWorkingDays(y, z);
        if (!whole.ok || !first.ok || !second.ok) throw new Error("known years must count");
        expect(first.value + second.value).toBe(whole.value);
      }),
    );
  });
});

function withYear2023(): CalendarData {
  return { ...officialCalendar, years: { ...officialCalendar.years, 2023: { off: ["2023-12-30", "2023-12-31"], work: [] } } };
}
