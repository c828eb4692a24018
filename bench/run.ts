/**
 * The benchmark suite (issue 7). One run measures, on the same generated roster:
 * computeRoster without and with trace, a hand-written integer baseline, and json-rules-engine;
 * prints members per second and the ratios; decides 10,000 and 1,000,000 members (peak memory of
 * the 1,000,000 run in a fresh process); streams 5,000,000 members (peak RSS, fresh process);
 * times importing the built package and checkPlan + checkApplication for a 5,000-member village;
 * issue 18: each contender alone in 5 fresh processes (the ratio targets), invalid rows against
 * granted ones, our share of the import and import + first call (bench/importShare.ts).
 * Exits 1 when a target is missed.
 *
 * `--smoke` (CI): 10,000 members, a 200,000-member stream, and lenient thresholds (only the
 * json-rules-engine ratio ≥ 8×, the baseline ratio ≥ 1/2000 and the stream's memory), so a noisy
 * shared machine does not fail it; they catch a return of zod to the valid path, not a 10% drift.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import { listedContributions } from "../src/application/statement.js";
import { formatFen } from "../src/core/money.js";
import { checkApplication, checkPlan, computeRoster, createPolicy, type SubsidyDecision } from "../src/index.js";
import { parseFen } from "../src/core/money.js";
import { MemberSchema } from "../src/models/member.js";
import { readMember } from "../src/models/readMember.js";
import { compliantPlan } from "../test/helpers/samples.js";
import { baselineRoster, baselineRows, toBaselineRecords, type BaselineRecord } from "./baseline.js";
import { BENCH_YEAR, benchOptions, benchPlan, generateRoster, idNumber } from "./roster.js";
import { createRulesEngine, rulesEngineRoster } from "./rulesEngine.js";
import { bundle, measureImport, spread, type Spread } from "./importShare.js";

const smoke = process.argv.includes("--smoke");
const SIZES = smoke ? [10_000] : [10_000, 1_000_000];
const STREAM_COUNT = smoke ? 200_000 : 5_000_000;
/** json-rules-engine decides this many members of each roster (it is slow; said in the table). */
const ENGINE_COUNT = smoke ? 2_000 : 10_000;

interface Target {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
  readonly kind: "at least" | "below" | "at most";
}

const targets: Target[] = [];
// The smoke thresholds are regression guards for a noisy shared 2-core machine (measured there:
// about 1/230 of the baseline and 20× json-rules-engine under load), not the issue's targets.
const ratioTargets = smoke
  ? { baseline: 1 / 2000, trace: 0, engine: 8 }
  : { baseline: 1 / 12, trace: 1 / 25, engine: 50 };
// (the full run's targets on these ratios are judged alone in fresh processes: see `alone`)

