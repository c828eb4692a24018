/**
 * Reading a scenario — opinion/4: the lines of one year's credit, given by hand or as an
 * `accountCredit` result. A refused `accountCredit` result (`ok: false`) is named as such rather
 * than as missing lines, so the host goes back to the findings that refused it.
 */
import { pushAll } from "../core/pushAll.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { formatPath, findingsFromZodError } from "../findings/fromZodError.js";
import type { AccountCreditResult } from "./accountCredit.js";
import type { Fen } from "../core/money.js";
import { ParsedCreditScenarioSchema, type CreditScenario, type ParsedCreditScenario } from "./schemas.js";

/** A scenario as a function takes it: its lines, or an `accountCredit` result. */
export type ScenarioArgument = CreditScenario | AccountCreditResult;

/** Parses a scenario; on failure pushes findings under `path` and returns undefined. */
export function readScenario(value: unknown, path: FindingPath, findings: Finding[]): ParsedCreditScenario | undefined {
  if (typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false) {
    findings.push(makeFinding("invalid_input", path, { field: formatPath(path), problem: "a refused accountCredit result (ok: false); fix its findings and book the year first", problemZh: "该年度记账未成功，请先处理记账中的问题再测算" }));
    return undefined;
  }
  const parsed = ParsedCreditScenarioSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  pushAll(findings, findingsFromZodError(parsed.error, path, value));
  return undefined;
}

/** The yearly credit of a scenario: the sum of its lines, in fen. */
export function scenarioTotal(scenario: ParsedCreditScenario): Fen {
  return scenario.ownContribution + (scenario.governmentPaid ?? 0) + scenario.governmentSubsidy + (scenario.collectiveSubsidy ?? 0);
}
