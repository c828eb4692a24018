import { pushAll } from "../core/pushAll.js";
import type { Finding, FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { RULES_VERSION } from "../version.js";
import type { LedgerYear } from "./projection.js";
import { missingAssumptions, projectParsed } from "./projectionResult.js";
import { readScenario, scenarioTotal, type ScenarioArgument } from "./scenario.js";
import { ParsedProjectPensionOptionsSchema, type ParsedCreditScenario, type ProjectPensionOptions } from "./schemas.js";

/** The options of {@link projectPension}: a scenario may be an `accountCredit` result. */
export type ProjectPensionArgument = Omit<ProjectPensionOptions, "scenario"> & { readonly scenario?: ScenarioArgument };

/** A pension projection: the account at 60 and the monthly pension (yuan, two decimals). */
export interface PensionProjection {
  readonly ok: true;
  /** the age when the projection starts */
  readonly age: number;
  /** years projected: from `age` up to 60 */
  readonly years: number;
  /** years in which a credit is booked */
  readonly yearsContributed: number;
  /** the yearly rate used, as given */
  readonly interestRate: string;
  /** the balance the projection starts from */
  readonly openingBalance: string;
  /** the sum of the credits booked */
  readonly totalCredited: string;
  /** the sum of the interest credited */
  readonly totalInterest: string;
  /** the personal-account balance at 60 (个人账户储存额) */
  readonly balanceAt60: string;
  /** the divisor: 139 months (国发〔2014〕8号 §6(2)) */
  readonly divisor: number;
  /** balance at 60 ÷ 139, rounded half-up to the fen (个人账户养老金, per month) */
  readonly monthlyPersonalAccountPension: string;
  /** the monthly basic pension (基础养老金) as the host gave it */
  readonly monthlyBasicPension: string;
  /** personal-account pension plus basic pension, per month */
  readonly monthlyPension: string;
  /** the account year by year */
  readonly ledger: readonly LedgerYear[];
  /** warnings only (`contribution_years_short`) */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** Why no projection could be made. */
export interface ProjectionFailure {
  readonly ok: false;
  /** every failing condition */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** The result of {@link projectPension}: narrowed by `ok`. */
export type ProjectPensionResult = PensionProjection | ProjectionFailure;

/**
 * Projects a member's personal-account balance at 60 and the monthly pension it pays, for the
 * "多缴多得、长缴多得" account a village works out with its members.
 *
 * @remarks
 * Applies opinion/4 (算好"多缴多得、长缴多得"的经济账) with 国发〔2014〕8号 §5 (every line of the credit
 * goes into the personal account) and §6(2) (monthly personal-account pension = balance at 60 ÷
 * 139). Rounding, half-up (四舍五入), exact with `Dec`: each year's interest is the balance at the
 * start of the year × `interestRate`, rounded to the fen and credited at the year end; the year's
 * credit is booked in the year and earns interest from the next year on (当年记账额当年不计息); the
 * monthly personal-account pension is rounded to the fen once; the basic pension is added as
 * given. The projection runs from `age` to 60; credits are booked in the first `yearsContributed`
 * years. `interestRate` and `basicPension` are the host's figures, never defaulted. Fewer than 15
 * years in all (`priorYears` + `yearsContributed`) gives a warning, not a refusal.
 *
 * @param options - `age`, `yearsContributed`, either `scenario` (the same credit by line every
 * year, e.g. an `accountCredit` result) or `yearlyCredits` (one credit per year), `interestRate`
 * (a fraction, "0.015" for 1.5 %), `basicPension` (monthly), optional `openingBalance` (a new
 * account holds nothing) and `priorYears`
 * @returns `ok: true` with the balance, the monthly pension and the ledger (warning
 * `contribution_years_short`), or `ok: false` with `invalid_input`, `assumption_missing`
 *
 * @example
 * ```ts
 * const projection = projectPension({
 *   age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150",
 *   scenario: { ownContribution: "300", governmentSubsidy: "40", collectiveSubsidy: "80" },
 * });
 * [projection.balanceAt60, projection.monthlyPersonalAccountPension, projection.monthlyPension];
 * //=> ["6300.00", "45.32", "195.32"]
 * projectPension({ age: 45, yearsContributed: 15, scenario: { ownContribution: 300, governmentSubsidy: 40 } }).findings.map((f) => f.code);
 * //=> ["assumption_missing", "assumption_missing"]
 * ```
 */
export function projectPension(options: ProjectPensionArgument): ProjectPensionResult {
  const root: FindingPath = ["options"];
  const findings: Finding[] = [];
  // A refused accountCredit result is named as such, not as missing lines.
  const rawScenario = typeof options === "object" && options !== null ? (options as { scenario?: unknown }).scenario : undefined;
  const refused = typeof rawScenario === "object" && rawScenario !== null && (rawScenario as { ok?: unknown }).ok === false;
  if (refused) readScenario(rawScenario, [...root, "scenario"], findings);
  const parsed = ParsedProjectPensionOptionsSchema.safeParse(refused ? { ...options, scenario: undefined } : options);
  // Without the refused scenario zod says "give a scenario": already said, more precisely, above.
  const isScenarioPath = (f: Finding): boolean => f.path?.length === 2 && f.path[1] === "scenario";
  if (!parsed.success) pushAll(findings, findingsFromZodError(parsed.error, root, options).filter((f) => !(refused && isScenarioPath(f))));
  pushAll(findings, missingAssumptions(options, root));
  if (!parsed.success || findings.length > 0) return { ok: false, findings, rulesVersion: RULES_VERSION };
  const data = parsed.data;
  const { interestRate, basicPension } = data;
  if (interestRate === undefined || basicPension === undefined) return { ok: false, findings, rulesVersion: RULES_VERSION };
  // The schema accepts exactly one of yearlyCredits and scenario.
  const credits = data.yearlyCredits ?? Array.from({ length: data.yearsContributed }, () => scenarioTotal(data.scenario as ParsedCreditScenario));
  return projectParsed({ ...data, interestRate, basicPension }, credits, root);
}
