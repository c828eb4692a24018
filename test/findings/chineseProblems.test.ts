// What a validation finding says in Chinese (src/findings/fromZodError.ts), and how a path and a
// value read in Chinese (src/findings/names.ts): one case per kind of problem.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { makeFinding, rerootFinding } from "../../src/findings/finding.js";
import { findingsFromZodError } from "../../src/findings/fromZodError.js";
import { nameZh, pathZh, valueZh } from "../../src/findings/names.js";
import { chineseNames } from "../../src/index.js";
import { MoneySchema } from "../../src/models/primitives.js";

/** The Chinese problem of the first issue of parsing `value` with `schema`. */
function problemZh(schema: z.ZodType, value: unknown, root: (string | number)[] = ["options"]): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a failure");
  return String(findingsFromZodError(parsed.error, root, value)[0]?.details?.["problemZh"]);
}

/** The same for a hand-made issue (no input given). */
function issueZh(issue: z.core.$ZodIssue): string {
  return String(findingsFromZodError(new z.ZodError([issue]), [])[0]?.details?.["problemZh"]);
}

describe("the Chinese of a validation problem", () => {
  it.each([
    ["a missing field", z.object({ a: z.string() }), {}, "缺少该项"],
    ["text for a number", z.object({ a: z.number() }), { a: "1" }, "应为数字，实为文字"],
    ["null for text", z.object({ a: z.string() }), { a: null }, "应为文字，实为空值"],
    ["a list for text", z.object({ a: z.string() }), { a: [] }, "应为文字，实为列表"],
    ["a non-finite number for text", z.object({ a: z.string() }), { a: Number.POSITIVE_INFINITY }, "应为文字，实为非有限数字"],
    ["NaN for a number", z.object({ a: z.number() }), { a: Number.NaN }, "应为有限的数字"],
    ["a fraction for an integer", z.object({ a: z.int() }), { a: 1.5 }, "应为整数"],
    ["Infinity for an integer", z.object({ a: z.int() }), { a: Number.POSITIVE_INFINITY }, "应为有限的数字"],
    ["a boolean for an integer", z.object({ a: z.int() }), { a: true }, "应为数字，实为是或否"],
    ["too many decimals", MoneySchema, "1.234", "金额最多两位小数，且不超过 10,000,000 元"],
    ["Infinity for money", MoneySchema, Number.POSITIVE_INFINITY, "应为金额（以元为单位的数字）"],
    ["a boolean for money", MoneySchema, true, "应为金额（以元为单位的数字）"],
    ["a date with slashes", z.string().regex(/^\d{4}-\d{2}-\d{2}$/), "2025/01/01", "应为日期（年-月-日）"],
    ["a text off an unknown pattern", z.string().regex(/^a+$/), "b", "格式不正确"],
    ["an e-mail format", z.email(), "x", "格式不正确"],
    ["an empty text", z.string().min(1), "", "不能为空"],
    ["a short text", z.string().min(3), "ab", "至少 3 个字"],
    ["a long text", z.string().max(2), "abc", "最多 2 个字"],
    ["an empty list", z.array(z.number()).min(1), [], "至少 1 项"],
    ["a number below its minimum", z.number().min(2024), 2023, "应不小于 2024"],
    ["a number not above zero", z.number().positive(), 0, "应大于 0"],
    ["a number above its maximum", z.number().max(10_000_000), 10_000_001, "应不大于 10,000,000"],
    ["a number not below its bound", z.number().lt(5), 5, "应小于 5"],
    ["a number off its step", z.number().multipleOf(5), 7, "应为 5 的倍数"],
    ["a fraction off a step of one", z.number().multipleOf(1), 1.5, "应为整数"],
    ["a value off a list", z.enum(["village", "community"]), "x", "应为以下之一：村、社区"],
    ["a value off an unnamed list", z.enum(["a-b"]), "x", "应为约定的取值"],
    ["a literal true", z.literal(true), false, "应为是"],
    ["a literal false", z.literal(false), true, "应为否"],
    ["a literal number", z.literal(3), 4, "应为3"],
    ["a literal null", z.literal(null), 4, "应为约定的取值"],
    ["an unknown key", z.strictObject({}), { a: 1, b: 2 }, "有 2 个无法识别的填写项"],
    ["an unknown discriminator", z.discriminatedUnion("kind", [z.object({ kind: z.literal("one_year") })]), { kind: "x" }, "不是可以识别的类别"],
    ["an unknown status", z.discriminatedUnion("status", [z.object({ status: z.literal("draft") })]), { status: "x" }, "不是可以识别的状态"],
    ["an unknown field name", z.discriminatedUnion("zz", [z.object({ zz: z.literal("a") })]), { zz: "x" }, "不是可以识别的类别"],
    ["a union that is missing", z.object({ a: z.union([z.string(), z.boolean()]) }), {}, "缺少该项"],
    ["a union of other types", z.union([z.boolean(), z.null()]), 1, "不是可以识别的填写形式"],
    ["a union of other values", z.union([z.literal("a"), z.literal("b")]), "c", "不是可以识别的填写形式"],
    ["a union of records missing their number and text", z.union([z.object({ a: z.number() }), z.object({ b: z.string() })]), {}, "不是可以识别的填写形式"],
    ["a refinement of our own", z.string().refine(() => false, { message: "must be greater than 0" }), "x", "应大于 0"],
    ["a date outside its year", z.string().refine(() => false, { message: "date is not in 2027" }), "x", "该日期不在所列年度内"],
    ["too many years before 60", z.string().refine(() => false, { message: "at most 3 years are left before 60 at age 57" }), "x", "已缴费年数超过到 60 岁前可缴的年数"],
    ["a count of credits", z.string().refine(() => false, { message: "expected one credit for each of the 3 contribution years, got 2" }), "x", "年度记账金额的条数应与已缴费年数相同"],
    ["a refinement of someone else", z.string().refine(() => false, { message: "nope" }), "x", "无效输入"],
  ])("says %s in plain Chinese", (_name, schema, value, expected) => {
    expect(problemZh(schema as z.ZodType, value)).toBe(expected);
  });

  it("reads a bigint bound and a pattern zod gives without slashes", () => {
    expect(issueZh({ code: "too_small", origin: "bigint", minimum: 10n, inclusive: true, message: "m", path: [], input: 1n })).toBe("应不小于 10");
    expect(issueZh({ code: "invalid_format", format: "regex", pattern: "^\\d{4}-\\d{2}-\\d{2}$", message: "m", path: [], input: "" } as z.core.$ZodIssue)).toBe("应为日期（年-月-日）");
    expect(issueZh({ code: "invalid_format", format: "regex", message: "m", path: [], input: "" } as z.core.$ZodIssue)).toBe("格式不正确");
    expect(issueZh({ code: "invalid_type", expected: "never", message: "m", path: [], input: 1 } as z.core.$ZodIssue)).toBe("应为其他类型");
    expect(issueZh({ code: "too_big", origin: "array", maximum: 2, inclusive: true, message: "m", path: [], input: 1 } as z.core.$ZodIssue)).toBe("最多 2 项");
    expect(issueZh({ code: "invalid_key", origin: "map", issues: [], message: "m", path: [], input: 1 } as z.core.$ZodIssue)).toBe("其中有无法识别的项名");
    expect(issueZh({ code: "invalid_element", origin: "set", key: 1, issues: [], message: "m", path: [], input: 1 } as z.core.$ZodIssue)).toBe("其中有无效的值");
  });
});

