import { describe, expect, it } from "vitest";
import { applicationPath, carried } from "../../src/application/roster.js";
import { makeFinding, type Finding } from "../../src/findings/finding.js";

const ROW = ["application", "roster", 2] as const;

describe("applicationPath", () => {
  it.each([
    [["member", "id"], ["application", "roster", 2, "member", "id"]],
    [["plan", "validity"], ["application", "plan", "validity"]],
    [["options", "policy", "floor"], ["options", "policy", "floor"]],
    [["application", "sealed"], ["application", "sealed"]],
    [[], []],
  ])("re-roots %j as %j", (path, expected) => {
    expect(applicationPath(path, ROW)).toEqual(expected);
  });

  it("gives a finding without a path an empty path", () => {
    expect(applicationPath(undefined, ROW)).toEqual([]);
  });
});

describe("carried", () => {
  it("carries a finding as plain details, its path re-rooted at the row", () => {
    const finding = makeFinding("not_enrolled", ["member", "enrolled"], { year: 2025 });
    expect(carried(finding, ROW)).toEqual({
      code: "not_enrolled",
      severity: "error",
      clause: "opinion/3.2",
      path: ["application", "roster", 2, "member", "enrolled"],
      message: finding.message,
      details: { year: 2025 },
    });
  });

  it("leaves out details a finding does not have, and gives it an empty path when it has none", () => {
    const finding: Finding = makeFinding("application_not_sealed");
    const entry = carried(finding, ROW);
    expect(entry).toEqual({ code: "application_not_sealed", severity: "error", clause: "annex1/3", path: [], message: finding.message });
    expect(Object.keys(entry)).not.toContain("details");
  });
});
