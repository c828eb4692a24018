/**
 * One measurement in a fresh process, so its peak memory (maxRSS) is its own:
 * `roster N [--trace]` — computeRoster over N generated members, holding every decision;
 * `stream N` — computeRosterStream over a generator of N members, holding nothing.
 * Prints one line of JSON.
 */
import { computeRoster, computeRosterStream } from "../src/index.js";
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
} else {
  console.error("usage: child.ts roster|stream N [--trace]");
  process.exit(2);
}
