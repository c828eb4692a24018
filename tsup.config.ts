import { defineConfig, type Options } from "tsup";

/**
 * The command line (src/cli) imports the library only through `../index.js`, its public index.
 * In the build that import stays an import of the published `./index.js`, so dist/cli.js carries
 * none of the library's code and speaks exactly the public API.
 */
const publicIndex: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "public-index",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: "./index.js", external: true }));
  },
};

// `npm run build` empties dist first; no build cleans, so they can run side by side.
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
    // The command line, dist/cli.js (the package's `bin`).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    outDir: "dist",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [publicIndex],
  },
  {
    // ESM for everyone who imports: one module per source module, so that with "sideEffects": false
    // a bundler keeps only the modules the imported functions reach (a bundle of isWorkingDay
    // carries the calendar, not the member decision or the application rules). The command line
    // is not part of the library's modules.
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    outDir: "dist/esm",
  },
]);
