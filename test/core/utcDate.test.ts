import { addDays, differenceInCalendarDays, formatISO, getDay, getDaysInMonth } from "date-fns";
import { describe, expect, it } from "vitest";
import { UtcDate, utcDate } from "../../src/core/utcDate.js";

describe("UtcDate", () => {
  it("reads its calendar fields in UTC, with no offset", () => {
    const date = new UtcDate(Date.UTC(1994, 11, 31, 23, 59, 58, 7));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getDay()]).toEqual([1994, 11, 31, 6]);
    expect([date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([23, 59, 58, 7]);
    expect(date.getTimezoneOffset()).toBe(0);
  });

  it("copies another date's time value", () => {
    const date = new UtcDate(new Date(Date.UTC(2011, 11, 30)));
    expect(date.getTime()).toBe(Date.UTC(2011, 11, 30));
    expect(date).toBeInstanceOf(Date);
  });

  it("writes its calendar fields in UTC, keeping the fields a setter is not given", () => {
    const date = new UtcDate(Date.UTC(2025, 0, 31, 10, 20, 30, 40));
    date.setFullYear(2024);
    expect(date.toISOString()).toBe("2024-01-31T10:20:30.040Z");
    date.setFullYear(2024, 1, 29);
    expect(date.toISOString()).toBe("2024-02-29T10:20:30.040Z");
    date.setMonth(2);
    expect(date.toISOString()).toBe("2024-03-29T10:20:30.040Z");
    date.setMonth(3, 1);
    expect(date.toISOString()).toBe("2024-04-01T10:20:30.040Z");
    date.setDate(0);
    expect(date.toISOString()).toBe("2024-03-31T10:20:30.040Z");
    date.setHours(5);
    expect(date.toISOString()).toBe("2024-03-31T05:20:30.040Z");
    date.setHours(0, 0, 0, 0);
    expect(date.toISOString()).toBe("2024-03-31T00:00:00.000Z");
  });

  it("builds midnight UTC of any year from 1 to 9999, years 0–99 included", () => {
    expect(utcDate(2025, 2, 28).toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(utcDate(99, 12, 31).getFullYear()).toBe(99);
    expect(utcDate(1, 1, 1).getFullYear()).toBe(1);
    expect(utcDate(9999, 12, 31).getDate()).toBe(31);
  });

  it("lets date-fns count, add and name days on the calendar day itself", () => {
    const skipped = utcDate(1994, 12, 31); // a day Pacific/Kiritimati skipped
    expect(formatISO(addDays(skipped, 1), { representation: "date" })).toBe("1995-01-01");
    expect(differenceInCalendarDays(utcDate(1995, 1, 1), skipped)).toBe(1);
    expect(getDay(skipped)).toBe(6);
    expect(getDaysInMonth(utcDate(2024, 2, 1))).toBe(29);
    expect(getDaysInMonth(utcDate(2100, 2, 1))).toBe(28);
  });
});
