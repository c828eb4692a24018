import { parseArgs } from "node:util";
import { computeRosterStream, type Plan, type SubsidyDecision } from "../index.js";
import { EXIT, InputError, UsageError } from "./errors.js";
import { Output } from "./output.js";
import { policyFrom, yearFrom } from "./policy.js";
import { Progress } from "./progress.js";
import { describe, isStdin, LineSplitter, openInput, parseLine, readJson } from "./read.js";
import { tableFooter, tableHeader, tableRow } from "./table.js";

export const DECIDE_OPTIONS = {
  plan: { type: "string" },
  year: { type: "string" },
  "highest-tier": { type: "string", multiple: true },
  policy: { type: "string" },
  "as-of": { type: "string" },
  trace: { type: "boolean" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Format = "jsonl" | "json" | "table";

/**
 * `decide`: decides a roster through computeRosterStream, one member at a time, and writes each
 * decision as soon as it is made — JSON Lines (default), computeRoster's whole result as JSON, or
 * a Chinese table. The roster is JSON Lines, read chunk by chunk, or a JSON array, read whole.
 * A line that is not JSON is decided as its text (the library answers `invalid`) and reported on
 * stderr with its line number; the rest goes on.
 */
export async function decide(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: DECIDE_OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new UsageError(`decide reads one roster (a file, or - for standard input), got ${positionals.length}`);
  if (values.plan === undefined) throw new UsageError("--plan is required (the implementation plan as JSON)");
  if (values.plan === "-" && isStdin(positionals[0])) throw new UsageError("--plan and the roster cannot both be standard input");
  const format = formatFrom(values.format);
  const year = yearFrom(values.year, true) as number;
  const policy = await policyFrom(values);
  const plan = (await readJson(values.plan, "--plan")) as Plan;

  // computeRosterStream pulls members from a synchronous iterable; this one hands it the member
  // just read, so the stream decides each row as it arrives and holds none of them.
  let current: unknown;
  const source: Iterable<unknown> = { [Symbol.iterator]: () => ({ next: () => ({ done: false, value: current }) }) };
  const options = { year, policy, ...(values["as-of"] === undefined ? {} : { asOf: values["as-of"] }), ...(values.trace === true ? { trace: true } : {}) };
  const stream = computeRosterStream(source as Iterable<never>, plan, options);

  const output = new Output();
  const file = positionals[0];
  const progress = new Progress(file);
  let rows = 0;
  let malformed = 0;
  const decideOne = (member: unknown, line: number, bad: boolean): void => {
    current = member;
    const decision = (stream.next() as IteratorYieldResult<SubsidyDecision>).value;
    current = undefined;
    if (format === "table") output.write(tableRow(line, decision, bad));
    else output.write(format === "json" ? (rows === 0 ? "" : ",") + JSON.stringify(decision) : `${JSON.stringify(decision)}\n`);
    rows++;
  };
  const onMalformed = (line: number, problem: string): void => {
    malformed++;
    process.stderr.write(`line ${line}: not valid JSON, decided as invalid (第 ${line} 行不是有效的 JSON，判为无法判定): ${problem}\n`);
  };

  if (format === "table") output.write(tableHeader());
  if (format === "json") output.write('{"decisions":[');

  const splitter = new LineSplitter();
  let bytes = 0;
  let lineNumber = 0;
  let array: string[] | undefined;
  const takeLines = (lines: string[]): void => {
    for (const raw of lines) {
      lineNumber++;
      const line = raw.trim();
      if (line === "") continue;
      // a roster whose first character is "[" is one JSON array, read whole
      if (array !== undefined || (rows === 0 && malformed === 0 && line.startsWith("[") && array === undefined)) {
        (array ??= []).push(raw);
        continue;
      }
      const before = malformed;
      const member = parseLine(line, lineNumber, onMalformed);
      decideOne(member, lineNumber, malformed > before);
    }
  };
  try {
    for await (const chunk of openInput(file)) {
      bytes += (chunk as Buffer).length;
      takeLines(splitter.push(chunk as Buffer));
      progress.update(rows, bytes);
      await output.flush();
    }
    takeLines(splitter.end());
  } catch (error) {
    throw new InputError(`roster: cannot read ${isStdin(file) ? "standard input" : file} (${describe(error)})`);
  }
  if (array !== undefined) {
    let members: unknown;
    try {
      members = JSON.parse(array.join("\n"));
    } catch (error) {
      throw new InputError(`roster: starts with "[" but is not a JSON array (${describe(error)})`);
    }
    if (!Array.isArray(members)) throw new InputError('roster: starts with "[" but is not a JSON array');
    for (let index = 0; index < members.length; index++) {
      decideOne(members[index], index + 1, false);
      if (index % 4096 === 4095) await output.flush();
    }
  }

  const totals = stream.totals();
  if (format === "table") output.write(tableFooter(totals));
  if (format === "json") output.write(`],"totals":${JSON.stringify(totals)},"findings":${JSON.stringify(stream.findings)},"rulesVersion":${JSON.stringify(stream.rulesVersion)}}\n`);
  await output.flush(true);
  progress.done(`decide: ${totals.members} rows, ${totals.granted} granted, ${totals.denied} denied, ${totals.invalid} invalid, amount ${totals.amount}`);
  if (totals.invalid > 0 || malformed > 0) return EXIT.invalid;
  return totals.denied > 0 ? EXIT.refused : EXIT.ok;
}

function formatFrom(value: string | undefined): Format {
  if (value === undefined) return "jsonl";
  if (value === "jsonl" || value === "json" || value === "table") return value;
  throw new UsageError(`--format ${value}: expected jsonl, json or table`);
}
