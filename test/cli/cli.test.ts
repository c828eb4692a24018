// The command line, run as a separate process the way a Java or Python host runs it: what it
// prints, on which stream, and the exit code a host branches on.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeRoster, createPolicy, toRosterCsv, toRosterRows, type MemberInput, type PlanInput } from "../../src/index.js";
import { basePlan, generalMember, ID_A, ID_B, ID_BAD_CHECK, ID_C } from "../helpers/samples.js";
import { buildCli, ROOT, runCli } from "./runCli.js";

interface Fixture {
  readonly function: string;
  readonly arguments: readonly unknown[];
  readonly expected: unknown;
}

const fixture = (name: string): Fixture => JSON.parse(readFileSync(join(ROOT, "test/fixtures", `${name}.json`), "utf8")) as Fixture;
const policy = createPolicy({ highestTier: { 2025: "3000" } });
const TIER = ["--highest-tier", "2025=3000"];

let dir = "";
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const jsonl = (rows: readonly unknown[]): string => rows.map((row) => `${JSON.stringify(row)}\n`).join("");
const lines = (text: string): unknown[] => text.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as unknown);

let plan = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cps-cli-"));
  plan = file("plan.json", JSON.stringify(basePlan));
  await buildCli();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster: MemberInput[] = [generalMember(300, ID_A), generalMember(100, ID_B), generalMember(500, ID_A), generalMember(1000, ID_C)];
const library = (members: readonly unknown[], planInput: PlanInput = basePlan as PlanInput): unknown =>
  JSON.parse(JSON.stringify(computeRoster(members as MemberInput[], planInput, { year: 2025, policy }))) as unknown;

