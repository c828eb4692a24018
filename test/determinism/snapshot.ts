// Prints, as JSON, a set of results that touch every date- and money-handling path. The
// determinism test runs it under several TZ values and expects byte-identical output.
import * as library from "../../src/index.js";
import { members, plan } from "../../examples/data.js";

const policy = library.createPolicy({ highestTier: { 2024: 3000, 2025: 6000, 2026: 6000 } });
const out: Record<string, unknown> = {};
out.roster = library.computeRoster(members, plan, { year: 2025, policy, trace: true });
const days: string[] = [];
for (let month = 1; month <= 12; month++) for (const day of [1, 15, 28]) days.push(`2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
const lib = library as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of ["isWorkingDay", "addWorkingDays", "countWorkingDays"]) {
  if (typeof lib[name] !== "function") continue;
  out[name] = days.map((day) => (name === "isWorkingDay" ? lib[name]?.(day) : name === "addWorkingDays" ? lib[name]?.(day, 5) : lib[name]?.(day, "2026-03-01")));
}
if (typeof lib.checkPlan === "function") {
  out.checkPlan = lib.checkPlan(plan, { policy, year: 2025, roster: members });
  out.checkPlanAsOf = lib.checkPlan(plan, { policy, year: 2025, asOf: "2025-12-31" });
}
// Days some zones skipped (Pacific/Kiritimati 1994-12-31, Pacific/Apia 2011-12-30): real dates everywhere.
const skipped = ["1994-12-30", "1994-12-31", "1995-01-01", "2011-12-29", "2011-12-30", "2011-12-31"];
out.skippedDays = skipped.map((date) => library.IsoDateSchema.safeParse(date).success);
out.skippedBirthDay = library.IdNumberSchema.safeParse("51040219941231001X").success;
if (typeof lib.addWorkingDays === "function") out.skippedShift = lib.addWorkingDays("1994-12-30", 1, { calendar: { source: "test", years: { 1994: { off: [], work: ["1994-12-31"] }, 1995: { off: [], work: [] } } } });
process.stdout.write(JSON.stringify(out));
