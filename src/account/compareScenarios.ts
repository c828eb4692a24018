import { Dec } from "../core/decimal.js";
import { formatFen } from "../core/money.js";
import { pushAll } from "../core/pushAll.js";
import type { Finding, FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { RULES_VERSION } from "../version.js";
import type { PensionProjection } from "./projectPension.js";
import { missingAssumptions, projectParsed } from "./projectionResult.js";
import { readScenario, scenarioTotal, type ScenarioArgument } from "./scenario.js";
import { ParsedProjectionAssumptionsSchema, type BilingualLabel, type ParsedCreditScenario, type ProjectionAssumptions } from "./schemas.js";

/** The rows of a comparison, in print order. */
export type ComparisonRowKey =
  | "tier"
  | "ownContribution"
  | "governmentPaid"
  | "governmentSubsidy"
  | "collectiveSubsidy"
  | "yearlyCredit"
  | "totalCredited"
  | "totalInterest"
  | "balanceAt60"
  | "monthlyPersonalAccountPension"
  | "monthlyBasicPension"
  | "monthlyPension";

/** One printable row: the item in Chinese and English, both scenarios and B − A (yuan). */
export interface ComparisonRow {
  readonly key: ComparisonRowKey;
  readonly label: BilingualLabel;
  readonly a: string;
  readonly b: string;
  /** b − a, yuan with two decimals, "-" in front when b is less */
  readonly difference: string;
}

/** Two scenarios side by side, as a table a clerk can print. */
export interface ScenarioComparison {
  readonly ok: true;
  /** the column headings: item, scenario A, scenario B, difference */
  readonly columns: { readonly item: BilingualLabel; readonly a: BilingualLabel; readonly b: BilingualLabel; readonly difference: BilingualLabel };
  /** the rows, in print order (the tier row only when both scenarios name their tier) */
  readonly rows: readonly ComparisonRow[];
  /** the assumptions both scenarios share, in words, to print under the table */
  readonly note: BilingualLabel;
  /** the full projections */
  readonly a: PensionProjection;
  readonly b: PensionProjection;
  /** warnings only (`contribution_years_short`) */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** Why no comparison could be made. */
export interface ComparisonFailure {
  readonly ok: false;
  /** every failing condition, with paths under `a`, `b` or `options` */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** The result of {@link compareScenarios}: narrowed by `ok`. */
export type CompareScenariosResult = ScenarioComparison | ComparisonFailure;

const ROW_LABELS: { readonly [key in ComparisonRowKey]: BilingualLabel } = {
  tier: { zh: "个人缴费档次（元/年）", en: "Contribution tier (yuan a year)" },
  ownContribution: { zh: "个人缴费（元/年）", en: "Own contribution (yuan a year)" },
  governmentPaid: { zh: "政府代缴（元/年）", en: "Paid by the government (yuan a year)" },
  governmentSubsidy: { zh: "政府缴费补贴（元/年）", en: "Government contribution subsidy (yuan a year)" },
  collectiveSubsidy: { zh: "集体补助（元/年）", en: "Collective subsidy (yuan a year)" },
  yearlyCredit: { zh: "每年记入个人账户合计（元）", en: "Credited to the personal account each year (yuan)" },
  totalCredited: { zh: "累计记入本金（元）", en: "Total credited (yuan)" },
  totalInterest: { zh: "累计利息（元）", en: "Total interest (yuan)" },
  balanceAt60: { zh: "60 岁时个人账户储存额（元）", en: "Personal-account balance at 60 (yuan)" },
  monthlyPersonalAccountPension: { zh: "个人账户养老金（元/月，储存额÷139）", en: "Personal-account pension (yuan a month, balance ÷ 139)" },
  monthlyBasicPension: { zh: "基础养老金（元/月）", en: "Basic pension (yuan a month)" },
  monthlyPension: { zh: "月养老金合计（元/月）", en: "Monthly pension in all (yuan a month)" },
};

const DEFAULT_A: BilingualLabel = { zh: "方案A", en: "Scenario A" };
const DEFAULT_B: BilingualLabel = { zh: "方案B", en: "Scenario B" };

function row(key: ComparisonRowKey, a: string, b: string): ComparisonRow {
  return { key, label: ROW_LABELS[key], a, b, difference: new Dec(b).minus(new Dec(a)).toFixed(2) };
}

/**
 * Shows side by side what two scenarios — two tiers, with and without the collective subsidy —
 * put into the personal account each year and pay as a pension at 60, with the difference, as
 * rows labelled in Chinese and English that a clerk can print.
 *
 * @remarks
 * Applies opinion/4 (帮助参保人员算好"多缴多得、长缴多得"的经济账) and opinion/3.3 (the collective part is
 * not matched by the government contribution subsidy: each scenario carries its own lines as
 * given, e.g. from `accountCredit`). Both scenarios are projected with `projectPension` under the
 * same assumptions and its rounding rule (interest rounded half-up to the fen each year end; the
 * monthly personal-account pension rounded half-up to the fen once). Differences are exact.
 *
 * @param a - the first scenario: its lines by year (an `accountCredit` result, or `{ ownContribution,
 * governmentSubsidy, collectiveSubsidy?, governmentPaid?, tier?, label? }`)
 * @param b - the second scenario, same shape
 * @param options - the shared assumptions: `age`, `yearsContributed`, `interestRate`, `basicPension`,
 * optional `openingBalance` and `priorYears`
 * @returns `ok: true` with `columns`, `rows`, `note` and both projections (warning
 * `contribution_years_short`), or `ok: false` with `invalid_input` (also for a refused
 * `accountCredit` result), `assumption_missing`
 *
 * @example
 * ```ts
 * const table = compareScenarios(
 *   { label: { zh: "300元档", en: "Tier 300" }, tier: 300, ownContribution: 300, governmentSubsidy: 40 },
 *   { label: { zh: "500元档+集体补助", en: "Tier 500 + collective" }, tier: 500, ownContribution: 500, governmentSubsidy: 60, collectiveSubsidy: 150 },
 *   { age: 45, yearsContributed: 15, interestRate: "0", basicPension: "150" },
 * );
 * table.rows.find((r) => r.key === "yearlyCredit");
 * //=> { key: "yearlyCredit", label: { zh: "每年记入个人账户合计（元）", en: "Credited to the personal account each year (yuan)" }, a: "340.00", b: "710.00", difference: "370.00" }
 * table.rows.find((r) => r.key === "monthlyPension").difference;
 * //=> "39.93"
 * ```
 */
export function compareScenarios(a: ScenarioArgument, b: ScenarioArgument, options: ProjectionAssumptions): CompareScenariosResult {
  const root: FindingPath = ["options"];
  const findings: Finding[] = [];
  const sa = readScenario(a, ["a"], findings);
  const sb = readScenario(b, ["b"], findings);
  const parsedOptions = ParsedProjectionAssumptionsSchema.safeParse(options);
  if (!parsedOptions.success) pushAll(findings, findingsFromZodError(parsedOptions.error, root, options));
  pushAll(findings, missingAssumptions(options, root));
  if (sa === undefined || sb === undefined || !parsedOptions.success || findings.length > 0) return { ok: false, findings, rulesVersion: RULES_VERSION };
  const assumptions = parsedOptions.data;
  const { interestRate, basicPension } = assumptions;
  if (interestRate === undefined || basicPension === undefined) return { ok: false, findings, rulesVersion: RULES_VERSION };

  const project = (scenario: ParsedCreditScenario): PensionProjection =>
    projectParsed({ ...assumptions, interestRate, basicPension }, Array.from({ length: assumptions.yearsContributed }, () => scenarioTotal(scenario)), root);
  const pa = project(sa);
  const pb = project(sb);

  const rows: ComparisonRow[] = [];
  if (sa.tier !== undefined && sb.tier !== undefined) rows.push(row("tier", formatFen(sa.tier), formatFen(sb.tier)));
  rows.push(
    row("ownContribution", formatFen(sa.ownContribution), formatFen(sb.ownContribution)),
    row("governmentPaid", formatFen(sa.governmentPaid ?? 0), formatFen(sb.governmentPaid ?? 0)),
    row("governmentSubsidy", formatFen(sa.governmentSubsidy), formatFen(sb.governmentSubsidy)),
    row("collectiveSubsidy", formatFen(sa.collectiveSubsidy ?? 0), formatFen(sb.collectiveSubsidy ?? 0)),
    row("yearlyCredit", formatFen(scenarioTotal(sa)), formatFen(scenarioTotal(sb))),
    row("totalCredited", pa.totalCredited, pb.totalCredited),
    row("totalInterest", pa.totalInterest, pb.totalInterest),
    row("balanceAt60", pa.balanceAt60, pb.balanceAt60),
    row("monthlyPersonalAccountPension", pa.monthlyPersonalAccountPension, pb.monthlyPersonalAccountPension),
    row("monthlyBasicPension", pa.monthlyBasicPension, pb.monthlyBasicPension),
    row("monthlyPension", pa.monthlyPension, pb.monthlyPension),
  );

  const opening = pa.openingBalance === "0.00" ? "" : `，期初储存额 ${pa.openingBalance} 元`;
  const openingEn = pa.openingBalance === "0.00" ? "" : `, opening balance ${pa.openingBalance} yuan`;
  const note: BilingualLabel = {
    zh: `${pa.age} 岁起缴费 ${pa.yearsContributed} 年${opening}，年记账利率 ${interestRate}，基础养老金每月 ${pa.monthlyBasicPension} 元；个人账户养老金 = 60 岁时储存额 ÷ 139，利息每年末四舍五入到分`,
    en: `Paying for ${pa.yearsContributed} years from age ${pa.age}${openingEn}, yearly interest rate ${interestRate}, basic pension ${pa.monthlyBasicPension} yuan a month; personal-account pension = balance at 60 ÷ 139, interest rounded half-up to the fen each year end`,
  };

  return {
    ok: true,
    columns: { item: { zh: "项目", en: "Item" }, a: sa.label ?? DEFAULT_A, b: sb.label ?? DEFAULT_B, difference: { zh: "差额（B−A）", en: "Difference (B − A)" } },
    rows,
    note,
    a: pa,
    b: pb,
    findings: pa.findings,
    rulesVersion: RULES_VERSION,
  };
}
