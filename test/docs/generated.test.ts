import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { clauses, findingCatalog } from "../../src/index.js";
import { findingsMarkdown, policyMapMarkdown } from "../../scripts/docs/generate.js";
import { policyMapNotes } from "../../scripts/docs/policyMapNotes.js";

const CLAUSES_MD = "../shared/policy/CLAUSES.md";

describe("generated guides", () => {
  it("docs/findings.md lists every finding code as the catalogue has it (run scripts/docs/generate.ts)", () => {
    const text = readFileSync("docs/findings.md", "utf8");
    for (const code of Object.keys(findingCatalog)) expect(text).toContain(`| \`${code}\` |`);
    expect(text).toBe(findingsMarkdown());
  });

  it("docs/policy-map.md is current (run scripts/docs/generate.ts)", () => {
    expect(readFileSync("docs/policy-map.md", "utf8")).toBe(policyMapMarkdown());
  });

  it.skipIf(!existsSync(CLAUSES_MD))("has an entry for every clause id of the policy's clause index", () => {
    const ids = [...readFileSync(CLAUSES_MD, "utf8").matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(10);
    const text = readFileSync("docs/policy-map.md", "utf8");
    for (const id of ids) {
      expect(Object.keys(clauses)).toContain(id);
      expect(text).toContain(`## \`${id}\``);
    }
  });

  it("names only functions the package exports", () => {
    const exported = new Set(Object.keys(library));
    const named = Object.values(policyMapNotes).flatMap((note) => note.functions);
    expect(named.filter((name) => !exported.has(name))).toEqual([]);
  });

  it("gives every finding a clause of the index and both messages", () => {
    for (const entry of Object.values(findingCatalog)) {
      expect(Object.keys(clauses)).toContain(entry.clause);
      expect(entry.zh.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
      expect(entry.action.length).toBeGreaterThan(0);
    }
  });
});
