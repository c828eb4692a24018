/**
 * Building a projection's result — opinion/4, with 国发〔2014〕8号 §6(2) (÷ 139) and §7 (15 years of
 * contributions for a monthly pension at 60): shared by projectPension and compareScenarios.
 */
import { Dec } from "../core/decimal.js";
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { RULES_VERSION } from "../version.js";
import type { PensionProjection } from "./projectPension.js";
import { PERSONAL_ACCOUNT_DIVISOR, projectBalance } from "./projection.js";
import { PROJECTION_END_AGE, type ParsedAssumptions } from "./schemas.js";
import { formatFenDec } from "./yuan.js";

/** Years of contributions needed for a monthly pension at 60 (国发〔2014〕8号 §7). */
const REQUIRED_YEARS = 15;

/** `assumption_missing` for each host figure the raw options leave out. */
export function missingAssumptions(options: unknown, root: FindingPath): Finding[] {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return [];
  const raw = options as { interestRate?: unknown; basicPension?: unknown };
  const findings: Finding[] = [];
  if (raw.interestRate === undefined) findings.push(makeFinding("assumption_missing", [...root, "interestRate"], { parameter: "interestRate" }));
  if (raw.basicPension === undefined) findings.push(makeFinding("assumption_missing", [...root, "basicPension"], { parameter: "basicPension" }));
  return findings;
}

/** Projects parsed, complete assumptions with one credit per contribution year. */
export function projectParsed(assumptions: ParsedAssumptions & { interestRate: string; basicPension: Fen }, credits: readonly Fen[], root: FindingPath): PensionProjection {
  const { age, yearsContributed, interestRate, basicPension } = assumptions;
  const openingBalance = assumptions.openingBalance ?? 0;
  const figures = projectBalance(age, credits, interestRate, openingBalance, PROJECTION_END_AGE);
  const findings: Finding[] = [];
  const allYears = (assumptions.priorYears ?? 0) + yearsContributed;
  if (allYears < REQUIRED_YEARS) findings.push(makeFinding("contribution_years_short", [...root, "yearsContributed"], { years: allYears, required: REQUIRED_YEARS }));
  return {
    ok: true,
    age,
    years: figures.ledger.length,
    yearsContributed,
    interestRate,
    openingBalance: formatFen(openingBalance),
    totalCredited: formatFenDec(figures.totalCredited),
    totalInterest: formatFenDec(figures.totalInterest),
    balanceAt60: formatFenDec(figures.balanceAt60),
    divisor: PERSONAL_ACCOUNT_DIVISOR.value,
    monthlyPersonalAccountPension: formatFenDec(figures.monthlyPersonalAccountPension),
    monthlyBasicPension: formatFen(basicPension),
    monthlyPension: formatFenDec(figures.monthlyPersonalAccountPension.plus(new Dec(basicPension))),
    ledger: figures.ledger,
    findings,
    rulesVersion: RULES_VERSION,
  };
}
