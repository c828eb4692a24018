import { parseArgs } from "node:util";
import { toRosterCsv, toRosterRows, type Application, type RosterRows } from "../index.js";
import { EXIT, UsageError } from "./errors.js";
import { oneInput } from "./check.js";
import { readJson } from "./read.js";

export const ROSTER_CSV_OPTIONS = {
  format: { type: "string" },
  "from-rows": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * `roster-csv`: the annex3 roster form of an application, as CSV (UTF-8 with BOM, CRLF, the
 * footer last — toRosterCsv of toRosterRows), or the rows as JSON with `--format json`.
 * `--from-rows` reads rows already made by toRosterRows. Findings go to stderr in Chinese.
 */
export async function rosterCsvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: ROSTER_CSV_OPTIONS, allowPositionals: true, strict: true });
  const file = oneInput("roster-csv", positionals);
  const format = values.format ?? "csv";
  if (format !== "csv" && format !== "json") throw new UsageError(`--format ${format}: expected csv or json`);
  if (values["from-rows"] === true && format === "json") throw new UsageError("--from-rows writes CSV only");
  const input = await readJson(file, values["from-rows"] === true ? "rows" : "application");
  if (values["from-rows"] === true) {
    process.stdout.write(toRosterCsv(input as RosterRows));
    return EXIT.ok;
  }
  const rows = toRosterRows(input as Application);
  process.stdout.write(format === "json" ? `${JSON.stringify(rows)}\n` : toRosterCsv(rows));
  for (const finding of rows.findings) process.stderr.write(`${finding.message.zh}\n`);
  return rows.findings.length > 0 ? EXIT.invalid : EXIT.ok;
}
