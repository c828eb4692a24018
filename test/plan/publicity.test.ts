import { describe, expect, it } from "vitest";
import { addWorkingDays, createPolicy, officialCalendar, type CalendarData } from "../../src/index.js";
import { shiftDate } from "../../src/calendar/dayNumber.js";
import { FACTS_VECTORS } from "../calendar/vectors.js";
import { check, only, procedureWith, summary } from "./helpers.js";

const PUBLICITY_CODES = new Set(["publicity_too_short", "publicity_ambiguous", "calendar_unknown_year"]);

function publicityFindings(postedOn: string, endsOn?: string, approval?: string, calendar?: CalendarData) {
  const plan = procedureWith({
    publicity: endsOn === undefined ? { postedOn } : { postedOn, endsOn },
    townshipApproval: approval === undefined ? undefined : { date: approval },
  });
  return check(plan, calendar === undefined ? {} : { calendar }).findings.filter((f) => PUBLICITY_CODES.has(f.code));
}

function fourthWorkingDayAfter(date: string): string {
  const result = addWorkingDays(date, 4);
  if (!result.ok) throw new Error("known year");
  return result.value;
}

describe("checkPlan", () => {
  describe("publicity of at least 5 working days (annex1/1, FACTS.md §5)", () => {
    it.each(FACTS_VECTORS)("passes publicity posted %s and ending %s (FACTS.md vector)", (posted, fifth) => {
      expect(publicityFindings(posted, fifth)).toEqual([]);
    });

    it.each(FACTS_VECTORS)("warns publicity_ambiguous when publicity posted %s ends the day before %s", (posted, fifth) => {
      expect(summary(publicityFindings(posted, shiftDate(fifth, -1)))).toEqual([["publicity_ambiguous", "annex1/1", ["plan", "procedure", "publicity", "endsOn"], "warning"]]);
    });

    it.each(FACTS_VECTORS)("reports publicity_too_short when publicity posted %s ends on the 3rd working day after", (posted) => {
      const fourth = fourthWorkingDayAfter(posted);
      const third = shiftDate(fourth, -1);
      const findings = publicityFindings(posted, third);
      expect(summary(findings)).toEqual([["publicity_too_short", "annex1/1", ["plan", "procedure", "publicity", "endsOn"], "error"]]);
    });

    it("names the dates and the count", () => {
      const findings = publicityFindings("2025-05-19", "2025-05-22");
      expect(findings[0]?.details).toEqual({ postedOn: "2025-05-19", lastDay: "2025-05-22", workingDays: 3, required: 5 });
      expect(findings[0]?.message.en).toBe("Publicity from 2025-05-19 to 2025-05-22 lasted 3 working days after the posting day, fewer than 5");
    });

    it("does not count a posting day that is not a working day, so no ambiguity arises", () => {
      // Saturday 2025-05-17: working days after it through Thursday 05-22 are 19, 20, 21, 22.
      expect(publicityFindings("2025-05-17", "2025-05-22").map((f) => f.code)).toEqual(["publicity_too_short"]);
      expect(publicityFindings("2025-05-17", "2025-05-23")).toEqual([]);
    });

    it.each([
      ["2025-05-27", []],
      ["2025-05-26", ["publicity_ambiguous"]],
      ["2025-05-23", ["publicity_too_short"]],
    ])("without endsOn, counts up to the day before township approval on %s", (approval, codes) => {
      const findings = publicityFindings("2025-05-19", undefined, approval);
      expect(findings.map((f) => f.code)).toEqual(codes);
      for (const finding of findings) expect(finding.path).toEqual(["plan", "procedure", "townshipApproval", "date"]);
    });

    it("cannot count without an end date or an approval, and leaves that to township_approval_missing", () => {
      const report = check(procedureWith({ publicity: { postedOn: "2025-05-19" }, townshipApproval: undefined }));
      expect(report.findings.map((f) => f.code)).toEqual(["township_approval_missing"]);
    });

    it("reports a plan without a publicity record as missing that element", () => {
      expect(summary(check(procedureWith({ publicity: undefined })).findings)).toEqual([["plan_missing_element", "annex1/1", ["plan", "procedure", "publicity"], "error"]]);
    });

    it("reports calendar_unknown_year for publicity that runs into a year without data", () => {
      expect(summary(publicityFindings("2026-12-28", "2027-01-05"))).toEqual([["calendar_unknown_year", "annex1/1", ["plan", "procedure", "publicity", "endsOn"], "error"]]);
      expect(publicityFindings("2026-12-28", "2027-01-05")[0]?.details).toEqual({ year: 2027 });
    });

    it("reports calendar_unknown_year at postedOn for a 2027 plan, and counts it with the host's calendar", () => {
      const policy = createPolicy({ highestTier: { 2027: "3000" } });
      const dates2027 = procedureWith({
        steps: [
          { step: "party_proposal", date: "2027-03-01" },
          { step: "committees_deliberation", date: "2027-03-02" },
          { step: "party_members_review", date: "2027-03-03" },
          { step: "assembly_resolution", date: "2027-03-04" },
          { step: "resolution_published", date: "2027-03-05" },
        ],
        assembly: { body: "member_assembly", date: "2027-03-04", eligible: 30, present: 30, votesFor: 30 },
        publicity: { postedOn: "2027-03-05", endsOn: "2027-03-12" },
        townshipApproval: { date: "2027-03-15" },
        countyFiling: { date: "2027-03-16" },
      });
      const plan = { ...dates2027, validity: { kind: "one_year" as const, year: 2027 } };
      const report = check(plan, { policy });
      expect(summary(report.findings)).toEqual([["calendar_unknown_year", "annex1/1", ["plan", "procedure", "publicity", "postedOn"], "error"]]);
      const calendar: CalendarData = { ...officialCalendar, years: { ...officialCalendar.years, 2027: { off: [], work: [] } } };
      expect(check(plan, { policy, calendar }).findings).toEqual([]);
    });

    it("reports an invalid host calendar at options.calendar", () => {
      const report = check(undefined, { calendar: { source: "x", years: { 2027: { off: ["2026-01-01"], work: [] } } } });
      expect(summary(report.findings)).toEqual([["invalid_input", "annex1/4", ["options", "calendar", "years", "2027", "off", 0], "error"]]);
    });

    it.each(["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Shanghai"])("gives the same verdicts under TZ=%s", (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        for (const [posted, fifth] of FACTS_VECTORS) {
          expect(publicityFindings(posted, fifth)).toEqual([]);
          expect(only(publicityFindings(posted, shiftDate(fifth, -1)), "publicity_ambiguous")).toHaveLength(1);
        }
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  });
});
