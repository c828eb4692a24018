import { parseArgs } from "node:util";
import { checkApplication, checkPlan, type Application, type CheckPlanOptions, type Finding, type Plan } from "../index.js";
import { EXIT, InputError, UsageError } from "./errors.js";
import { calendarFrom, policyFrom, yearFrom } from "./policy.js";
import { describe, membersOf, readJson, readText } from "./read.js";

export const CHECK_PLAN_OPTIONS = {
  year: { type: "string" },
  "highest-tier": { type: "string", multiple: true },
  policy: { type: "string" },
  "as-of": { type: "string" },
  roster: { type: "string" },
  calendar: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const CHECK_APPLICATION_OPTIONS = {
  "highest-tier": { type: "string", multiple: true },
  policy: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The one input file of a command (or stdin); more than one is a usage error. */
export function oneInput(command: string, positionals: string[]): string | undefined {
  if (positionals.length > 1) throw new UsageError(`${command} reads one file (or - for standard input), got ${positionals.length}`);
  return positionals[0];
}

/** 0 when compliant, 2 when the library could not read the input (`invalid_input`), else 1. */
export function reportExit(compliant: boolean, findings: readonly Finding[]): number {
  if (findings.some((finding) => finding.code === "invalid_input")) return EXIT.invalid;
  return compliant ? EXIT.ok : EXIT.refused;
}

/** `check-plan`: checkPlan's report as one line of JSON. */
export async function checkPlanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: CHECK_PLAN_OPTIONS, allowPositionals: true, strict: true });
  const file = oneInput("check-plan", positionals);
  const year = yearFrom(values.year, false);
  const policy = await policyFrom(values);
  const calendar = await calendarFrom(values.calendar);
  let roster: unknown[] | undefined;
  if (values.roster !== undefined) {
    const text = await readText(values.roster, "--roster");
    try {
      roster = membersOf(text, (line, problem) => process.stderr.write(`--roster line ${line}: not valid JSON, costed as invalid (第 ${line} 行不是有效的 JSON): ${problem}\n`));
    } catch (error) {
      throw new InputError(`--roster: starts with "[" but is not a JSON array (${describe(error)})`);
    }
  }
  const plan = (await readJson(file, "plan")) as Plan;
  const options: CheckPlanOptions = {
    policy,
    ...(year === undefined ? {} : { year }),
    ...(values["as-of"] === undefined ? {} : { asOf: values["as-of"] }),
    ...(roster === undefined ? {} : { roster: roster as CheckPlanOptions["roster"] & unknown[] }),
    ...(calendar === undefined ? {} : { calendar }),
  };
  const report = checkPlan(plan, options);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return reportExit(report.compliant, report.findings);
}

/** `check-application`: checkApplication's report (with every roster row's decision) as one line of JSON. */
export async function checkApplicationCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: CHECK_APPLICATION_OPTIONS, allowPositionals: true, strict: true });
  const file = oneInput("check-application", positionals);
  const policy = await policyFrom(values);
  const application = (await readJson(file, "application")) as Application;
  const report = checkApplication(application, { policy });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return reportExit(report.compliant, report.findings);
}
