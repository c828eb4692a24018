/**
 * The one finding for a list longer than its limit (see src/models/limits.ts): `too_many_items`,
 * naming the list, the limit and the count, decided from the list's length alone.
 */
import { formatPath, makeFinding, type Finding, type FindingPath } from "./finding.js";

/** The Chinese name of a list, by the last key of its path. */
const LIST_NAMES_ZH: { readonly [key: string]: string } = {
  roster: "名单",
  bookings: "入账记录",
  applications: "申请",
  contributions: "缴费记录",
  ladder: "补助档次",
  suspensions: "暂停记录",
  donations: "捐赠记录",
  steps: "议事步骤",
  off: "放假日期",
  work: "调休上班日期",
  tiers: "缴费档次",
  yearlyCredits: "年度记账金额",
  transfers: "转账凭证",
  findings: "问题记录",
};

/** A count with thousands separators: 250000 → "250,000". */
export function groupDigits(count: number): string {
  const digits = String(count);
  let text = "";
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) text += ",";
    text += digits[index];
  }
  return text;
}

/** `too_many_items` at `path` for a list of `count` items over `limit`; `listZh` names it in Chinese (by default from the path). */
export function tooManyItemsFinding(path: FindingPath, count: number, limit: number, listZh?: string): Finding {
  const last = path[path.length - 1];
  const name = listZh ?? (typeof last === "string" ? LIST_NAMES_ZH[last] : undefined) ?? "列表";
  return makeFinding("too_many_items", path, {
    list: formatPath(path),
    listZh: name,
    count,
    limit,
    countText: groupDigits(count),
    limitText: groupDigits(limit),
  });
}

/** `too_many_items` when `list` is an array longer than `limit`; undefined otherwise (also for anything not an array). */
export function tooManyItems(list: unknown, limit: number, path: FindingPath, listZh?: string): Finding | undefined {
  return Array.isArray(list) && list.length > limit ? tooManyItemsFinding(path, list.length, limit, listZh) : undefined;
}
