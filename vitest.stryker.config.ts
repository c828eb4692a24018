// Vitest for mutation runs: the same tests without type-checking (much faster under Stryker).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Docs, time-zone and contract replays re-run whole processes or compile every schema: too slow per mutant.
    // The command line's tests (test/cli) run the CLI in child processes, which Stryker's mutants never reach.
    // memberFallback.test.ts replaces the fast member reader with vi.mock; without isolation that
    // mock would leak into the files after it, so it runs in the ordinary suite only.
    // The size tests (test/reliability, lists of 100,000 rows and more) take seconds each and would
    // run for every mutant of the application modules they cover; hostFaults.test.ts is quick and stays.
    exclude: [
      "test/docs/**",
      "test/determinism/**",
      "test/contract/**",
      "test/cli/**",
      // the policy explorer's sources read docs/, which Stryker's sandbox leaves out
      "test/site/**",
      "test/decision/memberFallback.test.ts",
      "test/reliability/limits.test.ts",
      "test/reliability/reproduce.test.ts",
      "test/reliability/sizes.property.test.ts",
      // 10,000 fuzzed bad inputs (seconds) and a replay of every fixture through the exported
      // schemas: like the contract replays, too slow to run for each mutant they cover
      "test/findings/messages.test.ts",
      "test/models/publicTypes.test.ts",
      // the benchmark's contenders agreeing with the library: a check on bench/, not on src/
      "test/bench/**",
      "node_modules/**",
    ],
    typecheck: { enabled: false },
    // Stryker switches mutants at run time (one instrumented build), so test files can share one
    // module graph: re-importing the library, zod and fast-check for every file of every mutant
    // made a run 2–3 times slower (measured: 130 s → 52 s for src/decision/limits.ts, same result).
    isolate: false,
    setupFiles: ["test/helpers/mutation-setup.ts"],
    testTimeout: 60_000,
  },
});