const format = (n: number): string => Math.round(n).toLocaleString("en-US");
const ratioText = (r: number): string => (r >= 1 ? `${r.toFixed(1)}×` : `1/${(1 / r).toFixed(1)}`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Checks the contenders decide the same amounts on rows all of them read (valid, first occurrence). */
function agreement(decisions: readonly SubsidyDecision[], rows: Float64Array, baseline: Float64Array, engine: Float64Array, engineCount: number): string {
  let compared = 0;
  let rowsDiffer = 0;
  let baselineDiffers = 0;
  let engineDiffers = 0;
  for (let index = 0; index < decisions.length; index++) {
    const decision = decisions[index] as SubsidyDecision;
    if (decision.status === "invalid" || decision.findings.some((f) => f.code === "duplicate_member")) continue;
    compared++;
    const ours = parseFen(decision.amount) as number;
    if (rows[index] !== ours) rowsDiffer++;
    if (baseline[index] !== ours) baselineDiffers++;
    if (index < engineCount && engine[index] !== ours) engineDiffers++;
  }
  if (rowsDiffer > 0 || baselineDiffers > 0 || engineDiffers > 0) {
    console.error(`contenders disagree: baseline on ${rowsDiffer} (pre-converted: ${baselineDiffers}), json-rules-engine on ${engineDiffers} of ${compared} rows`);
    process.exitCode = 1;
  }
  return `same amounts on all ${format(compared)} valid first-occurrence rows (both baselines) and on the first ${format(engineCount)} (json-rules-engine)`;
}

interface Rates {
  readonly ours: number;
  readonly trace: number;
  /** the hand-written loop over the roster's own rows: the ratios' reference */
  readonly baseline: number;
  /** the same loop over records converted to fen before timing (reference only) */
  readonly converted: number;
  readonly engine: number;
  /** reference only (10,000 run): reading and validating members, no decision — the fast reader, and zod's MemberSchema */
  readonly reading?: { readonly reader: number; readonly zod: number };
}

/** Rounds of the 10,000-member measurement: a burst of other work on the shared machine lands in one round, not in one contender. */
const SMALL_ROUNDS = smoke ? 3 : 5;

/**
 * 10,000 members: tinybench, in SMALL_ROUNDS rounds; in each, every contender runs for a while
 * (after a warm-up in the first round) and its median sample gives its rate; the median round counts.
 */
async function measureSmall(roster: readonly unknown[], records: readonly BaselineRecord[]): Promise<Rates> {
  const count = roster.length;
  const engine = createRulesEngine();
  const engineRecords = records.slice(0, ENGINE_COUNT);
  const amounts = new Float64Array(count);
  // Every contender starts its timed run on a collected heap, so none pays for garbage another left.
  const collect = (globalThis as { gc?: () => void }).gc;
  const contenders: [string, number, () => unknown][] = [
    ["computeRoster", count, () => computeRoster(roster as never, benchPlan, benchOptions)],
    ["computeRoster trace", count, () => computeRoster(roster as never, benchPlan, { ...benchOptions, trace: true })],
    ["baseline", count, () => baselineRows(roster, amounts)],
    ["baseline pre-converted", count, () => baselineRoster(records, amounts)],
    ["json-rules-engine", engineRecords.length, () => rulesEngineRoster(engine, engineRecords, amounts)],
    // What validation alone costs, to read the ratios by: the share of the time no decision logic can win back.
    ["readMember", count, () => {
      for (let index = 0; index < count; index++) readMember(roster[index]);
    }],
    ["MemberSchema", count, () => {
      for (let index = 0; index < count; index++) MemberSchema.safeParse(roster[index]);
    }],
  ];
  const rounds = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  for (let round = 0; round < SMALL_ROUNDS; round++) {
    const bench = new Bench({
      time: smoke ? 150 : 400,
      warmup: round === 0,
      warmupTime: 200,
      iterations: 5,
      retainSamples: true,
      setup: (_task, mode) => {
        if (mode === "run") collect?.();
      },
    });
    for (const [name, , run] of contenders) bench.add(name, run);
    await bench.run();
    for (const [name, members] of contenders) {
      const result = bench.getTask(name)?.result;
      if (result === undefined || !("latency" in result)) throw new Error(`${name} did not complete`);
      const samples = result.latency.samples;
      const typical = samples !== undefined && samples.length > 0 ? median([...samples]) : result.latency.mean;
      rounds.get(name)?.push(members / (typical / 1000));
    }
  }
  const rate = (name: string): number => median(rounds.get(name) ?? []);
  return {
    ours: rate("computeRoster"),
    trace: rate("computeRoster trace"),
    baseline: rate("baseline"),
    converted: rate("baseline pre-converted"),
    engine: rate("json-rules-engine"),
    reading: { reader: rate("readMember"), zod: rate("MemberSchema") },
  };
}

/** 1,000,000 members: three interleaved rounds, the median of each contender. */
async function measureLarge(roster: readonly unknown[], records: readonly BaselineRecord[]): Promise<Rates> {
  const count = roster.length;
  const engine = createRulesEngine();
  const engineRecords = records.slice(0, ENGINE_COUNT);
  const amounts = new Float64Array(count);
  const times: { [name in Exclude<keyof Rates, "reading">]: number[] } = { ours: [], trace: [], baseline: [], converted: [], engine: [] };
  const time = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  await rulesEngineRoster(engine, engineRecords.slice(0, 500), amounts);
  for (let round = 0; round < 3; round++) {
    times.ours.push(time(() => computeRoster(roster as never, benchPlan, benchOptions)));
    times.trace.push(time(() => computeRoster(roster as never, benchPlan, { ...benchOptions, trace: true })));
    times.baseline.push(median([0, 1, 2, 3, 4].map(() => time(() => baselineRows(roster, amounts)))));
    times.converted.push(median([0, 1, 2, 3, 4].map(() => time(() => baselineRoster(records, amounts)))));
    const start = performance.now();
    await rulesEngineRoster(engine, engineRecords, amounts);
    times.engine.push(performance.now() - start);
  }
  return {
    ours: count / (median(times.ours) / 1000),
    trace: count / (median(times.trace) / 1000),
    baseline: count / (median(times.baseline) / 1000),
    converted: count / (median(times.converted) / 1000),
    engine: ENGINE_COUNT / (median(times.engine) / 1000),
  };
}

/** Runs a child measurement in a fresh process and reads its JSON line. */
function child(args: string[]): { [key: string]: unknown } {
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "child.ts"), ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`child ${args.join(" ")} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() as string) as { [key: string]: unknown };
}

function printRates(count: number, rates: Rates): void {
  const rows: [string, string, number, string][] = [
    ["computeRoster (validation, no trace)", format(count), rates.ours, ""],
    ["computeRoster (validation, trace)", format(count), rates.trace, ""],
    ["hand-written integer baseline", format(count), rates.baseline, "the same rows, money into fen in the loop; no validation, no findings"],
    ["reference: the baseline over pre-converted records", format(count), rates.converted, `fen converted before timing: ours is ${ratioText(rates.ours / rates.converted)} of it`],
    ["json-rules-engine 7.3.1", format(Math.min(ENGINE_COUNT, count)), rates.engine, `async; first ${format(Math.min(ENGINE_COUNT, count))} members only`],
  ];
  if (rates.reading !== undefined) {
    rows.push(
      ["reference: reading members only (readMember)", format(count), rates.reading.reader, `validation, no decision: ${ratioText(rates.reading.reader / rates.baseline)} of the baseline`],
      ["reference: zod MemberSchema.safeParse only", format(count), rates.reading.zod, `validation, no decision: ${ratioText(rates.reading.zod / rates.baseline)} of the baseline`],
    );
  }
  console.log(`\n## ${format(count)} members\n`);
  console.log("| contender | members decided | members/s | note |\n|---|---:|---:|---|");
  for (const [name, members, rate, note] of rows) console.log(`| ${name} | ${members} | ${format(rate)} | ${note} |`);
  const ours = rates.ours / rates.baseline;
  const traced = rates.trace / rates.baseline;
  const engine = rates.ours / rates.engine;
  console.log(`\nratios: ours/baseline ${ratioText(ours)} (target ≥ ${ratioText(ratioTargets.baseline)}), ours with trace/baseline ${ratioText(traced)}` +
    `${ratioTargets.trace > 0 ? ` (target ≥ ${ratioText(ratioTargets.trace)})` : ""}, ours/json-rules-engine ${ratioText(engine)} (target ≥ ${ratioText(ratioTargets.engine)})`);
  // Issue 18: the full run judges the ratios on each contender alone in a fresh process (below);
  // the one-process figures are information there, and the smoke run's loose regression guards.
  if (!smoke) return;
  targets.push({ name: `${format(count)}: ours/baseline`, value: ours, limit: ratioTargets.baseline, kind: "at least" });
  targets.push({ name: `${format(count)}: ours/json-rules-engine`, value: engine, limit: ratioTargets.engine, kind: "at least" });
}

