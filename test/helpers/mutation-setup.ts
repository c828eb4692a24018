// Mutation runs execute the suite once per mutant: fewer property-test runs keep them fast
// (the full suite, with fast-check's default 100 runs, still runs in CI).
import fc from "fast-check";
import { beforeAll } from "vitest";
import { forgetLazyValues } from "../../src/core/lazy.js";

fc.configureGlobal({ numRuns: 25 });

// Schemas and tables are built on first use and kept (src/core/lazy.ts). Test files share one
// module graph in mutation runs, and Stryker switches each mutant on in a beforeAll of its own
// setup file, which runs before this one: without forgetting, a schema built under no mutant (or
// another one) would be reused, and a mutant in a schema's definition could neither be killed nor
// trusted when it survived.
beforeAll(() => {
  forgetLazyValues();
});
