// The conformance fixtures (test/fixtures/*.json) are the contract a host in another language
// replays: each must replay green, agree with its hand-written case, and agree with the JSON
// Schemas of jsonSchemas() — inputs as a host sends them, results as the library returns them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { computeSubsidy, createPolicy, findingCatalog, checkApplication, checkPlan } from "../../src/index.js";
import { cases } from "../../scripts/fixtures/cases.js";
import { argumentErrors, FUNCTIONS, findingCodes, replay, RESULT_SCHEMAS, schemaValidator, type Fixture, type FunctionName } from "./replay.js";

const FOLDER = join("test", "fixtures");
const files = readdirSync(FOLDER).filter((file) => file.endsWith(".json")).sort();
const fixtures: readonly (readonly [string, Fixture])[] = files.map((file) => [file, JSON.parse(readFileSync(join(FOLDER, file), "utf8")) as Fixture]);
const validator = schemaValidator();

describe("conformance fixtures", () => {
  it("are named cases, one per file, in the documented shape", () => {
    expect(fixtures.length).toBeGreaterThan(50);
    for (const [file, fixture] of fixtures) {
      expect(Object.keys(fixture).sort(), file).toEqual(["arguments", "description", "expected", "function", "name", "schemaValid"]);
      expect(`${fixture.name}.json`).toBe(file);
      expect(fixture.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(FUNCTIONS)).toContain(fixture.function);
      expect(Array.isArray(fixture.arguments)).toBe(true);
    }
  });

  it.each(fixtures)("%s replays green", (_, fixture) => {
    expect(replay(fixture.function, fixture.arguments)).toEqual(fixture.expected);
  });

  it("are exactly the hand-written cases, with the codes each case states", () => {
    expect(fixtures.map(([, fixture]) => fixture.name).sort()).toEqual(cases.map((c) => c.name).sort());
    for (const c of cases) {
      const fixture = fixtures.find(([, f]) => f.name === c.name)?.[1];
      expect(fixture?.function, c.name).toBe(c.function);
      expect(fixture?.arguments, c.name).toEqual(JSON.parse(JSON.stringify(c.arguments)));
      expect(findingCodes(fixture?.expected), c.name).toEqual([...c.must.codes].sort());
    }
  });

  it("cover every finding code of the catalogue", () => {
    const covered = new Set(fixtures.flatMap(([, fixture]) => findingCodes(fixture.expected)));
    expect(Object.keys(findingCatalog).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("cover every public function, each with a valid and a failing case where it can fail", () => {
    const exported = Object.keys(library).filter((name) => typeof (library as Record<string, unknown>)[name] === "function" && !/Schema$/.test(name));
    // jsonSchemas is the contract itself; every other function is replayed.
    expect(exported.filter((name) => name !== "jsonSchemas" && !(name in FUNCTIONS))).toEqual([]);
    const used = new Set(fixtures.map(([, fixture]) => fixture.function));
    expect(Object.keys(FUNCTIONS).filter((name) => !used.has(name as FunctionName))).toEqual([]);
    const failing = new Set(fixtures.filter(([, fixture]) => findingCodes(fixture.expected).length > 0).map(([, fixture]) => fixture.function));
    // toRosterCsv prints whatever rows it is given: it reports nothing.
    expect(Object.keys(FUNCTIONS).filter((name) => !failing.has(name as FunctionName) && name !== "toRosterCsv")).toEqual([]);
  });

  it.each(fixtures)("%s: the arguments agree with the JSON Schemas as the fixture says", (_, fixture) => {
    const errors = argumentErrors(validator, fixture.function, fixture.arguments);
    if (fixture.schemaValid) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });

  it.each(fixtures.filter(([, fixture]) => RESULT_SCHEMAS[fixture.function] !== null))("%s: the expected result is valid against its output schema", (_, fixture) => {
    const schema = RESULT_SCHEMAS[fixture.function];
    expect(schema === null ? [] : validator.validate(schema, fixture.expected)).toEqual([]);
  });

  it("validate every finding, nested ones included, against the Finding schema", () => {
    const findings: unknown[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === "object" && node !== null) {
        if ("code" in node && "severity" in node && "clause" in node) findings.push(node);
        Object.values(node).forEach(visit);
      }
    };
    for (const [, fixture] of fixtures) visit(fixture.expected);
    expect(findings.length).toBeGreaterThan(60);
    for (const finding of findings) expect(validator.validate("Finding", finding)).toEqual([]);
  });
});

/** A fixture's arguments, to mutate. */
function argumentsOf(name: string): unknown[] {
  const found = fixtures.find(([, fixture]) => fixture.name === name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return structuredClone(found[1].arguments) as unknown[];
}

type Path = readonly (string | number)[];

/** The object or array holding the last step of `path`. */
function parentOf(value: unknown, path: Path): Record<string | number, unknown> {
  let node = value;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown>;
}

/** A copy of `value` with `path` set to `replacement`, or removed when `replacement` is undefined. */
function mutated(value: unknown, path: Path, replacement?: unknown): unknown {
  const copy = structuredClone(value);
  const parent = parentOf(copy, path);
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe("the JSON Schemas reject a mutated input, and so does the library", () => {
  const policy = createPolicy({ highestTier: { 2025: "3000" } });
  const [member, plan] = argumentsOf("decision-granted-ladder");
  const [compliantPlan] = argumentsOf("plan-compliant");
  const [application] = argumentsOf("application-compliant");

  it.each<[string, Path, unknown]>([
    ["selfPaid with three decimals", ["contributions", 0, "selfPaid"], "300.001"],
    ["selfPaid below zero", ["contributions", 0, "selfPaid"], -1],
    ["a month 13 in paidOn", ["contributions", 0, "paidOn"], "2025-13-01"],
    ["a 30 February in paidOn", ["contributions", 0, "paidOn"], "2025-02-30"],
    ["a slashed date in paidOn", ["contributions", 0, "paidOn"], "2025/06/10"],
    ["no enrolled", ["enrolled"], undefined],
    ["no contributions", ["contributions"], undefined],
    ["an ID of 17 characters", ["id"], "51040219800101001"],
    ["an unknown category", ["category"], "vip"],
  ])("a Member with %s", (_, path, replacement) => {
    const bad = mutated(member, path, replacement);
    expect(validator.validate("Member", member)).toEqual([]);
    expect(validator.validate("Member", bad).length).toBeGreaterThan(0);
    expect(computeSubsidy(bad as never, plan as never, { year: 2025, policy }).status).toBe("invalid");
  });

  it.each<[string, Path, unknown]>([
    ["a ladder amount with three decimals", ["standards", "ladder", 0, "amount"], "50.005"],
    ["an assembly dated 2025-13-01", ["procedure", "assembly", "date"], "2025-13-01"],
    ["no validity", ["validity"], undefined],
    ["an unknown validity kind", ["validity", "kind"], "forever"],
  ])("a Plan with %s", (_, path, replacement) => {
    const bad = mutated(compliantPlan, path, replacement);
    expect(validator.validate("Plan", compliantPlan)).toEqual([]);
    expect(validator.validate("Plan", bad).length).toBeGreaterThan(0);
    expect(checkPlan(bad as never, { policy, year: 2025 }).compliant).toBe(false);
  });

  it.each<[string, Path, unknown]>([
    ["a submission dated 2025-13-01", ["submittedOn"], "2025-13-01"],
    ["no seal", ["sealed"], undefined],
    ["a claimed amount of 80.001", ["roster", 0, "amount"], "80.001"],
    ["a listed member without a name", ["roster", 0, "member", "name"], undefined],
  ])("an Application with %s", (_, path, replacement) => {
    const bad = mutated(application, path, replacement);
    expect(validator.validate("Application", application)).toEqual([]);
    expect(validator.validate("Application", bad).length).toBeGreaterThan(0);
    expect(checkApplication(bad as never, { policy }).compliant).toBe(false);
  });
});
