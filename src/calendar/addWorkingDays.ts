import * as z from "zod";
import { IsoDateSchema } from "../models/primitives.js";
import type { CalendarOptions, CalendarResult } from "./calendarData.js";
import { addStep, prepareCall, toResult } from "./workingDays.js";
import { lazySchema } from "../core/lazy.js";

const ArgsSchema = lazySchema(() => z.object({ date: IsoDateSchema, days: z.number().int().min(0).max(100_000) }));

/**
 * The date on which `days` working days after `date` have passed: the `days`-th working day
 * after it, `date` itself not counted (`date` when `days` is 0).
 *
 * @remarks
 * annex1/1 asks for publicity of at least 5 working days; counting follows 民法典 Art. 201 by
 * analogy (FACTS.md §5): the posting day is not counted, so `addWorkingDays(postedOn, 5)` is the
 * first day on which the period is met. Inverse of `countWorkingDays`. Uses
 * `officialCalendar` unless `options.calendar` is given; every day passed must lie in a
 * year the calendar knows. Pure integer day arithmetic, independent of the time zone. Never throws.
 *
 * @param date - the starting day, `YYYY-MM-DD` (not counted)
 * @param days - how many working days, an integer from 0 to 100000
 * @param options - `calendar`: a calendar to use instead of the official one
 * @returns `{ ok: true, value }` with the date, or `{ ok: false, findings }` with
 * `calendar_unknown_year` or `invalid_input`
 *
 * @example
 * ```ts
 * addWorkingDays("2024-09-27", 5);
 * //=> { ok: true, value: "2024-10-10" }
 * addWorkingDays("2024-12-30", 5);
 * //=> { ok: true, value: "2025-01-07" }
 * ```
 */
export function addWorkingDays(date: string, days: number, options?: CalendarOptions): CalendarResult<string> {
  const prepared = prepareCall(ArgsSchema, { date, days }, options);
  if (!prepared.ok) return prepared;
  return toResult(addStep(prepared.lookup, prepared.args.date, prepared.args.days), ["date"]);
}
