import type { DetailValue, Finding } from "../findings/finding.js";
import type { ClauseId } from "../findings/clauses.js";
import type { Policy } from "../policy/createPolicy.js";

/** Options of {@link computeSubsidy} and {@link computeRoster}. */
export interface ComputeSubsidyOptions {
  /** the subsidy year */
  readonly year: number;
  /** the parameters, from createPolicy */
  readonly policy: Policy;
  /**
   * record the ordered steps taken, each with its clause; steps are frozen, and the decisions of
   * one roster share the steps they have in common (same rule, outcome and figures) — and the
   * whole list, frozen too, when every step passed the same way
   */
  readonly trace?: boolean;
  /**
   * the date on which suspension is judged; defaults to the regular contribution's `paidOn`
   * (the subsidy follows the contribution, opinion/3.5); with neither, a suspension that starts
   * or ends within the year makes the decision `invalid` (`payment_date_missing`), else any day
   * of the year gives the same answer
   */
  readonly asOf?: string;
}

/** One step of a decision's explanation. */
export interface TraceStep {
  /** the rule applied */
  readonly rule: TraceRule;
  /** the clause it applies */
  readonly clause: ClauseId;
  /** what came of it */
  readonly outcome: "passed" | "failed" | "skipped";
  /** the rule in words */
  readonly label: { readonly zh: string; readonly en: string };
  /** the figures it used */
  readonly values?: { readonly [key: string]: DetailValue };
}

/** The rules of a decision, in the order they are applied. */
export type TraceRule =
  | "input"
  | "parameters"
  | "plan_in_force"
  | "plan_not_suspended"
  | "collective_member"
  | "enrolled"
  | "regular_contribution"
  | "single_regular_contribution"
  | "contribution_consistent"
  | "standard"
  | "floor"
  | "cap"
  | "no_full_substitution"
  | "unique_member";

/** The rung of the ladder a decision used. */
export interface DecisionTier {
  /** index in the ladder of the standards applied (`plan.standards`, or the year's `standardsByYear` entry) */
  readonly index: number;
  readonly minTier: string;
  readonly maxTier?: string;
  readonly amount: string;
}

/** The decision for one member and one year. */
export interface SubsidyDecision {
  /** granted: pay `amount`; denied: a rule forbids it; invalid: the input or a parameter does not allow a decision */
  readonly status: "granted" | "denied" | "invalid";
  /** the member's ID number (normalised when valid), or null when none could be read */
  readonly memberId: string | null;
  /** the subsidy year, or null when none could be read */
  readonly year: number | null;
  /** yuan with two decimals; "0.00" unless granted */
  readonly amount: string;
  /** which standard applied: the hardship amount or a ladder rung */
  readonly basis?: "hardship" | "ladder";
  /** the ladder rung applied, when one was; its bounds are contribution tiers (档次) in yuan */
  readonly tier?: DecisionTier;
  /** every failing condition */
  readonly findings: readonly Finding[];
  /** the ordered steps, when asked for */
  readonly trace?: readonly TraceStep[];
  /** package version and policy */
  readonly rulesVersion: string;
}
