// Every `@example` in the TSDoc of src/ runs here, so the documentation cannot drift from the
// code: each `//=> value` line asserts that the statement just before it evaluates to `value`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";

interface Example {
  readonly file: string;
  readonly symbol: string;
  readonly code: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const EXAMPLE = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/\s*\n\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|let)\s+(\w+)/g;

/** Finds each `@example` block with the exported symbol that follows its comment. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const file of sourceFiles("src")) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(EXAMPLE)) {
      const body = (match[1] ?? "")
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      const fenced = /```ts\n([\s\S]*?)```/.exec(body);
      if (fenced === null) throw new Error(`${file}: @example of ${match[2]} has no \`\`\`ts block`);
      found.push({ file: relative(".", file), symbol: match[2] ?? "?", code: fenced[1] ?? "" });
    }
  }
  return found;
}

/** Turns `expr;` followed by `//=> value` into an assertion, then strips the TypeScript. */
function toScript(code: string): { script: string; assertions: number } {
  const out: string[] = [];
  let assertions = 0;
  for (const line of code.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("//=>")) {
      out.push(line);
      continue;
    }
    let index = out.length - 1;
    while (index >= 0 && (out[index] ?? "").trim() === "") index--;
    const statement = (out[index] ?? "").trim().replace(/;$/, "");
    out[index] = `__expect(${statement}, ${trimmed.slice(4).trim()}, ${JSON.stringify(statement)});`;
    assertions++;
  }
  const script = ts.transpileModule(`{\n${out.join("\n")}\n}`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return { script, assertions };
}

const all = examples();
const values = library as unknown as Record<string, unknown>;
const names = Object.keys(values);

describe("TSDoc examples", () => {
  it("exist for every exported function", () => {
    const documented = new Set(all.map((example) => example.symbol));
    const functions = names.filter((name) => typeof values[name] === "function" && !/Schema$/.test(name));
    expect(functions.filter((name) => !documented.has(name))).toEqual([]);
  });

  it.each(all.map((example) => [`${example.symbol} (${example.file})`, example] as const))("%s runs and shows true results", (_, example) => {
    const { script, assertions } = toScript(example.code);
    expect(assertions).toBeGreaterThan(0);
    const check = (actual: unknown, expected: unknown, statement: string) => expect(actual, statement).toEqual(expected);
    const run = new Function("__lib", "__expect", `const { ${names.join(", ")} } = __lib;\n${script}`) as (lib: unknown, expectFn: typeof check) => void;
    run(values, check);
  });
});
