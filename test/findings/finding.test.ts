import * as z from "zod";
import { describe, expect, it } from "vitest";
import { hasError, makeFinding } from "../../src/findings/finding.js";
import { findingsFromZodError, formatPath } from "../../src/findings/fromZodError.js";

describe("makeFinding", () => {
  it("takes severity, clause and both messages from the catalogue, filling placeholders from details", () => {
    expect(makeFinding("duplicate_contribution", ["member", "contributions", 1], { year: 2025, count: 2 })).toEqual({
      code: "duplicate_contribution",
      severity: "error",
      clause: "opinion/3.2",
      message: { zh: "2025 年度有 2 条正常缴费记录", en: "2 regular contributions recorded for 2025" },
      path: ["member", "contributions", 1],
      details: { year: 2025, count: 2 },
    });
  });

  it("leaves out path and details when none are given, and keeps the placeholders", () => {
    const finding = makeFinding("duplicate_contribution");
    expect(finding).toEqual({
      code: "duplicate_contribution",
      severity: "error",
      clause: "opinion/3.2",
      message: { zh: "{year} 年度有 {count} 条正常缴费记录", en: "{count} regular contributions recorded for {year}" },
    });
    expect(Object.keys(finding)).toEqual(["code", "severity", "clause", "message"]);
  });

  it("keeps a placeholder whose detail is missing or undefined", () => {
    const details = { year: 2025, count: undefined } as unknown as { year: number };
    expect(makeFinding("duplicate_contribution", [], details).message.en).toBe("{count} regular contributions recorded for 2025");
  });

  it("does not fill a placeholder from a detail inherited through the prototype", () => {
    const details = Object.create({ count: 9 }) as { year: number };
    details.year = 2025;
    expect(makeFinding("duplicate_contribution", [], details).message.en).toBe("{count} regular contributions recorded for 2025");
  });

  it.each([
    [null, "null regular contributions recorded for 2025"],
    [false, "false regular contributions recorded for 2025"],
    [0, "0 regular contributions recorded for 2025"],
    ["", " regular contributions recorded for 2025"],
    [[1, "a"], '[1,"a"] regular contributions recorded for 2025'],
    [{ a: 1 }, '{"a":1} regular contributions recorded for 2025'],
  ])("prints a detail %j into the message as %j", (count, message) => {
    expect(makeFinding("duplicate_contribution", [], { year: 2025, count }).message.en).toBe(message);
  });

  it("keeps an empty path as given", () => {
    expect(makeFinding("invalid_input", [], { field: "(root)", problem: "p" }).path).toEqual([]);
  });
});

describe("hasError", () => {
  it("is true when any finding is an error, false for none or only warnings", () => {
    const error = makeFinding("duplicate_contribution", [], { year: 2025, count: 2 });
    const warning = { ...error, severity: "warning" as const };
    expect(hasError([])).toBe(false);
    expect(hasError([warning])).toBe(false);
    expect(hasError([warning, error])).toBe(true);
  });
});

describe("formatPath", () => {
  it.each([
    [[], "(root)"],
    [["member"], "member"],
    [["member", "contributions", 0, "selfPaid"], "member.contributions[0].selfPaid"],
    [[0, "id"], "[0].id"],
    [["rows", 2, 3], "rows[2][3]"],
  ] as const)("names %j as %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("findingsFromZodError", () => {
  it("reports every issue as invalid_input with the path from the argument's name", () => {
    const result = z.object({ a: z.number(), b: z.array(z.string()) }).safeParse({ a: "x", b: ["ok", 7] });
    const findings = findingsFromZodError(result.error as z.ZodError, ["options"]);
    expect(findings.map((f) => [f.code, f.clause, f.path])).toEqual([
      ["invalid_input", "annex1/4", ["options", "a"]],
      ["invalid_input", "annex1/4", ["options", "b", 1]],
    ]);
    expect(findings[1]?.details).toEqual({
      field: "options.b[1]",
      fieldZh: "某一列表第 2 条",
      problem: "Invalid input: expected string, received number",
      problemZh: "应为文字",
      issue: "invalid_type",
    });
    expect(findings[1]?.message.zh).toBe("某一列表第 2 条有误：应为文字");
    expect(findings[1]?.message.en).toBe("Invalid input at options.b[1]: Invalid input: expected string, received number");
  });

  it.each([
    ["format", "应为 17 位数字加 1 位数字或 X", "expected 17 digits and a digit or X"],
    ["birth_date", "出生日期不存在", "the birth date does not exist"],
    ["check_character", "校验码不符", "the check character does not match"],
  ])("reports a bad ID number (%s) as invalid_id_number with the reason in words", (reason, zh, en) => {
    const error = new z.ZodError([{ code: "custom", message: "m", path: ["id"], params: { finding: "invalid_id_number", reason }, input: "" }]);
    expect(findingsFromZodError(error, ["member"])).toEqual([
      {
        code: "invalid_id_number",
        severity: "error",
        clause: "annex1/4",
        message: { zh: `公民身份号码无效：${zh}`, en: `Invalid resident ID number: ${en}` },
        path: ["member", "id"],
        details: { field: "member.id", fieldZh: "公民身份号码", reason, reasonZh: zh, reasonEn: en },
      },
    ]);
  });

  it.each([
    ["no reason", {}, "format"],
    ["an unknown reason", { reason: "region" }, "region"],
  ])("words an ID issue with %s as a format problem", (_name, extra, reason) => {
    const error = new z.ZodError([{ code: "custom", message: "m", path: [], params: { finding: "invalid_id_number", ...extra }, input: "" }]);
    expect(findingsFromZodError(error, ["id"])[0]).toMatchObject({
      code: "invalid_id_number",
      path: ["id"],
      details: { field: "id", reason, reasonZh: "应为 17 位数字加 1 位数字或 X", reasonEn: "expected 17 digits and a digit or X" },
    });
  });

  it("reads a custom issue without the ID marker, or a non-custom issue carrying it, as invalid_input", () => {
    const error = new z.ZodError([
      { code: "custom", message: "other", path: ["x"], params: { finding: "something_else" }, input: 1 },
      { code: "custom", message: "bare", path: ["y"], input: 1 },
      { code: "invalid_type", expected: "string", message: "typed", path: ["z"], input: 1, params: { finding: "invalid_id_number" } } as z.core.$ZodIssue,
    ]);
    expect(findingsFromZodError(error, []).map((f) => [f.code, f.path, f.details])).toEqual([
      ["invalid_input", ["x"], { field: "x", fieldZh: "某一项", problem: "other", problemZh: "无效输入", issue: "custom" }],
      ["invalid_input", ["y"], { field: "y", fieldZh: "某一项", problem: "bare", problemZh: "无效输入", issue: "custom" }],
      ["invalid_input", ["z"], { field: "z", fieldZh: "某一项", problem: "typed", problemZh: "应为文字", issue: "invalid_type" }],
    ]);
  });

  it("names a symbol key in a path by its description text", () => {
    const error = new z.ZodError([{ code: "custom", message: "m", path: [Symbol("key"), 0], input: 1 }]);
    expect(findingsFromZodError(error, ["options"])[0]).toMatchObject({ path: ["options", "Symbol(key)", 0], details: { field: "options.Symbol(key)[0]" } });
  });
});