/**
 * Invalid rows against granted ones (issue 18), each as a roster of 10,000: the bench roster's
 * invalid rows (0.5 %, five kinds of mistake) repeated with fresh IDs (a bad check character
 * stays bad) against 10,000 granted rows; and 10,000 granted rows with every tenth one replaced
 * by an invalid row. Seven interleaved rounds on a collected heap, the median of each, in µs a row.
 */
function invalidRows(): { readonly invalid: number; readonly granted: number; readonly mixed: number } {
  const count = 10_000;
  const roster = generateRoster(200_000, 20250611);
  const decisions = computeRoster(roster, benchPlan, benchOptions).decisions;
  const kinds = roster.flatMap((row, index) => {
    const decision = decisions[index];
    if (decision?.status !== "invalid" || decision.findings.some((f) => f.code === "duplicate_member")) return [];
    return [{ row, badId: decision.findings.some((f) => f.code === "invalid_id_number") }];
  });
  const badCheck = (id: string): string => `${id.slice(0, 17)}${id.endsWith("0") ? "1" : "0"}`;
  const invalid = Array.from({ length: count }, (_, index): unknown => {
    const { row, badId } = kinds[index % kinds.length] as (typeof kinds)[number];
    const id = idNumber(9_000_000 + index);
    return JSON.parse(JSON.stringify({ ...row, id: badId ? badCheck(id) : id })) as unknown;
  });
  // copied, so that the 200,000 rows and their decisions are garbage before the timing starts
  const granted = JSON.parse(JSON.stringify(roster.filter((_, index) => decisions[index]?.status === "granted").slice(0, count))) as typeof roster;
  const mixed = granted.map((row, index) => (index % 10 === 9 ? (invalid[index] as typeof row) : row));
  roster.length = 0;
  const collect = (globalThis as { gc?: () => void }).gc;
  const perRow = (rows: readonly unknown[]): number => {
    collect?.();
    const start = performance.now();
    computeRoster(rows as never, benchPlan, benchOptions);
    return ((performance.now() - start) * 1000) / rows.length;
  };
  for (let warm = 0; warm < 3; warm++) {
    perRow(invalid);
    perRow(granted);
    perRow(mixed);
  }
  const samples = { invalid: [] as number[], granted: [] as number[], mixed: [] as number[] };
  for (let round = 0; round < 7; round++) {
    samples.granted.push(perRow(granted));
    samples.invalid.push(perRow(invalid));
    samples.mixed.push(perRow(mixed));
  }
  return { invalid: median(samples.invalid), granted: median(samples.granted), mixed: median(samples.mixed) };
}

