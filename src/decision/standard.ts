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
import type { YearContribution } from "./eligibility.js";
import type { Recorder } from "./recorder.js";

/** The standard chosen for a member. */
export interface ChosenStandard {
  readonly basis: "hardship" | "ladder";
  readonly amount: Fen;
  /** the rung's index when the basis is the ladder */
  readonly tierIndex?: number;
  /** where the amount is written in the plan */
  readonly path: FindingPath;
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
export function chooseStandard(member: Member, year: YearContribution, standards: Standards, recorder: Recorder): ChosenStandard | undefined {
  const { selfPaid } = year.contribution;
  const hardship = isHardshipMember(member, year);
  const rungIndex = findRung(standards.ladder, selfPaid);
  const rung = rungIndex >= 0 ? (standards.ladder[rungIndex] as SubsidyTier) : undefined;
  const ladderChoice: ChosenStandard | undefined =
    rung === undefined ? undefined : { basis: "ladder", amount: rung.amount, tierIndex: rungIndex, path: ["plan", "standards", "ladder", rungIndex, "amount"] };

  let chosen: ChosenStandard | undefined;
  if (hardship && standards.hardship !== undefined) {
    const hardshipChoice: ChosenStandard = { basis: "hardship", amount: standards.hardship, path: ["plan", "standards", "hardship"] };
    chosen = standards.hardshipRule === "higher_of" && ladderChoice !== undefined && ladderChoice.amount > hardshipChoice.amount ? ladderChoice : hardshipChoice;
  } else {
    chosen = ladderChoice;
  }

  if (chosen === undefined) {
    recorder.fail("standard", makeFinding("no_matching_tier", ["member", "contributions", year.index, "selfPaid"], { selfPaid: formatFen(selfPaid) }));
    return undefined;
  }
  recorder.step("standard", "annex2/2", "passed", {
    basis: chosen.basis,
    amount: formatFen(chosen.amount),
    hardship,
    selfPaid: formatFen(selfPaid),
    ...(chosen.tierIndex === undefined ? {} : { tier: chosen.tierIndex }),
  });
  return chosen;
}
