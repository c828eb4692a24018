/**
 * Funding — opinion/3.4 (money from collective income and earmarked donations) and annex2/3 (a
 * share XX% of collective income = XX yuan; donations XX yuan). The share's amount is
 * base × share ÷ 100 rounded half-up to the fen. With a roster, the funds (the collective amount
 * plus donations) must cover what the roster would be granted.
 */
import { Dec, fenToYuan, yuanToFenHalfUp } from "../core/decimal.js";
import { formatFen, type Fen } from "../core/money.js";
import { computeRoster } from "../decision/computeRoster.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { Member } from "../models/member.js";
import type { ParsedFunding, Plan } from "../models/plan.js";
import type { Policy } from "../policy/createPolicy.js";
import type { PlanCheckContext } from "./context.js";
import { tooManyItems } from "../findings/tooManyItems.js";
import { LIMITS } from "../models/limits.js";

/** The money the plan puts up: the collective amount plus every donation, in fen. */
export function fundsOf(funding: ParsedFunding): Fen {
  return funding.donations.reduce((sum, donation) => sum + donation.amount, funding.collectiveIncome?.amount ?? 0);
}

function shareMismatch(funding: ParsedFunding): Finding[] {
  const income = funding.collectiveIncome;
  if (income === undefined) return [];
  const expected = yuanToFenHalfUp(fenToYuan(income.base).times(new Dec(income.sharePercent)).dividedBy(100));
  if (expected === income.amount) return [];
  return [
    makeFinding("fund_share_mismatch", ["plan", "funding", "collectiveIncome", "amount"], {
      base: formatFen(income.base),
      sharePercent: income.sharePercent,
      expected: formatFen(expected),
      amount: formatFen(income.amount),
    }),
  ];
}

/** `funds_insufficient` when the roster would cost more than the funds; the roster is costed for one year. */
function rosterCost(context: PlanCheckContext, funding: ParsedFunding): Finding[] {
  if (context.roster === undefined) return [];
  // Past the limit, one finding from the roster's length; no member is decided.
  const tooMany = tooManyItems(context.roster.members, LIMITS.rosterRows, ["options", "roster"]);
  if (tooMany !== undefined) return [tooMany];
  const { validity } = context.plan;
  const year = context.year ?? (validity.kind === "one_year" ? validity.year : undefined);
  if (year === undefined) {
    return [makeFinding("invalid_input", ["options", "year"], { field: "options.year", problem: "a roster is costed for one year: pass options.year for a standing plan", problemZh: "长效机制的方案须注明测算名单所需资金的年度" })];
  }
  const result = computeRoster(context.roster.members as Iterable<Member>, context.planInput as Plan, { year, policy: context.policy as Policy });
  // computeRoster's only roster-level finding is invalid_input at ["members"] (not iterable): here, options.roster.
  const findings: Finding[] = result.findings.map((finding) => ({ ...finding, path: ["options", "roster"] }));
  // The total is formatFen text and may exceed MAX_FEN (parseFen's limit for one amount): read it without a cap.
  const cost = yuanToFenHalfUp(new Dec(result.totals.amount));
  const funds = fundsOf(funding);
  if (funds < cost) findings.push(makeFinding("funds_insufficient", ["plan", "funding"], { funds: formatFen(funds), cost: formatFen(cost), year }));
  return findings;
}

/** Reports `fund_share_mismatch`, `funding_missing`, and with a roster `funds_insufficient`. */
export function checkFunding(context: PlanCheckContext): Finding[] {
  const funding = context.plan.funding;
  if (funding === undefined) return [];
  const findings = shareMismatch(funding);
  if (fundsOf(funding) === 0) findings.push(makeFinding("funding_missing", ["plan", "funding"]));
  return [...findings, ...rosterCost(context, funding)];
}
