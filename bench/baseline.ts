/**
 * The speed-of-light reference: a hand-written loop over records already in integer fen, applying
 * the same ladder, hardship amount ("higher_of"), floor, cap, no-full-substitution and
 * back-payment rule (only a regular contribution for the year counts) — with no validation, no
 * findings, no trace and no duplicate check. Records are converted from the roster before timing.
 */
import { parseFen } from "../src/core/money.js";
import { BENCH_YEAR, benchPlan } from "./roster.js";

/** One contribution, money in fen. */
export interface BaselineContribution {
  readonly period: number;
  readonly regular: boolean;
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
      contributions: contributions.map((c) => ({ period: Number(c["period"]), regular: c["kind"] === "regular", selfPaid: fen(c["selfPaid"]), governmentPaid: fen(c["governmentPaid"]) })),
    };
  });
}

const LADDER_MIN = benchPlan.standards.ladder.map((rung) => rung.minSelfPaid * 100);
const LADDER_MAX = benchPlan.standards.ladder.map((rung) => {
  const max = (rung as { readonly maxSelfPaid?: number }).maxSelfPaid;
  return max === undefined ? Number.MAX_SAFE_INTEGER : max * 100;
});
const LADDER_AMOUNT = benchPlan.standards.ladder.map((rung) => rung.amount * 100);
const HARDSHIP = benchPlan.standards.hardship * 100;
const FLOOR = 1_000;
const CAP = 300_000;

/** Decides every record into `amounts` (fen) and returns the total in fen. */
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
      if (regular !== undefined) {
        const selfPaid = regular.selfPaid;
        let rung = -1;
        for (let r = 0; r < LADDER_AMOUNT.length; r++) {
          if (selfPaid >= (LADDER_MIN[r] as number) && selfPaid <= (LADDER_MAX[r] as number)) {
            rung = LADDER_AMOUNT[r] as number;
            break;
          }
        }
        const hardship = record.hardshipCategory || regular.governmentPaid > 0;
        const chosen = hardship ? (rung > HARDSHIP ? rung : HARDSHIP) : rung;
        const onLadder = !hardship || rung > HARDSHIP;
        if (chosen >= FLOOR && chosen <= CAP && (!onLadder || chosen < selfPaid)) amount = chosen;
      }
    }
    amounts[index] = amount;
    total += amount;
  }
  return total;
}
