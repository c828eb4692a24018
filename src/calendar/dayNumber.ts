/**
 * Day arithmetic on `YYYY-MM-DD` with date-fns, on dates whose calendar fields are UTC's
 * (`UtcDate`), so no answer ever depends on the machine's time zone: a
 * `Date` built at local midnight does not exist on some days in some zones (Pacific/Kiritimati
 * skipped 1994-12-31), and date-fns reads a plain `Date` in local time. Day numbers (days since
 * 1970-01-01) are the keys the working-day engine looks days up by.
 */
// One subpath per function, not the index (see ../core/dates.ts: Node 22+ pays seconds for the index).
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { formatISO } from "date-fns/formatISO";
import { getDay } from "date-fns/getDay";
import type { IsoDate } from "../core/dates.js";
import { utcDate } from "../core/utcDate.js";

/** 1970-01-01, day number 0; built on first use, so importing this module builds nothing. */
let epoch: Date | undefined;

function epochDate(): Date {
  return (epoch ??= utcDate(1970, 1, 1));
}

/** The date of a valid ISO date, at midnight UTC. */
function utcDateOf(date: IsoDate): Date {
  return utcDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The ISO date of a date made by {@link utcDateOf} or date-fns from one. */
function isoOfDate(date: Date): IsoDate {
  return formatISO(date, { representation: "date" });
}

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumberOf(date: IsoDate): number {
  return differenceInCalendarDays(utcDateOf(date), epochDate());
}

/** The ISO date of a day number. */
export function isoOf(dayNumber: number): IsoDate {
  return isoOfDate(addDays(epochDate(), dayNumber));
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return getDay(addDays(epochDate(), dayNumber));
}

/** The date `days` days after (or before, when negative) `date`. */
export function shiftDate(date: IsoDate, days: number): IsoDate {
  return isoOfDate(addDays(utcDateOf(date), days));
}
