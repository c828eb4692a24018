import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    // CI asks for a JSON report to count passed and failed tests; people get the default output.
    reporters: process.env.VITEST_JSON ? ["default", "json"] : ["default"],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : {},
    coverage: {
      // CI turns coverage on (COVERAGE=1) for the README's test command; its thresholds are gates.
      enabled: process.env.COVERAGE === "1",
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/index.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
      thresholds: {
        // Every branch of every rule module is exercised by a test.
        "src/core/**/*.ts": { branches: 100 },
        "src/findings/**/*.ts": { branches: 100 },
        "src/models/**/*.ts": { branches: 100 },
        "src/policy/**/*.ts": { branches: 100 },
        "src/decision/**/*.ts": { branches: 100 },
        "src/calendar/**/*.ts": { branches: 100 },
        "src/plan/**/*.ts": { branches: 100 },
        "src/application/**/*.ts": { branches: 100 },
        "src/account/**/*.ts": { branches: 100 },
      },
    },
  },
});
