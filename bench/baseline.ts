/**
 * The speed-of-light reference (issue 7: "a hand-written integer loop over the same records"):
 * a loop applying the same ladder (the rung chosen by the contribution tier), hardship amount
 * ("higher_of"), floor, cap, no-full-substitution (not where the government paid a part) and
 * back-payment rule (only a regular contribution for the year counts) in
 * integer fen — with no validation, no findings, no trace and no duplicate check.
 *
 * Two forms: `baselineRows` reads the roster's own rows, as every other contender does (money
 * written as a number or a decimal string, turned into fen in the loop) — the reference the
 * ratios are taken against; `baselineRoster` reads records converted to fen before timing, a
 * stricter reference the table also prints.
 */
import { parseFen } from "../src/core/money.js";
import { BENCH_YEAR, benchPlan } from "./roster.js";

/** One contribution, money in fen. */
export interface BaselineContribution {
  readonly period: number;
  readonly regular: boolean;
  readonly tier: number;
  readonly selfPaid: number;
  readonly governmentPaid: number;
}

/** One member, as the baseline reads it. */
export interface BaselineRecord {
  readonly collectiveMember: boolean;
  readonly enrolled: boolean;
  readonly hardshipCategory: boolean;
  readonly contributions: readonly BaselineContribution[];
}

const fen = (value: unknown): number => parseFen(value) ?? 0;

/** Converts the roster's rows to records (not timed). Unreadable fields become 0 or false. */
export function toBaselineRecords(rows: readonly unknown[]): BaselineRecord[] {
  return rows.map((row) => {
    const member = (typeof row === "object" && row !== null ? row : {}) as { [key: string]: unknown };
    const contributions = Array.isArray(member["contributions"]) ? (member["contributions"] as { [key: string]: unknown }[]) : [];
    return {
      collectiveMember: member["collectiveMember"] === true,
      enrolled: member["enrolled"] === true,
      hardshipCategory: member["category"] !== "general",
      contributions: contributions.map((c) => ({ period: Number(c["period"]), regular: c["kind"] === "regular", tier: fen(c["tier"]), selfPaid: fen(c["selfPaid"]), governmentPaid: fen(c["governmentPaid"]) })),
    };
  });
}

const LADDER_MIN = benchPlan.standards.ladder.map((rung) => rung.minTier * 100);
const LADDER_MAX = benchPlan.standards.ladder.map((rung) => {
  const max = (rung as { readonly maxTier?: number }).maxTier;
  return max === undefined ? Number.MAX_SAFE_INTEGER : max * 100;
});
const LADDER_AMOUNT = benchPlan.standards.ladder.map((rung) => rung.amount * 100);
const HARDSHIP = benchPlan.standards.hardship * 100;
const FLOOR = 1_000;
const CAP = 300_000;

/** Fen from yuan written as a number or a decimal string; no validation (anything else is 0). */
function rowFen(value: unknown): number {
  if (typeof value === "number") return Math.round(value * 100);
  if (typeof value !== "string") return 0;
  let whole = 0;
  let fraction = 0;
  let digits = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 46) digits = 0;
    else if (digits < 0) whole = whole * 10 + (code - 48);
    else if (digits < 2) {
      fraction = fraction * 10 + (code - 48);
      digits++;
    }
  }
  return whole * 100 + (digits === 1 ? fraction * 10 : fraction);
}

interface Row {
  readonly collectiveMember?: unknown;
  readonly enrolled?: unknown;
  readonly category?: unknown;
  readonly contributions?: readonly { readonly period?: unknown; readonly kind?: unknown; readonly tier?: unknown; readonly selfPaid?: unknown; readonly governmentPaid?: unknown }[];
}

/**
 * The amount in fen for a member with this year's regular contribution: the rung by the tier, the
 * no-full-substitution rule on the ladder only where the government paid nothing.
 */
function amountFor(tier: number, selfPaid: number, governmentPaid: number, hardshipCategory: boolean): number {
  const hardship = hardshipCategory || governmentPaid > 0;
  let rung = -1;
  for (let r = 0; r < LADDER_AMOUNT.length; r++) {
    if (tier >= (LADDER_MIN[r] as number) && tier <= (LADDER_MAX[r] as number)) {
      rung = LADDER_AMOUNT[r] as number;
      break;
    }
  }
  const chosen = hardship ? (rung > HARDSHIP ? rung : HARDSHIP) : rung;
  const onLadder = !hardship || rung > HARDSHIP;
  return chosen >= FLOOR && chosen <= CAP && (!onLadder || governmentPaid > 0 || chosen < selfPaid) ? chosen : 0;
}

/** Decides every row of the roster as given into `amounts` (fen) and returns the total in fen. */
export function baselineRows(rows: readonly unknown[], amounts: Float64Array): number {
  let total = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row;
    let amount = 0;
    if (row.collectiveMember === true && row.enrolled === true && row.contributions !== undefined) {
      const contributions = row.contributions;
      for (let c = 0; c < contributions.length; c++) {
        const contribution = contributions[c] as NonNullable<Row["contributions"]>[number];
        if (contribution.period === BENCH_YEAR && contribution.kind === "regular") {
          const governmentPaid = contribution.governmentPaid === undefined ? 0 : rowFen(contribution.governmentPaid);
          amount = amountFor(rowFen(contribution.tier), rowFen(contribution.selfPaid), governmentPaid, row.category !== "general");
          break;
        }
      }
    }
    amounts[index] = amount;
    total += amount;
  }
  return total;
}

/** Decides every pre-converted record into `amounts` (fen) and returns the total in fen. */
export function baselineRoster(records: readonly BaselineRecord[], amounts: Float64Array): number {
  let total = 0;
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as BaselineRecord;
    let amount = 0;
    if (record.collectiveMember && record.enrolled) {
      let regular: BaselineContribution | undefined;
      const contributions = record.contributions;
      for (let c = 0; c < contributions.length; c++) {
        const contribution = contributions[c] as BaselineContribution;
        if (contribution.period === BENCH_YEAR && contribution.regular) {
          regular = contribution;
          break;
        }
      }
      if (regular !== undefined) amount = amountFor(regular.tier, regular.selfPaid, regular.governmentPaid, record.hardshipCategory);
    }
    amounts[index] = amount;
    total += amount;
  }
  return total;
}
