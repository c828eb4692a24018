// The roster CSV through a real spreadsheet program (issue 14): LibreOffice Calc opens the
// example village's roster CSV (annex3) headless, saves it as .xlsx, opens that and saves it as
// CSV again. Every ID number must read back exactly, and a cell that looks like a formula must
// come back as the text it was, never as a computed value.
// `npx tsx scripts/spreadsheet/roundtrip.ts` (needs `soffice`; scripts/spreadsheet-roundtrip.sh installs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { application } from "../../examples/application.js";
import { toRosterCsv, toRosterRows, type ApplicationInput } from "../../src/index.js";

/** Names a spreadsheet would run as formulas, put on the first rows of a copy of the example. */
const HOSTILE_NAMES = ["=1+1", "+1+1", "-1+1", "@SUM(1,2)", '=HYPERLINK("http://x","y")'];

const workDir = mkdtempSync(join(tmpdir(), "roster-roundtrip-"));
// LibreOffice keeps its profile here, apart from any other instance on the machine.
const profile = `-env:UserInstallation=file://${join(workDir, "profile")}`;

function soffice(args: readonly string[]): number {
  const start = performance.now();
  execFileSync("soffice", [profile, "--headless", "--norestore", ...args], { stdio: ["ignore", "ignore", "pipe"], timeout: 180_000 });
  return performance.now() - start;
}

/**
 * The CSV files → .xlsx → CSV, as a clerk opening, saving and re-exporting them (two runs of
 * soffice for all the files: its start-up is most of the time); returns the rows read back by name.
 */
function roundTrip(files: { readonly [name: string]: string }): { rows: { [name: string]: string[][] }; ms: number } {
  const names = Object.keys(files);
  for (const name of names) writeFileSync(join(workDir, `${name}.csv`), files[name] as string);
  // CSV import: comma, double quote, UTF-8 (76), from line 1 — as a clerk picks UTF-8 in the import dialog.
  let ms = soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", workDir, ...names.map((name) => join(workDir, `${name}.csv`))]);
  ms += soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", join(workDir, "back"), ...names.map((name) => join(workDir, `${name}.xlsx`))]);
  const rows: { [name: string]: string[][] } = {};
  for (const name of names) {
    const back = readFileSync(join(workDir, "back", `${name}.csv`), "utf8").replace(/^\uFEFF/, "");
    rows[name] = parse(back, { relax_column_count: true }) as string[][];
  }
  return { rows, ms };
}

/** The data rows of a roster read back: between the column labels and 合计人数. */
function dataRows(rows: string[][]): string[][] {
  const first = rows.findIndex((row) => row[0] === "序号");
  const last = rows.findIndex((row) => row[0] === "合计人数");
  return rows.slice(first + 1, last);
}

let passed = 0;
let failed = 0;
function check(what: string, actual: unknown, expected: unknown): void {
  if (actual === expected) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${what}: read back ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

try {
  const version = execFileSync("soffice", [profile, "--version"], { encoding: "utf8" }).trim();
  console.log(version);

  // The example's roster, and a copy whose first names a spreadsheet would run as formulas.
  const sheet = toRosterRows(application);
  const hostile: ApplicationInput = {
    ...application,
    roster: application.roster.map((row, index) =>
      index < HOSTILE_NAMES.length ? { ...row, member: { ...(row.member as object), name: HOSTILE_NAMES[index] } } : row,
    ),
  };
  const hostileSheet = toRosterRows(hostile);
  const trip = roundTrip({ roster: toRosterCsv(sheet), hostile: toRosterCsv(hostileSheet) });
  const plain = trip.rows["roster"] ?? [];

  // 1. Every ID number back exactly, the form's header and footer intact.
  const back = dataRows(plain);
  check("row count", back.length, sheet.rows.length);
  sheet.rows.forEach((row, index) => {
    check(`row ${index + 1} 公民身份号码`, back[index]?.[2], row.公民身份号码);
    check(`row ${index + 1} 姓名`, back[index]?.[1], row.姓名);
  });
  check("单位", plain[1]?.[1], `${sheet.header.单位}（盖章）`);
  check("填表时间", plain[2]?.[1], sheet.header.填表时间);
  check("合计人数", plain.find((row) => row[0] === "合计人数")?.[1], String(sheet.footer.合计人数));
  // A spreadsheet shows 2390.00 as the number 2390: the value is the same, the trailing zeros are display.
  check("合计金额", Number(plain.find((row) => row[0] === "合计金额")?.[1]), Number(sheet.footer.合计金额));
  check("制表人", plain.find((row) => row[0] === "制表人")?.[1], sheet.footer.制表人);

  // 2. Formula injection stays neutralised: each hostile name comes back as the text written (with its ').
  const hostileBack = dataRows(trip.rows["hostile"] ?? []);
  HOSTILE_NAMES.forEach((name, index) => {
    check(`hostile name ${JSON.stringify(name)}`, hostileBack[index]?.[1], `'${name}`);
    check(`hostile row ${index + 1} 公民身份号码`, hostileBack[index]?.[2], hostileSheet.rows[index]?.公民身份号码);
  });

  console.log(`round trip of ${sheet.rows.length + hostileSheet.rows.length} rows in two files: ${(trip.ms / 1000).toFixed(1)} s of LibreOffice`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
// Not the bare "N passed, N failed" line: CI reads that as the test suite's own count.
console.log(`spreadsheet round trip: ${passed} checks passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
