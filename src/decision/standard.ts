/**
 * The standard — opinion/3.3, annex2/2: hardship groups (a hardship category, or anyone the
 * government pays for) get the plan's flat hardship amount ("higher_of": the larger of it and
 * their rung); everyone else gets the ladder rung containing their own payment. One standard a
 * year, never two.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type FindingPath } from "../findings/finding.js";
import type { Member } from "../models/member.js";
import type { Standards, SubsidyTier } from "../models/plan.js";
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

/** Builds the standards a plan offers, their texts printed once. */
export function planStandards(standards: Standards): PlanStandards {
  const ladder = standards.ladder.map((rung, index): ChosenStandard => {
    const amountText = formatFen(rung.amount);
    const minSelfPaid = formatFen(rung.minSelfPaid);
    // Key order as decisions have always printed it: index, min, amount, then max.
    const tier: DecisionTier = Object.freeze(
      rung.maxSelfPaid === undefined ? { index, minSelfPaid, amount: amountText } : { index, minSelfPaid, amount: amountText, maxSelfPaid: formatFen(rung.maxSelfPaid) },
    );
    return { basis: "ladder", amount: rung.amount, path: ["plan", "standards", "ladder", index, "amount"], amountText, tier };
  });
  const hardship: ChosenStandard | undefined =
    standards.hardship === undefined ? undefined : { basis: "hardship", amount: standards.hardship, path: ["plan", "standards", "hardship"], amountText: formatFen(standards.hardship) };
  return { ladder, hardship };
}

/** The index of the first rung whose range contains `selfPaid`, or -1. */
export function findRung(ladder: readonly SubsidyTier[], selfPaid: Fen): number {
  for (let index = 0; index < ladder.length; index++) {
    const rung = ladder[index] as SubsidyTier;
    if (selfPaid >= rung.minSelfPaid && (rung.maxSelfPaid === undefined || selfPaid <= rung.maxSelfPaid)) return index;
  }
  return -1;
}

/** True for a member of a hardship group: a hardship category, or a government-paid contribution. */
export function isHardshipMember(member: Member, year: YearContribution): boolean {
  return member.category !== "general" || year.contribution.governmentPaid > 0;
}

/** Chooses the member's one standard, or records `no_matching_tier`. */
export function chooseStandard(member: Member, year: YearContribution, context: DecisionContext, recorder: Recorder): ChosenStandard | undefined {
  const { selfPaid } = year.contribution;
  const { standards, offered } = context;
  const hardship = isHardshipMember(member, year);
  const rungIndex = findRung(standards.ladder, selfPaid);
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
    recorder.fail("standard", makeFinding("no_matching_tier", ["member", "contributions", year.index, "selfPaid"], { selfPaid: formatFen(selfPaid) }));
    return undefined;
  }
  if (recorder.shared !== undefined) recorder.push(recorder.shared.standard(chosen, hardship, selfPaid));
  return chosen;
}
