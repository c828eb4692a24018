import { ROSTER_COLUMNS, type RosterRows } from "./toRosterRows.js";
import { LIMITS } from "../models/limits.js";

/** Byte order mark: Excel reads a CSV as UTF-8 (and shows Chinese) only when it is there. */
const BOM = "\uFEFF";
const CRLF = "\r\n";
/** Cells a spreadsheet would run as a formula (or whose leading control character hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Digit strings a spreadsheet would turn into a number and so spoil: 12 digits or more (shown as
 * 5.10402E+17, and past 15 digits the last ones are lost on save) or a leading zero (dropped).
 */
const LONG_DIGITS = /^(?:\d{12,}|0\d+)$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as CSV text. A long digit string is written as the text formula `="510402198001010018"`,
 * which Excel and LibreOffice show and keep as exactly that text; it is built only from digits, so
 * it can carry nothing else. Any other cell starting like a formula is neutralised with a leading
 * `'`. Then the cell is quoted when RFC 4180 requires it.
 */
function csvCell(value: unknown): string {
  const text = typeof value === "string" ? value : Number.isFinite(value) ? String(value) : "";
  const safe = LONG_DIGITS.test(text) ? `="${text}"` : FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * Writes the roster form as CSV text that Excel and LibreOffice open correctly in Chinese, with
 * every ID number intact.
 *
 * @remarks
 * annex3. UTF-8 with a byte order mark, CRLF line ends. The form's lines, each padded to the
 * number of columns: the title; the header as label and value (单位 with 「（盖章）」 where the
 * seal goes, 填表时间); the column labels; one line per row; the footer as label and value
 * (合计人数, 合计金额, 制表人, 审核人, 负责人). Fields containing a comma, a double quote, CR or LF
 * are quoted with inner quotes doubled (RFC 4180). A digit string of 12 digits or more, or one
 * with a leading zero (every ID number without an `X`), is written as the text formula
 * `="510402198001010018"` so that a spreadsheet keeps it as text instead of turning it into
 * 5.10402E+17 and losing the last digits on save. Any other cell starting with `=`, `+`, `-`,
 * `@`, a tab or CR is prefixed with a single quote `'` so a spreadsheet shows it as text and never
 * runs it as a formula. Never throws: a cell that is not text or a number is written empty;
 * input that is not a roster, or has more rows than `LIMITS.rosterRows` (more columns than
 * `LIMITS.csvColumns`: the standard columns), gives just the form's labels and a zero footer (the
 * findings of `toRosterRows` tell what was wrong).
 *
 * @param rows - the result of `toRosterRows`
 * @returns the CSV text, starting with the byte order mark
 *
 * @example
 * ```ts
 * const organisation = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" };
 * const sheet = toRosterRows({
 *   id: "JJ-2025", year: 2025, sealed: true, submittedOn: "2025-07-01", organisation,
 *   subsidyTime: { from: "2025-01-01", to: "2025-12-31" },
 *   contributionStatus: { members: 1, selfPaid: 300, governmentPaid: 0 },
 *   rosterForm: { preparer: "王会计" },
 *   plan: { id: "P", organisation, validity: { kind: "one_year", year: 2025 } },
 *   roster: [{
 *     member: { id: "510402198001010018", name: "=SUM(1,2)", collectiveMember: true, enrolled: true, category: "general",
 *       contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }] },
 *     amount: 80,
 *   }],
 * });
 * const lines = toRosterCsv(sheet).split("\r\n");
 * lines.slice(0, 3);
 * //=> ["\uFEFF金江镇金江村集体经济补助城乡居民养老保险参保缴费花名册,,,,,,,,,", "单位,金江村（盖章）,,,,,,,,", "填表时间,2025年7月1日,,,,,,,,"]
 * lines[3];
 * //=> "序号,姓名,公民身份号码,人员类别,缴费年度,个人缴费档次,个人缴纳金额,政府代缴金额,集体补助金额,备注"
 * lines[4];
 * //=> "1,\"'=SUM(1,2)\",\"=\"\"510402198001010018\"\"\",一般成员,2025,300.00,300.00,0.00,80.00,"
 * lines.slice(5);
 * //=> ["合计人数,1,,,,,,,,", "合计金额,80.00,,,,,,,,", "制表人,王会计,,,,,,,,", "审核人,,,,,,,,,", "负责人,,,,,,,,,", ""]
 * ```
 */
export function toRosterCsv(rows: RosterRows): string {
  const given = field(rows, "columns");
  const columns: readonly unknown[] = Array.isArray(given) && given.length > 0 && given.length <= LIMITS.csvColumns ? given : ROSTER_COLUMNS;
  // A line as wide as the table; Array.from reads a negative length as 0, so a wider line stays as it is.
  const padded = (cells: readonly unknown[]): readonly unknown[] => cells.concat(Array.from({ length: columns.length - cells.length }, () => ""));
  const header = field(rows, "header");
  const unit = textOf(field(header, "单位"));
  let csv = BOM + csvLine(padded([textOf(field(rows, "title"))]));
  csv += csvLine(padded(["单位", unit === "" ? "" : `${unit}（盖章）`]));
  csv += csvLine(padded(["填表时间", textOf(field(header, "填表时间"))]));
  csv += csvLine(columns);
  const body = field(rows, "rows");
  // Past the limit no row is written (toRosterRows never gives more: its finding says why).
  if (Array.isArray(body) && body.length <= LIMITS.rosterRows) {
    for (const row of body) csv += csvLine(columns.map((column) => (typeof column === "string" ? field(row, column) : undefined)));
  }
  const footer = field(rows, "footer");
  const count = field(footer, "合计人数");
  const total = field(footer, "合计金额");
  csv += csvLine(padded(["合计人数", typeof count === "number" || typeof count === "string" ? count : 0]));
  csv += csvLine(padded(["合计金额", typeof total === "string" ? total : "0.00"]));
  for (const signature of ["制表人", "审核人", "负责人"]) csv += csvLine(padded([signature, textOf(field(footer, signature))]));
  return csv;
}
