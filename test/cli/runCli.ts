// Runs the command line as a host would: a separate `node` process, arguments, stdin, and the
// exit code, stdout and stderr. The source (src/cli/main.ts with the library) is bundled once by
// tsup into node_modules/.cache, so the test needs no `npm run build` and each run starts plain
// node (no TypeScript loader per process).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "tsup";

export const ROOT = resolve(import.meta.dirname, "../..");
const OUT_DIR = join(ROOT, "node_modules/.cache/collective-pension-subsidy-cli-test");
export const CLI = join(OUT_DIR, "cli.js");

/** Bundles src/cli/main.ts (and the library it imports) to CLI. */
export async function buildCli(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    config: false,
    entry: { cli: join(ROOT, "src/cli/main.ts") },
    format: ["esm"],
    outDir: OUT_DIR,
    platform: "node",
    target: "node20",
    silent: true,
    dts: false,
    clean: false,
  });
}

/** What a run of the command line gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled command line with `args`, `input` on stdin, in `cwd` (the repository by default). */
export function runCli(args: readonly string[], input = "", cwd = ROOT): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(input);
  });
}
