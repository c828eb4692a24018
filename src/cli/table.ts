import type { RosterTotals, SubsidyDecision } from "../index.js";

const STATUS_ZH: Record<SubsidyDecision["status"], string> = { granted: "同意补助", denied: "不予补助", invalid: "无法判定" };

/** Display width of text in a terminal: a Chinese character or full-width sign takes two columns. */
export function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return columns;
}

function padEnd(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

function padStart(text: string, columns: number): string {
  return " ".repeat(Math.max(0, columns - width(text))) + text;
}

const COLUMNS = [
  ["行号", 6],
  ["公民身份号码", 18],
  ["年度", 4],
  ["结果", 8],
  ["补助金额（元）", 14],
] as const;

/** The header of the Chinese table `decide --format table` prints, one row per member. */
export function tableHeader(): string {
  const cells = COLUMNS.map(([title, columns], index) => (index === 4 ? padStart(title, columns) : padEnd(title, columns)));
  return `${[...cells, "原因"].join("  ")}\n`;
}

/** One member's row: line number, ID, year, result, amount, and the reasons in Chinese. */
export function tableRow(line: number, decision: SubsidyDecision, malformed: boolean): string {
  const reasons = malformed ? `第 ${line} 行不是有效的数据，无法读取` : decision.findings.map((finding) => finding.message.zh).join("；");
  const cells = [
    padEnd(String(line), 6),
    padEnd(decision.memberId ?? "（无）", 18),
    padEnd(decision.year === null ? "" : String(decision.year), 4),
    padEnd(STATUS_ZH[decision.status], 8),
    padStart(decision.amount, 14),
  ];
  return `${[...cells, reasons].join("  ").trimEnd()}\n`;
}

/** The closing line: how many members, by result, and the total amount. */
export function tableFooter(totals: RosterTotals): string {
  return `合计：${totals.members} 人，同意补助 ${totals.granted} 人，不予补助 ${totals.denied} 人，无法判定 ${totals.invalid} 人，补助金额合计 ${totals.amount} 元\n`;
}
