/**
 * The calendar benchmark (issue 16): the public working-day functions and the date helpers under
 * them, which moved from hand-written integer arithmetic to date-fns. tinybench, three rounds on
 * a collected heap, the median sample of each case in each round, the median round printed.
 * `npm run bench:calendar`; `--json` prints one line of JSON instead of the table.
 */
import { Bench } from "tinybench";
import { addWorkingDays, countWorkingDays, isWorkingDay } from "../src/index.js";
import { dayNumberOf, isoOf, shiftDate, weekdayOf } from "../src/calendar/dayNumber.js";
import { isIsoDate } from "../src/core/dates.js";
import { isValidIdNumber } from "../src/models/readFields.js";

const ROUNDS = 3;
/** 366 days of 2024 and their day numbers, so each case works over a whole year of dates. */
const DAYS: string[] = [];
for (let month = 1; month <= 12; month++) {
  for (let day = 1; day <= 31; day++) {
    const iso = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (isIsoDate(iso)) DAYS.push(iso);
  }
}
const NUMBERS = DAYS.map(dayNumberOf);
const IDS = ["510402198001010018", "11010519491231002X", "510402198002300019", "440524188001010014"];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// Each case: a name, how many calls one run makes, the run.
let sink = 0;
const cases: [string, number, () => void][] = [
  ["isWorkingDay (official calendar)", DAYS.length, () => { for (const day of DAYS) sink += isWorkingDay(day).ok ? 1 : 0; }],
  ["countWorkingDays, one month", DAYS.length, () => { for (const day of DAYS) sink += countWorkingDays(day, shiftDate(day, 30)).ok ? 1 : 0; }],
  ["addWorkingDays, 5 working days", DAYS.length, () => { for (const day of DAYS) sink += addWorkingDays(day, 5).ok ? 1 : 0; }],
  ["dayNumberOf", DAYS.length, () => { for (const day of DAYS) sink += dayNumberOf(day); }],
  ["isoOf", NUMBERS.length, () => { for (const n of NUMBERS) sink += isoOf(n).length; }],
  ["weekdayOf", NUMBERS.length, () => { for (const n of NUMBERS) sink += weekdayOf(n); }],
  ["shiftDate", DAYS.length, () => { for (const day of DAYS) sink += shiftDate(day, 40).length; }],
  ["isIsoDate (real-date check)", DAYS.length, () => { for (const day of DAYS) sink += isIsoDate(day) ? 1 : 0; }],
  ["isValidIdNumber (roster reader, birth date)", IDS.length * 50, () => { for (let i = 0; i < 50; i++) for (const id of IDS) sink += isValidIdNumber(id) ? 1 : 0; }],
];

const rounds = new Map<string, number[]>(cases.map(([name]) => [name, []]));
const collect = (globalThis as { gc?: () => void }).gc;
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 300, warmup: round === 0, warmupTime: 150, retainSamples: true, setup: (_task, mode) => { if (mode === "run") collect?.(); } });
  for (const [name, , run] of cases) bench.add(name, run);
  await bench.run();
  for (const [name, calls] of cases) {
    const result = bench.getTask(name)?.result;
    if (result === undefined || !("latency" in result)) throw new Error(`${name} did not complete`);
    const samples = result.latency.samples;
    const typical = samples !== undefined && samples.length > 0 ? median([...samples]) : result.latency.mean;
    rounds.get(name)?.push(calls / (typical / 1000));
  }
}

const rates = Object.fromEntries(cases.map(([name]) => [name, Math.round(median(rounds.get(name) ?? []))]));
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rates));
} else {
  console.log(`# calendar benchmark\nnode ${process.version}, TZ=${process.env.TZ ?? "(unset)"}, ${ROUNDS} rounds, median\n`);
  console.log("| case | calls/s |\n|---|---:|");
  for (const [name, rate] of Object.entries(rates)) console.log(`| ${name} | ${rate.toLocaleString("en-US")} |`);
}
if (sink === -1) console.log(sink);