/**
 * Each mode alone in fresh processes (the issue's reference figure): `runs` processes each for
 * computeRoster without and with trace (each against the baseline in its own process) and for
 * json-rules-engine; the spread of the per-process ratios.
 */
function alone(runs: number): { readonly ours: Spread; readonly trace: Spread; readonly engine: Spread; readonly oursRate: Spread; readonly engineRate: Spread } {
  const ours: number[] = [];
  const trace: number[] = [];
  const oursRate: number[] = [];
  const engineRate: number[] = [];
  for (let run = 0; run < runs; run++) {
    const plain = child(["alone", "10000"]);
    ours.push((plain["ours"] as number) / (plain["baseline"] as number));
    oursRate.push(plain["ours"] as number);
    const traced = child(["alone", "10000", "--trace"]);
    trace.push((traced["ours"] as number) / (traced["baseline"] as number));
    engineRate.push(child(["engine", String(ENGINE_COUNT)])["engine"] as number);
  }
  const oursMedian = spread(oursRate).median;
  return { ours: spread(ours), trace: spread(trace), engine: spread(engineRate.map((rate) => oursMedian / rate)), oursRate: spread(oursRate), engineRate: spread(engineRate) };
}

const spreadText = (s: Spread, show: (n: number) => string): string => `${show(s.median)} (min ${show(s.min)}, max ${show(s.max)})`;

/**
 * checkPlan + checkApplication for a village of 5,000 members, on a collected heap: the first
 * call (code not yet optimised for it) and the median of 9 after three more warm-up calls.
 */
