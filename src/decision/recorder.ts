import type { ClauseId } from "../findings/clauses.js";
import type { DetailValue, Finding } from "../findings/finding.js";
import type { TracePath, TraceSteps } from "./traceSteps.js";
import type { TraceRule, TraceStep } from "./types.js";

const LABELS: { readonly [rule in TraceRule]: { readonly zh: string; readonly en: string } } = {
  input: Object.freeze({ zh: "输入数据有效", en: "input is readable" }),
  parameters: Object.freeze({ zh: "年度参数齐全", en: "the year's parameters are supplied" }),
  plan_in_force: Object.freeze({ zh: "实施方案当年有效", en: "the plan is in force for the year" }),
  plan_not_suspended: Object.freeze({ zh: "集体补助未暂停", en: "the subsidy is not suspended" }),
  collective_member: Object.freeze({ zh: "本集体经济组织成员", en: "member of this collective economic organisation" }),
  enrolled: Object.freeze({ zh: "当年参加城乡居保", en: "enrolled in the resident pension that year" }),
  regular_contribution: Object.freeze({ zh: "当年正常缴费（非一次性补缴）", en: "a regular contribution for the year (not a back payment)" }),
  single_regular_contribution: Object.freeze({ zh: "当年只有一条正常缴费", en: "one regular contribution for the year" }),
  contribution_consistent: Object.freeze({ zh: "个人缴纳与政府代缴之和等于缴费档次", en: "own and government-paid parts add up to the tier" }),
  standard: Object.freeze({ zh: "确定补助标准（困难群体或按个人缴费档次）", en: "choose the standard (hardship amount or ladder rung)" }),
  floor: Object.freeze({ zh: "不低于每人每年10元", en: "at least the floor of 10 yuan" }),
  cap: Object.freeze({ zh: "不超过当年度四川省最高缴费档次", en: "at most the year's highest Sichuan tier" }),
  no_full_substitution: Object.freeze({ zh: "不全额代缴", en: "no full substitution of the member's own payment" }),
  unique_member: Object.freeze({ zh: "名单中不重复", en: "appears once in the roster" }),
};

/** One trace step, keys in the order traces have always printed them. */
export function makeStep(rule: TraceRule, clause: ClauseId, outcome: TraceStep["outcome"], values?: { readonly [key: string]: DetailValue }): TraceStep {
  return values === undefined ? { rule, clause, outcome, label: LABELS[rule] } : { rule, clause, outcome, label: LABELS[rule], values };
}

/** Findings of a decision that has none: one frozen list shared by all of them. */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/**
 * Collects a decision's findings and, when asked, its trace. A step that passed is one of the
 * roster's shared steps (`shared`); a trace made only of them is shared whole with every decision
 * of the roster that took the same steps, so a traced roster keeps one list per distinct trace.
 */
export class Recorder {
  /** every failing condition so far (the shared empty list until the first) */
  findings: Finding[] = NO_FINDINGS;
  readonly steps: TraceStep[] | undefined;
  /** the roster's shared steps; set exactly when tracing */
  readonly shared: TraceSteps | undefined;
  /** true when a finding leaves the decision undecidable (status `invalid`), not denied */
  undecidable = false;
  /** where the steps so far lead among the roster's shared sequences; undefined once one is the decision's own */
  private path: TracePath | undefined;

  constructor(shared: TraceSteps | undefined) {
    this.shared = shared;
    this.steps = shared === undefined ? undefined : [];
    this.path = shared?.start;
  }

  /** Records a shared step (a no-op without trace). */
  push(step: TraceStep): void {
    if (this.steps === undefined) return;
    this.steps.push(step);
    if (this.path !== undefined) this.path = (this.shared as TraceSteps).follow(this.path, step);
  }

  /** Records a step of this decision's own (a no-op without trace). */
  step(rule: TraceRule, clause: ClauseId, outcome: TraceStep["outcome"], values?: { readonly [key: string]: DetailValue }): void {
    if (this.steps === undefined) return;
    this.steps.push(makeStep(rule, clause, outcome, values));
    this.path = undefined;
  }

  /** The trace, when tracing: the roster's shared list for these steps, or this decision's own. */
  trace(): readonly TraceStep[] | undefined {
    if (this.path === undefined) return this.steps;
    return (this.shared as TraceSteps).traceAt(this.path, this.steps as TraceStep[]);
  }

  /** Records a failing rule: its finding, and a failed step. */
  fail(rule: TraceRule, finding: Finding): void {
    if (this.findings === NO_FINDINGS) this.findings = [finding];
    else this.findings.push(finding);
    this.step(rule, finding.clause, "failed", finding.details);
  }
}
