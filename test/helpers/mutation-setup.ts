// Mutation runs execute the suite once per mutant: fewer property-test runs keep them fast
// (the full suite, with fast-check's default 100 runs, still runs in CI).
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
