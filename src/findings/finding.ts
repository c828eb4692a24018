import type { ClauseId } from "./clauses.js";
import { findingCatalog, type FindingCode } from "./findingCatalog.js";
import { pathZh, valueZh } from "./names.js";
import type { Severity } from "./template.js";

/** Where in the input a finding points: object keys and array indexes, as in zod issues. */
export type FindingPath = readonly (string | number)[];

/** A value a finding carries in its details: plain JSON, so it serialises unchanged. */
export type DetailValue = string | number | boolean | null | readonly DetailValue[] | { readonly [key: string]: DetailValue };

/**
 * One reason in a result: a stable code, its severity, the clause it applies, a message in
 * Chinese and English, where in the input it points, and the figures behind it.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly clause: ClauseId;
  readonly message: { readonly zh: string; readonly en: string };
  readonly path?: FindingPath;
  readonly details?: { readonly [key: string]: DetailValue };
}

/** A readable field name for messages: `member.contributions[0].selfPaid`. */
export function formatPath(path: FindingPath): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text === "" ? "(root)" : text;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message template split once at its `{name}` placeholders: `parts` are the literal texts
 * around them (one more than `keys`), so rendering is joining, not a regular-expression pass per
 * finding (a roster renders one or two messages per denied member).
 */
interface CompiledTemplate {
  readonly parts: readonly string[];
  readonly keys: readonly string[];
}

const compiled = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let known = compiled.get(template);
  if (known === undefined) {
    const parts: string[] = [];
    const keys: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(last, match.index));
      keys.push(match[1] as string);
      last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    known = { parts, keys };
    compiled.set(template, known);
  }
  return known;
}

/**
 * The template with each `{name}` replaced by `details.name`; a placeholder without a value stays
 * as written. In Chinese (`zh`), `details.nameZh` is used when present, else the value by its
 * Chinese name (keys, enum values, codes and lists joined with 、; see names.ts).
 */
function render(template: string, details: { readonly [key: string]: DetailValue } | undefined, zh: boolean, path: FindingPath | undefined): string {
  if (details === undefined) return template;
  const { parts, keys } = compile(template);
  let text = parts[0] as string;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    // A `{nameZh}` the details lack falls back to `name` in Chinese words; `{fieldZh}`, to the path in Chinese.
    const given = own(details, key);
    const value = given === undefined && zh && key.endsWith("Zh") ? fallbackZh(details, key, path) : given;
    if (value === undefined) text += `{${key}}`;
    else if (zh) {
      const named = own(details, `${key}Zh`);
      text += typeof named === "string" ? named : valueZh(value);
    } else text += typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
    text += parts[index + 1] as string;
  }
  return text;
}

function fallbackZh(details: { readonly [key: string]: DetailValue }, key: string, path: FindingPath | undefined): DetailValue | undefined {
  if (key === "fieldZh" && path !== undefined) return pathZh(path);
  return own(details, key.slice(0, -2));
}

function own(details: { readonly [key: string]: DetailValue }, key: string): DetailValue | undefined {
  return Object.prototype.hasOwnProperty.call(details, key) ? details[key] : undefined;
}

/** Builds a finding from the catalogue: severity, clause and messages come from the code. */
export function makeFinding(
  code: FindingCode,
  path?: FindingPath,
  details?: { readonly [key: string]: DetailValue },
): Finding {
  const template = findingCatalog[code];
  const finding: {
    code: FindingCode;
    severity: Severity;
    clause: ClauseId;
    message: { zh: string; en: string };
    path?: FindingPath;
    details?: { readonly [key: string]: DetailValue };
  } = {
    code,
    severity: template.severity,
    clause: template.clause,
    message: { zh: render(template.zh, details, true, path), en: render(template.en, details, false, path) },
  };
  if (path !== undefined) finding.path = path;
  if (details !== undefined) finding.details = details;
  return finding;
}

/** True when any finding is an error. */
export function hasError(findings: readonly Finding[]): boolean {
  for (let index = 0; index < findings.length; index++) if ((findings[index] as Finding).severity === "error") return true;
  return false;
}

/**
 * A finding moved under `prefix` (a policy's findings under `options.policy`): its path, the
 * field its details name and both messages follow the new path.
 */
export function rerootFinding(finding: Finding, prefix: FindingPath): Finding {
  const path = [...prefix, ...(finding.path ?? [])];
  const details = finding.details;
  // A hand-built policy may carry findings of its own making: only the catalogue's are rewritten.
  if (details === undefined || typeof details["field"] !== "string" || !Object.prototype.hasOwnProperty.call(findingCatalog, finding.code)) return { ...finding, path };
  const moved: { [key: string]: DetailValue } = { ...details, field: formatPath(path) };
  if (typeof details["fieldZh"] === "string") moved["fieldZh"] = pathZh(path);
  return makeFinding(finding.code, path, moved);
}
