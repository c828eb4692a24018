// Size budgets (`npm run size`, brotli). zod is a peer dependency, and size-limit always leaves
// peer dependencies out of a bundle; the entries "with its dependencies" put it back
// (`withZod`), since a host's bundle carries the zod it uses. Budgets are a little above the
// sizes measured on 2026-12-02 after issues 15 and 16 (docs/performance.md, "Bundle sizes").
const deps = ["zod", "decimal.js", "date-fns"];
/** Bundles zod too: size-limit marks every peer dependency external. */
const withZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => name !== "zod") });

export default [
  { name: "the library's own code (ESM, dependencies excluded)", path: "dist/esm/index.js", import: "*", ignore: deps, limit: "42 kB" },
  { name: "a host importing only computeSubsidy (dependencies excluded)", path: "dist/esm/index.js", import: "{ computeSubsidy }", ignore: deps, limit: "21.5 kB" },
  { name: "a host importing only computeSubsidy, with its dependencies", path: "dist/esm/index.js", import: "{ computeSubsidy }", modifyEsbuildConfig: withZod, limit: "47 kB" },
  { name: "a host importing only isWorkingDay (dependencies excluded)", path: "dist/esm/index.js", import: "{ isWorkingDay }", ignore: deps, limit: "16.5 kB" },
  { name: "a host importing only isWorkingDay, with its dependencies", path: "dist/esm/index.js", import: "{ isWorkingDay }", modifyEsbuildConfig: withZod, limit: "42 kB" },
  { name: "the three main functions, with their dependencies", path: "dist/esm/index.js", import: "{ computeSubsidy, checkPlan, checkApplication }", modifyEsbuildConfig: withZod, limit: "66 kB" },
  // the single-file ESM build Node imports: what a bundler that ignored the "module" condition would get
  // 59.13 kB measured after issue 18 (every schema wrapped to be built on first use; the single
  // file keeps what any module of it reaches): 60 kB. Hosts' bundlers get dist/esm, budgeted above.
  { name: "reference: isWorkingDay from the single-file build, with its dependencies", path: "dist/index.js", import: "{ isWorkingDay }", modifyEsbuildConfig: withZod, limit: "60 kB" },
];
