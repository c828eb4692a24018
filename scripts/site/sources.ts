// What the policy explorer is made of, read from the same sources as docs/policy-map.md: the
// clause index (`clauses`), the seed text of the policy (../shared/policy), the notes of
// scripts/docs/policyMapNotes.ts, the findings catalogue, the readings of docs/interpretations.md,
// the conformance fixtures (for a real message of every finding code) and the test files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { clauses, findingCatalog, type ClauseId, type DetailValue, type FindingCode } from "../../src/index.js";
import { files } from "../docs/generate.js";

export const CLAUSE_IDS = Object.keys(clauses) as ClauseId[];
export const FINDING_CODES = Object.keys(findingCatalog) as FindingCode[];

const POLICY_FILE = "panzhihua-2024-implementation-opinion.txt";

/**
 * The folder holding the policy's seed text: `$POLICY_DIR`, else `shared/policy` beside the clone
 * or beside one of its parent folders (CI keeps a read-only copy of shared/ beside the clone).
 */
export function policyDir(): string | undefined {
  const given = process.env.POLICY_DIR;
  if (given !== undefined && given !== "") return existsSync(join(given, POLICY_FILE)) ? given : undefined;
  let folder = resolve(".");
  for (;;) {
    const candidate = join(dirname(folder), "shared", "policy");
    if (existsSync(join(candidate, POLICY_FILE))) return candidate;
    if (dirname(folder) === folder) return undefined;
    folder = dirname(folder);
  }
}

/** A stretch of the seed text: the lines of one clause, or text no clause rules (title, preamble, lists). */
export interface TextSegment {
  readonly clause: ClauseId | null;
  readonly lines: readonly string[];
}

const NUMERAL: { readonly [numeral: string]: number } = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/**
 * Cuts the seed text into clauses by its own headings: 二、 and 四、 of the opinion, （一）…（六） under
 * its 三、, 一、…八、 of annex 1, 一、…四、 of annex 2, and annex 3 whole. Fails when a clause of the
 * index finds no text, so the explorer never shows an id without its sentence.
 */
export function segmentPolicy(text: string): TextSegment[] {
  const segments: { clause: ClauseId | null; lines: string[] }[] = [];
  let part: "opinion" | "annex1" | "annex2" | "annex3" = "opinion";
  let section = 0;
  const start = (clause: string | null): void => {
    if (clause !== null && !(clause in clauses)) throw new Error(`policy text: ${clause} is not a clause id`);
    segments.push({ clause: clause as ClauseId | null, lines: [] });
  };
  start(null);
  for (const raw of text.replace(/\r/g, "").split("\n")) {
    const line = raw.trim();
    const heading = /^([一二三四五六七八])、/.exec(line);
    const item = /^（([一二三四五六])）/.exec(line);
    if (/^附件1$/.test(line)) {
      part = "annex1";
      start(null);
    } else if (/^附件2$/.test(line)) {
      part = "annex2";
      start(null);
    } else if (/^附件3$/.test(line)) {
      part = "annex3";
      start("annex3");
    } else if (part === "opinion" && /^附件：/.test(line)) {
      start(null);
    } else if (part === "opinion" && heading !== null) {
      section = NUMERAL[heading[1] as string] as number;
      start(section === 2 || section === 4 ? `opinion/${section}` : null);
    } else if (part === "opinion" && section === 3 && item !== null) {
      start(`opinion/3.${NUMERAL[item[1] as string] as number}`);
    } else if ((part === "annex1" || part === "annex2") && heading !== null) {
      start(`${part}/${NUMERAL[heading[1] as string] as number}`);
    }
    (segments[segments.length - 1] as { lines: string[] }).lines.push(line);
  }
  const result = segments.map((segment) => ({ clause: segment.clause, lines: trimBlank(segment.lines) })).filter((segment) => segment.lines.length > 0);
  const missing = CLAUSE_IDS.filter((id) => !result.some((segment) => segment.clause === id));
  if (missing.length > 0) throw new Error(`policy text: no text found for ${missing.join(", ")}`);
  return result;
}

function trimBlank(lines: readonly string[]): string[] {
  const kept = lines.filter((line, index) => line !== "" || (index > 0 && lines[index - 1] !== ""));
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept;
}

/** One reading of docs/interpretations.md: a ### section or one top-level item of a ## list. */
export interface Reading {
  readonly title: string;
  readonly section: string;
  readonly markdown: string;
  readonly clauses: readonly ClauseId[];
}

const CLAUSE_REF = /\b(opinion\/\d(?:\.\d)?|annex[12]\/\d|annex3)(?:[–-](\d+(?:\.\d+)?))?/g;

/** The clause ids a text names, ranges such as `opinion/3.2–3.3` or `annex1/3–7` spelled out. */
export function clauseIdsIn(text: string): ClauseId[] {
  const ids = new Set<ClauseId>();
  for (const match of text.matchAll(CLAUSE_REF)) {
    const base = match[1] as string;
    const end = match[2];
    const add = (id: string): void => {
      if (id in clauses) ids.add(id as ClauseId);
    };
    if (end === undefined) {
      add(base);
      continue;
    }
    const cut = Math.max(base.lastIndexOf("."), base.lastIndexOf("/"));
    const prefix = base.slice(0, cut + 1);
    const from = Number(base.slice(cut + 1));
    const to = Number(end.includes(".") ? end.slice(end.lastIndexOf(".") + 1) : end);
    for (let n = from; n <= to && n - from < 20; n++) add(`${prefix}${n}`);
  }
  return [...ids];
}

