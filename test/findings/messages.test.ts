// Every message a clerk reads is Chinese: every code of the catalogue rendered with the values of
// every fixture, and every finding of at least 10,000 fuzzed bad inputs, read for Latin words,
// raw keys, JSON brackets and undefined/null/NaN.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findingCatalog, type FindingCode } from "../../src/index.js";
import { nameZh } from "../../src/findings/names.js";
import { makeFinding, type DetailValue, type FindingPath } from "../../src/findings/finding.js";
import { replay, type Fixture } from "../contract/replay.js";

const FIXTURES_DIR = join(__dirname, "..", "fixtures");
const fixtures: Fixture[] = readdirSync(FIXTURES_DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(join(FIXTURES_DIR, file), "utf8")) as Fixture);

/** Latin words a Chinese message may carry: the ID number's check character and the package's name. */
const ALLOWED = new Set(["X", "x", "collective-pension-subsidy"]);

interface Found {
  readonly code: FindingCode;
  readonly path?: FindingPath;
  readonly details?: { readonly [key: string]: DetailValue };
  readonly message: { readonly zh: string; readonly en: string };
}

/** Every finding inside a result, also those carried in another's details. */
function findingsIn(value: unknown, into: Found[] = []): Found[] {
  if (Array.isArray(value)) for (const item of value) findingsIn(item, into);
  else if (typeof value === "object" && value !== null) {
    const record = value as { code?: unknown; message?: unknown };
    if (typeof record.code === "string" && typeof record.message === "object" && record.message !== null) into.push(value as Found);
    for (const item of Object.values(value)) findingsIn(item, into);
  }
  return into;
}

/** The strings a host sent (names, application numbers, voucher numbers): a message may echo them as written. */
function sentStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.trim() !== "" && nameZh(value) === undefined) into.push(value);
  } else if (Array.isArray(value)) for (const item of value) sentStrings(item, into);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) sentStrings(item, into);
  return into;
}

/** What is wrong with a Chinese message, or undefined. */
function problemOf(zh: string, echoed: readonly string[]): string | undefined {
  let text = zh;
  for (const sent of [...echoed].sort((a, b) => b.length - a.length)) text = text.split(sent).join("");
  if (/[[\]{}]/.test(text)) return "a bracket or an unfilled placeholder";
  for (const word of text.match(/[A-Za-z][A-Za-z_.-]*/g) ?? []) if (!ALLOWED.has(word)) return `the Latin word "${word}"`;
  return undefined;
}

/** Each problem once per code and kind, with the first message that shows it. */
function collect(problems: Map<string, string>, found: Found, echoed: readonly string[], where: string): void {
  const problem = problemOf(found.message.zh, echoed);
  if (problem !== undefined && !problems.has(`${found.code} ${problem}`)) problems.set(`${found.code} ${problem}`, `${where} ${found.message.zh}`);
}

describe("Chinese messages", () => {
  it("renders every code of the catalogue from some fixture", () => {
    const seen = new Set(fixtures.flatMap((fixture) => findingsIn(fixture.expected).map((found) => found.code)));
    expect(Object.keys(findingCatalog).filter((code) => !seen.has(code as FindingCode))).toEqual([]);
  });

  it("writes every fixture's findings, rendered again from their details, in plain Chinese", () => {
    let count = 0;
    const problems = new Map<string, string>();
    for (const fixture of fixtures) {
      const echoed = sentStrings(fixture.arguments);
      for (const found of findingsIn(fixture.expected)) {
        const again = makeFinding(found.code, found.path, found.details);
        expect(again.message).toEqual(found.message);
        collect(problems, again, echoed, fixture.name);
        count++;
      }
    }
    expect([...problems]).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  // A fuzzed bad input: one fixture's arguments with one value somewhere replaced by a bad one.
  const BAD_VALUES: readonly unknown[] = [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.005, 1e12, "", "甲", "12.345", "2025-02-30", "20250101", true, [], {}, [1], 2023, 2200];

  function leaves(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
    into.push(path);
    if (Array.isArray(value)) value.slice(0, 3).forEach((item, index) => leaves(item, [...path, index], into));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], into);
    return into;
  }

  function replaced(value: unknown, path: readonly (string | number)[], bad: unknown): unknown {
    if (path.length === 0) return bad;
    const [key, ...rest] = path as [string | number, ...(string | number)[]];
    if (Array.isArray(value)) return value.map((item, index) => (index === key ? replaced(item, rest, bad) : item));
    if (typeof value === "object" && value !== null) {
      const copy: { [key: string]: unknown } = { ...(value as object) };
      copy[key] = replaced(copy[key], rest, bad);
      return copy;
    }
    return value;
  }

  // The small fixtures: a big roster costs time per run without adding a message.
  const fuzzable = fixtures.filter((fixture) => JSON.stringify(fixture.arguments).length < 20_000);
  const pathsOf = fuzzable.map((fixture) => leaves(fixture.arguments).filter((path) => path.length > 0));

  it("writes the findings of 10,000 fuzzed bad inputs in plain Chinese", () => {
    let findings = 0;
    const problems = new Map<string, string>();
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...BAD_VALUES), (which, where, bad) => {
        const index = which % fuzzable.length;
        const fixture = fuzzable[index] as Fixture;
        const paths = pathsOf[index] as (string | number)[][];
        const path = paths[where % paths.length] as (string | number)[];
        const args = replaced(fixture.arguments, path, bad) as unknown[];
        let result: unknown;
        try {
          result = replay(fixture.function, args);
        } catch {
          return; // replay itself needs a readable policy; the library's own functions never throw
        }
        const echoed = sentStrings(args);
        for (const found of findingsIn(result)) {
          collect(problems, found, echoed, `${fixture.name} with ${String(bad)} at ${path.join(".")}:`);
          findings++;
        }
      }),
      { seed: 15, numRuns: 10_000 },
    );
    expect([...problems]).toEqual([]);
    expect(findings).toBeGreaterThan(10_000);
  });
});