describe("a path and a value in Chinese", () => {
  it.each([
    [[], "整个输入"],
    [["member"], "成员"],
    [["members"], "成员名单"],
    [["members", 2, "id"], "成员名单第 3 行的公民身份号码"],
    [["application", "roster", 2, "member", "contributions", 0, "selfPaid"], "名单第 3 行的缴费记录第 1 条的个人缴纳"],
    [["application", "roster", 2, "member"], "名单第 3 行的成员"],
    [["plan", "procedure", "publicity", "endsOn"], "实施方案的公示的截止日期"],
    [["plan", "id"], "实施方案的方案编号"],
    [["application", "id"], "申请编号"],
    [["options", "policy", "highestTier", "2025"], "政策参数的当年度最高缴费档次（2025 年度）"],
    [["options", "schedule", "2025", "tiers", 1, "tier"], "财政缴费补贴标准（2025 年度）的缴费档次第 2 条的缴费档次"],
    [["2025"], "2025 年度"],
    [["plan", ""], "实施方案的某一项"],
    [[0, "id"], "第 1 条的公民身份号码"],
    [["input", "x", "y"], "某一项的某一项"],
    [["input", "xs", 0], "某一列表第 1 条"],
  ])("reads %j as %j", (path, expected) => {
    expect(pathZh(path as (string | number)[])).toBe(expected);
  });

  it.each([
    ["subsidyTime", "补助时间"],
    ["villagers_meeting", "村民会议"],
    [["not_enrolled", "no_regular_contribution"], "未参加城乡居保、没有正常缴费记录"],
    ["publicity.postedOn", "公示张贴日期"],
    ["options.policy.floor", "政策参数的最低补助标准"],
    ["voucher.x", "voucher.x"],
    ["300.00", "300.00"],
    ["-1.5", "-1.5"],
    ["1.2.3", "1.2.3"],
    ["张三", "张三"],
    [{ a: "general", b: 3 }, "一般成员、3"],
    [null, "null"],
    [7, "7"],
  ])("shows %j as %j", (value, expected) => {
    expect(valueZh(value)).toBe(expected);
  });

  it("names every key of the table, and nothing it does not know", () => {
    for (const names of Object.values(chineseNames)) for (const name of Object.values(names)) expect(name).not.toMatch(/[A-Za-z]/);
    expect(nameZh("selfPaid")).toBe("个人缴纳");
    expect(nameZh("toString")).toBeUndefined();
  });
});

