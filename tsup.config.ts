import { defineConfig } from "tsup";

// `npm run build` empties dist first; neither build cleans, so they can run side by side.
export default defineConfig([
  {
    // Node, CommonJS and the types: one file per format, with its .d.ts / .d.cts.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: false,
    sourcemap: false,
    treeshake: true,
    target: "node20",
    outDir: "dist",
  },
  {
    // ESM for everyone who imports: one module per source module, so that with "sideEffects": false
    // a bundler keeps only the modules the imported functions reach (a bundle of isWorkingDay
    // carries the calendar, not the member decision or the application rules).
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    outDir: "dist/esm",
  },
]);
