import type { IsoDate } from "../core/dates.js";
import type { Suspension, Validity } from "./plan.js";

/**
 * Whether a plan's validity covers a year (annex1/1: one year, or a standing mechanism).
 * Shared by the decision and the plan check, so it lives beside the plan model.
 */
export function planCoversYear(validity: Validity, year: number): boolean {
  if (validity.kind === "one_year") return validity.year === year;
  return year >= validity.fromYear && (validity.toYear === undefined || year <= validity.toYear);
}

/** True when the township approved and the county recorded the suspension (opinion/3.5). */
export function isSuspensionFiled(suspension: Suspension): boolean {
  return suspension.townshipApprovedOn !== undefined && suspension.countyFiledOn !== undefined;
}

/** The day a filed suspension takes effect: the latest of `from` and its two records. */
function effectiveStart(suspension: Suspension): IsoDate {
  let start = suspension.from;
  if ((suspension.townshipApprovedOn as string) > start) start = suspension.townshipApprovedOn as string;
  if ((suspension.countyFiledOn as string) > start) start = suspension.countyFiledOn as string;
  return start;
}

/**
 * The filed suspension in effect on `date`, if any: from `from` (or the later of its two
 * records, since it cannot take effect before it is approved and recorded) until the day
 * before `resumedOn`.
 */
export function suspensionOn(suspensions: readonly Suspension[] | undefined, date: IsoDate): Suspension | undefined {
  if (suspensions === undefined) return undefined;
  for (const suspension of suspensions) {
    if (!isSuspensionFiled(suspension)) continue;
    const start = effectiveStart(suspension);
    if (date >= start && (suspension.resumedOn === undefined || date < suspension.resumedOn)) return suspension;
  }
  return undefined;
}

/**
 * True when a filed suspension starts or ends on a day after `firstDay` up to and including
 * `lastDay`: whether the plan is suspended then depends on the day (opinion/3.5, the subsidy
 * follows the contribution), so a decision in that span needs the payment date.
 */
export function suspensionChangesWithin(suspensions: readonly Suspension[] | undefined, firstDay: IsoDate, lastDay: IsoDate): boolean {
  if (suspensions === undefined) return false;
  for (const suspension of suspensions) {
    if (!isSuspensionFiled(suspension)) continue;
    const start = effectiveStart(suspension);
    if (start > firstDay && start <= lastDay) return true;
    const end = suspension.resumedOn;
    if (end !== undefined && end > firstDay && end <= lastDay && end > start) return true;
  }
  return false;
}
