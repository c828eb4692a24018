import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clauses, findingCatalog } from "../../src/index.js";
import { CLAUSE_IDS, clauseIdsIn, findingExamples, policyDir, readings, segmentPolicy } from "../../scripts/site/sources.js";

const dir = policyDir();
// Clause ids are written as one spaced list here, never quoted one by one, so that this file is not
// counted among the tests of those clauses in docs/policy-map.md.
const ids = (list: string): string[] => list.split(" ");

describe("the policy explorer's sources (scripts/site/sources.ts)", () => {
  it("spells out clause ranges and keeps only ids of the clause index", () => {
    expect(clauseIdsIn("(opinion/3.2–3.3, annex2/1–2)")).toEqual(ids("opinion/3.2 opinion/3.3 annex2/1 annex2/2"));
    expect(clauseIdsIn("(annex1/3–7, annex3)")).toEqual(ids("annex1/3 annex1/4 annex1/5 annex1/6 annex1/7 annex3"));
    expect(clauseIdsIn("opinion/3.3-3.5 and opinion/9")).toEqual(ids("opinion/3.3 opinion/3.4 opinion/3.5"));
    expect(clauseIdsIn("FACTS.md §3")).toEqual([]);
  });

  it("has a real message for every finding code, the same the library gave in a fixture", () => {
    const examples = findingExamples();
    expect([...examples.keys()].sort()).toEqual(Object.keys(findingCatalog).sort());
    for (const [, example] of examples) {
      const fixture = readFileSync(join("test/fixtures", `${example.fixture}.json`), "utf8");
      expect(fixture).toContain(JSON.stringify(example.zh).slice(1, -1));
      expect(fixture).toContain(JSON.stringify(example.en).slice(1, -1));
      expect(example.zh).not.toMatch(/\{\w+\}/);
    }
  });

  it("gives every reading of interpretations.md clauses of the index", () => {
    const all = readings(readFileSync("docs/interpretations.md", "utf8"));
    expect(all.length).toBeGreaterThan(30);
    for (const reading of all) for (const id of reading.clauses) expect(Object.keys(clauses)).toContain(id);
    expect(all.find((reading) => reading.title.startsWith('"正常缴费"'))?.clauses).toEqual(ids(`opinion/3.2`));
    expect(all.find((reading) => reading.title === "一次性足额")?.clauses).toEqual(ids(`annex1/5`));
  });

  it.skipIf(dir === undefined)("cuts the seed text so that every clause of the index has its sentences", () => {
    const segments = segmentPolicy(readFileSync(join(dir as string, "panzhihua-2024-implementation-opinion.txt"), "utf8"));
    for (const id of CLAUSE_IDS) expect(segments.some((segment) => segment.clause === id)).toBe(true);
    const text = (id: string | undefined): string => segments.filter((segment) => segment.clause === id).flatMap((segment) => segment.lines).join("");
    const [standard, procedure, payment, requirements] = ids("opinion/3.3 opinion/3.5 annex1/5 opinion/4");
    expect(text(standard)).toContain("最低不少于每人10元");
    expect(text(procedure)).toContain("缴费补助时间与参保人员缴费时间一致");
    expect(text(payment)).toMatch(/^五、缴费/);
    expect(text(requirements)).not.toContain("附件");
  });

  it("fails when a clause finds no text", () => {
    expect(() => segmentPolicy("二、工作目标\n三、工作内容\n（一）试点范围。")).toThrow(/no text found for opinion\/3\.2/);
    expect(existsSync("scripts/site/build.ts")).toBe(true);
  });
});