/** The clauses of the finding codes a text names in backticks. */
function codeClauses(text: string): ClauseId[] {
  const ids = new Set<ClauseId>();
  for (const match of text.matchAll(/`(\w+)`/g)) {
    const code = match[1] as string;
    if (code in findingCatalog) ids.add(findingCatalog[code as FindingCode].clause);
  }
  return [...ids];
}

/**
 * The readings of docs/interpretations.md, each with the clauses it is about: those its own
 * heading (or its list item's first line) names, else (for a list item) the clauses of the finding
 * codes it names, else those of its ## section, else every clause it mentions.
 */
export function readings(markdown: string): Reading[] {
  const result: Reading[] = [];
  let section = "";
  let sectionIds: ClauseId[] = [];
  let current: { title: string; lines: string[]; own: ClauseId[]; section: string; sectionIds: ClauseId[]; item: boolean } | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const body = current.lines.join("\n").trim();
    if (body !== "") {
      const ids = current.own.length > 0 ? current.own : current.item && codeClauses(body).length > 0 ? codeClauses(body) : current.sectionIds.length > 0 ? current.sectionIds : clauseIdsIn(body);
      result.push({ title: current.title, section: current.section, markdown: body, clauses: ids });
    }
    current = undefined;
  };
  for (const line of markdown.split("\n")) {
    if (line.startsWith("# ")) continue;
    if (line.startsWith("## ")) {
      close();
      section = line.slice(3).trim();
      sectionIds = clauseIdsIn(section);
      current = { title: section, lines: [], own: sectionIds, section, sectionIds, item: false };
    } else if (line.startsWith("### ")) {
      close();
      const title = line.slice(4).trim();
      current = { title, lines: [], own: clauseIdsIn(title), section, sectionIds, item: false };
    } else if (line.startsWith("- ") && current !== undefined && (current.item || current.title === section)) {
      // each top-level item of a ## section's list is a reading of its own
      close();
      const bold = /^- \*\*(.+?)\*\*/.exec(line);
      current = { title: bold?.[1] ?? section, lines: [line.slice(2)], own: clauseIdsIn(line), section, sectionIds, item: true };
    } else if (current !== undefined) {
      current.lines.push(current.item && line.startsWith("  ") ? line.slice(2) : line);
    }
  }
  close();
  return result;
}

/** A real message of a finding code: the one the library gave in a fixture (never re-rendered here). */
export interface FindingExample {
  readonly zh: string;
  readonly en: string;
  readonly fixture: string;
  readonly details?: { readonly [key: string]: DetailValue };
  readonly path?: readonly (string | number)[];
}

/** For each finding code, the first finding of that code among the fixtures' expected results. */
export function findingExamples(folder = "test/fixtures"): Map<FindingCode, FindingExample> {
  const examples = new Map<FindingCode, FindingExample>();
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".json")) continue;
    const fixture = JSON.parse(readFileSync(join(folder, name), "utf8")) as { expected?: unknown };
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) {
        value.forEach(visit);
      } else if (typeof value === "object" && value !== null) {
        const record = value as { code?: unknown; details?: { [key: string]: DetailValue }; path?: (string | number)[]; message?: { zh?: unknown; en?: unknown } };
        const zh = record.message?.zh;
        const en = record.message?.en;
        if (typeof record.code === "string" && record.code in findingCatalog && typeof zh === "string" && typeof en === "string" && !examples.has(record.code as FindingCode)) {
          examples.set(record.code as FindingCode, {
            zh,
            en,
            fixture: name.replace(/\.json$/, ""),
            ...(record.details === undefined ? {} : { details: record.details }),
            ...(record.path === undefined ? {} : { path: record.path }),
          });
        }
        Object.values(value).forEach(visit);
      }
    };
    visit(fixture.expected);
  }
  return examples;
}

/** A test file and the names of its tests. */
export interface TestFile {
  readonly path: string;
  readonly text: string;
}


export function testFiles(): TestFile[] {
  return files("test", ".test.ts").map((path) => ({ path: path.split("\\").join("/"), text: readFileSync(path, "utf8") }));
}

/** The tests (`it("…")`) of a file that name the given string, quoted as the tests quote ids and codes. */
export function testsNaming(file: TestFile, needle: string): string[] {
  const names: string[] = [];
  const pattern = /\bit(?:\.\w+(?:\([^)]*\))?)?\(\s*(["'`])((?:(?!\1).)+)\1/g;
  const starts = [...file.text.matchAll(pattern)].map((match) => ({ index: match.index, name: match[2] as string }));
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as { index: number; name: string };
    const end = (starts[index + 1] as { index: number } | undefined)?.index ?? file.text.length;
    if (file.text.slice(start.index, end).includes(`"${needle}"`)) names.push(start.name);
  }
  return names;
}
