import * as z from "zod";
import { yearOf } from "../core/dates.js";
import { IsoDateSchema } from "../models/primitives.js";
import type { CalendarOptions, CalendarResult } from "./calendarData.js";
import { countStep, prepareCall, toResult } from "./workingDays.js";
import { lazySchema } from "../core/lazy.js";

const ArgsSchema = lazySchema(() => z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((args) => args.to >= args.from, { message: "must not be before from", path: ["to"] }));

/**
 * The number of working days after `from` up to and including `to`.
 *
 * @remarks
 * The measure of annex1/1's "at least 5 working days" of publicity: `from` is the posting day
 * (not counted, 民法典 Art. 201 by analogy, FACTS.md §5), `to` the last day on display. Inverse
 * of `addWorkingDays`. Uses `officialCalendar` unless `options.calendar` is given;
 * every year from `from` to `to` must be known. Pure integer day arithmetic, independent of the
 * time zone. Never throws.
 *
 * @param from - the day before the first day counted, `YYYY-MM-DD`
 * @param to - the last day counted, `YYYY-MM-DD`, not before `from`
 * @param options - `calendar`: a calendar to use instead of the official one
 * @returns `{ ok: true, value }` with the count, or `{ ok: false, findings }` with
 * `calendar_unknown_year` or `invalid_input`
 *
 * @example
 * ```ts
 * countWorkingDays("2025-09-26", "2025-10-10");
 * //=> { ok: true, value: 5 }
 * countWorkingDays("2025-05-19", "2025-05-19");
 * //=> { ok: true, value: 0 }
 * ```
 */
export function countWorkingDays(from: string, to: string, options?: CalendarOptions): CalendarResult<number> {
  const prepared = prepareCall(ArgsSchema, { from, to }, options);
  if (!prepared.ok) return prepared;
  const { lookup, args } = prepared;
  return toResult(countStep(lookup, args.from, args.to), [lookup.years.has(yearOf(args.from)) ? "to" : "from"]);
}
