import type * as z from "zod";
import { zhCN } from "zod/locales";
import { formatPath, makeFinding, type Finding, type FindingPath } from "./finding.js";
import { nameZh, pathZh } from "./names.js";
import { groupDigits, tooManyItemsFinding } from "./tooManyItems.js";

const ID_PROBLEMS = {
  format: { zh: "应为 17 位数字加 1 位数字或 X", en: "expected 17 digits and a digit or X" },
  birth_date: { zh: "出生日期不存在", en: "the birth date does not exist" },
  check_character: { zh: "校验码不符", en: "the check character does not match" },
} as const;

export { formatPath } from "./finding.js";

/** Our own formats, in the words a clerk reads. */
const MONEY_ZH = "金额最多两位小数，且不超过 10,000,000 元";
const DATE_ZH = "应为日期（年-月-日）";
const MISSING_ZH = "缺少该项";

/** The patterns of our schemas (src/models/primitives.ts and the year keys), by what they mean. */
const PATTERNS_ZH: { readonly [pattern: string]: string } = {
  "^(0|[1-9]\\d{0,11})(\\.\\d{1,2})?$": MONEY_ZH,
  "^\\d{4}-\\d{2}-\\d{2}$": DATE_ZH,
  "^(19\\d\\d|2[01]\\d\\d)$": "应为年份（四位数字）",
};

/** Our schemas' own messages (refinements and custom issues) in Chinese, by their English text. */
const CUSTOM_ZH: { readonly [message: string]: string } = {
  "money must have at most 2 decimals and be at most 10000000": MONEY_ZH,
  "must be greater than 0": "应大于 0",
  "expected a real calendar date YYYY-MM-DD (1800–2199)": "应为实际存在的日期（年-月-日，1800 至 2199 年）",
  "from must not be after to": "起始日期不能晚于截止日期",
  "maxTier must not be below minTier": "档次上限不能低于档次下限",
  "toYear must not be before fromYear": "截止年度不能早于起始年度",
  "expected a percentage between 0 and 100 with at most 4 decimals": "应为 0 至 100 之间的百分数，最多四位小数",
  "numerator must not exceed denominator": "比例的分子不能大于分母",
  "present must not exceed eligible": "到会人数不能多于应到人数",
  "votesFor must not exceed present": "赞成票数不能多于到会人数",
  "each year must appear at most once": "每个年度只能出现一次",
  "standardsByYear belongs to a standing plan (长效机制); a one-year plan has one set of standards": "分年度补助标准只用于长效机制，一年期方案只有一套补助标准",
  "this tier is listed twice": "该缴费档次重复列出",
  "key must be a year": "应为年份（四位数字）",
  "expected a yearly rate as a fraction in [0, 1) with at most 8 decimals, e.g. 0.015 for 1.5%": "应为年利率的小数形式（不小于 0、小于 1，最多八位小数，如 1.5% 写作 0.015）",
  "give either yearlyCredits (one credit per year) or scenario (the same credit every year)": "应填写年度记账金额或测算方案，二者选一",
  "give either yearlyCredits or scenario, not both": "年度记账金额与测算方案只能填写一项",
  "must not be before from": "截止日期不能早于起始日期",
  "expected a year from 1800 to 2199": "应为 1800 至 2199 年之间的年份",
  "a date cannot be both off and a working day": "同一天不能既是放假日又是调休上班日",
};

/** Type names in Chinese (zod's zh-CN locale leaves most of them in Latin). */
const TYPES_ZH: { readonly [type: string]: string } = {
  string: "文字",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "是或否",
  object: "一组填写项",
  array: "列表",
  date: "日期",
  null: "空值",
  undefined: "空值",
  nan: "非数字",
  symbol: "符号",
  function: "函数",
  map: "映射",
  set: "集合",
};

/** The value at `path` inside `input`, if every step can be followed. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as { [key: PropertyKey]: unknown })[key] : undefined;
  return value;
}

/** The Chinese type of a value, as a clerk would call it. */
function typeOf(value: unknown): string {
  if (value === null) return "空值";
  if (Array.isArray(value)) return "列表";
  if (typeof value === "number" && !Number.isFinite(value)) return "非有限数字";
  // Every `typeof` answer is in the table.
  return TYPES_ZH[typeof value] as string;
}

/** A pattern as written in the schema: zod reports a RegExp as `/source/flags`. */
function patternSource(pattern: string | undefined): string {
  if (pattern === undefined) return "";
  return pattern.startsWith("/") ? pattern.slice(1, pattern.lastIndexOf("/")) : pattern;
}

/** True when the union takes a number or a text and got neither: money in every schema of ours. */
function isNumberOrText(issue: z.core.$ZodIssueInvalidUnion): boolean {
  const expected = new Set(issue.errors.flatMap((branch) => branch.map((inner) => (inner.code === "invalid_type" && inner.path.length === 0 ? inner.expected : ""))));
  return expected.has("number") && expected.has("string");
}

function bound(value: number | bigint): string {
  const text = typeof value === "bigint" ? value.toString() : String(value);
  return Number.isInteger(Number(value)) && Math.abs(Number(value)) >= 10_000 ? groupDigits(Number(value)) : text;
}

/** A value an enum or a literal allows, by its Chinese name (numbers as written). */
function allowedZh(value: unknown): string {
  if (typeof value === "string") return nameZh(value) ?? "约定的取值";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  return "约定的取值";
}

/**
 * What is wrong, in Chinese, for one issue. The zh-CN locale of zod is the starting point; where it
 * prints a type name, a pattern or a key in Latin, our own words replace it.
 */
