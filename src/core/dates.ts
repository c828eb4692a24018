/**
 * Dates are ISO `YYYY-MM-DD` strings everywhere. Validating and comparing them needs no local
 * `Date`: a month's length comes from date-fns on a date whose calendar fields are UTC's
 * (`UtcDate`, ./utcDate.ts), so the answer never depends on the machine's time zone (a
 * `Date` built at local midnight does not exist on some days in some zones — Pacific/Kiritimati
 * skipped 1994-12-31 — and date-fns' own `isExists` answers false for that day there).
 */
// By subpath, not the "date-fns" index: the index loads about 250 modules, and Node 22+ looks up
// date-fns' 199 kB package.json for each (measured: importing the index takes 1.8 s on Node 22.23
// and 3.3 s on Node 24.21, against 0.15 s for one subpath; Node 20: 0.33 s).
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { utcDate } from "./utcDate.js";

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first year of the table of month lengths: {@link isIsoDate}'s range, 1800–2199. */
const TABLE_FROM = 1800;
const TABLE_YEARS = 400;
/** Month lengths of 1800–2199 as date-fns gives them, filled on first use (0: not yet asked). */
let monthLengths: Uint8Array | undefined;

/** Days in a month of the Gregorian calendar (month 1–12), from date-fns. */
function daysInMonthOf(year: number, month: number): number {
  return getDaysInMonth(utcDate(year, month, 1));
}

/**
 * Days in a month (1–12): from the table for 1800–2199 (the roster reader asks once per member;
 * the table spares it building two dates each time), from date-fns directly for other years.
 */
function daysInMonth(year: number, month: number): number {
  const row = year - TABLE_FROM;
  if (!(row >= 0 && row < TABLE_YEARS)) return daysInMonthOf(year, month);
  const table = (monthLengths ??= new Uint8Array(TABLE_YEARS * 12));
  const index = row * 12 + month - 1;
  return (table[index] ||= daysInMonthOf(year, month));
}

/** True when year, month and day name a real Gregorian date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `value` is a `YYYY-MM-DD` string naming a real date between 1800 and 2199. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  return year >= 1800 && year <= 2199 && isRealDate(year, Number(match[2]), Number(match[3]));
}

/** The year of a valid ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The last day of a year, `YYYY-12-31`. */
export function lastDayOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-12-31`;
}
