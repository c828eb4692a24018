import { ROSTER_COLUMNS, type RosterRows } from "./toRosterRows.js";
import { LIMITS } from "../models/limits.js";

/** Byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese) only when it is there. */
const BOM = "\uFEFF";
const CRLF = "\r\n";
/** Cells a spreadsheet would run as a formula (or whose leading control character hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: formula starts neutralised, then quoted when RFC 4180 requires it. */
function csvCell(value: unknown): string {
  const text = typeof value === "string" ? value : Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

/**
 * Writes the roster form as CSV text that Excel opens correctly in Chinese.
 *
 * @remarks
 * annex3. UTF-8 with a byte order mark, CRLF line ends, one header line of the column labels,
 * one line per row, then two footer lines (合计人数, 合计金额) padded to the same number of
 * fields. Fields containing a comma, a double quote, CR or LF are quoted with inner quotes
 * doubled (RFC 4180). A cell starting with `=`, `+`, `-`, `@`, a tab or CR is prefixed with a
 * single quote `'` so a spreadsheet shows it as text and never runs it as a formula. Never
 * throws: a cell that is not text or a number is written empty; input that is not a roster, or
 * has more rows than `LIMITS.rosterRows` (more columns than `LIMITS.csvColumns`: the standard
 * columns), gives just the header and a zero footer (the findings of `toRosterRows` tell what was wrong).
 *
 * @param rows - the result of `toRosterRows`
 * @returns the CSV text, starting with the byte order mark
 *
 * @example
 * ```ts
 * const organisation = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" };
 * const sheet = toRosterRows({
 *   id: "JJ-2025", year: 2025, sealed: true, submittedOn: "2025-07-01", organisation,
 *   plan: { id: "P", organisation, validity: { kind: "one_year", year: 2025 } },
 *   roster: [{
 *     member: { id: "510402198001010018", name: "=SUM(1,2)", collectiveMember: true, enrolled: true, category: "general",
 *       contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }] },
 *     amount: 80,
 *   }],
 * });
 * const lines = toRosterCsv(sheet).split("\r\n");
 * lines[0];
 * //=> "\uFEFF序号,姓名,公民身份号码,人员类别,缴费年度,个人缴费档次,个人缴纳金额,政府代缴金额,集体补助金额,备注"
 * lines[1];
 * //=> "1,\"'=SUM(1,2)\",510402198001010018,一般成员,2025,300.00,300.00,0.00,80.00,"
 * lines.slice(2);
 * //=> ["合计人数,1,,,,,,,,", "合计金额,80.00,,,,,,,,", ""]
 * ```
 */
export function toRosterCsv(rows: RosterRows): string {
  const given = field(rows, "columns");
  const columns: readonly unknown[] = Array.isArray(given) && given.length > 0 && given.length <= LIMITS.csvColumns ? given : ROSTER_COLUMNS;
  const padding: readonly string[] = Array.from({ length: Math.max(columns.length - 2, 0) }, () => "");
  let csv = BOM + csvLine(columns);
  const body = field(rows, "rows");
  // Past the limit no row is written (toRosterRows never gives more: its finding says why).
  if (Array.isArray(body) && body.length <= LIMITS.rosterRows) {
    for (const row of body) csv += csvLine(columns.map((column) => (typeof column === "string" ? field(row, column) : undefined)));
  }
  const footer = field(rows, "footer");
  const count = field(footer, "合计人数");
  const total = field(footer, "合计金额");
  csv += csvLine(["合计人数", typeof count === "number" || typeof count === "string" ? count : 0, ...padding]);
  csv += csvLine(["合计金额", typeof total === "string" ? total : "0.00", ...padding]);
  return csv;
}
