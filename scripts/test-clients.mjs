// Runs the command line's client tests after `npm run build`: the Python test (subprocess, the
// machine's python3) and the Java test (ProcessBuilder, compiled here with the machine's javac),
// each replaying the shipped fixtures through dist/cli.js. A missing python3 or javac skips that
// client with a message; a missing build or any failure exits 1. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
if (!existsSync(join(root, "dist/cli.js"))) {
  console.error("test:clients: dist/cli.js is missing: run `npm run build` first");
  process.exit(1);
}

const has = (command, flag) => spawnSync(command, [flag], { stdio: "ignore" }).error === undefined;
let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a client, showing its output, and adds the counts of its last "<name>: N passed, N failed" line. */
function run(name, command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const counts = [...`${result.stdout}`.matchAll(new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`, "gm"))].at(-1);
  if (counts === undefined) {
    console.log(`${name}: no counts (exit ${result.status}), counted as one failure`);
    failed++;
    return;
  }
  passed += Number(counts[1]);
  failed += Number(counts[2]);
  if (result.status !== 0 && Number(counts[2]) === 0) failed++;
}

console.log("== Python client (subprocess)");
if (has("python3", "--version")) run("python", "python3", ["test/clients/python/test_cli_fixtures.py"]);
else {
  console.log("python: SKIPPED — python3 is not installed on this machine");
  skipped++;
}

console.log("== Java client (ProcessBuilder)");
if (has("javac", "-version") && has("java", "-version")) {
  const classes = mkdtempSync(join(tmpdir(), "cps-java-classes-"));
  try {
    const compiled = spawnSync("javac", ["-d", classes, "test/clients/java/CliFixtures.java"], { cwd: root, stdio: "inherit" });
    if (compiled.status === 0) run("java", "java", ["-cp", classes, "CliFixtures", root]);
    else {
      console.log("java: javac failed, counted as one failure");
      failed++;
    }
  } finally {
    rmSync(classes, { recursive: true, force: true });
  }
} else {
  console.log("java: SKIPPED — javac/java (JDK 17) is not installed on this machine");
  skipped++;
}

console.log(`\nclients: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} client(s) skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
