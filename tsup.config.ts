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

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    // everything in dist is rebuilt, except the command line, which the second build writes
    clean: ["!cli.js"],
    sourcemap: false,
    treeshake: true,
    target: "node20",
    outDir: "dist",
  },
  {
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
]);
