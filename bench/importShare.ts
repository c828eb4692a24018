/**
 * Import cost (issue 18): the package bundled as one ESM file (as `dist/index.js` is), imported in
 * fresh `node` processes next to its dependencies alone. Our share is the package's import minus
 * zod's and decimal.js's (imported together, the same way); date-fns, loaded by subpath, counts as
 * ours. Also: import + the first `computeSubsidy` call, against zod's import.
 *
 * `npx tsx bench/importShare.ts [runs] [node binary]` prints one line of JSON; `bench/run.ts`
 * calls {@link measureImport}.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_YEAR, benchPlan, generateRoster } from "./roster.js";

const root = join(import.meta.dirname, "..");

/** Lowest, middle and highest of a list of figures. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}

export interface ImportFigures {
  readonly runs: number;
  readonly node: string;
  /** zod and decimal.js imported together */
  readonly dependencies: Spread;
  /** zod alone */
  readonly zod: Spread;
  /** the package (which imports zod, decimal.js and date-fns' subpaths) */
  readonly ours: Spread;
  /** the package, then one computeSubsidy call */
  readonly firstCall: Spread;
  /** ours minus dependencies, per median */
  readonly share: number;
}

/** Bundles src/index.ts as one ESM file into node_modules (so it resolves zod… as an installed package would); returns its path. */
export function bundle(): string {
  const outDir = mkdtempSync(join(tmpdir(), "cps-bench-"));
  try {
    const build = spawnSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "src/index.ts", "--format", "esm", "--target", "node20", "--out-dir", outDir, "--silent", "--no-config", "--treeshake"], {
      cwd: root,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    const file = join(root, "node_modules", ".cps-bench-index.mjs");
    copyFileSync(join(outDir, "index.js"), file);
    return file;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Times `code`'s imports in a fresh process of `node`; `code` prints the milliseconds. */
function timedRun(node: string[], code: string, env?: NodeJS.ProcessEnv): number {
  const result = spawnSync(node[0] as string, [...node.slice(1), "--input-type=module", "-e", code], { encoding: "utf8", cwd: root, env: env ?? process.env });
  const value = Number(result.stdout.trim().split("\n").pop());
  if (result.status !== 0 || !Number.isFinite(value)) throw new Error(`import run failed: ${result.stderr}`);
  return value;
}

/**
 * Imports in `runs` fresh processes each, interleaved (a burst of other work on the machine lands
 * on every kind, not one): zod alone; zod and decimal.js; the package; the package and one call.
 */
export function measureImport(file: string, runs = 9, node: string[] = [process.execPath], env?: NodeJS.ProcessEnv): ImportFigures {
  const member = generateRoster(1)[0];
  const zod = JSON.stringify(join(root, "node_modules", "zod", "index.js"));
  const decimal = JSON.stringify(join(root, "node_modules", "decimal.js", "decimal.mjs"));
  const ours = JSON.stringify(file);
  const codes = {
    zod: `const t = performance.now(); await import(${zod}); console.log(performance.now() - t);`,
    dependencies: `const t = performance.now(); await import(${zod}); await import(${decimal}); console.log(performance.now() - t);`,
    ours: `const t = performance.now(); await import(${ours}); console.log(performance.now() - t);`,
    firstCall: `const t = performance.now(); const m = await import(${ours}); ` +
      `const d = m.computeSubsidy(${JSON.stringify(member)}, ${JSON.stringify(benchPlan)}, { year: ${BENCH_YEAR}, policy: m.createPolicy({ highestTier: { ${BENCH_YEAR}: "3000" } }) }); ` +
      `if (d.status !== "granted") throw new Error(d.status); console.log(performance.now() - t);`,
  };
  const samples: { [kind in keyof typeof codes]: number[] } = { zod: [], dependencies: [], ours: [], firstCall: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of Object.keys(codes) as (keyof typeof codes)[]) samples[kind].push(timedRun(node, codes[kind], env));
  }
  const figures = { zod: spread(samples.zod), dependencies: spread(samples.dependencies), ours: spread(samples.ours), firstCall: spread(samples.firstCall) };
  const version = spawnSync(node[0] as string, [...node.slice(1), "--version"], { encoding: "utf8" }).stdout.trim();
  return { runs, node: version, ...figures, share: figures.ours.median - figures.dependencies.median };
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const runs = Number(process.argv[2] ?? 9);
  const file = bundle();
  try {
    console.log(JSON.stringify(measureImport(file, runs)));
  } finally {
    rmSync(file, { force: true });
  }
}
