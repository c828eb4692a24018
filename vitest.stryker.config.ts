// Vitest for mutation runs: the same tests without type-checking (much faster under Stryker).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Docs, time-zone and contract replays re-run whole processes or compile every schema: too slow per mutant.
    exclude: ["test/docs/**", "test/determinism/**", "test/contract/**", "node_modules/**"],
    typecheck: { enabled: false },
    setupFiles: ["test/helpers/mutation-setup.ts"],
    testTimeout: 60_000,
  },
});
