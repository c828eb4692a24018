// Vitest for mutation runs: the same tests without type-checking (much faster under Stryker).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/docs/**", "test/determinism/**", "node_modules/**"],
    typecheck: { enabled: false },
    setupFiles: ["test/helpers/mutation-setup.ts"],
    testTimeout: 60_000,
  },
});
