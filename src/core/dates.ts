/**
 * Dates are ISO `YYYY-MM-DD` strings everywhere. Validating and comparing them needs no Date
 * object, so the answer never depends on the machine's time zone (a `Date` built at local
 * midnight does not exist on some days in some zones).
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `year` is a Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
