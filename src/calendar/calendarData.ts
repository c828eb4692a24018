import * as z from "zod";
import { yearOf } from "../core/dates.js";
import type { Finding } from "../findings/finding.js";
import { IsoDateSchema } from "../models/primitives.js";
import { LIMITS } from "../models/limits.js";
import { lazySchema } from "../core/lazy.js";

/** One year of a working-day calendar: official holidays (`off`) and make-up working days (`work`). */
export interface CalendarYear {
  /** days off: Monday–Friday holidays (weekend days listed here change nothing) */
  readonly off: readonly string[];
  /** weekend days that are working days (调休上班) */
  readonly work: readonly string[];
}

/**
 * A working-day calendar: for each year it knows, the holidays and make-up working days.
 * A date is a working day when it is in `work`, or when it is Monday–Friday and not in `off`.
 * A year absent from `years` is unknown, never guessed.
 */
export interface CalendarData {
  /** where the data comes from (the notices, or the host's own source) */
  readonly source: string;
  /** the rule in words */
  readonly rule?: string;
  /** the data, keyed by year (`"2025"`) */
  readonly years: { readonly [year: string]: CalendarYear };
}

const YEAR_KEY = /^(18\d\d|19\d\d|20\d\d|21\d\d)$/;

/**
 * Validates a calendar a host passes (`{ calendar }`): years from 1800 to 2199, each date a real
 * `YYYY-MM-DD` of the year it is listed under, no date both off and working.
 */
export const CalendarDataSchema = lazySchema(() => z
  .object({
    source: z.string().min(1).max(2000),
    rule: z.string().max(2000).optional(),
    years: z.record(
      z.string().regex(YEAR_KEY, { message: "expected a year from 1800 to 2199" }),
      z.object({ off: z.array(IsoDateSchema).max(LIMITS.calendarDays), work: z.array(IsoDateSchema).max(LIMITS.calendarDays) }),
    ),
  })
  .superRefine((calendar, ctx) => {
    for (const [year, days] of Object.entries(calendar.years)) {
      for (const list of ["off", "work"] as const) {
        days[list].forEach((date, index) => {
          if (String(yearOf(date)) !== year) {
            ctx.addIssue({ code: "custom", message: `date is not in ${year}`, path: ["years", year, list, index], input: date });
          }
        });
      }
      const off = new Set(days.off);
      days.work.forEach((date, index) => {
        if (off.has(date)) ctx.addIssue({ code: "custom", message: "a date cannot be both off and a working day", path: ["years", year, "work", index], input: date });
      });
    }
  }));

/** Options of the working-day functions. */
export interface CalendarOptions {
  /**
   * the calendar to use instead of `officialCalendar` (which knows 2024–2026); to add a
   * year, spread the official one: `{ ...officialCalendar, years: { ...officialCalendar.years, 2027: … } }`
   */
  readonly calendar?: CalendarData;
}

/** A working-day answer: the value, or the findings that prevent one (never a guess). */
export type CalendarResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly findings: readonly Finding[] };
