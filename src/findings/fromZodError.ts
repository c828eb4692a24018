import type * as z from "zod";
import { makeFinding, type Finding, type FindingPath } from "./finding.js";

const ID_PROBLEMS = {
  format: { zh: "应为 17 位数字加 1 位数字或 X", en: "expected 17 digits and a digit or X" },
  birth_date: { zh: "出生日期不存在", en: "the birth date does not exist" },
  check_character: { zh: "校验码不符", en: "the check character does not match" },
} as const;

/** A readable field name for messages: `member.contributions[0].selfPaid`. */
export function formatPath(path: FindingPath): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text === "" ? "(root)" : text;
}

/**
 * Turns zod's issues into findings: `invalid_id_number` for a bad resident ID number,
 * `invalid_input` for everything else, each with the full path from the argument's name.
 */
export function findingsFromZodError(error: z.ZodError, root: FindingPath): Finding[] {
  return error.issues.map((issue) => {
    const path: FindingPath = [...root, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    const params = issue.code === "custom" ? (issue.params as { finding?: string; reason?: string } | undefined) : undefined;
    if (params?.finding === "invalid_id_number") {
      const reason = params.reason ?? "format";
      const words = ID_PROBLEMS[reason as keyof typeof ID_PROBLEMS] ?? ID_PROBLEMS.format;
      return makeFinding("invalid_id_number", path, { field: formatPath(path), reason, reasonZh: words.zh, reasonEn: words.en });
    }
    return makeFinding("invalid_input", path, { field: formatPath(path), problem: issue.message, issue: issue.code });
  });
}
