/**
 * The standard — opinion/3.3, annex2/2: hardship groups (a hardship category, or anyone the
 * government pays for) get the plan's flat hardship amount ("higher_of": the larger of it and
 * their rung); everyone else gets the ladder rung containing their contribution tier (档次:
 * "按照个人缴费档次设定不同的补助金额"; for a government-paid member the tier is the government's
 * part plus the member's own). One standard a year, never two.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type FindingPath } from "../findings/finding.js";
import type { ParsedMember } from "../models/member.js";
import type { ParsedStandards, ParsedSubsidyTier } from "../models/plan.js";
import type { DecisionContext } from "./context.js";
import type { YearContribution } from "./eligibility.js";
import type { Recorder } from "./recorder.js";
import type { DecisionTier } from "./types.js";

/** The standard chosen for a member. */
export interface ChosenStandard {
  readonly basis: "hardship" | "ladder";
  readonly amount: Fen;
  /** where the amount is written in the plan (shared: copy it before handing it out) */
  readonly path: FindingPath;
  /** the amount printed, yuan with two decimals */
  readonly amountText: string;
  /** the rung as a decision reports it, when the basis is the ladder (frozen, shared) */
  readonly tier?: DecisionTier;
}

/** Every standard a plan offers, built once per plan: one per rung, and the hardship amount. */
export interface PlanStandards {
  readonly ladder: readonly ChosenStandard[];
  readonly hardship: ChosenStandard | undefined;
}

/** Builds the standards a plan offers for the year, their texts printed once; `base` is where they are written. */
export function planStandards(standards: ParsedStandards, base: FindingPath): PlanStandards {
  const ladder = standards.ladder.map((rung, index): ChosenStandard => {
    const amountText = formatFen(rung.amount);
    const minTier = formatFen(rung.minTier);
    // Key order as decisions have always printed it: index, min, amount, then max.
    const tier: DecisionTier = Object.freeze(
      rung.maxTier === undefined ? { index, minTier, amount: amountText } : { index, minTier, amount: amountText, maxTier: formatFen(rung.maxTier) },
    );
    return { basis: "ladder", amount: rung.amount, path: [...base, "ladder", index, "amount"], amountText, tier };
  });
  const hardship: ChosenStandard | undefined =
    standards.hardship === undefined ? undefined : { basis: "hardship", amount: standards.hardship, path: [...base, "hardship"], amountText: formatFen(standards.hardship) };
  return { ladder, hardship };
}

/** The index of the first rung whose range contains the contribution tier `tier`, or -1. */
export function findRung(ladder: readonly ParsedSubsidyTier[], tier: Fen): number {
  for (let index = 0; index < ladder.length; index++) {
    const rung = ladder[index] as ParsedSubsidyTier;
    if (tier >= rung.minTier && (rung.maxTier === undefined || tier <= rung.maxTier)) return index;
  }
  return -1;
}

/** True for a member of a hardship group: a hardship category, or a government-paid contribution. */
export function isHardshipMember(member: ParsedMember, year: YearContribution): boolean {
  return member.category !== "general" || year.contribution.governmentPaid > 0;
}

/** Chooses the member's one standard, or records `no_matching_tier`. */
export function chooseStandard(member: ParsedMember, year: YearContribution, context: DecisionContext, recorder: Recorder): ChosenStandard | undefined {
  const { tier } = year.contribution;
  const { standards, offered } = context;
  const hardship = isHardshipMember(member, year);
  const rungIndex = findRung(standards.ladder, tier);
  // findRung's -1 reads as no rung: an array has no element at -1
  const ladderChoice = offered.ladder[rungIndex];

  let chosen: ChosenStandard | undefined;
  const hardshipChoice = offered.hardship;
  if (hardship && hardshipChoice !== undefined) {
    chosen = standards.hardshipRule === "higher_of" && ladderChoice !== undefined && ladderChoice.amount > hardshipChoice.amount ? ladderChoice : hardshipChoice;
  } else {
    chosen = ladderChoice;
  }

  if (chosen === undefined) {
    recorder.fail("standard", makeFinding("no_matching_tier", ["member", "contributions", year.index, "tier"], { tier: formatFen(tier) }));
    return undefined;
  }
  if (recorder.shared !== undefined) recorder.push(recorder.shared.standard(chosen, hardship, tier));
  return chosen;
}