describe("collective-pension-subsidy decide", () => {
  it("prints one decision per line, in input order, each exactly computeRoster's for that row", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, file("members.jsonl", jsonl(roster))]);
    expect(lines(run.stdout)).toEqual((library(roster) as { decisions: unknown[] }).decisions);
    expect(run.stdout.split("\n")[0]).toBe(JSON.stringify(computeRoster(roster, basePlan as PlanInput, { year: 2025, policy }).decisions[0]));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("reads the roster from standard input, without a file or with -", async () => {
    const members = [generalMember(300, ID_A)];
    for (const args of [[], ["-"]]) {
      const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, ...args], jsonl(members));
      expect(lines(run.stdout)).toEqual((library(members) as { decisions: unknown[] }).decisions);
      expect(run.code).toBe(0);
    }
  });

  it("reads a roster given as one JSON array, and writes computeRoster's whole result with --format json", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, "--format", "json", file("members.json", JSON.stringify(roster, null, 2))]);
    expect(run.stdout).toBe(`${JSON.stringify(computeRoster(roster, basePlan as PlanInput, { year: 2025, policy }))}\n`);
  });

  it("replays the roster fixtures byte for byte", async () => {
    for (const name of ["roster-decisions", "roster-duplicate-member", "roster-stream-duplicate-member"]) {
      const [members, planArgument] = fixture(name).arguments as [unknown[], unknown];
      const run = await runCli(["decide", "--plan", file("fixture-plan.json", JSON.stringify(planArgument)), "--year", "2025", ...TIER, "--format", "json"], jsonl(members));
      expect(JSON.parse(run.stdout)).toEqual(fixture(name).expected);
    }
  });

  it("replays a decision fixture with a trace, a back payment and a missing parameter", async () => {
    for (const [name, policyArgs] of [
      ["decision-granted-with-trace", TIER],
      ["decision-back-payment-period", TIER],
      ["decision-parameter-missing", ["--policy", file("policy.json", JSON.stringify({ highestTier: { 2024: "3000" } }))]],
    ] as const) {
      const { arguments: args, expected } = fixture(name);
      const [member, planArgument, options] = args as [unknown, unknown, { trace?: boolean }];
      const trace = options.trace === true ? ["--trace"] : [];
      const run = await runCli(["decide", "--plan", file("fixture-plan.json", JSON.stringify(planArgument)), "--year", "2025", ...policyArgs, ...trace], jsonl([member]));
      // A roster's decision names its row in each finding's details.
      const decision = expected as { findings: { details?: object }[] };
      expect(lines(run.stdout)).toEqual([{ ...decision, findings: decision.findings.map((finding) => ({ ...finding, details: { ...finding.details, row: 1 } })) }]);
    }
  });

  it("decides a line that is not JSON as invalid, names its line number on stderr, and decides the rest", async () => {
    const input = `${JSON.stringify(roster[0])}\n{"id": "5104\n\n${JSON.stringify(roster[3])}\r\n`;
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], input);
    const expected = (library([roster[0], '{"id": "5104', roster[3]]) as { decisions: unknown[] }).decisions;
    expect(lines(run.stdout)).toEqual(expected);
    expect(run.stderr).toMatch(/^line 2: not valid JSON, decided as invalid \(第 2 行不是有效的 JSON，判为无法判定\): /);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.code).toBe(2);
  });

  it("exits 0 when every member is granted, 1 when one is denied, 2 when one is invalid", async () => {
    const decide = (members: readonly unknown[]) => runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], jsonl(members));
    expect((await decide([generalMember(300, ID_A), generalMember(300, ID_B)])).code).toBe(0);
    expect((await decide([generalMember(300, ID_A), generalMember(100, ID_B)])).code).toBe(1);
    expect((await decide([generalMember(100, ID_A), generalMember(300, ID_BAD_CHECK)])).code).toBe(2);
    expect((await decide([])).code).toBe(0);
  });

  it("skips a byte-order mark and blank lines", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], `\ufeff\n${jsonl([roster[0]])}\n   \n`);
    expect(lines(run.stdout)).toEqual((library([roster[0]]) as { decisions: unknown[] }).decisions);
    expect(run.code).toBe(0);
  });

  it("prints a Chinese table with a row per member and the totals last", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, "--format", "table"], `${jsonl(roster.slice(0, 3))}not json\n`);
    const [header, first, second, third, bad, footer, end] = run.stdout.split("\n");
    expect(header).toMatch(/^行号 +公民身份号码 +年度 +结果 +补助金额（元） +原因$/);
    expect(first).toMatch(new RegExp(`^1 +${ID_A} +2025 +同意补助 +80\\.00$`));
    expect(second).toMatch(new RegExp(`^2 +${ID_B} +2025 +不予补助 +0\\.00 +\\S`));
    expect(third).toMatch(new RegExp(`^3 +${ID_A} +2025 +不予补助 +0\\.00 +.*第 1 行`));
    expect(bad).toMatch(/^4 +（无） +2025 +无法判定 +0\.00 +第 4 行不是有效的数据，无法读取$/);
    expect(footer).toBe("合计：4 人，同意补助 1 人，不予补助 2 人，无法判定 1 人，补助金额合计 80.00 元");
    expect(end).toBe("");
    expect(run.code).toBe(2);
  });

  it("takes the figures from a policy file as well as from --highest-tier", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", "--policy", file("policy.json", '{"highestTier":{"2025":"3000"}}')], jsonl(roster));
    const flags = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], jsonl(roster));
    expect(run.stdout).toBe(flags.stdout);
  });

  it("passes --as-of and --trace to the library", async () => {
    const options = { year: 2025, policy, asOf: "2025-03-01", trace: true };
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, "--as-of", "2025-03-01", "--trace"], jsonl(roster));
    expect(lines(run.stdout)).toEqual(JSON.parse(JSON.stringify(computeRoster(roster, basePlan as PlanInput, options).decisions)));
    expect(run.stdout).toContain('"trace":[');
  });

  it("says on stderr why a figure given on the command line is refused, and decides every member invalid", async () => {
    const run = await runCli(["decide", "--plan", plan, "--year", "2025", "--highest-tier", "2025=abc"], jsonl(roster.slice(0, 1)));
    expect(run.stderr).toMatch(/^policy: 当年度最高缴费档次（2025 年度）有误：/);
    expect((lines(run.stdout)[0] as { status: string }).status).toBe("invalid");
    expect(run.code).toBe(2);
  });

  it("stays quiet on stderr when stderr is not a terminal, and writes no file", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "cps-cli-cwd-"));
    try {
      const run = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], jsonl(roster.slice(0, 1)), cwd);
      expect(run.stderr).toBe("");
      expect(readdirSync(cwd)).toEqual([]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it.each([
    [["decide", "--plan", "PLAN", ...TIER], /--year is required/],
    [["decide", "--plan", "PLAN", "--year", "2025"], /never guessed: give --highest-tier YEAR=AMOUNT/],
    [["decide", "--plan", "PLAN", "--year", "2025", ...TIER, "--policy", "p.json"], /--highest-tier or --policy, not both/],
    [["decide", "--plan", "PLAN", "--year", "2025", "--highest-tier", "2025:3000"], /--highest-tier 2025:3000: expected YEAR=AMOUNT/],
    [["decide", "--plan", "PLAN", "--year", "2025", "--highest-tier", "2025=1", "--highest-tier", "2025=2"], /year 2025 given twice/],
    [["decide", "--plan", "PLAN", "--year", "25", ...TIER], /--year 25: expected a four-digit year/],
    [["decide", "--year", "2025", ...TIER], /--plan is required/],
    [["decide", "--plan", "-", "--year", "2025", ...TIER], /cannot both be standard input/],
    [["decide", "--plan", "PLAN", "--year", "2025", ...TIER, "a.jsonl", "b.jsonl"], /reads one roster/],
    [["decide", "--plan", "PLAN", "--year", "2025", ...TIER, "--format", "xml"], /--format xml: expected jsonl, json or table/],
    [["decide", "--plan", "PLAN", "--yaer", "2025"], /Unknown option '--yaer'/],
    [["decied"], /unknown command "decied"/],
    [["roster-csv", "--format", "xlsx"], /--format xlsx: expected csv or json/],
    [["roster-csv", "--from-rows", "--format", "json"], /--from-rows writes CSV only/],
    [["check-plan", "a.json", "b.json"], /check-plan reads one file/],
  ])("exits 64 on a usage error, reading nothing: %j", async (args, message) => {
    const run = await runCli(args.map((arg) => (arg === "PLAN" ? plan : arg)), jsonl(roster));
    expect(run.code).toBe(64);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/用法见 \/ see: collective-pension-subsidy/);
  });

  it("exits 64 with the help on stderr when called without a command", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("用法 / Usage");
  });

  it("exits 2 when a named file is missing or is not JSON", async () => {
    const missing = await runCli(["decide", "--plan", join(dir, "absent.json"), "--year", "2025", ...TIER], "");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--plan: cannot read .*absent\.json/);
    const notJson = await runCli(["decide", "--plan", file("bad.json", "{plan"), "--year", "2025", ...TIER], "");
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--plan: .*bad\.json is not valid JSON/);
    const roster = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER, join(dir, "absent.jsonl")]);
    expect(roster.code).toBe(2);
    expect(roster.stderr).toMatch(/roster: cannot read .*absent\.jsonl/);
    const array = await runCli(["decide", "--plan", plan, "--year", "2025", ...TIER], "[{},\n");
    expect(array.code).toBe(2);
    expect(array.stderr).toMatch(/roster: starts with "\[" but is not a JSON array/);
  });
});

