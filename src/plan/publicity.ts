/**
 * Publicity — annex1/1: the objects and standards are publicised for at least 5 working days.
 * Counted as FACTS.md §5 (民法典 Art. 201 by analogy): working days after the posting day up to
 * and including `endsOn`, or up to the day before the township's approval when no `endsOn` is
 * written. A period reaching 5 only when the posting day is counted is ambiguous (a warning).
 */
import { chineseNames } from "../findings/names.js";
import { yearOf, type IsoDate } from "../core/dates.js";
import { dayNumberOf, shiftDate } from "../calendar/dayNumber.js";
import { countStep, isWorking, unknownYearFinding, type WorkingDayLookup } from "../calendar/workingDays.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import type { PlanCheckContext } from "./context.js";

/** The working days publicity must last (annex1/1). */
export const PUBLICITY_WORKING_DAYS = 5;

const PUBLICITY: FindingPath = ["plan", "procedure", "publicity"];

/** Reports `publicity_too_short`, `publicity_ambiguous`, `calendar_unknown_year`, and `plan_missing_element` without a publicity record. */
export function checkPublicity({ plan, calendar }: PlanCheckContext): Finding[] {
  const procedure = plan.procedure;
  if (procedure?.publicity === undefined) return [makeFinding("plan_missing_element", PUBLICITY, { element: "publicity", elementZh: chineseNames.planElements.publicity })];
  const publicity = procedure.publicity;
  const approval = procedure.townshipApproval?.date;
  // Without an end date or an approval the period has no end yet; township_approval_missing says so.
  const end =
    publicity.endsOn !== undefined
      ? { lastDay: publicity.endsOn, path: [...PUBLICITY, "endsOn"] }
      : approval !== undefined
        ? { lastDay: shiftDate(approval, -1), path: ["plan", "procedure", "townshipApproval", "date"] }
        : undefined;
  if (end === undefined) return [];
  return publicityFindings(calendar, publicity.postedOn, [...PUBLICITY, "postedOn"], end.lastDay, end.path);
}

/**
 * Measures one publicity period — from the day after `postedOn` up to and including `lastDay` —
 * and reports `publicity_too_short`, `publicity_ambiguous` or `calendar_unknown_year`. Used for the
 * plan's publicity and for each year's adjustment of the standards.
 */
export function publicityFindings(calendar: WorkingDayLookup, postedOn: IsoDate, postedOnPath: FindingPath, endDay: IsoDate, endPath: FindingPath): Finding[] {
  const lastDay = endDay < postedOn ? postedOn : endDay;
  // countStep needs every year from postedOn's through lastDay's, so when it counts, postedOn's year is known.
  const counted = countStep(calendar, postedOn, lastDay);
  if (!counted.ok) {
    const year = counted.unknownYear;
    return [unknownYearFinding(year, year === yearOf(postedOn) ? postedOnPath : endPath)];
  }
  const workingDays = counted.value;
  if (workingDays >= PUBLICITY_WORKING_DAYS) return [];
  const details = { postedOn, lastDay: endDay, workingDays, required: PUBLICITY_WORKING_DAYS };
  const ambiguous = isWorking(calendar, dayNumberOf(postedOn)) && workingDays + 1 >= PUBLICITY_WORKING_DAYS;
  return [makeFinding(ambiguous ? "publicity_ambiguous" : "publicity_too_short", endPath, details)];
}
