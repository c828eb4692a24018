/**
 * Writes the benchmark's roster as JSON Lines and its plan as JSON, to the files named, for
 * measuring the command line on a large input (docs/performance.md):
 *
 *   npx tsx bench/write-roster-jsonl.ts 1000000 roster.jsonl plan.json
 *   /usr/bin/time -v node dist/cli.js decide --plan plan.json --year 2025 --highest-tier 2025=3000 < roster.jsonl > decisions.jsonl
 *
 * The rows are the benchmark's (bench/roster.ts: seeded, the same every run).
 */
import { createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import { benchPlan, streamRoster } from "./roster.js";

const [countText, rosterFile, planFile] = process.argv.slice(2);
if (countText === undefined || rosterFile === undefined || planFile === undefined || !/^\d+$/.test(countText)) {
  console.error("usage: npx tsx bench/write-roster-jsonl.ts COUNT roster.jsonl plan.json");
  process.exit(64);
}
writeFileSync(planFile, `${JSON.stringify(benchPlan)}\n`);
const out = createWriteStream(rosterFile);
let buffer = "";
for (const member of streamRoster(Number(countText))) {
  buffer += `${JSON.stringify(member)}\n`;
  if (buffer.length > 1 << 16) {
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  }
}
out.end(buffer);
await once(out, "finish");
console.log(`wrote ${countText} members to ${rosterFile} and the plan to ${planFile}`);
