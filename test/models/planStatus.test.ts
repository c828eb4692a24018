import { describe, expect, it } from "vitest";
import type { Suspension, Validity } from "../../src/models/plan.js";
import { isSuspensionFiled, planCoversYear, suspensionOn } from "../../src/models/planStatus.js";

describe("planCoversYear", () => {
  it.each([
    [{ kind: "one_year", year: 2025 }, 2024, false],
    [{ kind: "one_year", year: 2025 }, 2025, true],
    [{ kind: "one_year", year: 2025 }, 2026, false],
    [{ kind: "standing", fromYear: 2025 }, 2024, false],
    [{ kind: "standing", fromYear: 2025 }, 2025, true],
    [{ kind: "standing", fromYear: 2025 }, 2199, true],
    [{ kind: "standing", fromYear: 2025, toYear: 2026 }, 2026, true],
    [{ kind: "standing", fromYear: 2025, toYear: 2026 }, 2027, false],
  ] as [Validity, number, boolean][])("reads %j as covering %i: %s (annex1/1)", (validity, year, covered) => {
    expect(planCoversYear(validity, year)).toBe(covered);
  });
});

const FILED: Suspension = { from: "2025-07-01", reason: "集体收入不足", townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05", resumedOn: "2025-10-01" };

describe("isSuspensionFiled", () => {
  it.each([
    [{ townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05" }, true],
    [{ townshipApprovedOn: "2025-07-03" }, false],
    [{ countyFiledOn: "2025-07-05" }, false],
    [{}, false],
  ])("reads records %j as filed: %s (opinion/3.5)", (records, filed) => {
    expect(isSuspensionFiled({ from: "2025-07-01", reason: "r", ...records })).toBe(filed);
  });
});

describe("suspensionOn", () => {
  it("finds nothing in a plan without suspensions", () => {
    expect(suspensionOn(undefined, "2025-08-01")).toBeUndefined();
    expect(suspensionOn([], "2025-08-01")).toBeUndefined();
  });

  it.each([
    ["2025-06-30", false],
    ["2025-07-01", false],
    ["2025-07-04", false],
    ["2025-07-05", true],
    ["2025-09-30", true],
    ["2025-10-01", false],
  ])("starts on the later of from and its two records and ends the day before resumption: on %s %s", (date, inEffect) => {
    expect(suspensionOn([FILED], date)).toBe(inEffect ? FILED : undefined);
  });

  it.each([
    [{ from: "2025-07-10", townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05" }, "2025-07-09", "2025-07-10"],
    [{ from: "2025-07-01", townshipApprovedOn: "2025-07-08", countyFiledOn: "2025-07-05" }, "2025-07-07", "2025-07-08"],
    [{ from: "2025-07-01", townshipApprovedOn: "2025-07-03", countyFiledOn: "2025-07-05" }, "2025-07-04", "2025-07-05"],
  ])("takes effect from the latest of %j: not on %s, from %s", (dates, before, start) => {
    const suspension: Suspension = { reason: "r", ...dates };
    expect(suspensionOn([suspension], before)).toBeUndefined();
    expect(suspensionOn([suspension], start)).toBe(suspension);
  });

  it("lasts without end when no resumption is recorded", () => {
    const open: Suspension = { ...FILED, resumedOn: undefined };
    expect(suspensionOn([open], "2199-12-31")).toBe(open);
  });

  it("skips a suspension that lacks a record and finds a later filed one", () => {
    const unfiled: Suspension = { from: "2025-01-01", reason: "r", townshipApprovedOn: "2025-01-02" };
    expect(suspensionOn([unfiled, FILED], "2025-08-01")).toBe(FILED);
    expect(suspensionOn([unfiled], "2025-08-01")).toBeUndefined();
  });

  it("returns the first suspension in effect on the date", () => {
    const second: Suspension = { ...FILED, reason: "second" };
    expect(suspensionOn([FILED, second], "2025-08-01")).toBe(FILED);
  });
});