function villageCheck(): { readonly first: number; readonly typical: number } {
  const policy = createPolicy({ highestTier: { [BENCH_YEAR]: "3000" } });
  const members = generateRoster(5_000, 7);
  const decisions = computeRoster(members, compliantPlan, { year: BENCH_YEAR, policy }).decisions;
  const roster = members.map((member, index) => ({ member, amount: (decisions[index] as SubsidyDecision).amount }));
  // The statements annex1/3 requires, the contribution status as the roster gives it (so that the
  // bench also times that comparison, and finds nothing).
  const listed = listedContributions(roster, BENCH_YEAR);
  const application = {
    id: "A-2025",
    year: BENCH_YEAR,
    organisation: compliantPlan.organisation,
    plan: compliantPlan,
    sealed: true,
    submittedOn: "2025-07-01",
    subsidyTime: { from: `${BENCH_YEAR}-01-01`, to: `${BENCH_YEAR}-12-31` },
    contributionStatus: { members: roster.length, selfPaid: formatFen(listed?.selfPaid ?? 0), governmentPaid: formatFen(listed?.governmentPaid ?? 0) },
    roster,
  };
  const run = (): number => {
    const start = performance.now();
    checkPlan(compliantPlan, { policy, year: BENCH_YEAR });
    checkApplication(application as never, { policy });
    return performance.now() - start;
  };
  (globalThis as { gc?: () => void }).gc?.();
  const first = run();
  for (let round = 0; round < 3; round++) run();
  return { first, typical: median(Array.from({ length: 9 }, run)) };
}

