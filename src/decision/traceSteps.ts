/**
 * The steps a traced roster shares between its decisions — every rule a decision applies
 * (opinion/3.2, 3.3, 3.5, annex1/4, annex2/2). A passed or skipped step depends only on the
 * context and a few figures of the member (the index of the year's contribution, the day
 * suspension is judged on, the standard chosen, the tier or the own payment), so each distinct step is
 * built once and frozen: a traced decision then holds references instead of a dozen new objects.
 * Failed steps carry the member's finding and are built per decision (Recorder.fail).
 */
import type { IsoDate } from "../core/dates.js";
import { formatFen, type Fen } from "../core/money.js";
import type { DetailValue } from "../findings/finding.js";
import { makeStep } from "./recorder.js";
import type { ChosenStandard } from "./standard.js";
import type { TraceStep } from "./types.js";

/** The most steps kept per kind and standard; past it a step is built for its decision alone. */
export const SHARED_STEP_LIMIT = 1024;

/** The most paths of shared steps a roster keeps (see TracePath); past it a trace is its decision's own. */
export const SHARED_PATH_LIMIT = 16_384;

/**
 * A sequence of shared steps, as a node of the tree of all such sequences a roster has met: where
 * each next step leads, and — once a decision has ended here — that decision's whole trace,
 * frozen, which every later decision with the same steps shares.
 */
export class TracePath {
  readonly next = new Map<TraceStep, TracePath>();
  trace: readonly TraceStep[] | undefined;
}

/** A step frozen with its figures, so no decision can change what another one shows. */
function frozen(step: TraceStep): TraceStep {
  if (step.values !== undefined) Object.freeze(step.values);
  return Object.freeze(step);
}

/** Freezes a newly built step and keeps it under `key` while `cache` has room. */
function keep<K>(cache: Map<K, TraceStep>, key: K, step: TraceStep): TraceStep {
  const shared = frozen(step);
  if (cache.size < SHARED_STEP_LIMIT) cache.set(key, shared);
  return shared;
}

/** The steps that follow from one chosen standard. */
interface StandardSteps {
  readonly floor: TraceStep;
  readonly cap: TraceStep;
  /** by contribution tier in fen × 2, plus 1 for a hardship member */
  readonly chosen: Map<number, TraceStep>;
  /** no_full_substitution passed, by own payment in fen */
  readonly belowOwnPayment: Map<number, TraceStep>;
}

/** Every shared step of one context: the plan, the year and the parameters. */
export class TraceSteps {
  static readonly input = frozen(makeStep("input", "annex1/4", "passed"));
  static readonly collectiveMember = frozen(makeStep("collective_member", "opinion/3.2", "passed"));
  static readonly contributionConsistent = frozen(makeStep("contribution_consistent", "opinion/3.3", "passed"));
  static readonly standardSkipped = frozen(makeStep("standard", "annex2/2", "skipped"));
  static readonly uniqueMember = frozen(makeStep("unique_member", "opinion/3.2", "passed"));
  /** no_full_substitution skipped: the hardship basis, where the tilt is allowed */
  static readonly hardshipTilt = frozen(makeStep("no_full_substitution", "opinion/3.3", "skipped", { basis: "hardship" }));
  /** no_full_substitution skipped: a ladder rung for a member the government paid for (不能全额代缴 is about the collective) */
  static readonly governmentPaidExempt = frozen(makeStep("no_full_substitution", "opinion/3.3", "skipped", { basis: "ladder", governmentPaid: true }));

  readonly parameters: TraceStep;
  readonly planInForce: TraceStep;
  readonly enrolled: TraceStep;
  private readonly regular = new Map<number, TraceStep>();
  private readonly notSuspended = new Map<IsoDate, TraceStep>();
  private readonly standards = new Map<ChosenStandard, StandardSteps>();
  /** the empty sequence, where every decision's steps start */
  readonly start = new TracePath();
  private paths = 1;

  constructor(
    year: number,
    private readonly floorText: string,
    private readonly capText: string,
  ) {
    this.parameters = frozen(makeStep("parameters", "opinion/3.3", "passed", { floor: floorText, cap: capText }));
    this.planInForce = frozen(makeStep("plan_in_force", "opinion/3.5", "passed", { year }));
    this.enrolled = frozen(makeStep("enrolled", "opinion/3.2", "passed", { year }));
  }

  /** regular_contribution passed, the year's contribution at `index`. */
  regularContribution(index: number): TraceStep {
    return this.regular.get(index) ?? keep(this.regular, index, makeStep("regular_contribution", "opinion/3.2", "passed", { index }));
  }

  /** plan_not_suspended passed, judged on `date`. */
  planNotSuspended(date: IsoDate): TraceStep {
    return this.notSuspended.get(date) ?? keep(this.notSuspended, date, makeStep("plan_not_suspended", "opinion/3.5", "passed", { date }));
  }

  /** standard passed: `chosen` for a member at the contribution tier `contributionTier` (fen). */
  standard(chosen: ChosenStandard, hardship: boolean, contributionTier: Fen): TraceStep {
    const cache = this.stepsOf(chosen).chosen;
    const key = contributionTier * 2 + (hardship ? 1 : 0);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const values: { [key: string]: DetailValue } = { basis: chosen.basis, amount: chosen.amountText, hardship, contributionTier: formatFen(contributionTier) };
    if (chosen.tier !== undefined) values["tier"] = chosen.tier.index;
    return keep(cache, key, makeStep("standard", "annex2/2", "passed", values));
  }

  /** floor passed for `chosen`. */
  floor(chosen: ChosenStandard): TraceStep {
    return this.stepsOf(chosen).floor;
  }

  /** cap passed for `chosen`. */
  cap(chosen: ChosenStandard): TraceStep {
    return this.stepsOf(chosen).cap;
  }

  /** no_full_substitution passed: a ladder amount below the own payment `selfPaid` (fen). */
  belowOwnPayment(chosen: ChosenStandard, selfPaid: Fen): TraceStep {
    const cache = this.stepsOf(chosen).belowOwnPayment;
    return cache.get(selfPaid) ?? keep(cache, selfPaid, makeStep("no_full_substitution", "opinion/3.3", "passed", { amount: chosen.amountText, selfPaid: formatFen(selfPaid) }));
  }

  /** Where `step` leads from `path`; undefined when the step is new there and the roster holds SHARED_PATH_LIMIT paths. */
  follow(path: TracePath, step: TraceStep): TracePath | undefined {
    const known = path.next.get(step);
    if (known !== undefined || this.paths >= SHARED_PATH_LIMIT) return known;
    const created = new TracePath();
    path.next.set(step, created);
    this.paths++;
    return created;
  }

  /** The trace of a decision whose steps, all shared, led to `path`: the first such list, frozen. */
  traceAt(path: TracePath, steps: TraceStep[]): readonly TraceStep[] {
    if (path.trace === undefined) path.trace = Object.freeze(steps);
    return path.trace;
  }

  private stepsOf(chosen: ChosenStandard): StandardSteps {
    let steps = this.standards.get(chosen);
    if (steps === undefined) {
      const amount = chosen.amountText;
      steps = {
        floor: frozen(makeStep("floor", "opinion/3.3", "passed", { amount, floor: this.floorText })),
        cap: frozen(makeStep("cap", "opinion/3.3", "passed", { amount, cap: this.capText })),
        chosen: new Map(),
        belowOwnPayment: new Map(),
      };
      this.standards.set(chosen, steps);
    }
    return steps;
  }
}
