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
  ])("reads %i-%i-%i as a real date: %s", (year, month, day, real) => {
    expect(isRealDate(year, month, day)).toBe(real);
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