async function main(): Promise<void> {
  console.log(`# collective-pension-subsidy benchmark${smoke ? " (smoke)" : ""}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}; roster from seed 20250610; year ${BENCH_YEAR}`);
  for (const count of SIZES) {
    const roster = generateRoster(count);
    const records = toBaselineRecords(roster);
    const check = computeRoster(roster, benchPlan, benchOptions);
    const rowAmounts = new Float64Array(count);
    baselineRows(roster, rowAmounts);
    const baselineAmounts = new Float64Array(count);
    baselineRoster(records, baselineAmounts);
    const engineAmounts = new Float64Array(count);
    await rulesEngineRoster(createRulesEngine(), records.slice(0, ENGINE_COUNT), engineAmounts);
    const totals = check.totals;
    console.log(`\nroster of ${format(count)}: ${format(totals.granted)} granted, ${format(totals.denied)} denied, ${format(totals.invalid)} invalid; ${agreement(check.decisions, rowAmounts, baselineAmounts, engineAmounts, Math.min(ENGINE_COUNT, count))}`);
    const rates = count <= 10_000 ? await measureSmall(roster, records) : await measureLarge(roster, records);
    printRates(count, rates);
    if (count >= 1_000_000) {
      const memory = child(["roster", String(count)]);
      console.log(`\npeak memory, computeRoster over ${format(count)} members in a fresh process: ${String(memory["peakRssMb"])} MB RSS ` +
        `(${String(memory["rssBeforeMb"])} MB of it the generated roster and warm-up before the run; ${format(memory["perSecond"] as number)} members/s there)`);
    }
  }

  // Issue 18: the reference figure of each contender is its rate alone in a fresh process against
  // the baseline in that same process (medians of 5 processes); the one-process table above stays
  // as information.
  if (!smoke) {
    const runs = 5;
    const figures = alone(runs);
    console.log(`\n## each contender alone in a fresh process (${runs} processes each; the targets)\n`);
    console.log(`computeRoster without trace / baseline: ${spreadText(figures.ours, ratioText)} (target ≥ 1/12); ${format(figures.oursRate.median)} members/s`);
    console.log(`computeRoster with trace / baseline: ${spreadText(figures.trace, ratioText)} (target ≥ 1/25)`);
    console.log(`computeRoster without trace / json-rules-engine: ${spreadText(figures.engine, ratioText)} (target ≥ 50×); json-rules-engine ${format(figures.engineRate.median)} members/s`);
    targets.push({ name: "alone: ours/baseline", value: figures.ours.median, limit: 1 / 12, kind: "at least" });
    targets.push({ name: "alone: ours with trace/baseline", value: figures.trace.median, limit: 1 / 25, kind: "at least" });
    targets.push({ name: "alone: ours/json-rules-engine", value: figures.engine.median, limit: 50, kind: "at least" });
  }

  const bad = invalidRows();
  console.log(`\ninvalid rows: a roster of 10,000 invalid rows ${bad.invalid.toFixed(2)} µs a row against ${bad.granted.toFixed(2)} µs for 10,000 granted rows: ${(bad.invalid / bad.granted).toFixed(1)}× (target ≤ 5×)`);
  console.log(`a roster of 10,000 with every tenth row invalid: ${bad.mixed.toFixed(2)} µs a row: ${(bad.mixed / bad.granted).toFixed(2)}× the granted roster (target ≤ 1.5×)`);
  if (!smoke) {
    targets.push({ name: "invalid row / granted row ×", value: bad.invalid / bad.granted, limit: 5, kind: "at most" });
    targets.push({ name: "10 % invalid roster / clean roster ×", value: bad.mixed / bad.granted, limit: 1.5, kind: "at most" });
  }

  const stream = child(["stream", String(STREAM_COUNT)]);
  const streamRss = stream["peakRssMb"] as number;
  console.log(`\nstreaming: computeRosterStream over a generator of ${format(STREAM_COUNT)} members: peak RSS ${streamRss} MB (target < 400 MB), ` +
    `${format(stream["perSecond"] as number)} members/s including generating the rows`);
  targets.push({ name: `stream of ${format(STREAM_COUNT)}: peak RSS MB`, value: streamRss, limit: 400, kind: "below" });

  const village = villageCheck();
  console.log(`\ncheckPlan + checkApplication, village of 5,000 members: ${village.typical.toFixed(1)} ms (target < 50 ms; median of 9 after warm-up), ` +
    `${village.first.toFixed(1)} ms for the first call`);
  if (!smoke) targets.push({ name: "checkPlan + checkApplication (5,000 members) ms", value: village.typical, limit: 50, kind: "below" });

  if (smoke) {
    console.log("\nimport time: not measured in the smoke run");
  } else {
    const file = bundle();
    try {
      const figures = measureImport(file, 9);
      const ms = (value: number): string => `${value.toFixed(1)} ms`;
      console.log(`\nimport (ESM bundle, ${figures.runs} fresh node processes each, interleaved): the package ${spreadText(figures.ours, ms)}; ` +
        `zod and decimal.js alone ${spreadText(figures.dependencies, ms)}; zod alone ${spreadText(figures.zod, ms)}`);
      console.log(`our share of the import (package minus zod and decimal.js, medians): ${ms(figures.share)} (target ≤ 10 ms)`);
      console.log(`import + the first computeSubsidy: ${spreadText(figures.firstCall, ms)}, zod's import + ${ms(figures.firstCall.median - figures.zod.median)} (target ≤ zod + 30 ms)`);
      targets.push({ name: "import: our share ms", value: figures.share, limit: 10, kind: "at most" });
      targets.push({ name: "import + first computeSubsidy, over zod's import ms", value: figures.firstCall.median - figures.zod.median, limit: 30, kind: "at most" });
    } finally {
      rmSync(file, { force: true });
    }
  }

  console.log("\n## targets\n");
  let missed = 0;
  for (const target of targets) {
    const met = target.kind === "at least" ? target.value >= target.limit : target.kind === "at most" ? target.value <= target.limit : target.value < target.limit;
    if (!met) missed++;
    const shown = (v: number): string => (target.name.includes("/") && !target.name.endsWith("×") ? ratioText(v) : v.toFixed(1));
    console.log(`${met ? "met   " : "MISSED"} ${target.name}: ${shown(target.value)} (${target.kind === "at least" ? "≥" : target.kind === "at most" ? "≤" : "<"} ${shown(target.limit)})`);
  }
  if (missed > 0 || process.exitCode === 1) {
    console.log(`\n${missed} target(s) missed`);
    process.exitCode = 1;
  }
}

await main();
