/**
 * One measurement in a fresh process, so its peak memory (maxRSS) is its own:
 * `roster N [--trace]` — computeRoster over N generated members, holding every decision;
 * `stream N` — computeRosterStream over a generator of N members, holding nothing;
 * `alone N [--trace]` — computeRoster over N members and the baseline over the same rows, and
 * nothing else in the process: five tinybench rounds as in the main run, the median round;
 * `engine N` — json-rules-engine alone over the first N members, the same way.
 * Prints one line of JSON.
 */
import { Bench } from "tinybench";
import { computeRoster, computeRosterStream } from "../src/index.js";
import { baselineRows, toBaselineRecords } from "./baseline.js";
import { createRulesEngine, rulesEngineRoster } from "./rulesEngine.js";
import { benchOptions, benchPlan, generateRoster, streamRoster } from "./roster.js";

const [mode, countText] = process.argv.slice(2);
const count = Number(countText);
const trace = process.argv.includes("--trace");
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

if (mode === "roster") {
  const roster = generateRoster(count);
  computeRoster(roster.slice(0, 10_000), benchPlan, { ...benchOptions, trace });
  const rssBefore = peakRssMb();
  const start = performance.now();
  const result = computeRoster(roster, benchPlan, { ...benchOptions, trace });
  const ms = performance.now() - start;
  console.log(JSON.stringify({ mode, count, ms, perSecond: count / (ms / 1000), peakRssMb: peakRssMb(), rssBeforeMb: rssBefore, totals: result.totals }));
} else if (mode === "stream") {
  const start = performance.now();
  const stream = computeRosterStream(streamRoster(count), benchPlan, benchOptions);
  let findings = 0;
  for (const decision of stream) findings += decision.findings.length;
  const ms = performance.now() - start;
  console.log(JSON.stringify({ mode, count, ms, perSecond: count / (ms / 1000), peakRssMb: peakRssMb(), findings, totals: stream.totals() }));
} else if (mode === "alone") {
  const roster = generateRoster(count);
  const amounts = new Float64Array(count);
  const options = { ...benchOptions, trace };
  const collect = (globalThis as { gc?: () => void }).gc;
  const rates: { [name: string]: number[] } = { ours: [], baseline: [] };
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
  for (let round = 0; round < 5; round++) {
    const bench = new Bench({ time: 400, warmup: round === 0, warmupTime: 200, iterations: 5, retainSamples: true, setup: (_task, phase) => (phase === "run" ? collect?.() : undefined) });
    bench.add("ours", () => computeRoster(roster, benchPlan, options)).add("baseline", () => baselineRows(roster, amounts));
    await bench.run();
    for (const name of ["ours", "baseline"]) {
      const result = bench.getTask(name)?.result;
      if (result === undefined || !("latency" in result) || result.latency.samples === undefined) throw new Error(`${name} did not complete`);
      rates[name]?.push(count / (median([...result.latency.samples]) / 1000));
    }
  }
  console.log(JSON.stringify({ mode, count, trace, ours: median(rates["ours"] ?? []), baseline: median(rates["baseline"] ?? []) }));
} else if (mode === "engine") {
  // json-rules-engine alone: the first N members of the roster, five tinybench rounds, the median round
  const engine = createRulesEngine();
  const records = toBaselineRecords(generateRoster(count));
  const amounts = new Float64Array(count);
  const collect = (globalThis as { gc?: () => void }).gc;
  const rates: number[] = [];
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
  for (let round = 0; round < 5; round++) {
    const bench = new Bench({ time: 400, warmup: round === 0, warmupTime: 200, iterations: 3, retainSamples: true, setup: (_task, phase) => (phase === "run" ? collect?.() : undefined) });
    bench.add("engine", () => rulesEngineRoster(engine, records, amounts));
    await bench.run();
    const result = bench.getTask("engine")?.result;
    if (result === undefined || !("latency" in result) || result.latency.samples === undefined) throw new Error("engine did not complete");
    rates.push(count / (median([...result.latency.samples]) / 1000));
  }
  console.log(JSON.stringify({ mode, count, engine: median(rates) }));
} else {
  console.error("usage: child.ts roster|stream|alone|engine N [--trace]");
  process.exit(2);
}