function problemZh(issue: z.core.$ZodIssue, value: unknown, known: boolean): string {
  // A message our schemas wrote themselves says it best.
  const own = Object.prototype.hasOwnProperty.call(CUSTOM_ZH, issue.message) ? CUSTOM_ZH[issue.message] : undefined;
  if (own !== undefined) return own;
  switch (issue.code) {
    case "invalid_type":
      if (known && value === undefined) return MISSING_ZH;
      if (issue.expected === "number" && typeof value === "number") return "应为有限的数字";
      // zod asks for an integer only of a finite number (anything else is "expected number").
      if (issue.expected === "int") return "应为整数";
      return known ? `应为${TYPES_ZH[issue.expected] ?? "其他类型"}，实为${typeOf(value)}` : `应为${TYPES_ZH[issue.expected] ?? "其他类型"}`;
    case "invalid_union":
      if (known && value === undefined) return MISSING_ZH;
      if (isNumberOrText(issue)) return "应为金额（以元为单位的数字）";
      if ("discriminator" in issue) return `不是可以识别的${nameZh(String(issue.discriminator)) ?? "类别"}`;
      return "不是可以识别的填写形式";
    case "invalid_format":
      if (issue.format === "regex") return PATTERNS_ZH[patternSource(issue.pattern)] ?? "格式不正确";
      return "格式不正确";
    case "too_small": {
      const minimum = bound(issue.minimum);
      if (issue.origin === "string") return minimum === "1" ? "不能为空" : `至少 ${minimum} 个字`;
      if (issue.origin === "array" || issue.origin === "set") return `至少 ${minimum} 项`;
      return issue.inclusive === false ? `应大于 ${minimum}` : `应不小于 ${minimum}`;
    }
    case "too_big": {
      const maximum = bound(issue.maximum);
      if (issue.origin === "string") return `最多 ${maximum} 个字`;
      if (issue.origin === "array" || issue.origin === "set") return `最多 ${maximum} 项`;
      return issue.inclusive === false ? `应小于 ${maximum}` : `应不大于 ${maximum}`;
    }
    case "not_multiple_of":
      return Number(issue.divisor) === 1 ? "应为整数" : `应为 ${bound(issue.divisor)} 的倍数`;
    case "invalid_value":
      return issue.values.length === 1 ? `应为${allowedZh(issue.values[0])}` : `应为以下之一：${issue.values.map(allowedZh).join("、")}`;
    case "unrecognized_keys":
      return `有 ${issue.keys.length} 个无法识别的填写项`;
    case "invalid_key":
      return "其中有无法识别的项名";
    case "invalid_element":
      return "其中有无效的值";
    case "custom":
      if (issue.message.startsWith("date is not in ")) return "该日期不在所列年度内";
      return (isAge(issue.message) ? "已缴费年数超过到 60 岁前可缴的年数" : isCreditsCount(issue.message) ? "年度记账金额的条数应与已缴费年数相同" : safeLocale(issue));
    /* v8 ignore next 2 -- @preserve: every zod 4 issue code is named above */
    default:
      return safeLocale(issue);
  }
}

function isAge(message: string): boolean {
  return message.startsWith("at most ") && message.includes(" years are left before 60");
}

function isCreditsCount(message: string): boolean {
  return message.startsWith("expected one credit for each of the ");
}

/** zod's zh-CN locale, made on first use (nothing is built at import), never set globally. */
let zhLocale: ReturnType<typeof zhCN> | undefined;

/** zod's own zh-CN text ("无效输入" for a custom issue); "不符合要求" should it ever carry Latin. */
function safeLocale(issue: z.core.$ZodIssue): string {
  const message = String((zhLocale ??= zhCN()).localeError(issue as never));
  /* v8 ignore next -- @preserve: zod's zh-CN text of a custom issue is all Chinese; the guard keeps Latin out if it changes */
  return /[A-Za-z]/.test(message) ? "不符合要求" : message;
}

/**
 * Turns zod's issues into findings: `invalid_id_number` for a bad resident ID number,
 * `too_many_items` for a list longer than its limit (zod refuses it from its length, before
 * reading a row; `input`, the value that was parsed, gives the count), `invalid_input` for
 * everything else, each with the full path from the argument's name. The English text is
 * zod's; the Chinese names the field by its Chinese name and says what is wrong in plain words.
 */
export function findingsFromZodError(error: { readonly issues: readonly z.core.$ZodIssue[] }, root: FindingPath, input?: unknown): Finding[] {
  return error.issues.map((issue) => {
    const path: FindingPath = [...root, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    const value = valueAt(input, issue.path);
    if (issue.code === "too_big" && issue.origin === "array") {
      if (Array.isArray(value)) return tooManyItemsFinding(path, value.length, Number(issue.maximum));
    }
    const params = issue.code === "custom" ? (issue.params as { finding?: string; reason?: string } | undefined) : undefined;
    if (params?.finding === "invalid_id_number") {
      const reason = params.reason ?? "format";
      const words = ID_PROBLEMS[reason as keyof typeof ID_PROBLEMS] ?? ID_PROBLEMS.format;
      return makeFinding("invalid_id_number", path, { field: formatPath(path), fieldZh: pathZh(path), reason, reasonZh: words.zh, reasonEn: words.en });
    }
    return makeFinding("invalid_input", path, {
      field: formatPath(path),
      fieldZh: pathZh(path),
      problem: issue.message,
      problemZh: problemZh(issue, value, input !== undefined),
      issue: issue.code,
    });
  });
}
