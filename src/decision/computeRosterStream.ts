import { makeFinding, type Finding } from "../findings/finding.js";
import type { Member } from "../models/member.js";
import type { Plan } from "../models/plan.js";
import { RULES_VERSION } from "../version.js";
import { decideRosterRow, isIterable, RosterTally, type RosterTotals } from "./computeRoster.js";
import { prepareContext, type PreparedContext } from "./context.js";
import { MemberIdTable } from "./memberIdTable.js";
import type { ComputeSubsidyOptions, SubsidyDecision } from "./types.js";

/** The decisions of a roster one at a time, with the totals so far. */
export interface RosterStream extends IterableIterator<SubsidyDecision, undefined> {
  /** counts and the total of the decisions yielded so far; the roster's totals once it is done */
  totals(): RosterTotals;
  /** findings about the roster as a whole (`invalid_input` when `members` is not iterable) */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

class RosterStreamIterator implements RosterStream {
  readonly findings: readonly Finding[];
  readonly rulesVersion = RULES_VERSION;
  private readonly tally = new RosterTally();
  private readonly seen = new MemberIdTable();
  private source: Iterator<unknown> | undefined;
  private readonly prepared: PreparedContext | undefined;
  private row = 0;

  constructor(members: unknown, plan: unknown, options: unknown) {
    // isIterable refuses every primitive, a string included
    if (!isIterable(members)) {
      this.findings = [makeFinding("invalid_input", ["members"], { field: "members", problem: "expected an array or another iterable of members", problemZh: "应为逐行列出成员的名单" })];
      return;
    }
    this.findings = [];
    this.prepared = prepareContext(plan, options);
    this.source = members[Symbol.iterator]();
  }

  next(): IteratorResult<SubsidyDecision, undefined> {
    const { source, prepared } = this;
    if (source === undefined || prepared === undefined) return { done: true, value: undefined };
    const item = source.next();
    if (item.done === true) {
      this.source = undefined;
      return { done: true, value: undefined };
    }
    return { done: false, value: decideRosterRow(item.value, prepared, this.seen, ++this.row, this.tally) };
  }

  return(): IteratorResult<SubsidyDecision, undefined> {
    const { source } = this;
    this.source = undefined;
    source?.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.iterator](): RosterStream {
    return this;
  }

  totals(): RosterTotals {
    return this.tally.totals();
  }
}

/**
 * Decides a roster one member at a time, without holding the decisions.
 *
 * @remarks
 * The same decisions as `computeRoster`, in the same order (opinion/3.2–3.3, annex2/1–2; a
 * member ID seen again is denied with `duplicate_member`), yielded as the roster is read, so a
 * host can decide millions of members from a generator or a file in constant memory besides the
 * IDs seen so far. Those are kept compactly: a resident ID number is packed into integers, about
 * 20 bytes a member. Totals are exact sums in integer fen, available from `totals()` at any
 * point. Reading the iterator again after it is done yields nothing.
 *
 * @param members - the roster's members, any iterable (read once, lazily)
 * @param plan - the organisation's implementation plan
 * @param options - as for computeSubsidy
 * @returns an iterator of decisions with `totals()` (counts by status, total amount) and
 * roster-level `findings` (`invalid_input` when `members` is not iterable); each decision can
 * carry the findings computeSubsidy lists, and `duplicate_member`
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const plan = {
 *   id: "plan-2025",
 *   organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
 *   validity: { kind: "one_year", year: 2025 },
 *   standards: { ladder: [{ minTier: 300, amount: 80 }] },
 * };
 * const member = {
 *   id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *   contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }],
 * };
 * const stream = computeRosterStream([member, member], plan, { year: 2025, policy });
 * Array.from(stream, (decision) => decision.status);
 * //=> ["granted", "denied"]
 * stream.totals();
 * //=> { members: 2, granted: 1, denied: 1, invalid: 0, amount: "80.00" }
 * ```
 */
export function computeRosterStream(members: Iterable<Member>, plan: Plan, options: ComputeSubsidyOptions): RosterStream;
/**
 * {@link computeRosterStream} for a value not yet known to have the right shape (`unknown`, e.g. `JSON.parse`'s
 * result): the same checks run and never throw; no cast is needed.
 *
 * @param members - the members as parsed JSON, not yet checked
 * @param plan - the plan as parsed JSON, not yet checked
 * @param options - as in the typed form
 * @returns the stream of decisions, as in the typed form
 */
export function computeRosterStream(members: Iterable<unknown>, plan: unknown, options: ComputeSubsidyOptions): RosterStream;
export function computeRosterStream(members: Iterable<unknown>, plan: unknown, options: ComputeSubsidyOptions): RosterStream {
  return new RosterStreamIterator(members, plan, options);
}
