/**
 * The personal-account projection — opinion/4 ("多缴多得、长缴多得" 的经济账), 国发〔2014〕8号 §5 (every
 * line of the credit goes into the personal account) and §6(2) (monthly personal-account pension =
 * balance ÷ 139 at 60).
 *
 * Rounding rule (one rule, applied at two documented steps, half-up 四舍五入):
 * 1. Year by year from the starting age to 59: the interest of a year is the balance at the start
 *    of the year times the rate, rounded half-up to the fen and credited at the year end; the
 *    year's credit is booked in the year and earns interest from the next year on
 *    (当年记账额当年不计息). The balance is thus a whole number of fen every year end.
 * 2. The monthly personal-account pension is the balance at 60 ÷ 139, rounded half-up to the fen
 *    once. The basic pension is added as given.
 */
import { Dec } from "../core/decimal.js";
import type { Fen } from "../core/money.js";
import { formatFenDec } from "./yuan.js";

/** Months the balance at 60 is divided by (国发〔2014〕8号 §6(2), retirement at 60). */
export const PERSONAL_ACCOUNT_DIVISOR = {
  value: 139,
  source: "国务院关于建立统一的城乡居民基本养老保险制度的意见（国发〔2014〕8号）第六条：个人账户养老金月计发标准为个人账户全部储存额除以139",
} as const;

/** One year of a projection. */
export interface LedgerYear {
  /** 1 for the first projected year */
  readonly year: number;
  /** the member's age during the year */
  readonly age: number;
  /** booked in the year, yuan */
  readonly credit: string;
  /** credited at the year end on the balance at the start of the year, yuan */
  readonly interest: string;
  /** at the year end, yuan */
  readonly balance: string;
}

/** The exact figures of a projection, in fen. */
export interface BalanceProjection {
  readonly ledger: readonly LedgerYear[];
  readonly totalCredited: Dec;
  readonly totalInterest: Dec;
  readonly balanceAt60: Dec;
  readonly monthlyPersonalAccountPension: Dec;
}

/**
 * Runs the account from `age` to 60: `credits[k]` is booked in year k+1 (no credit after the
 * last one), interest on the opening balance of each year at `rate`.
 */
export function projectBalance(age: number, credits: readonly Fen[], rate: string, openingBalance: Fen, endAge: number): BalanceProjection {
  const r = new Dec(rate);
  let balance = new Dec(openingBalance);
  let totalCredited = new Dec(0);
  let totalInterest = new Dec(0);
  const ledger: LedgerYear[] = [];
  for (let year = 1; age + year - 1 < endAge; year++) {
    const credit = new Dec(credits[year - 1] ?? 0);
    const interest = balance.times(r).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
    balance = balance.plus(interest).plus(credit);
    totalCredited = totalCredited.plus(credit);
    totalInterest = totalInterest.plus(interest);
    ledger.push({ year, age: age + year - 1, credit: formatFenDec(credit), interest: formatFenDec(interest), balance: formatFenDec(balance) });
  }
  const monthly = balance.dividedBy(PERSONAL_ACCOUNT_DIVISOR.value).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  return { ledger, totalCredited, totalInterest, balanceAt60: balance, monthlyPersonalAccountPension: monthly };
}
