import type * as z from "zod";
import { formatPath, makeFinding, type Finding, type FindingPath } from "./finding.js";
import { tooManyItemsFinding } from "./tooManyItems.js";

const ID_PROBLEMS = {
  format: { zh: "应为 17 位数字加 1 位数字或 X", en: "expected 17 digits and a digit or X" },
  birth_date: { zh: "出生日期不存在", en: "the birth date does not exist" },
  check_character: { zh: "校验码不符", en: "the check character does not match" },
} as const;

export { formatPath } from "./finding.js";

/** The value at `path` inside `input`, if every step can be followed. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as { [key: PropertyKey]: unknown })[key] : undefined;
  return value;
}

/**
 * Turns zod's issues into findings: `invalid_id_number` for a bad resident ID number,
 * `too_many_items` for a list longer than its limit (zod refuses it from its length, before
 * reading a row; `input`, the value that was parsed, gives the count), `invalid_input` for
 * everything else, each with the full path from the argument's name.
 */
export function findingsFromZodError(error: z.ZodError, root: FindingPath, input?: unknown): Finding[] {
  return error.issues.map((issue) => {
    const path: FindingPath = [...root, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    if (issue.code === "too_big" && issue.origin === "array") {
      const list = valueAt(input, issue.path);
      if (Array.isArray(list)) return tooManyItemsFinding(path, list.length, Number(issue.maximum));
    }
    const params = issue.code === "custom" ? (issue.params as { finding?: string; reason?: string } | undefined) : undefined;
    if (params?.finding === "invalid_id_number") {
      const reason = params.reason ?? "format";
      const words = ID_PROBLEMS[reason as keyof typeof ID_PROBLEMS] ?? ID_PROBLEMS.format;
      return makeFinding("invalid_id_number", path, { field: formatPath(path), reason, reasonZh: words.zh, reasonEn: words.en });
    }
    return makeFinding("invalid_input", path, { field: formatPath(path), problem: issue.message, issue: issue.code });
  });
}
