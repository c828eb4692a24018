// Every @example of the account functions runs here: each `expr;` followed by `//=> literal` is checked with toEqual.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const FILES = ["accountCredit.ts", "projectPension.ts", "compareScenarios.ts"];
const EXAMPLE = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;

function examples(file: string): string[] {
  const text = readFileSync(new URL(`../../src/account/${file}`, import.meta.url), "utf8");
  return [...text.matchAll(EXAMPLE)].map((match) => (match[1] as string).split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n"));
}

/** Turns `expr;` + `//=> literal` pairs into checks; returns the code and how many checks it makes. */
function instrument(block: string): { code: string; checks: number } {
  const lines = block.split("\n");
  const out: string[] = [];
  let checks = 0;
  for (const line of lines) {
    if (line.startsWith("//=> ")) {
      const previous = out.pop() ?? "";
      if (!previous.trim().endsWith(";")) throw new Error(`//=> must follow a one-line expression statement: ${previous}`);
      out.push(`__check(${previous.trim().slice(0, -1)}, (${line.slice(5)}));`);
      checks++;
    } else {
      out.push(line);
    }
  }
  return { code: out.join("\n"), checks };
}

describe("account examples", () => {
  for (const file of FILES) {
    const blocks = examples(file);
    it(`${file} has an example`, () => expect(blocks.length).toBeGreaterThan(0));
    blocks.forEach((block, index) => {
      it(`${file} example ${index + 1} is true`, () => {
        const { code, checks } = instrument(block);
        expect(checks).toBeGreaterThan(0);
        const pairs: [unknown, unknown][] = [];
        const names = Object.keys(api);
        const run = new Function("__check", ...names, code) as (...args: unknown[]) => void;
        run((actual: unknown, expected: unknown) => pairs.push([actual, expected]), ...names.map((name) => (api as Record<string, unknown>)[name]));
        expect(pairs.length).toBe(checks);
        for (const [actual, expected] of pairs) expect(actual).toEqual(expected);
      });
    });
  }
});
