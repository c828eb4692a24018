/**
 * The government contribution subsidy of a year's credit — opinion/3.3 ("集体补助部分不配套财政缴费补贴")
 * and 国发〔2014〕8号 §4(3): the subsidy is the one the host's schedule sets for the member's own
 * contribution tier. The collective subsidy is no input here, so it can never change the answer.
 */
import type { Fen } from "../core/money.js";
import type { ParsedYearSchedule } from "./schemas.js";

/** The government contribution subsidy for `tier` in the year's schedule, or undefined when the tier is not listed. */
export function governmentSubsidyFor(schedule: ParsedYearSchedule, tier: Fen): Fen | undefined {
  for (const row of schedule.tiers) if (row.tier === tier) return row.subsidy;
  return undefined;
}
