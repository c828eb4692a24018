import * as z from "zod";
import { IsoDateSchema } from "../models/primitives.js";
import type { CalendarOptions, CalendarResult } from "./calendarData.js";
import { prepareCall, toResult, workingDayStep } from "./workingDays.js";
import { lazySchema } from "../core/lazy.js";

const ArgsSchema = lazySchema(() => z.object({ date: IsoDateSchema }));

/**
 * Whether a date is a working day: Monday–Friday that is not an official holiday, or a weekend
 * day named a make-up working day (调休上班).
 *
 * @remarks
 * The unit of annex1/1's "at least 5 working days" of publicity. Uses `officialCalendar`
 * (2024–2026) unless `options.calendar` is given. Pure integer day arithmetic: the answer never
 * depends on the machine's time zone. Never throws.
 *
 * @param date - `YYYY-MM-DD`
 * @param options - `calendar`: a calendar to use instead of the official one
 * @returns `{ ok: true, value }`, or `{ ok: false, findings }` with `calendar_unknown_year`
 * (a year without data) or `invalid_input`
 *
 * @example
 * ```ts
 * isWorkingDay("2025-09-28");
 * //=> { ok: true, value: true }
 * isWorkingDay("2025-10-08");
 * //=> { ok: true, value: false }
 * const later = isWorkingDay("2027-01-04");
 * later.ok ? [] : later.findings.map((f) => [f.code, f.details?.year]);
 * //=> [["calendar_unknown_year", 2027]]
 * ```
 */
export function isWorkingDay(date: string, options?: CalendarOptions): CalendarResult<boolean> {
  const prepared = prepareCall(ArgsSchema, { date }, options);
  if (!prepared.ok) return prepared;
  return toResult(workingDayStep(prepared.lookup, prepared.args.date), ["date"]);
}