describe("collective-pension-subsidy --help", () => {
  it("explains every command in Chinese and English, with the exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const text of ["decide", "check-plan", "check-application", "roster-csv", "退出码 / Exit codes", "64  命令行用法错误"]) expect(run.stdout).toContain(text);
  });

  it("says how to run decide in parallel, and that duplicates are found per process", async () => {
    const run = await runCli(["decide", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("多进程并行 / Running in parallel");
    expect(run.stdout).toContain("重复身份证号（duplicate_member）只在同一进程内识别");
    expect(run.stdout).toContain("Duplicate-ID detection (duplicate_member) is per process");
  });

  it("prints the package and rules versions", async () => {
    const run = await runCli(["--version"]);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\ncollective-pension-subsidy@/);
  });
});

describe("collective-pension-subsidy check-plan", () => {
  it("prints checkPlan's report and exits 0 for a compliant plan (warnings aside), 1 for a plan that is not", async () => {
    for (const [name, code] of [["plan-compliant", 0], ["plan-assembly-not-passed", 1], ["plan-assembly-rule-unknown", 0]] as const) {
      const [planArgument] = fixture(name).arguments;
      const run = await runCli(["check-plan", "--year", "2025", ...TIER], JSON.stringify(planArgument));
      expect(JSON.parse(run.stdout)).toEqual(fixture(name).expected);
      expect(run.code).toBe(code);
    }
  });

  it("costs the plan against a roster file and uses a calendar file as given", async () => {
    for (const name of ["plan-funds-insufficient", "plan-calendar-unknown-year"]) {
      const [planArgument, options] = fixture(name).arguments as [unknown, { roster?: unknown[]; calendar?: unknown }];
      const extra = [
        ...(options.roster === undefined ? [] : ["--roster", file("roster.jsonl", jsonl(options.roster))]),
        ...(options.calendar === undefined ? [] : ["--calendar", file("calendar.json", JSON.stringify(options.calendar))]),
      ];
      const run = await runCli(["check-plan", "--year", "2025", ...TIER, ...extra, file("plan-under-check.json", JSON.stringify(planArgument))]);
      expect(JSON.parse(run.stdout)).toEqual(fixture(name).expected);
    }
  });

  it("exits 2 when the plan cannot be read", async () => {
    const run = await runCli(["check-plan", ...TIER], "[]");
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { findings: { code: string }[] }).findings[0]?.code).toBe("invalid_input");
  });
});

