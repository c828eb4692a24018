/**
 * The working-day engine behind isWorkingDay, addWorkingDays, countWorkingDays and the plan's
 * publicity rule (annex1/1: "at least 5 working days"). Works on day numbers; a day in a year
 * the calendar does not know stops the computation with that year, never a guess.
 */
import type * as z from "zod";
import { yearOf, type IsoDate } from "../core/dates.js";
import { pushAll } from "../core/pushAll.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { CalendarDataSchema, type CalendarData, type CalendarResult } from "./calendarData.js";
import { dayNumberOf, isoOf, weekdayOf } from "./dayNumber.js";
import { officialCalendar } from "./officialCalendar.js";

/** A calendar read into sets for lookup. */
export interface WorkingDayLookup {
  readonly years: ReadonlySet<number>;
  readonly off: ReadonlySet<number>;
  readonly work: ReadonlySet<number>;
}

/** An engine answer, or the first year the calendar does not know. */
export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly unknownYear: number };

/** Reads a (valid) calendar into sets. */
export function lookupOf(calendar: CalendarData): WorkingDayLookup {
  const years = new Set<number>();
  const off = new Set<number>();
  const work = new Set<number>();
  for (const [year, days] of Object.entries(calendar.years)) {
    years.add(Number(year));
    for (const date of days.off) off.add(dayNumberOf(date));
    for (const date of days.work) work.add(dayNumberOf(date));
  }
  return { years, off, work };
}

/**
 * The official calendar read into sets, on first use: reading it costs about a hundred date-fns
 * day differences, too many to repeat on every call (`officialCalendar` is read-only data).
 */
let officialLookup: WorkingDayLookup | undefined;

/** The calendar of the options (the official one by default), or `invalid_input` findings. */
export function resolveCalendar(calendar: unknown, path: FindingPath): { ok: true; lookup: WorkingDayLookup } | { ok: false; findings: Finding[] } {
  if (calendar === undefined) return { ok: true, lookup: (officialLookup ??= lookupOf(officialCalendar)) };
  const parsed = CalendarDataSchema.safeParse(calendar);
  if (!parsed.success) return { ok: false, findings: findingsFromZodError(parsed.error, path, calendar) };
  return { ok: true, lookup: lookupOf(parsed.data) };
}

/** The first year from `fromYear` through `toYear` that the calendar does not know, if any. */
export function unknownYearBetween(lookup: WorkingDayLookup, fromYear: number, toYear: number): number | undefined {
  for (let year = fromYear; year <= toYear; year++) if (!lookup.years.has(year)) return year;
  return undefined;
}

/** Whether a day is a working day; its year must be one the calendar knows (not checked here). */
export function isWorking(lookup: WorkingDayLookup, dayNumber: number): boolean {
  if (lookup.work.has(dayNumber)) return true;
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6 && !lookup.off.has(dayNumber);
}

/** Whether `date` is a working day. */
export function workingDayStep(lookup: WorkingDayLookup, date: IsoDate): Step<boolean> {
  const year = yearOf(date);
  if (!lookup.years.has(year)) return { ok: false, unknownYear: year };
  return { ok: true, value: isWorking(lookup, dayNumberOf(date)) };
}

/** Working days after `from` up to and including `to` (`to` not before `from`). */
export function countStep(lookup: WorkingDayLookup, from: IsoDate, to: IsoDate): Step<number> {
  const unknown = unknownYearBetween(lookup, yearOf(from), yearOf(to));
  if (unknown !== undefined) return { ok: false, unknownYear: unknown };
  let count = 0;
  for (let day = dayNumberOf(from) + 1, last = dayNumberOf(to); day <= last; day++) if (isWorking(lookup, day)) count++;
  return { ok: true, value: count };
}

/** The `days`-th working day after `date` (`date` itself when `days` is 0). */
export function addStep(lookup: WorkingDayLookup, date: IsoDate, days: number): Step<IsoDate> {
  if (!lookup.years.has(yearOf(date))) return { ok: false, unknownYear: yearOf(date) };
  let day = dayNumberOf(date);
  for (let left = days; left > 0; ) {
    day++;
    const iso = isoOf(day);
    if (iso.endsWith("-01-01") && !lookup.years.has(yearOf(iso))) return { ok: false, unknownYear: yearOf(iso) };
    if (isWorking(lookup, day)) left--;
  }
  return { ok: true, value: isoOf(day) };
}

/** The finding for a year the calendar does not know. */
export function unknownYearFinding(year: number, path: FindingPath): Finding {
  return makeFinding("calendar_unknown_year", path, { year });
}

/** Validated arguments and the calendar to use, or the findings that stop the call. */
export type Prepared<A> = { readonly ok: true; readonly args: A; readonly lookup: WorkingDayLookup } | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Validates a working-day function's arguments (paths named by argument) and its options,
 * reporting every problem.
 */
export function prepareCall<A>(schema: z.ZodType<A>, args: unknown, options: unknown): Prepared<A> {
  const findings: Finding[] = [];
  const parsed = schema.safeParse(args);
  if (!parsed.success) pushAll(findings, findingsFromZodError(parsed.error, [], args));
  let lookup: WorkingDayLookup | undefined;
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    findings.push(makeFinding("invalid_input", ["options"], { field: "options", problem: "expected an object", problemZh: "应为一组填写项" }));
  } else {
    const calendar = resolveCalendar((options as { calendar?: unknown } | undefined)?.calendar, ["options", "calendar"]);
    if (calendar.ok) lookup = calendar.lookup;
    else pushAll(findings, calendar.findings);
  }
  if (!parsed.success || lookup === undefined) return { ok: false, findings };
  return { ok: true, args: parsed.data, lookup };
}

/** Turns an engine step into a public result, naming `path` for an unknown year. */
export function toResult<T>(step: Step<T>, path: FindingPath): CalendarResult<T> {
  return step.ok ? { ok: true, value: step.value } : { ok: false, findings: [unknownYearFinding(step.unknownYear, path)] };
}
