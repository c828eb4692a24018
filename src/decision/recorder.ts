import type { ClauseId } from "../findings/clauses.js";
import type { DetailValue, Finding } from "../findings/finding.js";
import type { TraceRule, TraceStep } from "./types.js";

const LABELS: { readonly [rule in TraceRule]: { readonly zh: string; readonly en: string } } = {
  input: { zh: "输入数据有效", en: "input is readable" },
  parameters: { zh: "年度参数齐全", en: "the year's parameters are supplied" },
  plan_in_force: { zh: "实施方案当年有效", en: "the plan is in force for the year" },
  plan_not_suspended: { zh: "集体补助未暂停", en: "the subsidy is not suspended" },
  collective_member: { zh: "本集体经济组织成员", en: "member of this collective economic organisation" },
  enrolled: { zh: "当年参加城乡居保", en: "enrolled in the resident pension that year" },
  regular_contribution: { zh: "当年正常缴费（非一次性补缴）", en: "a regular contribution for the year (not a back payment)" },
  single_regular_contribution: { zh: "当年只有一条正常缴费", en: "one regular contribution for the year" },
  contribution_consistent: { zh: "个人缴纳与政府代缴之和等于缴费档次", en: "own and government-paid parts add up to the tier" },
  standard: { zh: "确定补助标准（困难群体或按个人缴费档次）", en: "choose the standard (hardship amount or ladder rung)" },
  floor: { zh: "不低于每人每年10元", en: "at least the floor of 10 yuan" },
  cap: { zh: "不超过当年度四川省最高缴费档次", en: "at most the year's highest Sichuan tier" },
  no_full_substitution: { zh: "不全额代缴", en: "no full substitution of the member's own payment" },
  unique_member: { zh: "名单中不重复", en: "appears once in the roster" },
};

/** Collects a decision's findings and, when asked, its trace. */
export class Recorder {
  readonly findings: Finding[] = [];
  readonly steps: TraceStep[] | undefined;
  /** true when steps are recorded: rules build a step's figures only then */
  readonly tracing: boolean;

  constructor(trace: boolean) {
    this.steps = trace ? [] : undefined;
    this.tracing = trace;
  }

  /** Records a rule's outcome in the trace (a no-op without trace). */
  step(rule: TraceRule, clause: ClauseId, outcome: TraceStep["outcome"], values?: { readonly [key: string]: DetailValue }): void {
    if (this.steps === undefined) return;
    this.steps.push(values === undefined ? { rule, clause, outcome, label: LABELS[rule] } : { rule, clause, outcome, label: LABELS[rule], values });
  }

  /** Records a failing rule: its finding, and a failed step. */
  fail(rule: TraceRule, finding: Finding): void {
    this.findings.push(finding);
    this.step(rule, finding.clause, "failed", finding.details);
  }
}
