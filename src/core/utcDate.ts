/**
 * A `Date` whose calendar fields are read and written in UTC, so that date-fns — which reads a
 * plain `Date` in the machine's local time — computes on the calendar day itself, whatever the
 * machine's time zone. A `Date` at local midnight does not exist on some days in some zones
 * (Pacific/Kiritimati skipped 1994-12-31, Pacific/Apia 2011-12-30): read in UTC, every day exists.
 *
 * date-fns makes new dates of the same kind with `new date.constructor(value)`, so the
 * constructor takes one time value (a number or a date); {@link utcDate} builds one from a year,
 * month and day. Only the members date-fns calls on a date are mapped; the rest stay Date's.
 */
// eslint-disable-next-line no-restricted-globals -- the one Date of the library: date-fns computes on a Date, read here in UTC
export class UtcDate extends Date {
  constructor(value: number | Date) {
    super(typeof value === "number" ? value : value.getTime());
  }

  override getTimezoneOffset(): number {
    return 0;
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override setFullYear(year: number, month?: number, day?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), day ?? this.getUTCDate());
  }
  override setMonth(month: number, day?: number): number {
    return this.setUTCMonth(month, day ?? this.getUTCDate());
  }
  override setDate(day: number): number {
    return this.setUTCDate(day);
  }
  override setHours(hours: number, minutes?: number, seconds?: number, milliseconds?: number): number {
    return this.setUTCHours(hours, minutes ?? this.getUTCMinutes(), seconds ?? this.getUTCSeconds(), milliseconds ?? this.getUTCMilliseconds());
  }
}

/**
 * Midnight UTC of a day (month 1–12), as a date date-fns reads in UTC. Any year from 1 to 9999:
 * set by `setUTCFullYear`, since `Date.UTC` reads the years 0–99 as 1900–1999.
 */
export function utcDate(year: number, month: number, day: number): UtcDate {
  const date = new UtcDate(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
