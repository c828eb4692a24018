// Summarises Stryker's JSON report (reports/mutation/mutation.json) as Markdown: the score per
// file and every surviving mutant, for docs/quality.md. Usage: node scripts/mutation-summary.mjs
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
const rows = [];
const survivors = [];
let detected = 0;
let valid = 0;
for (const [file, entry] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  let fileDetected = 0;
  let fileValid = 0;
  for (const mutant of entry.mutants) {
    if (mutant.status === "CompileError" || mutant.status === "RuntimeError" || mutant.status === "Ignored") continue;
    fileValid++;
    if (mutant.status === "Killed" || mutant.status === "Timeout") fileDetected++;
    else if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      const line = entry.source.split("\n")[mutant.location.start.line - 1] ?? "";
      survivors.push(`- \`${file}:${mutant.location.start.line}\` ${mutant.mutatorName}${mutant.status === "NoCoverage" ? " (no coverage)" : ""}: \`${line.trim().slice(0, 110).replaceAll("`", "'")}\` → \`${String(mutant.replacement ?? "").replaceAll("\n", " ").slice(0, 60).replaceAll("`", "'")}\``);
    }
  }
  detected += fileDetected;
  valid += fileValid;
  rows.push(`| \`${file}\` | ${fileValid} | ${fileDetected} | ${fileValid - fileDetected} | ${fileValid === 0 ? "n/a" : ((100 * fileDetected) / fileValid).toFixed(2)} % |`);
}
console.log(`Mutation score: **${((100 * detected) / valid).toFixed(2)} %** (${detected} of ${valid} mutants detected).\n`);
console.log("| file | mutants | detected | survived | score |\n|---|---:|---:|---:|---:|");
console.log(rows.join("\n"));
console.log(`\n### Surviving mutants (${survivors.length})\n`);
console.log(survivors.join("\n"));
