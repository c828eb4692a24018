import { describe, expect, it } from "vitest";
import { isIsoDate, isRealDate, lastDayOfYear, yearOf } from "../../src/core/dates.js";

describe("isRealDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2025, 2, 28, true],
    [2025, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2025, 4, 30, true],
    [2025, 4, 31, false],
    [2025, 6, 31, false],
    [2025, 9, 31, false],
    [2025, 11, 31, false],
    [2025, 11, 30, true],
    [2025, 1, 31, true],
    [2025, 1, 32, false],
    [2025, 3, 31, true],
    [2025, 5, 31, true],
    [2025, 7, 31, true],
    [2025, 8, 31, true],
    [2025, 10, 31, true],
    [2025, 12, 31, true],
    [2025, 12, 32, false],
    [2025, 1, 1, true],
    [2025, 1, 0, false],
    [2025, 0, 1, false],
    [2025, 13, 1, false],
    // either side of the table of month lengths (1800–2199), and years 0–99, which a Date constructor would read as 19xx
    [1799, 2, 29, false],
    [1800, 2, 29, false],
    [1600, 2, 29, true],
    [2199, 12, 31, true],
    [2200, 2, 29, false],
    [2400, 2, 29, true],
    [4, 2, 29, true],
    [0, 2, 29, true],
    [100, 2, 29, false],
  ])("reads %i-%i-%i as a real date: %s", (year, month, day, real) => {
    expect(isRealDate(year, month, day)).toBe(real);
  });

  it("gives the same answer when asked again (the table of month lengths)", () => {
    expect([isRealDate(2031, 2, 29), isRealDate(2031, 2, 29), isRealDate(2032, 2, 29), isRealDate(2032, 2, 29)]).toEqual([false, false, true, true]);
  });

  it("is false for a year that is not a number", () => {
    expect(isRealDate(Number.NaN, 1, 1)).toBe(false);
  });

  it("accepts 1994-12-31 under TZ=Pacific/Kiritimati, a day that zone skipped (date-fns' local isExists says no there)", () => {
    const saved = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      // 1694 is outside the table, so date-fns is asked under this zone
      expect([isRealDate(1994, 12, 31), isRealDate(1694, 12, 31), isIsoDate("1994-12-31")]).toEqual([true, true, true]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("isIsoDate", () => {
  it.each(["1800-01-01", "2199-12-31", "2024-02-29", "2025-06-10"])("accepts %s", (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ["1799-12-31", "the year before 1800"],
    ["2200-01-01", "the year after 2199"],
    ["2025-02-29", "a day that does not exist"],
    ["2025-13-01", "month 13"],
    ["2025-6-10", "a one-digit month"],
    ["2025/06/10", "slashes"],
    ["2025-06-10T00:00", "a time"],
    [" 2025-06-10", "a leading space"],
    ["2025-06-10\n", "a trailing newline"],
    [20250610, "a number"],
    [null, "null"],
    [undefined, "undefined"],
  ])("refuses %j (%s)", (value, _reason) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("yearOf", () => {
  it.each([
    ["2025-01-01", 2025],
    ["1800-12-31", 1800],
    ["2199-06-30", 2199],
  ])("reads the year of %s as %i", (date, year) => {
    expect(yearOf(date)).toBe(year);
  });
});

describe("lastDayOfYear", () => {
  it.each([
    [2025, "2025-12-31"],
    [2024, "2024-12-31"],
    [999, "0999-12-31"],
  ])("names 31 December of %i as %s", (year, date) => {
    expect(lastDayOfYear(year)).toBe(date);
  });
});
