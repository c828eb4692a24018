import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addWorkingDays, countWorkingDays, isWorkingDay, officialCalendar, type CalendarData } from "../../src/index.js";
import { dayNumberOf, isoOf, shiftDate, weekdayOf } from "../../src/calendar/dayNumber.js";
import { FACTS_VECTORS } from "./vectors.js";


const KNOWN_FIRST = dayNumberOf("2024-01-01");
const KNOWN_LAST = dayNumberOf("2026-12-31");
const knownDate = fc.integer({ min: KNOWN_FIRST, max: KNOWN_LAST }).map(isoOf);
const ZONES = ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Pago_Pago"];

describe("addWorkingDays", () => {
  it.each(FACTS_VECTORS)("finds the 5th working day after %s on %s (FACTS.md §5)", (posted, fifth) => {
    expect(addWorkingDays(posted, 5)).toEqual({ ok: true, value: fifth });
  });

  it.each([
    ["2025-05-19", 0, "2025-05-19"],
    ["2025-05-17", 0, "2025-05-17"],
    ["2025-05-16", 1, "2025-05-19"],
    ["2025-09-26", 1, "2025-09-28"],
    ["2025-12-31", 1, "2026-01-04"],
    ["2025-12-31", 2, "2026-01-05"],
    ["2024-12-31", 1, "2025-01-02"],
  ])("finds working day %s + %i on %s", (date, days, expected) => {
    expect(addWorkingDays(date, days)).toEqual({ ok: true, value: expected });
  });

  it("refuses to cross into a year without data, naming the year", () => {
    const result = addWorkingDays("2026-12-30", 5);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([expect.objectContaining({ code: "calendar_unknown_year", clause: "annex1/1", path: ["date"], details: { year: 2027 } })]);
  });

  it("refuses a start in a year without data", () => {
    const result = addWorkingDays("2023-12-29", 1);
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.details?.year])).toEqual([["calendar_unknown_year", 2023]]);
  });

  it("crosses into a year the host's calendar adds", () => {
    const calendar: CalendarData = { ...officialCalendar, years: { ...officialCalendar.years, 2027: { off: ["2027-01-01"], work: [] } } };
    expect(addWorkingDays("2026-12-30", 2, { calendar })).toEqual({ ok: true, value: "2027-01-04" });
  });

  it.each([
    [-1, ["days"]],
    [1.5, ["days"]],
    [100_001, ["days"]],
  ])("reports days = %s with invalid_input at its path", (days, path) => {
    const result = addWorkingDays("2025-01-02", days);
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", path]]);
  });

  it("refuses null options with invalid_input at options, next to a bad argument", () => {
    const result = addWorkingDays("2025-01-02", -1, null as unknown as { calendar?: CalendarData });
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["days"]],
      ["invalid_input", ["options"]],
    ]);
    expect(result.ok ? undefined : result.findings[1]?.details).toEqual({ field: "options", problem: "expected an object", problemZh: "应为一组填写项" });
  });

  it("reports every bad argument at once", () => {
    const result = addWorkingDays("x", -1, 3 as unknown as { calendar?: CalendarData });
    expect(result.ok ? [] : [...new Set(result.findings.map((f) => f.path?.join(".")))]).toEqual(["date", "days", "options"]);
  });

  it("always lands on a working day", () => {
    fc.assert(
      fc.property(knownDate, fc.integer({ min: 1, max: 30 }), (date, days) => {
        const result = addWorkingDays(date, days);
        fc.pre(result.ok);
        if (!result.ok) return;
        expect(isWorkingDay(result.value)).toEqual({ ok: true, value: true });
      }),
    );
  });

  it("is the inverse of countWorkingDays", () => {
    fc.assert(
      fc.property(knownDate, fc.integer({ min: 0, max: 60 }), (date, days) => {
        const added = addWorkingDays(date, days);
        fc.pre(added.ok);
        if (!added.ok) return;
        expect(countWorkingDays(date, added.value)).toEqual({ ok: true, value: days });
      }),
    );
    fc.assert(
      fc.property(knownDate, knownDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const counted = countWorkingDays(from, to);
        if (!counted.ok) throw new Error("known years must count");
        const onWorkingDay = isWorkingDay(to);
        if (onWorkingDay.ok && onWorkingDay.value) expect(addWorkingDays(from, counted.value)).toEqual({ ok: true, value: to });
      }),
    );
  });

  it.each(ZONES)("gives the FACTS.md vectors under TZ=%s", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      for (const [posted, fifth] of FACTS_VECTORS) expect(addWorkingDays(posted, 5)).toEqual({ ok: true, value: fifth });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("day arithmetic", () => {
  it("round-trips every day from 1800 to 2199 and knows the weekdays", () => {
    expect(dayNumberOf("1970-01-01")).toBe(0);
    expect(weekdayOf(dayNumberOf("2025-05-19"))).toBe(1);
    expect(weekdayOf(dayNumberOf("1800-01-01"))).toBe(3);
    expect(shiftDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDate("2100-02-28", 1)).toBe("2100-03-01");
    // years before 1000 are not dates a host can pass (1800–2199), but the helper still writes four digits
    expect(isoOf(dayNumberOf("0999-12-31"))).toBe("0999-12-31");
    expect(shiftDate("0001-01-01", 0)).toBe("0001-01-01");
    for (let day = dayNumberOf("1800-01-01"); day <= dayNumberOf("2199-12-31"); day++) {
      if (dayNumberOf(isoOf(day)) !== day) throw new Error(`round trip failed at ${day}`);
    }
  });

  it.each([...ZONES, "Pacific/Apia", "UTC"])("counts the days a zone skipped (1994-12-31 Kiritimati, 2011-12-30 Apia) under TZ=%s", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(dayNumberOf("1995-01-01") - dayNumberOf("1994-12-30")).toBe(2);
      expect(dayNumberOf("2011-12-31") - dayNumberOf("2011-12-29")).toBe(2);
      expect([shiftDate("1994-12-30", 1), shiftDate("2011-12-29", 1), shiftDate("1995-01-01", -1)]).toEqual(["1994-12-31", "2011-12-30", "1994-12-31"]);
      expect([isoOf(dayNumberOf("1994-12-31")), weekdayOf(dayNumberOf("1994-12-31")), weekdayOf(dayNumberOf("2011-12-30"))]).toEqual(["1994-12-31", 6, 5]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