describe("collective-pension-subsidy check-application", () => {
  it("prints checkApplication's report and exits 0 when compliant, 1 when not", async () => {
    for (const [name, code] of [["application-compliant", 0], ["application-not-sealed", 1]] as const) {
      const [application] = fixture(name).arguments;
      const run = await runCli(["check-application", ...TIER], JSON.stringify(application));
      expect(JSON.parse(run.stdout)).toEqual(fixture(name).expected);
      expect(run.code).toBe(code);
    }
  });
});

describe("collective-pension-subsidy roster-csv", () => {
  const [application] = fixture("roster-rows").arguments;

  it("writes the annex 3 form as toRosterCsv of toRosterRows, byte for byte", async () => {
    const run = await runCli(["roster-csv", file("application.json", JSON.stringify(application))]);
    expect(run.stdout).toBe(toRosterCsv(toRosterRows(application as never)));
    // The form: BOM and title, 单位, 填表时间, then the column labels.
    expect(run.stdout.startsWith("\ufeff")).toBe(true);
    expect(run.stdout.split("\r\n")[3]?.startsWith("序号,姓名")).toBe(true);
    expect(run.code).toBe(0);
  });

  it("writes the rows as JSON with --format json, and CSV from rows with --from-rows", async () => {
    const json = await runCli(["roster-csv", "--format", "json"], JSON.stringify(application));
    expect(JSON.parse(json.stdout)).toEqual(fixture("roster-rows").expected);
    const [rows] = fixture("roster-csv").arguments;
    const csv = await runCli(["roster-csv", "--from-rows"], JSON.stringify(rows));
    expect(csv.stdout).toBe(fixture("roster-csv").expected);
  });

  it("lists the findings of a bad row in Chinese on stderr and exits 2", async () => {
    const [bad] = fixture("roster-rows-invalid-row").arguments;
    const run = await runCli(["roster-csv", "--format", "json"], JSON.stringify(bad));
    expect(JSON.parse(run.stdout)).toEqual(fixture("roster-rows-invalid-row").expected);
    expect(run.stderr).toMatch(/有误：/);
    expect(run.code).toBe(2);
  });
});
