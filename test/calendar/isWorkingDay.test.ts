import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isWorkingDay, officialCalendar, type CalendarData } from "../../src/index.js";
import { dayNumberOf, isoOf } from "../../src/calendar/dayNumber.js";

const ZONES = ["UTC", "Asia/Shanghai", "Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Pago_Pago", "America/Sao_Paulo", "Australia/Lord_Howe"];

function valueOf<T>(result: { ok: true; value: T } | { ok: false }): T | undefined {
  return result.ok ? result.value : undefined;
}

function workingDaysIn(year: number, calendar?: CalendarData): number {
  let count = 0;
  for (let day = dayNumberOf(`${year}-01-01`); day <= dayNumberOf(`${year}-12-31`); day++) {
    if (valueOf(isWorkingDay(isoOf(day), calendar === undefined ? undefined : { calendar })) === true) count++;
  }
  return count;
}

describe("isWorkingDay", () => {
  it.each([
    ["2025-09-26", true, "a Friday"],
    ["2025-09-27", false, "a Saturday"],
    ["2025-09-28", true, "a Sunday named a make-up working day"],
    ["2025-10-01", false, "National Day"],
    ["2025-10-08", false, "a Wednesday inside the National Day holiday"],
    ["2025-10-09", true, "the first working day after it"],
    ["2025-10-11", true, "a Saturday named a make-up working day"],
    ["2024-02-04", true, "a Sunday make-up day before the Spring Festival"],
    ["2024-02-10", false, "Spring Festival"],
    ["2026-01-02", false, "a Friday off for New Year"],
    ["2026-01-04", true, "a Sunday make-up day after New Year"],
    ["2026-12-31", true, "the last day known"],
  ])("says %s is %s (%s)", (date, expected) => {
    expect(isWorkingDay(date)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])("counts %i working days in %i as FACTS.md §5 says", (year, expected) => {
    expect(workingDaysIn(year)).toBe(expected);
  });

  it.each(["2023-12-31", "2027-01-01", "2027-01-04"])("refuses %s, a year without data, with calendar_unknown_year", (date) => {
    const result = isWorkingDay(date);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "calendar_unknown_year", clause: "annex1/1", path: ["date"], severity: "error", details: { year: Number(date.slice(0, 4)) } });
  });

  it("uses a host's calendar for a year the official one lacks", () => {
    const calendar: CalendarData = {
      ...officialCalendar,
      years: { ...officialCalendar.years, 2027: { off: ["2027-01-01"], work: ["2027-01-02"] } },
    };
    expect(isWorkingDay("2027-01-01", { calendar })).toEqual({ ok: true, value: false });
    expect(isWorkingDay("2027-01-02", { calendar })).toEqual({ ok: true, value: true });
    expect(isWorkingDay("2027-01-04", { calendar })).toEqual({ ok: true, value: true });
    expect(isWorkingDay("2025-10-01", { calendar })).toEqual({ ok: true, value: false });
  });

  it("reads only the host's calendar when one is given", () => {
    const calendar: CalendarData = { source: "test", years: { 2027: { off: [], work: [] } } };
    expect(isWorkingDay("2025-10-09", { calendar }).ok).toBe(false);
  });

  it.each([
    [{ source: "x", years: { 2027: { off: ["2026-01-01"], work: [] } } }, ["options", "calendar", "years", "2027", "off", 0]],
    [{ source: "x", years: { 2027: { off: ["2027-01-02"], work: ["2027-01-02"] } } }, ["options", "calendar", "years", "2027", "work", 0]],
    [{ source: "x", years: { 2027: { off: ["2027-02-30"], work: [] } } }, ["options", "calendar", "years", "2027", "off", 0]],
    [{ source: "", years: {} }, ["options", "calendar", "source"]],
    [{ source: "x", years: { abc: { off: [], work: [] } } }, ["options", "calendar", "years", "abc"]],
  ])("reports an invalid host calendar with invalid_input at its path (%#)", (calendar, path) => {
    const result = isWorkingDay("2027-01-04", { calendar: calendar as CalendarData });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map((f) => [f.code, f.path])).toContainEqual(["invalid_input", path]);
  });

  it.each([
    [{ 2027: { off: ["2026-01-01"], work: [] } }, "years.2027.off[0]", ["off", 0], "date is not in 2027", "放假日期第 1 条", "该日期不在所列年度内"],
    [{ 2027: { off: [], work: ["2026-12-26"] } }, "years.2027.work[0]", ["work", 0], "date is not in 2027", "调休上班日期第 1 条", "该日期不在所列年度内"],
    [
      { 2027: { off: ["2027-01-01", "2027-01-02"], work: ["2027-01-03", "2027-01-02"] } },
      "years.2027.work[1]",
      ["work", 1],
      "a date cannot be both off and a working day",
      "调休上班日期第 2 条",
      "同一天不能既是放假日又是调休上班日",
    ],
  ])("refuses a host calendar with %j: the exact invalid_input at options.calendar.%s", (years, field, tail, problem, listZh, problemZh) => {
    const fieldZh = `工作日历的分年日历（2027 年度）的${listZh}`;
    const path = ["options", "calendar", "years", "2027", ...tail];
    expect(isWorkingDay("2027-01-04", { calendar: { source: "x", years } })).toEqual({
      ok: false,
      findings: [
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: `${fieldZh}有误：${problemZh}`, en: `Invalid input at options.calendar.${field}: ${problem}` },
          path,
          details: { field: `options.calendar.${field}`, fieldZh, problem, problemZh, issue: "custom" },
        },
      ],
    });
  });

  it.each([[null], [3], ["calendar"], [true], [[]], [[{ calendar: officialCalendar }]]])("refuses options that are not an object (%j) with invalid_input at options", (options) => {
    expect(isWorkingDay("2025-10-09", options as { calendar?: CalendarData })).toEqual({
      ok: false,
      findings: [
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "选项有误：应为一组填写项", en: "Invalid input at options: expected an object" },
          path: ["options"],
          details: { field: "options", problem: "expected an object", problemZh: "应为一组填写项" },
        },
      ],
    });
  });

  it("takes absent options and an empty options object as the official calendar", () => {
    expect(isWorkingDay("2025-10-09", undefined)).toEqual({ ok: true, value: true });
    expect(isWorkingDay("2025-10-09", {})).toEqual({ ok: true, value: true });
  });

  it.each([["2025-13-01"], ["2025-02-29"], ["20250101"], [""]])("reports a date that is not a real YYYY-MM-DD (%s) at path date", (date) => {
    const result = isWorkingDay(date);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings[0]).toMatchObject({ code: "invalid_input", clause: "annex1/4", path: ["date"] });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (date, options) => {
        const result = isWorkingDay(date as string, options as { calendar?: CalendarData });
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });

  it.each(ZONES)("gives the same answers under TZ=%s", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect([workingDaysIn(2024), workingDaysIn(2025), workingDaysIn(2026)]).toEqual([251, 248, 248]);
      expect(isWorkingDay("2025-09-28")).toEqual({ ok: true, value: true });
      expect(isWorkingDay("2024-03-31")).toEqual({ ok: true, value: false });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("does not mutate the official calendar", () => {
    const before = structuredClone(officialCalendar);
    isWorkingDay("2025-01-01");
    isWorkingDay("2025-01-01", { calendar: officialCalendar });
    expect(officialCalendar).toEqual(before);
  });
});
