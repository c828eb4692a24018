// Prints "N passed, N failed" from vitest's JSON reports in the given folder (all runs added).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2] ?? "reports";
let passed = 0;
let failed = 0;
let files = 0;
for (const name of readdirSync(folder)) {
  if (!/^vitest.*\.json$/.test(name)) continue;
  const report = JSON.parse(readFileSync(join(folder, name), "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load counts as a failure even if it ran no test.
  failed += (report.testResults ?? []).filter((file) => file.status === "failed" && (file.assertionResults ?? []).length === 0).length;
  // A run that vitest itself marks unsuccessful (a type error, an unhandled error) fails once more.
  if (report.success === false && report.numFailedTests === 0) failed++;
  files++;
}
if (files === 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