describe("a finding moved under another path", () => {
  it("rewrites the field and both messages of a policy's invalid_input under options.policy", () => {
    const finding = makeFinding("invalid_input", [], { field: "(root)", problem: "expected an object", problemZh: "应为一组填写项" });
    expect(rerootFinding(finding, ["options", "policy"])).toEqual({
      ...finding,
      path: ["options", "policy"],
      details: { field: "options.policy", problem: "expected an object", problemZh: "应为一组填写项" },
      message: { zh: "政策参数有误：应为一组填写项", en: "Invalid input at options.policy: expected an object" },
    });
  });

  it("renames a Chinese field the details carry", () => {
    const finding = makeFinding("invalid_input", ["highestTier"], { field: "highestTier", fieldZh: "当年度最高缴费档次", problem: "p", problemZh: "应为文字" });
    expect(rerootFinding(finding, ["options", "policy"]).message.zh).toBe("政策参数的当年度最高缴费档次有误：应为文字");
  });

  it.each([
    ["without details", makeFinding("roster_empty", ["roster"])],
    ["without a field", makeFinding("not_enrolled", ["enrolled"], { year: 2025 })],
    ["of a code the catalogue does not know", { ...makeFinding("invalid_input", [], { field: "(root)", problem: "p" }), code: "own_code" as never }],
  ])("only moves the path of a finding %s", (_name, finding) => {
    expect(rerootFinding(finding, ["options"])).toEqual({ ...finding, path: ["options", ...(finding.path ?? [])] });
  });

  it("moves a finding without a path to the prefix itself", () => {
    const { path: _none, ...finding } = makeFinding("roster_empty", ["roster"]);
    expect(rerootFinding(finding, ["options"]).path).toEqual(["options"]);
  });
});
